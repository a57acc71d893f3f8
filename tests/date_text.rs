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

// Numbers, months, weeks and JSON escapes are written digit by digit too
// (no `core::fmt` in the page's modules): the same text as `format!`'s.

#[test]
fn numbers_read_as_format_writes_them() {
    use socialrules::rules::calendar::{number, signed};
    for v in (0..2000u64).chain([9_999, 10_000, 99_999, 1 << 20, u64::from(u32::MAX), u64::MAX - 1, u64::MAX]) {
        assert_eq!(number(v), v.to_string());
    }
    for v in (-12_000i64..12_000).chain([i64::MIN + 1, i64::MIN, i64::MAX]) {
        for width in 0..6 {
            assert_eq!(signed(v, width), format!("{v:0width$}"), "{v} at {width}");
        }
    }
}

#[test]
fn a_month_and_a_week_read_as_format_writes_them() {
    use socialrules::rules::calendar::{fmt_iso_week, Month};
    for year in (-20..120).chain(1990..2100).chain(9990..10_010) {
        for month in 1..=12 {
            let m = Month { year, month };
            assert_eq!(m.text(), format!("{:04}-{:02}", m.year, m.month));
            assert_eq!(m.text(), m.to_string());
        }
        if let Some(d) = NaiveDate::from_ymd_opt(year, 12, 28) {
            for w in [d.iso_week(), (d + chrono::Duration::days(4)).iso_week(), NaiveDate::from_ymd_opt(year, 1, 4).map_or(d.iso_week(), |j| j.iso_week())] {
                assert_eq!(fmt_iso_week(w), format!("{:04}-W{:02}", w.year(), w.week()));
            }
        }
    }
}

#[test]
fn json_escapes_every_control_character_as_four_hex_digits() {
    use socialrules::contract::json::write_str;
    for c in (0u32..0x2030).filter_map(char::from_u32) {
        let mut out = String::new();
        write_str(&mut out, &c.to_string());
        let want = match c {
            '"' => "\"\\\"\"".to_string(),
            '\\' => "\"\\\\\"".to_string(),
            '\n' => "\"\\n\"".to_string(),
            '\r' => "\"\\r\"".to_string(),
            '\t' => "\"\\t\"".to_string(),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => format!("\"\\u{:04x}\"", c as u32),
            c => format!("\"{c}\""),
        };
        assert_eq!(out, want, "U+{:04X}", c as u32);
    }
}
