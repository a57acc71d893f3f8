#![cfg(not(target_arch = "wasm32"))]
//! R4 (MK 360 points 33–34, version of 10.06.2020) as the rules answer it:
//! each term on the day before, of and after its boundary (shared/RULES.md R4).

use chrono::NaiveDate;
use proptest::prelude::*;
use socialrules::rules::mk360_admission::{assess, Admission, By, Coverage, Facts, Institution, Point, Problem};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A placement on 15.09.2020 with nothing given.
fn facts(institution: Institution) -> Facts {
    Facts {
        placement_date: d("2020-09-15"),
        institution,
        negative_test_date: None,
        certificate_date: None,
        respiratory_symptoms: false,
        urgent_child_placement: false,
        from_inpatient_treatment: false,
    }
}

fn with_test(institution: Institution, test: &str) -> Admission {
    assess(&Facts { negative_test_date: Some(d(test)), ..facts(institution) })
}

fn with_certificate(certificate: &str) -> Admission {
    assess(&Facts { certificate_date: Some(d(certificate)), ..facts(Institution::OtherAccommodation) })
}

#[test]
fn long_term_care_admits_a_test_taken_two_days_before_but_not_three() {
    let a = with_test(Institution::LongTermCare, "2020-09-13");
    assert_eq!((a.admissible, a.by, a.point), (Some(true), Some(By::Test), Some(Point::P33_1)));
    assert_eq!(a.test_valid_from, Some(d("2020-09-13")));
    let a = with_test(Institution::LongTermCare, "2020-09-12");
    assert_eq!((a.admissible, a.by), (Some(false), None));
    assert_eq!(a.problems, vec![Problem::TestTooEarly]);
    assert_eq!(a.isolation_until, None, "no isolation date for someone not admitted");
}

#[test]
fn long_term_care_admits_a_test_of_the_placement_day_but_not_of_the_day_after() {
    assert_eq!(with_test(Institution::LongTermCare, "2020-09-15").admissible, Some(true));
    assert_eq!(with_test(Institution::LongTermCare, "2020-09-14").admissible, Some(true));
    let a = with_test(Institution::LongTermCare, "2020-09-16");
    assert_eq!(a.admissible, Some(false));
    assert_eq!(a.problems, vec![Problem::TestAfterPlacement]);
}

#[test]
fn other_accommodation_admits_a_test_taken_three_days_before_but_not_four() {
    let a = with_test(Institution::OtherAccommodation, "2020-09-12");
    assert_eq!((a.admissible, a.by, a.point), (Some(true), Some(By::Test), Some(Point::P34)));
    assert_eq!(a.test_valid_from, Some(d("2020-09-12")));
    assert_eq!(with_test(Institution::OtherAccommodation, "2020-09-13").admissible, Some(true), "2 days before");
    let a = with_test(Institution::OtherAccommodation, "2020-09-11");
    assert_eq!(a.admissible, Some(false));
    assert_eq!(a.problems, vec![Problem::TestTooEarly]);
}

#[test]
fn a_certificate_issued_seven_days_before_arrival_suffices_but_not_eight() {
    assert_eq!(with_certificate("2020-09-09").admissible, Some(true), "6 days before");
    let a = with_certificate("2020-09-08");
    assert_eq!((a.admissible, a.by), (Some(true), Some(By::Certificate)));
    assert_eq!(a.certificate_valid_from, Some(d("2020-09-08")));
    let a = with_certificate("2020-09-07");
    assert_eq!(a.admissible, Some(false));
    assert_eq!(a.problems, vec![Problem::CertificateTooEarly]);
    let a = with_certificate("2020-09-16");
    assert_eq!(a.problems, vec![Problem::CertificateAfterPlacement]);
}

#[test]
fn point_34_asks_for_one_of_the_documents_not_both_and_says_so() {
    // A valid certificate and a test too old: the certificate suffices.
    let f = Facts { negative_test_date: Some(d("2020-09-01")), certificate_date: Some(d("2020-09-10")), ..facts(Institution::OtherAccommodation) };
    let a = assess(&f);
    assert_eq!((a.admissible, a.by), (Some(true), Some(By::Certificate)));
    assert!(a.one_of_prevails);
    assert!(a.problems.is_empty());
    // Both valid: the test is named.
    let f = Facts { negative_test_date: Some(d("2020-09-14")), ..f };
    assert_eq!(assess(&f).by, Some(By::Test));
    // Long-term care is not point 34.
    assert!(!with_test(Institution::LongTermCare, "2020-09-14").one_of_prevails);
}

#[test]
fn with_neither_document_the_answer_is_no_and_names_both_terms() {
    let a = assess(&facts(Institution::OtherAccommodation));
    assert_eq!(a.admissible, Some(false));
    assert_eq!(a.problems, vec![Problem::NoDocument]);
    assert_eq!((a.test_valid_from, a.certificate_valid_from), (Some(d("2020-09-12")), Some(d("2020-09-08"))));
    let f = Facts { negative_test_date: Some(d("2020-09-01")), certificate_date: Some(d("2020-09-01")), ..facts(Institution::OtherAccommodation) };
    assert_eq!(assess(&f).problems, vec![Problem::TestTooEarly, Problem::CertificateTooEarly]);
    let a = assess(&facts(Institution::LongTermCare));
    assert_eq!((a.admissible, a.problems.clone(), a.certificate_valid_from), (Some(false), vec![Problem::NoTest], None));
}

