//! Dated parameters of the rules, in one place, each with its reference.
//! A value marked `verified: false` was not read in an official text
//! (RULES.md "UNVERIFIED"): it is shown to the user as such.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::rules::assistant_hours::{Regime, Service};
use crate::rules::calendar::{ymd, Month};
use crate::rules::sources::{self, Source};

/// A parameter's reference, kept here for the record (a reader of this
/// file, the tests, the command line's build): no answer and no page shows
/// it (a person is shown the act and its point, `sources`), so the page's
/// WebAssembly holds none of its text (pages up to 0.6 KB smaller in gzip).
macro_rules! record {
    ($text:literal) => {
        if cfg!(target_arch = "wasm32") { "" } else { $text }
    };
}

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

// ---- R1: the assistant service (MK 942, MK 316) ---------------------------

/// The months a regime's rules cover, with their legal base (RULES.md R1,
/// "Which rule applies to a month").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegimeSpan {
    pub regime: Regime,
    /// First month covered (inclusive).
    pub from: Month,
    /// Last month covered (inclusive); `None`: in force, no end date.
    pub until: Option<Month>,
    pub reference: &'static str,
}

/// MK 942 (weekly allocation) from 2013-01 to 2021-06, and to 2021-12 for
/// contracts kept under MK 316 p. 47; MK 316 (monthly allocation) from 2021-07
/// with no end date. In 2021-07 … 2021-12 both are allowed: the person's
/// contract decides (the input `regulation`).
pub const REGIME_SPANS: [RegimeSpan; 2] = [
    RegimeSpan {
        regime: Regime::Mk942,
        from: Month { year: 2013, month: 1 },
        until: Some(Month { year: 2021, month: 12 }),
        reference: record!("MK 942 of 18.12.2012 (likumi.lv id 253781), in force until 30.06.2021; its contracts continue until the decision period ends, at the latest 31.12.2021 (MK 316 p. 47)"),
    },
    RegimeSpan {
        regime: Regime::Mk316,
        from: Month { year: 2021, month: 7 },
        until: None,
        reference: record!("MK 316 of 18.05.2021, in force 1.07.2021 (amended by MK 315 of 24.05.2022)"),
    },
];

/// The question an average-rule period asks before R1.2 applies (RULES.md R1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodQuestion {
    /// The emergency situations: "had the client's activities resumed?"
    /// (`004`, case 1), i.e. could the service be used as contracted.
    ActivitiesResumed,
    /// MK 360 p. 34.³ and MK 662 p. 73–74: did epidemiological safety
    /// measures prevent using the service as contracted?
    EpidemiologicalMeasures,
}

/// A period on whose days R1.2 (the average rule) applies, when the client
/// could not use the service as contracted (RULES.md R1, the table of
/// average-rule periods).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AverageRulePeriod {
    /// A stable name for the contract and the page.
    pub id: &'static str,
    /// First and last day (inclusive).
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The legal base, in full (for the record).
    pub source: &'static str,
    /// The act that makes the period, as the explanation and the contract
    /// cite it (`"MK 360 p. 34.³"`).
    pub legal_base: Source,
    /// Whether MK 942 p. 11.¹'s "ne vairāk kā 10 stundas nedēļā" replaces the
    /// average when no hours were used in the previous three months.
    pub no_previous_use_weekly_limit: bool,
    pub question: PeriodQuestion,
}

impl AverageRulePeriod {
    pub fn contains(&self, d: NaiveDate) -> bool {
        d >= self.from && d <= self.to
    }
}

