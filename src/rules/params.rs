//! Dated parameters of the rules, in one place, each with its reference.
//! A value marked `verified: false` was not read in an official text
//! (RULES.md "UNVERIFIED"): it is shown to the user as such.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::rules::calendar::{ymd, Month};

/// A period in which a rule or a version applies, with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day it applies (inclusive).
    pub from: NaiveDate,
    /// Last day it applies (inclusive); `None`: no end known.
    pub until: Option<NaiveDate>,
    pub reference: &'static str,
    pub verified: bool,
}

impl Period {
    pub fn applies_on(&self, d: NaiveDate) -> bool {
        d >= self.from && self.until.is_none_or(|u| d <= u)
    }
}

// ---- R1: the assistant service (MK 942) ------------------------------------

/// The first and last day of the emergency situation declared on 12.03.2020
/// and extended by Order No. 254 until 9.06.2020 (RULES.md, "ES 2020").
pub fn emergency_period() -> (NaiveDate, NaiveDate) {
    (ymd(2020, 3, 12), ymd(2020, 6, 9))
}

/// The months the encoded rules cover: MK 942, 2013-01 to 2021-06.
pub const FIRST_MONTH: Month = Month { year: 2013, month: 1 };
pub const LAST_MONTH: Month = Month { year: 2021, month: 6 };

/// MK 942 funds at most this many hours a week from the state budget
/// (more is allowed only as a warning: a municipality may pay more).
pub fn state_funded_weekly_max() -> Decimal {
    Decimal::from(40)
}

/// MK 942 p. 11.¹ (added by MK 134 of 17.03.2020): with no hours used in the
/// previous three months, "ne vairāk kā 10 stundas nedēļā".
pub fn no_previous_use_weekly_limit() -> Decimal {
    Decimal::from(10)
}

/// INTERPRETATION (daily maximum): the default of `daily_max`, 8 h
/// (RULES.md R1.2, from `004`'s "persona noteiktu dienas daļu guļ").
pub fn default_daily_max() -> Decimal {
    Decimal::from(8)
}

/// INTERPRETATION (spreading): the default rounding granularity, 0.5 h.
pub fn default_granularity() -> Decimal {
    Decimal::new(5, 1)
}

// ---- R2: the Lithuanian employment model (A1-269, amended by A1-48) -------

/// The order's window: the model applies from 2019-05-13 to 2022-12-30
/// (repealed from 31.12.2022).
pub fn lt_model_window() -> Period {
    Period {
        from: ymd(2019, 5, 13),
        until: Some(ymd(2022, 12, 30)),
        reference: "SADM order A1-269 of 13.05.2019; repealed from 31.12.2022 (RULES.md R2)",
        verified: true,
    }
}

/// "arba turi teisę gauti": being entitled to cash social assistance counts
/// from A1-48 (21.01.2020). Its in-force date is UNVERIFIED: 2020-01-22 is
/// the project's assumption (RULES.md R2).
pub fn lt_entitled_counts() -> Period {
    Period {
        from: ymd(2020, 1, 22),
        until: None,
        reference: "SADM order A1-48 of 21.01.2020 amending A1-269 point 7; in-force date UNVERIFIED (assumed 2020-01-22)",
        verified: false,
    }
}

/// Age: 30 years or older.
pub const LT_MIN_AGE_MONTHS: u32 = 30 * 12;
/// Registered with the Employment Service for more than 12 months.
pub const LT_REGISTERED_MONTHS: u32 = 12;
/// Or not working for more than 2 years.
pub const LT_NOT_WORKING_MONTHS: u32 = 24;

/// The kind of a Lithuanian municipality, as its official name says it:
/// "… miesto savivaldybė" (a city), "… rajono savivaldybė" (a district), or
/// neither ("Druskininkų savivaldybė").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MunicipalityKind {
    City,
    District,
    Plain,
}

/// How the sources know a municipality took part in the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Participation {
    /// The 2019 pilot (source `001`: "Pilotinis projektas buvo įgyvendintas …").
    Pilot2019,
    /// Named by the ministry as a participant (RULES.md R2).
    NamedByMinistry,
    /// One of the 19 municipalities the ministry chose for 2020–2021 (source `001`).
    Joined2020,
}

