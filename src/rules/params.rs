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

/// A municipality known to have run the model, with what is known of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Municipality {
    pub name: &'static str,
    /// Lower-case, diacritic-free stems that identify it in free text.
    pub stems: &'static [&'static str],
    pub note_en: &'static str,
    pub note_lv: &'static str,
}

/// The participating municipalities the sources name (RULES.md R2). The
/// list is incomplete (19 more joined in 2020–2021): information, never a verdict.
pub const LT_MUNICIPALITIES: &[Municipality] = &[
    Municipality { name: "Alytaus miesto", stems: &["alytaus miest", "alytus city", "alytus"], note_en: "pilot municipality from 2019 (Alytus city; from February 2019, source 003)", note_lv: "izmēģinājuma pašvaldība no 2019. gada (Alitas pilsēta; no 2019. gada februāra, avots 003)" },
    Municipality { name: "Akmenės rajono", stems: &["akmen"], note_en: "pilot municipality from 2019", note_lv: "izmēģinājuma pašvaldība no 2019. gada" },
    Municipality { name: "Druskininkų", stems: &["druskinink"], note_en: "pilot municipality from 2019", note_lv: "izmēģinājuma pašvaldība no 2019. gada" },
    Municipality { name: "Pagėgių", stems: &["pagegi"], note_en: "pilot municipality from 2019", note_lv: "izmēģinājuma pašvaldība no 2019. gada" },
    Municipality { name: "Panevėžio miesto", stems: &["panevezio miest", "panevezys city", "panevezys", "panevezio"], note_en: "pilot municipality from 2019 (Panevėžys city)", note_lv: "izmēģinājuma pašvaldība no 2019. gada (Panevēžas pilsēta)" },
    Municipality { name: "Šilutės rajono", stems: &["silut"], note_en: "pilot municipality from 2019", note_lv: "izmēģinājuma pašvaldība no 2019. gada" },
    Municipality { name: "Utenos", stems: &["uten"], note_en: "named by the ministry as a participant", note_lv: "ministrija to min kā dalībnieci" },
    Municipality { name: "Kazlų Rūdos", stems: &["kazlu rud"], note_en: "from 1 January 2020 for 24 months, up to 70 people (source 001)", note_lv: "no 2020. gada 1. janvāra uz 24 mēnešiem, līdz 70 cilvēkiem (avots 001)" },
    Municipality { name: "Kalvarijos", stems: &["kalvarij"], note_en: "one of the 19 municipalities of 2020–2021", note_lv: "viena no 19 pašvaldībām 2020.–2021. gadā" },
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