/// The four average-rule periods, in order; they do not overlap and apply to
/// MK 942 contracts only.
pub fn average_rule_periods() -> [AverageRulePeriod; 4] {
    [
        AverageRulePeriod {
            id: "es-2020",
            from: ymd(2020, 3, 12),
            to: ymd(2020, 6, 9),
            source: record!("ES 2020: Cabinet order of 12.03.2020 \"Par ārkārtējās situācijas izsludināšanu\" (likumi.lv id 313191), extended by Order No. 254 until 9.06.2020; MK 942 p. 11.¹ (MK 134 of 17.03.2020); LM 2020-04; LM 12.06.2020 (source 004)"),
            legal_base: sources::ES_2020,
            no_previous_use_weekly_limit: true,
            question: PeriodQuestion::ActivitiesResumed,
        },
        AverageRulePeriod {
            id: "es-2020-21",
            from: ymd(2020, 11, 9),
            to: ymd(2021, 4, 6),
            source: record!("ES 2020-21: the second emergency situation, 9.11.2020–6.04.2021; MK 942 p. 11.¹ (MK 134 of 17.03.2020)"),
            legal_base: sources::ES_2020_21,
            no_previous_use_weekly_limit: true,
            question: PeriodQuestion::ActivitiesResumed,
        },
        AverageRulePeriod {
            id: "mk360-p34.3",
            from: ymd(2021, 4, 7),
            to: ymd(2021, 10, 10),
            source: record!("MK 360 p. 34.³ (added by MK 191 of 1.04.2021): the average of the previous three calendar months, where epidemiological safety measures prevent using the service"),
            legal_base: sources::MK360_P34_3,
            // INTERPRETATION (no previous use, MK 360 p. 34.³): no 10 h a week;
            // the average of three months of no use is 0 h (RULES.md R1).
            no_previous_use_weekly_limit: false,
            question: PeriodQuestion::EpidemiologicalMeasures,
        },
        AverageRulePeriod {
            id: "mk662-p73-74",
            from: ymd(2021, 10, 11),
            to: ymd(2021, 12, 31),
            source: record!("MK 662 of 28.09.2021 (in force 11.10.2021) p. 73–74: MK 942 contracts kept under MK 316 p. 47, \"bet ne ilgāk kā līdz 2021. gada 31. decembrim\""),
            legal_base: sources::MK662_P73_74,
            // INTERPRETATION (no previous use, MK 662): as for MK 360 p. 34.³.
            no_previous_use_weekly_limit: false,
            question: PeriodQuestion::EpidemiologicalMeasures,
        },
    ]
}

/// The first and last day of the emergency situation declared on 12.03.2020
/// and extended by Order No. 254 until 9.06.2020 (RULES.md, "ES 2020"): the
/// first of [`average_rule_periods`].
pub fn emergency_period() -> (NaiveDate, NaiveDate) {
    let [first, ..] = average_rule_periods();
    (first.from, first.to)
}

/// The months the MK 942 rules cover: 2013-01 to 2021-12 (see [`REGIME_SPANS`]).
pub const FIRST_MONTH: Month = Month { year: 2013, month: 1 };

/// The measures of MK 942 annex 1 an attested hour is reported under: 1 to this.
pub const MK942_MEASURES: u8 = 7;

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

// ---- R1.4: MK 316 (monthly allocation) -----------------------------------

/// One step of MK 316's hourly amount (all taxes included), in force from
/// `from` until the next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HourlyAmount {
    pub from: NaiveDate,
    pub amount: Decimal,
    pub reference: &'static str,
    pub verified: bool,
}

/// MK 316's hourly amounts, oldest first (RULES.md R1.3, R1.4). Every step
/// starts on the first day of a month, so one amount holds for a whole month
/// (a test checks it).
pub fn mk316_hourly_amounts() -> [HourlyAmount; 3] {
    [
        HourlyAmount {
            from: ymd(2021, 7, 1),
            amount: Decimal::new(450, 2),
            reference: record!("MK 316 of 18.05.2021 (in force 1.07.2021): EUR 4.50 an hour, all taxes included (RULES.md R1.3, R1.4)"),
            verified: true,
        },
        HourlyAmount {
            from: ymd(2023, 1, 1),
            amount: Decimal::new(479, 2),
            reference: record!("MK 316 as amended: EUR 4.79 an hour from 1.01.2023, all taxes included (RULES.md R1.3, R1.4)"),
            verified: true,
        },
        HourlyAmount {
            from: ymd(2023, 4, 1),
            amount: Decimal::new(511, 2),
            reference: record!("MK 316 as amended: EUR 5.11 an hour from 1.04.2023, all taxes included (RULES.md R1.3, R1.4)"),
            verified: true,
        },
    ]
}

/// INTERPRETATION (after the last verified step): no amount later than the
/// last step was found, and nothing says how long it held. The last step is
/// taken as verified for the month in which it starts, and no further: from
/// the month after it (2023-05) the user enters the amount, and the result
/// names the last verified amount and the day it started, never as current.
pub fn mk316_amounts_verified_through() -> Month {
    let [.., last] = mk316_hourly_amounts();
    Month { year: last.from.year(), month: last.from.month() }
}

