#![cfg(not(target_arch = "wasm32"))]
//! The page's module writes dates without chrono's `Display` (README,
//! "Size"): every date in an answer, a fact or an error is the same text as
//! before, which was the date's `Display`.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use socialrules::rules::calendar::iso_date;

#[test]
fn a_date_reads_as_its_display_at_the_edges() {
    for (y, m, d, text) in [
        (2020, 6, 1, "2020-06-01"),
        (2019, 12, 31, "2019-12-31"),
        (0, 1, 1, "0000-01-01"),
        (9, 2, 3, "0009-02-03"),
        (9999, 12, 31, "9999-12-31"),
        (10000, 1, 1, "+10000-01-01"),
        (-1, 12, 31, "-0001-12-31"),
        (-262_143, 1, 1, "-262143-01-01"),
    ] {
        let date = NaiveDate::from_ymd_opt(y, m, d).expect("a real day");
        assert_eq!(iso_date(date), text);
        assert_eq!(iso_date(date), date.to_string());
    }
    assert_eq!(iso_date(NaiveDate::MAX), NaiveDate::MAX.to_string());
    assert_eq!(iso_date(NaiveDate::MIN), NaiveDate::MIN.to_string());
}

proptest! {
    #[test]
    fn any_date_reads_as_its_display(days in NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce()) {
        let date = NaiveDate::from_num_days_from_ce_opt(days).expect("in chrono's range");
        prop_assert_eq!(iso_date(date), date.to_string());
    }
}