/// A municipality known to have run the model, with what is known of it as
/// typed facts; the words are the catalogs' (keyed by `id`).
///
/// The notes these facts replace (for the catalogs):
/// - alytaus-miesto: "pilot municipality from 2019 (Alytus city; from February 2019, source 003)"
///   / "izmēģinājuma pašvaldība no 2019. gada (Alitas pilsēta; no 2019. gada februāra, avots 003)"
/// - akmenes-rajono, druskininku, pagegiu, silutes-rajono: "pilot municipality from 2019"
///   / "izmēģinājuma pašvaldība no 2019. gada"
/// - panevezio-miesto: "pilot municipality from 2019 (Panevėžys city)"
///   / "izmēģinājuma pašvaldība no 2019. gada (Panevēžas pilsēta)"
/// - utenos-rajono: "named by the ministry as a participant" / "ministrija to min kā dalībnieci"
/// - kazlu-rudos: "from 1 January 2020 for 24 months, up to 70 people (source 001)"
///   / "no 2020. gada 1. janvāra uz 24 mēnešiem, līdz 70 cilvēkiem (avots 001)"
/// - kalvarijos: "one of the 19 municipalities of 2020–2021" / "viena no 19 pašvaldībām 2020.–2021. gadā"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Municipality {
    /// Language-free identifier, e.g. `"alytaus-miesto"`.
    pub id: &'static str,
    /// The official name without "savivaldybė" (Lithuanian, a proper name).
    pub name: &'static str,
    pub kind: MunicipalityKind,
    pub participation: Participation,
    /// The month the model began there, where a source says it.
    pub since: Option<Month>,
    /// How long it runs there, in months, where a source says it.
    pub months: Option<u32>,
    /// How many people it serves at most (or plans to), where a source says it.
    pub people: Option<u32>,
    /// The source that says it (`"001"`, `"003"`, or RULES.md).
    pub reference: &'static str,
    /// Whole names that identify it together with a word of its kind
    /// ("miesto", "m.", "city" …), lower case, without diacritics, the kind
    /// word and "savivaldybė" removed: genitive, nominative, English.
    pub names: &'static [&'static str],
    /// Whole names that identify it with no word of kind. A city whose
    /// district bears the same name (Alytus, Panevėžys) is identified bare
    /// only by its own nominative name ("Alytus"), never by the genitive
    /// ("Alytaus") that the district shares.
    pub bare_names: &'static [&'static str],
}

/// The participating municipalities the sources name (RULES.md R2). The
/// list is incomplete (19 more joined in 2020–2021): information, never a verdict.
pub const LT_MUNICIPALITIES: &[Municipality] = &[
    Municipality { id: "alytaus-miesto", name: "Alytaus miesto", kind: MunicipalityKind::City, participation: Participation::Pilot2019, since: Some(Month { year: 2019, month: 2 }), months: None, people: Some(100), reference: "001 (pilot); 003 (from February 2019, services planned for 100 people)", names: &["alytaus", "alytus"], bare_names: &["alytus"] },
    Municipality { id: "akmenes-rajono", name: "Akmenės rajono", kind: MunicipalityKind::District, participation: Participation::Pilot2019, since: None, months: None, people: None, reference: "001", names: &["akmenes", "akmene"], bare_names: &["akmenes", "akmene"] },
    Municipality { id: "druskininku", name: "Druskininkų", kind: MunicipalityKind::Plain, participation: Participation::Pilot2019, since: None, months: None, people: None, reference: "001", names: &["druskininku", "druskininkai"], bare_names: &["druskininku", "druskininkai"] },
    Municipality { id: "pagegiu", name: "Pagėgių", kind: MunicipalityKind::Plain, participation: Participation::Pilot2019, since: None, months: None, people: None, reference: "001", names: &["pagegiu", "pagegiai"], bare_names: &["pagegiu", "pagegiai"] },
    Municipality { id: "panevezio-miesto", name: "Panevėžio miesto", kind: MunicipalityKind::City, participation: Participation::Pilot2019, since: None, months: None, people: None, reference: "001", names: &["panevezio", "panevezys"], bare_names: &["panevezys"] },
    Municipality { id: "silutes-rajono", name: "Šilutės rajono", kind: MunicipalityKind::District, participation: Participation::Pilot2019, since: None, months: None, people: None, reference: "001", names: &["silutes", "silute"], bare_names: &["silutes", "silute"] },
    Municipality { id: "utenos-rajono", name: "Utenos rajono", kind: MunicipalityKind::District, participation: Participation::NamedByMinistry, since: None, months: None, people: None, reference: "RULES.md R2 (the ministry names Utena)", names: &["utenos", "utena"], bare_names: &["utenos", "utena"] },
    Municipality { id: "kazlu-rudos", name: "Kazlų Rūdos", kind: MunicipalityKind::Plain, participation: Participation::Joined2020, since: Some(Month { year: 2020, month: 1 }), months: Some(24), people: Some(70), reference: "001", names: &["kazlu rudos", "kazlu ruda"], bare_names: &["kazlu rudos", "kazlu ruda"] },
    Municipality { id: "kalvarijos", name: "Kalvarijos", kind: MunicipalityKind::Plain, participation: Participation::Joined2020, since: None, months: None, people: None, reference: "RULES.md R2", names: &["kalvarijos", "kalvarija"], bare_names: &["kalvarijos", "kalvarija"] },
];