/// The verified hourly amount in force on day `d` (`None` before 1.07.2021
/// or after the month of the last verified step).
pub fn mk316_hourly_amount_on(d: NaiveDate) -> Option<HourlyAmount> {
    let through = mk316_amounts_verified_through();
    if (Month { year: d.year(), month: d.month() }) > through {
        return None;
    }
    mk316_hourly_amounts().into_iter().rev().find(|a| a.from <= d)
}

/// The last verified step of the hourly amount.
pub fn mk316_last_verified_amount() -> HourlyAmount {
    let [.., last] = mk316_hourly_amounts();
    last
}

/// Who a line of the allocation help is for (MK 316 Annex 1, item 4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpGroup {
    /// Adults (assistant service).
    Adult,
    /// Children 5–18 (assistant service).
    Child,
    /// Persons with group I disability from childhood with a special-care need.
    GroupIFromChildhood,
}

/// One line of help for working out the monthly allocation: the base hours
/// of a purpose at intensity coefficient 1 (and 2, where the annex gives
/// one), in force from `from` to `until`. Help, never the decision: the
/// social service decides the allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BaseHours {
    pub service: Service,
    pub group: HelpGroup,
    /// A stable name for the purpose.
    pub purpose: &'static str,
    pub hours_coefficient_1: Decimal,
    pub hours_coefficient_2: Option<Decimal>,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
    pub reference: &'static str,
    pub verified: bool,
}

impl BaseHours {
    pub fn applies_on(&self, d: NaiveDate) -> bool {
        d >= self.from && self.until.is_none_or(|u| d <= u)
    }
}

const ANNEX_1: &str = record!("MK 316 Annex 1, questionnaire item 4.2 (RULES.md R1.4)");
const ANNEX_1_MK315: &str = record!("MK 316 Annex 1, item 4.2, as amended by MK 315 of 24.05.2022, from 26.05.2022 (RULES.md R1.4)");


/// The base hours per purpose and coefficient (RULES.md R1.4), as help.
pub fn mk316_base_hours() -> Vec<BaseHours> {
    let h = |n: i64| Decimal::from(n);
    let start = ymd(2021, 7, 1);
    let amended = ymd(2022, 5, 26);
    let before_amended = ymd(2022, 5, 25);
    let line = |service, group, purpose, k1: i64, k2: Option<i64>, from, until, reference| BaseHours {
        service,
        group,
        purpose,
        hours_coefficient_1: h(k1),
        hours_coefficient_2: k2.map(h),
        from,
        until,
        reference,
        verified: true,
    };
    use HelpGroup::*;
    use Service::*;
    vec![
        line(Assistant, Adult, "paid-work-studies-paralympic-sport", 80, Some(160), start, None, ANNEX_1),
        line(Assistant, Adult, "school-or-board-member", 60, Some(120), start, None, ANNEX_1),
        line(Assistant, Adult, "volunteering-day-care-workshop-dialysis-chemotherapy", 40, Some(80), start, None, ANNEX_1),
        line(Assistant, Child, "child-5-18", 80, None, start, None, ANNEX_1),
        line(Assistant, Child, "child-5-18-weekly-procedures-or-rehabilitation", 100, None, amended, None, ANNEX_1_MK315),
        line(Assistant, GroupIFromChildhood, "day-care-or-workshop", 40, Some(80), start, Some(before_amended), ANNEX_1),
        line(Assistant, GroupIFromChildhood, "day-care-or-workshop", 50, Some(100), amended, None, ANNEX_1_MK315),
        line(Assistant, GroupIFromChildhood, "other-activities", 15, Some(30), start, Some(before_amended), ANNEX_1),
        line(Assistant, GroupIFromChildhood, "other-activities", 30, Some(60), amended, None, ANNEX_1_MK315),
        line(Companion, Child, "companion-child-5-18", 60, None, start, None, ANNEX_1),
    ]
}

// ---- R2: the Lithuanian employment model (A1-269, amended by A1-48) -------

/// The order's window: the model applies from 2019-05-13 to 2022-12-30
/// (repealed from 31.12.2022). Inlined: where only its dates are read, the
/// page's module then holds no copy of the reference's text.
#[inline(always)]
pub fn lt_model_window() -> Period {
    Period {
        from: ymd(2019, 5, 13),
        until: Some(ymd(2022, 12, 30)),
        reference: record!("SADM order A1-269 of 13.05.2019; repealed from 31.12.2022 (RULES.md R2)"),
        verified: true,
    }
}