#[test]
fn respiratory_symptoms_keep_a_person_out_of_point_34_whatever_the_documents() {
    let f = Facts { respiratory_symptoms: true, negative_test_date: Some(d("2020-09-14")), certificate_date: Some(d("2020-09-14")), ..facts(Institution::OtherAccommodation) };
    let a = assess(&f);
    assert_eq!((a.admissible, a.by), (Some(false), None));
    assert_eq!(a.problems, vec![Problem::RespiratorySymptoms]);
    assert_eq!((a.test_valid_from, a.certificate_valid_from), (None, None), "no document can help");
    // Point 33 does not speak of symptoms.
    let f = Facts { institution: Institution::LongTermCare, ..f };
    assert_eq!(assess(&f).admissible, Some(true));
}

#[test]
fn isolation_lasts_the_14_days_after_the_day_of_admission() {
    let a = with_test(Institution::LongTermCare, "2020-09-14");
    assert_eq!(a.isolation_until, Some(d("2020-09-29")));
    // Across a month end.
    let f = Facts { placement_date: d("2021-01-31"), negative_test_date: Some(d("2021-01-30")), ..facts(Institution::LongTermCare) };
    assert_eq!(assess(&f).isolation_until, Some(d("2021-02-14")));
    // Point 34 has no isolation.
    assert_eq!(with_test(Institution::OtherAccommodation, "2020-09-14").isolation_until, None);
}

#[test]
fn a_child_placed_urgently_needs_no_test_but_is_isolated() {
    let f = Facts { urgent_child_placement: true, ..facts(Institution::LongTermCare) };
    let a = assess(&f);
    assert_eq!((a.admissible, a.by), (Some(true), Some(By::Exempt)));
    assert_eq!(a.test_valid_from, None);
    assert_eq!(a.isolation_until, Some(d("2020-09-29")));
}

#[test]
fn a_person_from_inpatient_treatment_is_tested_two_days_before_even_a_child() {
    let f = Facts { from_inpatient_treatment: true, urgent_child_placement: true, ..facts(Institution::LongTermCare) };
    let a = assess(&f);
    assert_eq!((a.admissible, a.point), (Some(false), Some(Point::P33_2)));
    assert_eq!(a.problems, vec![Problem::NoTest]);
    let a = assess(&Facts { negative_test_date: Some(d("2020-09-13")), ..f });
    assert_eq!((a.admissible, a.by), (Some(true), Some(By::Test)));
    let a = assess(&Facts { negative_test_date: Some(d("2020-09-12")), ..f });
    assert_eq!(a.admissible, Some(false));
}

#[test]
fn placements_are_covered_from_10_june_2020_to_10_october_2021() {
    let at = |p: &str| assess(&Facts { placement_date: d(p), urgent_child_placement: true, ..facts(Institution::LongTermCare) });
    let a = at("2020-06-09");
    assert_eq!((a.coverage, a.covered, a.admissible, a.point), (Coverage::BeforeInForce, false, None, None));
    let a = at("2020-06-10");
    assert_eq!((a.coverage, a.admissible, a.later_amendments_not_encoded), (Coverage::Covered, Some(true), false));
    let a = at("2020-06-11");
    assert!(a.covered && a.later_amendments_not_encoded, "later amendments are not encoded");
    assert!(at("2021-10-10").covered);
    let a = at("2021-10-11");
    assert_eq!((a.coverage, a.admissible, a.by, a.isolation_until), (Coverage::LostForce, None, None, None));
    assert!(!a.later_amendments_not_encoded);
}

#[test]
fn a_test_taken_before_mk_360_counts_for_a_placement_on_its_first_day() {
    let f = Facts { placement_date: d("2020-06-10"), negative_test_date: Some(d("2020-06-08")), ..facts(Institution::LongTermCare) };
    assert_eq!(assess(&f).admissible, Some(true));
}

fn institution() -> impl Strategy<Value = Institution> {
    prop_oneof![Just(Institution::LongTermCare), Just(Institution::OtherAccommodation)]
}

proptest! {
    /// Every answer says one thing: admissible exactly when a document or
    /// the exemption says so, with no problem listed; not admissible with
    /// at least one problem; not covered with neither.
    #[test]
    fn every_answer_says_one_thing(
        inst in institution(), placement in 0i64..800, test in proptest::option::of(-12i64..4), cert in proptest::option::of(-12i64..4),
        symptoms: bool, child: bool, inpatient: bool,
    ) {
        let p = d("2020-05-01") + chrono::Duration::days(placement);
        let f = Facts {
            placement_date: p, institution: inst,
            negative_test_date: test.map(|t| p + chrono::Duration::days(t)),
            certificate_date: cert.map(|c| p + chrono::Duration::days(c)),
            respiratory_symptoms: symptoms, urgent_child_placement: child, from_inpatient_treatment: inpatient,
        };
        let a = assess(&f);
        prop_assert_eq!(a.covered, a.admissible.is_some());
        match a.admissible {
            Some(true) => { prop_assert!(a.by.is_some()); prop_assert!(a.problems.is_empty()); }
            Some(false) => { prop_assert!(a.by.is_none()); prop_assert!(!a.problems.is_empty()); prop_assert!(a.isolation_until.is_none()); }
            None => { prop_assert!(a.by.is_none() && a.problems.is_empty() && a.isolation_until.is_none()); }
        }
        if a.by == Some(By::Test) {
            let t = f.negative_test_date.unwrap();
            prop_assert!(Some(t) >= a.test_valid_from && t <= p);
        }
        prop_assert_eq!(a.isolation_until.is_some(), a.admissible == Some(true) && inst == Institution::LongTermCare);
    }
}
