//! R6. Latvia: the ESF project "Bijušo ieslodzīto integrācija sabiedrībā un
//! darba tirgū" (integration of former prisoners into society and the labour
//! market), as a programme card: no eligibility thresholds are given, so no
//! verdict.
//!
//! > "Kopš 2016. gada Ieslodzījuma vietu pārvalde, īsteno ESF līdzfinansētu
//! > projektu "Bijušo ieslodzīto integrācija sabiedrībā un darba tirgū".
//! > Kopējais projekta budžets ir 4 486 638 Eiro no tiem 85 % ir Eiropas
//! > Sociālā fonda finansējums, un 15 % līdzfinansē valsts. Projekta partneris
//! > ir Valsts probācijas dienests un Nodarbinātības valsts aģentūra. Projekta
//! > mērķis ir sniegt atbalstu ieslodzītajiem un bijušajiem ieslodzītajiem,
//! > piedāvājot specifiskus atbalsta pasākumus, kā arī, izstrādājot un
//! > īstenojot jaunas atbalsta metodes mērķa grupai, tai skaitā, attīstot
//! > brīvprātīgo darbu un aktīvu ģimenes locekļu iesaistīšanu […]"
//! > "Nodarbinātības valsts aģentūras darbinieki nodrošina ieslodzītajiem
//! > karjeras konsultācijas gan pirms iesaistes profesionālās izglītības
//! > programmās, gan pirms atbrīvošanās no ieslodzījuma."
//! > — Ministry of Justice, ESF news (source `002`).
//!
//! Everything here is a language-free id; the words are the catalogs'.

use chrono::Datelike;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::rules::params::{self, EsfFunding};

/// A body named by the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// "Ieslodzījuma vietu pārvalde", which runs the project.
    PrisonAdministration,
    /// "Valsts probācijas dienests", a partner.
    StateProbationService,
    /// "Nodarbinātības valsts aģentūra" (NVA), a partner.
    StateEmploymentAgency,
    /// "Tieslietu ministrija", whose ESF unit wrote the source.
    MinistryOfJustice,
}

impl Body {
    pub fn id(self) -> &'static str {
        match self {
            Body::PrisonAdministration => "prison_administration",
            Body::StateProbationService => "state_probation_service",
            Body::StateEmploymentAgency => "state_employment_agency",
            Body::MinistryOfJustice => "ministry_of_justice",
        }
    }
}

/// Who the project is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetGroup {
    /// "ieslodzītie".
    Prisoners,
    /// "bijušie ieslodzītie".
    FormerPrisoners,
}

impl TargetGroup {
    pub fn id(self) -> &'static str {
        match self {
            TargetGroup::Prisoners => "prisoners",
            TargetGroup::FormerPrisoners => "former_prisoners",
        }
    }
}

/// What the project offers, as the source lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// NVA career consultations before vocational education in prison.
    CareerConsultationBeforeVocationalEducation,
    /// NVA career consultations before release.
    CareerConsultationBeforeRelease,
    /// "specifiski atbalsta pasākumi".
    SpecificSupportMeasures,
    /// New support methods, including volunteering ("brīvprātīgo darbu").
    Volunteering,
    /// … and involving active family members ("aktīvu ģimenes locekļu iesaistīšanu").
    FamilyInvolvement,
}

impl Offer {
    pub fn id(self) -> &'static str {
        match self {
            Offer::CareerConsultationBeforeVocationalEducation => "career_consultation_before_vocational_education",
            Offer::CareerConsultationBeforeRelease => "career_consultation_before_release",
            Offer::SpecificSupportMeasures => "specific_support_measures",
            Offer::Volunteering => "volunteering",
            Offer::FamilyInvolvement => "family_involvement",
        }
    }
}

/// The contact the source gives: the Ministry of Justice's public-relations
/// specialist for EU funds, who prepared the information (a press contact,
/// not a service for clients).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact {
    pub body: Body,
    pub name: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
}

/// The budget in EUR, split exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub total: Decimal,
    pub esf: Decimal,
    pub state: Decimal,
    pub esf_share: Decimal,
    pub state_share: Decimal,
    pub reference: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub id: &'static str,
    /// The project's official name (Latvian, a proper name).
    pub official_name: &'static str,
    pub for_whom: &'static [TargetGroup],
    pub offers: &'static [Offer],
    pub run_by: Body,
    pub partners: &'static [Body],
    /// The first year: "Kopš 2016. gada".
    pub since_year: i32,
    pub budget: Budget,
    pub contact: Contact,
    pub source: &'static str,
}

/// A share of an amount in euro cents, rounded half away from zero (exact
/// here: 4 486 638 × 0.85 = 3 813 642.30).
fn share(total: Decimal, fraction: Decimal) -> Decimal {
    // invariant: a budget in euro times a fraction ≤ 1 is far inside
    // Decimal's range; the fallback is never taken.
    total.checked_mul(fraction).unwrap_or(Decimal::ZERO).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// The budget split computed from the dated parameters.
pub fn budget_of(f: &EsfFunding) -> Budget {
    Budget {
        total: f.total,
        esf: share(f.total, f.esf_share),
        state: share(f.total, f.state_share),
        esf_share: f.esf_share,
        state_share: f.state_share,
        reference: f.period.reference,
    }
}

pub fn budget() -> Budget {
    budget_of(&params::esf_ex_prisoners_funding())
}

/// The programme card.
pub fn card() -> Card {
    let funding = params::esf_ex_prisoners_funding();
    Card {
        id: "esf-ex-prisoners",
        official_name: "Bijušo ieslodzīto integrācija sabiedrībā un darba tirgū",
        for_whom: &[TargetGroup::Prisoners, TargetGroup::FormerPrisoners],
        offers: &[
            Offer::CareerConsultationBeforeVocationalEducation,
            Offer::CareerConsultationBeforeRelease,
            Offer::SpecificSupportMeasures,
            Offer::Volunteering,
            Offer::FamilyInvolvement,
        ],
        run_by: Body::PrisonAdministration,
        partners: &[Body::StateProbationService, Body::StateEmploymentAgency],
        since_year: funding.period.from.year(),
        budget: budget_of(&funding),
        contact: Contact { body: Body::MinistryOfJustice, name: "Arita Pečaka", phone: "67036837", email: "Arita.Pecaka@tm.gov.lv" },
        source: "002",
    }
}
