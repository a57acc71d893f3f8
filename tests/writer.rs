#![cfg(not(target_arch = "wasm32"))]
//! The batch's fast paths write and read exactly what the slow ones did: a
//! decimal is written as its `Display` (normalised), a date as `YYYY-MM-DD`,
//! and a decimal read from text has the value the text says.

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;
use socialrules::contract::json::Json;
use socialrules::contract::{read, write};

#[derive(Serialize)]
struct Dec(#[serde(serialize_with = "write::dec")] Decimal);

#[derive(Serialize)]
struct Day(#[serde(serialize_with = "write::date")] NaiveDate);

fn written<T: Serialize>(v: &T) -> String {
    write::to_json(v)
}

#[test]
fn decimals_are_written_as_their_exact_text_without_trailing_zeros() {
    for (d, text) in [
        (Decimal::new(350, 2), "\"3.5\""),
        (Decimal::new(0, 3), "\"0\""),
        (Decimal::new(-0, 0), "\"0\""),
        (Decimal::new(-25, 2), "\"-0.25\""),
        (Decimal::new(5, 6), "\"0.000005\""),
        (Decimal::new(1000, 0), "\"1000\""),
        (Decimal::MAX, "\"79228162514264337593543950335\""),
        (Decimal::MIN, "\"-79228162514264337593543950335\""),
        (Decimal::from_i128_with_scale(1, 28), "\"0.0000000000000000000000000001\""),
    ] {
        assert_eq!(written(&Dec(d)), text, "{d:?}");
    }
}

#[test]
fn dates_are_written_as_iso_text_in_every_year() {
    for (y, m, d) in [(2020, 3, 12), (1, 1, 1), (0, 12, 31), (9999, 12, 31), (10000, 1, 1), (-1, 6, 30)] {
        let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(written(&Day(date)), format!("\"{date}\""));
    }
}

proptest! {
    #[test]
    fn a_written_decimal_is_its_normalised_display(lo in any::<u32>(), mid in any::<u32>(), hi in any::<u32>(), neg in any::<bool>(), scale in 0u32..=28) {
        let d = Decimal::from_parts(lo, mid, hi, neg, scale);
        prop_assert_eq!(written(&Dec(d)), format!("\"{}\"", d.normalize()));
    }

    #[test]
    fn a_written_small_decimal_is_its_normalised_display(units in -10_000_000i64..10_000_000, scale in 0u32..=6) {
        let d = Decimal::new(units, scale);
        prop_assert_eq!(written(&Dec(d)), format!("\"{}\"", d.normalize()));
    }

    #[test]
    fn a_written_date_is_its_display(days in 0i32..3_652_059) {
        let date = NaiveDate::from_num_days_from_ce_opt(days + 1).unwrap();
        prop_assert_eq!(written(&Day(date)), format!("\"{date}\""));
    }

    #[test]
    fn a_decimal_read_from_text_has_the_value_the_text_says(int in 0u64..1_000_000_000_000_000, frac in 0u32..1_000_000, places in 0usize..=6, neg in any::<bool>(), comma in any::<bool>()) {
        let frac_text = format!("{frac:06}");
        let frac_text = &frac_text[..places];
        let sep = if comma { "," } else { "." };
        let text = if places == 0 { format!("{}{int}", if neg { "-" } else { "" }) } else { format!("{}{int}{sep}{frac_text}", if neg { "-" } else { "" }) };
        let expected: Decimal = text.replace(',', ".").parse().unwrap();
        let got = read::decimal(&Json::String(text.clone()), "x").map_err(|e| format!("{e:?}"));
        prop_assert_eq!(got, Ok(expected.normalize()), "{}", text);
    }
}

#[test]
fn decimal_texts_read_as_before_at_the_edges() {
    let read = |t: &str, number: bool| {
        let v = if number { Json::Number(t.into()) } else { Json::String(t.into()) };
        read::decimal(&v, "x").map(|d| d.to_string()).map_err(|e| format!("{:?}", e.code))
    };
    assert_eq!(read("0e999", true), Ok("0".into()));
    assert_eq!(read("1.5e2", true), Ok("150".into()));
    assert_eq!(read("25e-1", true), Ok("2.5".into()));
    assert_eq!(read("1e14", true), Ok("100000000000000".into()));
    assert_eq!(read("999999999999999", false), Ok("999999999999999".into()));
    assert_eq!(read("1e15", true), Err("TooLarge".into()));
    assert_eq!(read("1000000000000000", false), Err("TooLarge".into()));
    assert_eq!(read("0.0000001", false), Err("TooManyDecimals".into()));
    assert_eq!(read("0.0000010", false), Ok("0.000001".into()));
    assert_eq!(read("1,5", false), Ok("1.5".into()));
    assert_eq!(read("1,5.3", false), Err("NotANumber".into()));
    assert_eq!(read("1.5,3", false), Err("NotANumber".into()));
    assert_eq!(read(".5", false), Ok("0.5".into()));
    assert_eq!(read("5.", false), Ok("5".into()));
    assert_eq!(read(".", false), Err("NotANumber".into()));
    assert_eq!(read(" ", false), Err("Required".into()));
    assert_eq!(read("-0.00", false), Ok("0".into()));
    assert_eq!(read("00012.3400", false), Ok("12.34".into()));
}
