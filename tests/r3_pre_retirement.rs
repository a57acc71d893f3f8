#![cfg(not(target_arch = "wasm32"))]
//! R3: the pre-retirement line's inputs for the person's situation (issue 9:
//! "pre-retirement unemployed from 14.08.2023" was shown to someone who
//! registered in 2025).

use chrono::NaiveDate;
use socialrules::rules::lv_unemployment::{compute, pre_retirement, Facts, PreRetirement};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn line(date: &str, registered: Option<&str>) -> PreRetirement {
    let f = Facts { date: d(date), birth_date: d("1962-08-14"), employment_end: None, registered_since: registered.map(d), disability: false };
    pre_retirement(&f, &compute(&f))
}

#[test]
fn someone_registered_after_reaching_the_age_counts_from_the_registration() {
    // Born 14.08.1962: retirement at 65 on 14.08.2027; pre-retirement age from 14.08.2022.
    assert_eq!(line("2025-06-01", Some("2025-03-10")), PreRetirement::Registered { from: d("2025-03-10"), retirement: d("2027-08-14") });
    assert_eq!(line("2025-06-01", Some("2020-01-01")), PreRetirement::Registered { from: d("2022-08-14"), retirement: d("2027-08-14") });
}

#[test]
fn someone_not_registered_on_the_date_is_told_the_age_and_the_condition() {
    let expected = PreRetirement::NotRegistered { age_from: d("2022-08-14"), retirement: d("2027-08-14") };
    assert_eq!(line("2025-06-01", None), expected);
    assert_eq!(line("2025-06-01", Some("2025-06-02")), expected, "registered only after the date");
    assert_eq!(line("2025-06-02", Some("2025-06-02")), PreRetirement::Registered { from: d("2025-06-02"), retirement: d("2027-08-14") });
}

#[test]
fn someone_registered_on_the_retirement_date_never_counts() {
    assert_eq!(line("2027-09-01", Some("2027-08-14")), PreRetirement::RegisteredAfterRetirement { retirement: d("2027-08-14") });
    assert_eq!(line("2027-09-01", Some("2027-08-13")), PreRetirement::Registered { from: d("2027-08-13"), retirement: d("2027-08-14") });
}
