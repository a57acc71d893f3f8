#![cfg(not(target_arch = "wasm32"))]
//! R2 fixes of issue 9 at the rules' level: `qualifies_by` with a fact
//! missing, "not yet, from D" against "never under these rules, because …",
//! and municipalities found by their whole normalised name.

use chrono::NaiveDate;
use proptest::prelude::*;
use socialrules::rules::lt_eligibility::{assess, find_municipality, CashAssistance, CriterionId, Fact, Facts, NeverReason, Outlook, Verdict};
use socialrules::rules::params::{MunicipalityKind, Participation};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Born 1980, registered 15.01.2019 (more than 12 months from 16.01.2020),
/// receives assistance, last job unknown.
fn facts(date: &str) -> Facts {
    Facts {
        date: d(date),
        birth_date: d("1980-01-01"),
        registered_since: Some(d("2019-01-15")),
        last_employment_end: None,
        cash_social_assistance: Some(CashAssistance::Receives),
        municipality: None,
    }
}

#[test]
fn registration_alone_makes_the_long_term_criterion_hold_from_16_january_2020_at_the_latest() {
    let a = assess(&facts("2019-12-01"));
    assert_eq!(a.verdict, Verdict::CannotTell);
    assert_eq!(a.earliest_date, None, "earliest_date keeps its meaning: every fact known");
    assert_eq!(a.qualifies_by, Some(d("2020-01-16")));
    assert_eq!(a.outlook, Outlook::AtTheLatest(d("2020-01-16")));
    assert_eq!(a.missing, vec![Fact::LastEmploymentEnd], "the fact that would decide it");
    // The day before, of and after.
    assert_eq!(assess(&facts("2020-01-15")).outlook, Outlook::AtTheLatest(d("2020-01-16")));
    let a = assess(&facts("2020-01-16"));
    assert_eq!((a.verdict, a.outlook, a.qualifies_by), (Verdict::Eligible, Outlook::Now, Some(d("2020-01-16"))));
    assert!(a.missing.is_empty());
    assert_eq!(assess(&facts("2020-01-17")).outlook, Outlook::Now);
}

#[test]
fn with_both_dates_missing_nothing_can_be_dated_and_both_facts_are_named() {
    let a = assess(&Facts { registered_since: None, ..facts("2020-06-01") });
    assert_eq!((a.verdict, a.outlook, a.qualifies_by), (Verdict::CannotTell, Outlook::CannotTell, None));
    assert_eq!(a.missing, vec![Fact::RegisteredSince, Fact::LastEmploymentEnd]);
    let a = assess(&Facts { cash_social_assistance: None, ..facts("2020-06-01") });
    assert_eq!((a.verdict, a.outlook), (Verdict::CannotTell, Outlook::CannotTell));
    assert_eq!(a.missing, vec![Fact::CashSocialAssistance]);
}

#[test]
fn not_yet_from_d_when_every_fact_is_known() {
    let f = Facts { last_employment_end: Some(d("2018-12-31")), ..facts("2019-12-01") };
    let a = assess(&f);
    assert_eq!((a.verdict, a.outlook), (Verdict::NotEligible, Outlook::From(d("2020-01-16"))));
    assert_eq!((a.earliest_date, a.qualifies_by), (Some(d("2020-01-16")), Some(d("2020-01-16"))));
}

#[test]
fn never_because_no_cash_assistance_time_will_not_change_it() {
    let a = assess(&Facts { cash_social_assistance: Some(CashAssistance::No), ..facts("2020-06-01") });
    assert_eq!(a.verdict, Verdict::NotEligible);
    assert_eq!(a.outlook, Outlook::Never(NeverReason::FailsForGood(CriterionId::CashSocialAssistance)));
    assert_eq!(a.qualifies_by, None);
}