/// "arba turi teisę gauti": being entitled to cash social assistance counts
/// from A1-48 (21.01.2020). Its in-force date is UNVERIFIED: 2020-01-22 is
/// the project's assumption (RULES.md R2). Inlined, as `lt_model_window`.
#[inline(always)]
pub fn lt_entitled_counts() -> Period {
    Period {
        from: ymd(2020, 1, 22),
        until: None,
        reference: record!("SADM order A1-48 of 21.01.2020 amending A1-269 point 7; in-force date UNVERIFIED (assumed 2020-01-22)"),
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
    Municipality { id: "alytaus-miesto", name: "Alytaus miesto", kind: MunicipalityKind::City, participation: Participation::Pilot2019, since: Some(Month { year: 2019, month: 2 }), months: None, people: Some(100), reference: record!("001 (pilot); 003 (from February 2019, services planned for 100 people)"), names: &["alytaus", "alytus"], bare_names: &["alytus"] },
    Municipality { id: "akmenes-rajono", name: "Akmenės rajono", kind: MunicipalityKind::District, participation: Participation::Pilot2019, since: None, months: None, people: None, reference: record!("001"), names: &["akmenes", "akmene"], bare_names: &["akmenes", "akmene"] },
    Municipality { id: "druskininku", name: "Druskininkų", kind: MunicipalityKind::Plain, participation: Participation::Pilot2019, since: None, months: None, people: None, reference: record!("001"), names: &["druskininku", "druskininkai"], bare_names: &["druskininku", "druskininkai"] },
    Municipality { id: "pagegiu", name: "Pagėgių", kind: MunicipalityKind::Plain, participation: Participation::Pilot2019, since: None, months: None, people: None, reference: record!("001"), names: &["pagegiu", "pagegiai"], bare_names: &["pagegiu", "pagegiai"] },
    Municipality { id: "panevezio-miesto", name: "Panevėžio miesto", kind: MunicipalityKind::City, participation: Participation::Pilot2019, since: None, months: None, people: None, reference: record!("001"), names: &["panevezio", "panevezys"], bare_names: &["panevezys"] },
    Municipality { id: "silutes-rajono", name: "Šilutės rajono", kind: MunicipalityKind::District, participation: Participation::Pilot2019, since: None, months: None, people: None, reference: record!("001"), names: &["silutes", "silute"], bare_names: &["silutes", "silute"] },
    Municipality { id: "utenos-rajono", name: "Utenos rajono", kind: MunicipalityKind::District, participation: Participation::NamedByMinistry, since: None, months: None, people: None, reference: record!("RULES.md R2 (the ministry names Utena)"), names: &["utenos", "utena"], bare_names: &["utenos", "utena"] },
    Municipality { id: "kazlu-rudos", name: "Kazlų Rūdos", kind: MunicipalityKind::Plain, participation: Participation::Joined2020, since: Some(Month { year: 2020, month: 1 }), months: Some(24), people: Some(70), reference: record!("001"), names: &["kazlu rudos", "kazlu ruda"], bare_names: &["kazlu rudos", "kazlu ruda"] },
    Municipality { id: "kalvarijos", name: "Kalvarijos", kind: MunicipalityKind::Plain, participation: Participation::Joined2020, since: None, months: None, people: None, reference: record!("RULES.md R2"), names: &["kalvarijos", "kalvarija"], bare_names: &["kalvarijos", "kalvarija"] },
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
        reference: record!("RULES.md R3 (NVA, sources 000 and 004; the retirement schedule from 2014)"),
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
        reference: record!("Cabinet Regulation No. 360 of 9.06.2020, in force 10.06.2020 (source 004); replaced by MK 662 in force 11.10.2021 (RULES.md R4)"),
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
        reference: record!("MK 360 points 33 and 34, version of 10.06.2020, as quoted by LM on 10.06.2020 (source 004)"),
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
            reference: record!("source 002 (Ieslodzījuma vietu pārvalde, ESF project since 2016; the first day of 2016 stands for \"kopš 2016. gada\")"),
            verified: true,
        },
    }
}
