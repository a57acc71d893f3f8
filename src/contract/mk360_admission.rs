//! The JSON contract of `mk360-admission` (R4): reading the facts, every
//! problem named by its field, and the typed answer.

use chrono::NaiveDate;
use serde::Serialize;

use crate::contract::json as json;
use crate::contract::read::{self as input, one_of, optional_bool, optional_date, required_date, FieldError};
use crate::contract::write::{self, Explanation, Out};
use crate::rules::mk360_admission::{self as r4, Admission, By, Coverage, Institution, Point, Problem};
use crate::text::explain::Step;

/// The fields of the input (the package's TypeScript declarations are checked against them).
pub const FIELDS: &[&str] = &[
    "placement_date",
    "institution",
    "negative_test_date",
    "certificate_date",
    "respiratory_symptoms",
    "urgent_child_placement",
    "from_inpatient_treatment",
];

/// Reads the facts of `mk360-admission`. The three yes/no questions are
/// `false` when not given.
///
/// # Errors
/// Every problem found, each with its field and code.
pub fn parse(text: &str) -> Result<r4::Facts, Vec<FieldError>> {
    let parsed = json::parse(text).map_err(|e| vec![input::invalid_json(&e)])?;
    let (m, mut errors) = input::object(&parsed, FIELDS);
    if m.is_empty() && !errors.is_empty() {
        return Err(errors);
    }
    let placement = required_date(m, "placement_date", &mut errors);
    let institution = one_of(
        m,
        "institution",
        &[("long_term_care", Institution::LongTermCare), ("other_accommodation", Institution::OtherAccommodation)],
        true,
        &mut errors,
    );
    let negative_test_date = optional_date(m, "negative_test_date", &mut errors);
    let certificate_date = optional_date(m, "certificate_date", &mut errors);
    let respiratory_symptoms = optional_bool(m, "respiratory_symptoms", &mut errors);
    let urgent_child_placement = optional_bool(m, "urgent_child_placement", &mut errors);
    let from_inpatient_treatment = optional_bool(m, "from_inpatient_treatment", &mut errors);
    // A test or certificate dated after the placement is not an input error:
    // the answer says it does not count (the rules' problems).
    match (placement, institution, errors.is_empty()) {
        (Some(placement_date), Some(institution), true) => Ok(r4::Facts {
            placement_date,
            institution,
            negative_test_date,
            certificate_date,
            respiratory_symptoms,
            urgent_child_placement,
            from_inpatient_treatment,
        }),
        _ => Err(errors),
    }
}

pub fn coverage_word(c: Coverage) -> &'static str {
    match c {
        Coverage::Covered => "covered",
        Coverage::BeforeInForce => "before_in_force",
        Coverage::LostForce => "lost_force",
    }
}

pub fn point_word(p: Point) -> &'static str {
    match p {
        Point::P33_1 => "33.1",
        Point::P33_2 => "33.2",
        Point::P34 => "34",
    }
}

pub fn by_word(b: By) -> &'static str {
    match b {
        By::Test => "test",
        By::Certificate => "certificate",
        By::Exempt => "exempt",
    }
}

pub fn problem_word(p: Problem) -> &'static str {
    match p {
        Problem::RespiratorySymptoms => "respiratory_symptoms",
        Problem::NoTest => "no_test",
        Problem::NoDocument => "no_document",
        Problem::TestTooEarly => "test_too_early",
        Problem::TestAfterPlacement => "test_after_placement",
        Problem::CertificateTooEarly => "certificate_too_early",
        Problem::CertificateAfterPlacement => "certificate_after_placement",
    }
}

/// The answer of `mk360-admission` (field names are fixed by the contract).
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "Mk360AdmissionResult"))]
pub struct AdmissionOut<'a> {
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    placement_date: NaiveDate,
    covered: bool,
    /// `covered`, `before_in_force` (before 10.06.2020) or `lost_force` (from 11.10.2021).
    coverage: &'static str,
    /// `"33.1"`, `"33.2"`, `"34"`, or null when not covered.
    point: Option<&'static str>,
    admissible: Option<bool>,
    by: Option<&'static str>,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    test_valid_from: Option<NaiveDate>,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    certificate_valid_from: Option<NaiveDate>,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    isolation_until: Option<NaiveDate>,
    /// Why not admissible: `respiratory_symptoms`, `no_test`, `no_document`,
    /// `test_too_early`, `test_after_placement`, `certificate_too_early`,
    /// `certificate_after_placement`.
    problems: Vec<&'static str>,
    later_amendments_not_encoded: bool,
    #[cfg_attr(feature = "ts", ts(as = "Vec<crate::contract::write::StepOut<'static>>"))]
    #[serde(skip_serializing_if = "Explanation::left_out")]
    explanation: Explanation<'a>,
}

/// The answer for `f` and its assessment `a` (explained by `steps`).
pub fn output<'a>(f: &r4::Facts, a: &Admission, steps: &'a [Step], out: Out) -> AdmissionOut<'a> {
    AdmissionOut {
        placement_date: f.placement_date,
        covered: a.covered,
        coverage: coverage_word(a.coverage),
        point: a.point.map(point_word),
        admissible: a.admissible,
        by: a.by.map(by_word),
        test_valid_from: a.test_valid_from,
        certificate_valid_from: a.certificate_valid_from,
        isolation_until: a.isolation_until,
        problems: a.problems.iter().map(|p| problem_word(*p)).collect(),
        later_amendments_not_encoded: a.later_amendments_not_encoded,
        explanation: Explanation { steps, out },
    }
}