#[test]
fn never_because_the_30th_birthday_falls_after_the_window() {
    let f = Facts { birth_date: d("1993-01-01"), last_employment_end: Some(d("2015-01-01")), ..facts("2020-06-01") };
    let a = assess(&f);
    assert_eq!(a.outlook, Outlook::Never(NeverReason::HoldsOnlyAfterWindow(Some(d("2023-01-01")))));
    // Born a day later than the last day: 30 on 30.12.2022, the window's last day.
    let a = assess(&Facts { birth_date: d("1992-12-30"), ..f.clone() });
    assert_eq!(a.outlook, Outlook::From(d("2022-12-30")));
    // With a fact missing it is "cannot tell", never "never".
    let a = assess(&Facts { birth_date: d("1993-01-01"), cash_social_assistance: None, ..f });
    assert_eq!(a.outlook, Outlook::CannotTell);
}

#[test]
fn after_the_window_the_model_has_ended_even_for_someone_who_meets_every_criterion() {
    let f = Facts { last_employment_end: Some(d("2015-01-01")), ..facts("2022-12-30") };
    assert_eq!(assess(&f).outlook, Outlook::Now);
    let a = assess(&Facts { date: d("2022-12-31"), ..f.clone() });
    assert_eq!((a.verdict, a.outlook, a.qualifies_by), (Verdict::NotCovered, Outlook::Never(NeverReason::ModelEnded), None));
    assert!(a.criteria.iter().all(|c| c.met == Some(true)), "the criteria hold; the model does not run");
    let a = assess(&Facts { date: d("2025-03-01"), ..f.clone() });
    assert_eq!(a.outlook, Outlook::Never(NeverReason::ModelEnded));
    // Before the window: not covered, every criterion holds from its first day.
    let a = assess(&Facts { date: d("2019-05-12"), ..f });
    assert_eq!((a.verdict, a.outlook), (Verdict::NotCovered, Outlook::From(d("2019-05-13"))));
}

#[test]
fn the_issue_example_asked_on_1_march_2021_qualifies_from_2_february_2022() {
    // Registered 1.02.2021: more than 12 months from 2.02.2022.
    let f = Facts { registered_since: Some(d("2021-02-01")), last_employment_end: Some(d("2021-01-31")), ..facts("2021-03-01") };
    let a = assess(&f);
    assert_eq!(a.outlook, Outlook::From(d("2022-02-02")));
}

#[test]
fn municipalities_are_found_by_their_whole_name_in_any_usual_spelling() {
    let id = |t: &str| find_municipality(t).map(|m| m.id);
    assert_eq!(id("Kazlų Rūda"), Some("kazlu-rudos"));
    assert_eq!(id("Kazlu Rudos savivaldybe"), Some("kazlu-rudos"));
    assert_eq!(id("KAZLŲ RŪDOS SAVIVALDYBĖ"), Some("kazlu-rudos"));
    // NFD: u + combining ogonek, u + combining macron.
    assert_eq!(id("Kazlu\u{0328} Ru\u{0304}da"), Some("kazlu-rudos"));
    assert_eq!(id("Kazlu\u{0328} Ru\u{0304}dos savivaldybe\u{0307}"), Some("kazlu-rudos"));
    assert_eq!(id("  Alytaus   miesto savivaldybė "), Some("alytaus-miesto"));
    assert_eq!(id("Alytaus m. sav."), Some("alytaus-miesto"));
    assert_eq!(id("Alytus city"), Some("alytaus-miesto"));
    assert_eq!(id("Alytus"), Some("alytaus-miesto"));
    assert_eq!(id("Panevėžio miesto savivaldybė"), Some("panevezio-miesto"));
    assert_eq!(id("Akmenės r. sav."), Some("akmenes-rajono"));
    assert_eq!(id("Šilutės rajono savivaldybė"), Some("silutes-rajono"));
    assert_eq!(id("Utena"), Some("utenos-rajono"));
    assert_eq!(id("Druskininkai"), Some("druskininku"));
    assert_eq!(id("Pagėgių savivaldybė"), Some("pagegiu"));
    assert_eq!(id("Kalvarijos sav."), Some("kalvarijos"));
}

