//! R3. Latvia: unemployment dates (NVA).
//!
//! > "… ne agrāk kā nākamajā dienā pēc darba tiesisko attiecību izbeigšanas"
//! > — NVA on applying for unemployed status (source `004`).
//!
//! > "ilgstošais bezdarbnieks" (12 mēnešus un ilgāk), "pirmspensijas vecuma
//! > bezdarbnieks" (pieci gadi vai mazāk līdz valsts noteiktā pensionēšanās
//! > vecuma sasniegšanai), "bezdarbnieki ar invaliditāti"
//! > — NVA groups (source `000`; RULES.md R3).
//!
//! Statutory retirement age: 62 until 2013; from 2014 +3 months a year
//! (2014: 62 y 3 m … 2024: 64 y 9 m); 65 from 2025. A person's retirement
//! date is birth + the age in force in the year in which that date falls
//! (RULES.md R3; the schedule is in [`crate::rules::params`]).

use chrono::{Datelike, Duration, NaiveDate};

use crate::rules::calendar::add_months;
use crate::rules::params::{self, RetirementStep};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub date: NaiveDate,
    pub birth_date: NaiveDate,
    pub employment_end: Option<NaiveDate>,
    pub registered_since: Option<NaiveDate>,
    pub disability: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    LongTermUnemployed,
    PreRetirementAge,
    WithDisability,
}

impl Group {
    pub fn as_str(self) -> &'static str {
        match self {
            Group::LongTermUnemployed => "long_term_unemployed",
            Group::PreRetirementAge => "pre_retirement_age",
            Group::WithDisability => "with_disability",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dates {
    /// False when the date is before what is encoded (2014).
    pub covered: bool,
    pub earliest_application_date: Option<NaiveDate>,
    pub retirement_age: RetirementStep,
    pub retirement_date: Option<NaiveDate>,
    pub pre_retirement_from: Option<NaiveDate>,
    pub long_term_from: Option<NaiveDate>,
    /// Whether the person is registered as unemployed on the date.
    pub registered_on_date: bool,
    pub groups: Vec<Group>,
}

/// The earliest day to apply for unemployed status: the day after the
/// employment ended ("ne agrāk kā nākamajā dienā pēc … izbeigšanas").
pub fn earliest_application(employment_end: NaiveDate) -> Option<NaiveDate> {
    employment_end.checked_add_signed(Duration::days(1))
}

/// The retirement date and the age that gives it: the first year `Y` of the
/// schedule for which birth + age(Y) falls in `Y`. One always exists: each
/// year the age grows by 3 months while the year grows by 12.
pub fn retirement(birth: NaiveDate) -> Option<(RetirementStep, NaiveDate)> {
    // The candidates' years lie between birth + 62 y and birth + 65 y.
    let first = birth.year().checked_add(62)?;
    for year in first..=first + 4 {
        let age = params::retirement_age_in(year);
        let date = add_months(birth, age.years * 12 + age.months)?;
        if date.year() == year {
            return Some((age, date));
        }
    }
    None
}

/// Computes the dates and the groups on `f.date`.
pub fn compute(f: &Facts) -> Dates {
    let window = params::lv_unemployment_window();
    let earliest_application_date = f.employment_end.and_then(earliest_application);
    let (retirement_age, retirement_date) = match retirement(f.birth_date) {
        Some((a, d)) => (a, Some(d)),
        None => (params::retirement_age_in(i32::MAX), None),
    };
    // Five years or less before the retirement date.
    let pre_retirement_from = retirement_date.and_then(|r| r.checked_sub_months(chrono::Months::new(params::LV_PRE_RETIREMENT_MONTHS)));
    // INTERPRETATION (long-term): registered 12 months or longer, "12 mēnešus
    // un ilgāk": from r + 12 calendar months (month-end rule), inclusive.
    let long_term_from = f.registered_since.and_then(|r| add_months(r, params::LV_LONG_TERM_MONTHS));
    let registered_on_date = f.registered_since.is_some_and(|r| r <= f.date);
    let covered = window.applies_on(f.date);
    let mut groups = Vec::new();
    if covered && registered_on_date {
        if long_term_from.is_some_and(|d| f.date >= d) {
            groups.push(Group::LongTermUnemployed);
        }
        if let (Some(from), Some(until)) = (pre_retirement_from, retirement_date) {
            if f.date >= from && f.date < until {
                groups.push(Group::PreRetirementAge);
            }
        }
        if f.disability {
            groups.push(Group::WithDisability);
        }
    }
    Dates {
        covered,
        earliest_application_date,
        retirement_age,
        retirement_date,
        pre_retirement_from,
        long_term_from,
        registered_on_date,
        groups,
    }
}

/// What the pre-retirement line can say for the person's situation on the
/// date (the words are the catalogs').
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreRetirement {
    /// Not registered on the date: the person reaches pre-retirement age on
    /// `age_from` and counts as a pre-retirement unemployed person once
    /// registered (before `retirement`).
    NotRegistered { age_from: NaiveDate, retirement: NaiveDate },
    /// Registered: a pre-retirement unemployed person from `from` (the later
    /// of reaching the age and the registration) until the day before `retirement`.
    Registered { from: NaiveDate, retirement: NaiveDate },
    /// Registered on or after the retirement date: never a pre-retirement
    /// unemployed person.
    RegisteredAfterRetirement { retirement: NaiveDate },
    /// The dates cannot be computed (past the calendar's range).
    Unknown,
}

/// The inputs of the pre-retirement line for `f` and its computed dates.
pub fn pre_retirement(f: &Facts, d: &Dates) -> PreRetirement {
    let (Some(age_from), Some(retirement)) = (d.pre_retirement_from, d.retirement_date) else {
        return PreRetirement::Unknown;
    };
    match f.registered_since.filter(|r| *r <= f.date) {
        None => PreRetirement::NotRegistered { age_from, retirement },
        Some(r) if r >= retirement => PreRetirement::RegisteredAfterRetirement { retirement },
        Some(r) => PreRetirement::Registered { from: age_from.max(r), retirement },
    }
}
