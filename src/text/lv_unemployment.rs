//! The explanation of a Latvian unemployment-dates answer (R3), step by step.

use super::explain::{Step, Value};
use chrono::NaiveDate;

use crate::rules::lv_unemployment::{pre_retirement, Dates, Facts, Group, PreRetirement};
use crate::rules::sources::{self as src};

/// The steps explaining `r`.
pub fn steps(f: &Facts, r: &Dates) -> Vec<Step> {
    let mut steps = Vec::new();
    if let (Some(end), Some(app)) = (f.employment_end, r.earliest_application_date) {
        steps.push(
            Step::new("r3-apply", "R3", src::NVA_APPLY)
                .quote(src::QUOTE_APPLY)
                .value("end", Value::Date(end))
                .value("from", Value::Date(app)),
        );
    }
    if let Some(rd) = r.retirement_date {
        steps.push(
            Step::new("r3-retirement", "R3", src::STATE_PENSIONS_LAW)
                .value("years", Value::Num(r.retirement_age.years.into()))
                .value("months", Value::Num(r.retirement_age.months.into()))
                .value("date", Value::Date(rd)),
        );
    }
    // The pre-retirement line, phrased for the person's situation on the date.
    let pre = |situation: &'static str, age_from: Option<NaiveDate>, from: Option<NaiveDate>, retirement: NaiveDate| {
        Step::new("r3-pre-retirement", "R3", src::NVA_GROUPS)
            .value("situation", Value::Word(situation))
            .value("age_from", age_from.map_or(Value::None, Value::Date))
            .value("from", from.map_or(Value::None, Value::Date))
            .value("retirement", Value::Date(retirement))
    };
    match pre_retirement(f, r) {
        PreRetirement::NotRegistered { age_from, retirement } => steps.push(pre("not-registered", Some(age_from), None, retirement)),
        PreRetirement::Registered { from, retirement } => steps.push(pre("registered", r.pre_retirement_from, Some(from), retirement)),
        PreRetirement::RegisteredAfterRetirement { retirement } => {
            steps.push(pre("registered-after-retirement", r.pre_retirement_from, None, retirement));
        }
        PreRetirement::Unknown => {}
    }
    if let (Some(reg), Some(lt)) = (f.registered_since, r.long_term_from) {
        // INTERPRETATION (long-term): decided in rules::lv_unemployment::compute.
        steps.push(
            Step::new("r3-long-term", "R3", src::NVA_GROUPS)
                .reading("long-term")
                .quote(src::QUOTE_LONG_TERM_LV)
                .value("registered", Value::Date(reg))
                .value("from", Value::Date(lt)),
        );
    }
    let state = if !r.covered {
        "not-covered"
    } else if !r.registered_on_date {
        "not-registered"
    } else if r.groups.is_empty() {
        "none"
    } else {
        "groups"
    };
    let items: Vec<&'static str> = r
        .groups
        .iter()
        .map(|g| match g {
            Group::LongTermUnemployed => "long_term_unemployed",
            Group::PreRetirementAge => "pre_retirement_age",
            Group::WithDisability => "with_disability",
        })
        .collect();
    steps.push(
        Step::new("r3-groups", "R3", src::NVA_GROUPS)
            .value("date", Value::Date(f.date))
            .value("state", Value::Word(state))
            .value("groups", Value::List { prefix: "group", items }),
    );
    steps
}