// ---- R3: Latvia, statutory retirement age ---------------------------------

/// One step of the retirement-age schedule: from `year` on, the age is
/// `years` y `months` m (until the next step).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetirementStep {
    pub year: i32,
    pub years: u32,
    pub months: u32,
}

/// The statutory retirement age by the year in which the retirement date
/// falls: 62 until 2013; from 2014 +3 months a year (2014: 62 y 3 m … 2024:
/// 64 y 9 m); 65 from 2025 (RULES.md R3; Latvia's law "Par valsts pensijām",
/// transitional provisions, not read in the original).
pub const RETIREMENT_SCHEDULE: &[RetirementStep] = &[
    RetirementStep { year: i32::MIN, years: 62, months: 0 },
    RetirementStep { year: 2014, years: 62, months: 3 },
    RetirementStep { year: 2015, years: 62, months: 6 },
    RetirementStep { year: 2016, years: 62, months: 9 },
    RetirementStep { year: 2017, years: 63, months: 0 },
    RetirementStep { year: 2018, years: 63, months: 3 },
    RetirementStep { year: 2019, years: 63, months: 6 },
    RetirementStep { year: 2020, years: 63, months: 9 },
    RetirementStep { year: 2021, years: 64, months: 0 },
    RetirementStep { year: 2022, years: 64, months: 3 },
    RetirementStep { year: 2023, years: 64, months: 6 },
    RetirementStep { year: 2024, years: 64, months: 9 },
    RetirementStep { year: 2025, years: 65, months: 0 },
];
pub const RETIREMENT_REFERENCE: &str =
    "RULES.md R3: statutory retirement age 62 until 2013, +3 months a year from 2014, 65 from 2025";

/// The age in force in `year`.
pub fn retirement_age_in(year: i32) -> RetirementStep {
    let mut cur = RETIREMENT_SCHEDULE[0];
    for s in RETIREMENT_SCHEDULE {
        if s.year <= year {
            cur = *s;
        }
    }
    cur
}

/// Pre-retirement age: five years or less before the retirement date.
pub const LV_PRE_RETIREMENT_MONTHS: u32 = 60;
/// Long-term unemployed: registered 12 months or longer.
pub const LV_LONG_TERM_MONTHS: u32 = 12;

/// R3 answers questions from the first year of the schedule's steps: the
/// rules before 2014 were not read.
pub fn lv_unemployment_window() -> Period {
    Period {
        from: ymd(2014, 1, 1),
        until: None,
        reference: "RULES.md R3 (NVA, sources 000 and 004; the retirement schedule from 2014)",
        verified: true,
    }
}