#[test]
fn a_city_is_never_taken_for_the_district_of_the_same_name_or_the_reverse() {
    let id = |t: &str| find_municipality(t).map(|m| m.id);
    assert_eq!(id("Panevėžio rajono savivaldybė"), None);
    assert_eq!(id("Panevėžio r. sav."), None);
    assert_eq!(id("Alytus district"), None);
    assert_eq!(id("Alytaus rajono"), None);
    // The genitive alone is shared by the city and the district.
    assert_eq!(id("Alytaus"), None);
    assert_eq!(id("Panevėžio"), None);
    // A district on the list is not a city.
    assert_eq!(id("Akmenės miesto"), None);
}

#[test]
fn free_text_never_matches_a_part_and_unknown_names_stay_unknown() {
    let id = |t: &str| find_municipality(t).map(|m| m.id);
    assert_eq!(id("Vilnius, Utenos g. 5"), None);
    assert_eq!(id("Vilnius"), None);
    assert_eq!(id("Kaunas"), None);
    assert_eq!(id(""), None);
    assert_eq!(id("savivaldybė"), None);
    assert_eq!(id("m."), None);
    assert_eq!(id("Utenos gatvė"), None);
    assert_eq!(id("Kazlų Rūdos seniūnija"), None);
}

#[test]
fn municipalities_carry_typed_facts_not_words() {
    let k = find_municipality("Kazlų Rūda").unwrap();
    assert_eq!((k.participation, k.kind, k.months, k.people), (Participation::Joined2020, MunicipalityKind::Plain, Some(24), Some(70)));
    assert_eq!(k.since.map(|m| m.to_string()), Some("2020-01".to_string()));
    let a = find_municipality("Alytus city").unwrap();
    assert_eq!((a.participation, a.kind), (Participation::Pilot2019, MunicipalityKind::City));
    assert_eq!(a.since.map(|m| m.to_string()), Some("2019-02".to_string()));
    assert_eq!(find_municipality("Utena").unwrap().participation, Participation::NamedByMinistry);
    let f = Facts { municipality: Some("Panevėžio rajono savivaldybė".into()), ..facts("2020-06-01") };
    assert_eq!(assess(&f).municipality, None, "ask your municipality");
}

proptest! {
    /// One answer: the outlook agrees with the verdict and the dates.
    #[test]
    fn the_outlook_never_contradicts_the_verdict(
        date in 0i64..4600, birth in 0i64..20000, reg in proptest::option::of(0i64..6000), job in proptest::option::of(0i64..6000),
        cash in proptest::option::of(0u8..3),
    ) {
        let base = d("2012-01-01");
        let f = Facts {
            date: base + chrono::Duration::days(date),
            birth_date: d("1940-01-01") + chrono::Duration::days(birth),
            registered_since: reg.map(|r| d("2008-01-01") + chrono::Duration::days(r)),
            last_employment_end: job.map(|j| d("2008-01-01") + chrono::Duration::days(j)),
            cash_social_assistance: cash.map(|c| [CashAssistance::Receives, CashAssistance::Entitled, CashAssistance::No][c as usize]),
            municipality: None,
        };
        let a = assess(&f);
        match a.outlook {
            Outlook::Now => prop_assert_eq!(a.verdict, Verdict::Eligible),
            Outlook::From(x) => { prop_assert!(x > f.date || a.verdict == Verdict::NotCovered); prop_assert_eq!(a.earliest_date, Some(x)); prop_assert!(a.missing.is_empty()); }
            Outlook::AtTheLatest(x) => { prop_assert_ne!(a.verdict, Verdict::Eligible); prop_assert!(x > f.date); prop_assert_eq!(a.qualifies_by, Some(x)); prop_assert!(!a.missing.is_empty()); }
            Outlook::CannotTell => { prop_assert_ne!(a.verdict, Verdict::Eligible); prop_assert!(!a.missing.is_empty()); }
            Outlook::Never(_) => prop_assert_ne!(a.verdict, Verdict::Eligible),
        }
        if a.verdict == Verdict::Eligible { prop_assert_eq!(a.outlook, Outlook::Now); }
        // Known facts alone holding by a day means they hold on it.
        if let Some(q) = a.qualifies_by {
            let later = assess(&Facts { date: q, ..f.clone() });
            prop_assert!(later.criteria.iter().all(|c| c.met == Some(true)), "{:?}", later);
        }
    }
}
