#![cfg(not(target_arch = "wasm32"))]
//! R6 (the ESF project for prisoners and former prisoners) as a programme
//! card: the budget split exactly (shared/RULES.md R6, source 002).

use rust_decimal::Decimal;
use socialrules::rules::esf_ex_prisoners::{budget, budget_of, card, Body, Offer, TargetGroup};
use socialrules::rules::params;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn the_budget_of_4_486_638_euro_splits_into_3_813_642_30_esf_and_672_995_70_state() {
    let b = budget();
    assert_eq!(b.total.to_string(), "4486638");
    assert_eq!(b.esf.to_string(), "3813642.30");
    assert_eq!(b.state.to_string(), "672995.70");
    assert_eq!(b.esf + b.state, b.total, "the parts make the whole to the cent");
    assert_eq!((b.esf_share, b.state_share), (dec("0.85"), dec("0.15")));
    assert!(b.reference.contains("002"));
}

#[test]
fn the_shares_are_dated_parameters_from_source_002() {
    let f = params::esf_ex_prisoners_funding();
    assert_eq!(f.esf_share + f.state_share, Decimal::ONE);
    assert!(f.period.verified);
    assert_eq!(f.period.from, chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap());
    // Another total is split to the cent, half away from zero.
    let other = params::EsfFunding { total: dec("0.10"), ..f };
    let b = budget_of(&other);
    assert_eq!((b.esf.to_string(), b.state.to_string()), ("0.09".to_string(), "0.02".to_string()));
}

#[test]
fn the_card_says_who_it_is_for_what_it_offers_who_runs_it_and_since_when() {
    let c = card();
    assert_eq!(c.id, "esf-ex-prisoners");
    assert_eq!(c.for_whom, &[TargetGroup::Prisoners, TargetGroup::FormerPrisoners]);
    assert!(c.offers.contains(&Offer::CareerConsultationBeforeRelease));
    assert!(c.offers.contains(&Offer::CareerConsultationBeforeVocationalEducation));
    assert_eq!(c.run_by, Body::PrisonAdministration);
    assert_eq!(c.partners, &[Body::StateProbationService, Body::StateEmploymentAgency]);
    assert_eq!(c.since_year, 2016);
    assert_eq!(c.budget, budget());
    assert_eq!(c.contact.body, Body::MinistryOfJustice);
    assert_eq!(c.source, "002");
    // Ids are language-free: lower case ASCII words.
    let ids = c.for_whom.iter().map(|t| t.id()).chain(c.offers.iter().map(|o| o.id())).chain(c.partners.iter().map(|b| b.id()));
    for id in ids {
        assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{id}");
    }
}