// ---- R4: Latvia, MK 360 admission to services with accommodation ---------

/// The version of MK 360 encoded: points 33–34 as in force from 10.06.2020.
/// MK 360 (adopted 9.06.2020) entered into force on 10.06.2020 and lost force
/// on 11.10.2021 (replaced by MK 662): placements from 10.06.2020 to
/// 10.10.2021 are covered.
pub fn mk360_period() -> Period {
    Period {
        from: ymd(2020, 6, 10),
        until: Some(ymd(2021, 10, 10)),
        reference: "Cabinet Regulation No. 360 of 9.06.2020, in force 10.06.2020 (source 004); replaced by MK 662 in force 11.10.2021 (RULES.md R4)",
        verified: true,
    }
}

/// The day of the version encoded: a placement after it may fall under
/// later amendments of MK 360, which are not encoded.
pub fn mk360_encoded_version() -> NaiveDate {
    ymd(2020, 6, 10)
}

/// The day counts of MK 360 points 33–34 in the version of 10.06.2020.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mk360Terms {
    /// Point 33.1–33.2: the test "ne agrāk kā divas dienas pirms ievietošanas".
    pub p33_test_days: i64,
    /// Point 33.3: "pēc uzņemšanas institūcijā 14 dienas atrodas pašizolācijā".
    pub p33_isolation_days: i64,
    /// Point 34.1: the test "ne agrāk kā trīs dienas pirms iestāšanās".
    pub p34_test_days: i64,
    /// Point 34.2: the certificate "ne agrāk kā nedēļu pirms ierašanās".
    pub p34_certificate_days: i64,
    pub reference: &'static str,
}

pub fn mk360_terms() -> Mk360Terms {
    Mk360Terms {
        p33_test_days: 2,
        p33_isolation_days: 14,
        p34_test_days: 3,
        p34_certificate_days: 7,
        reference: "MK 360 points 33 and 34, version of 10.06.2020, as quoted by LM on 10.06.2020 (source 004)",
    }
}

// ---- R5: Latvia, the competition for head of VBTAI (2020) -----------------

/// The application deadline of the competition announced on 1.06.2020:
/// "Pretendentu pieteikumi iesniedzami elektroniski līdz 22. jūnijam" (source 004).
pub fn vbtai_deadline() -> NaiveDate {
    ymd(2020, 6, 22)
}
pub const VBTAI_REFERENCE: &str = "Valsts kanceleja, competition for head of VBTAI announced 1.06.2020 (LM news, source 004)";
/// "pēdējo 10 gadu laikā": the window, in months before the deadline.
pub const VBTAI_WINDOW_MONTHS: u32 = 10 * 12;
/// "vismaz triju gadu nepārtrauktu pieredzi": in months.
pub const VBTAI_EXPERIENCE_MONTHS: u32 = 3 * 12;
/// "ar vismaz 10 padotajiem darbiniekiem".
pub const VBTAI_MIN_SUBORDINATES: u32 = 10;

// ---- R6: Latvia, the ESF project for (former) prisoners --------------------

/// The budget of the ESF project "Bijušo ieslodzīto integrācija sabiedrībā un
/// darba tirgū" and its shares: "Kopējais projekta budžets ir 4 486 638 Eiro
/// no tiem 85 % ir Eiropas Sociālā fonda finansējums, un 15 % līdzfinansē
/// valsts" (source 002), since 2016.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EsfFunding {
    /// EUR.
    pub total: Decimal,
    /// A fraction (0.85).
    pub esf_share: Decimal,
    /// A fraction (0.15).
    pub state_share: Decimal,
    pub period: Period,
}

pub fn esf_ex_prisoners_funding() -> EsfFunding {
    EsfFunding {
        total: Decimal::from(4_486_638),
        esf_share: Decimal::new(85, 2),
        state_share: Decimal::new(15, 2),
        period: Period {
            from: ymd(2016, 1, 1),
            until: None,
            reference: "source 002 (Ieslodzījuma vietu pārvalde, ESF project since 2016; the first day of 2016 stands for \"kopš 2016. gada\")",
            verified: true,
        },
    }
}
