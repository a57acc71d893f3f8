#![cfg(not(target_arch = "wasm32"))]
//! Tests of the foundations the rules stand on: the strict JSON reader,
//! dates and months, exact decimal input, and the message catalog.

mod json {
    use socialrules::contract::json::*;

    #[test]
    fn numbers_keep_their_exact_text() {
        let p = parse(r#"{"a": 0.1, "b": -3.50, "c": 1e2}"#).unwrap();
        assert_eq!(p.value.get("a"), Some(&Json::Number("0.1".into())));
        assert_eq!(p.value.get("b"), Some(&Json::Number("-3.50".into())));
        assert_eq!(p.value.get("c"), Some(&Json::Number("1e2".into())));
    }

    #[test]
    fn a_duplicate_key_is_reported_with_its_path_and_the_first_value_kept() {
        let p = parse(r#"{"days":[{"hours":"1","hours":"2"}],"month":"x","month":"y"}"#).unwrap();
        assert_eq!(p.duplicates, vec!["days[0].hours".to_string(), "month".to_string()]);
        assert_eq!(p.value.get("month"), Some(&Json::String("x".into())));
    }

    /// Keys drawn from a few, so that large objects repeat some: every key
    /// after its first place is a duplicate, in order, and the object keeps
    /// each key's first value, whatever the object's size (small objects are
    /// scanned as they are read, large ones sorted once read).
    #[test]
    fn every_repeated_key_of_any_object_is_a_duplicate_and_the_first_value_is_kept() {
        let mut seed: u64 = 7;
        for n in [0usize, 1, 2, 15, 16, 17, 31, 33, 100, 257, 1000] {
            for alphabet in [1u64, 3, 40, 5000] {
                let keys: Vec<String> = (0..n)
                    .map(|_| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        format!("k{}", (seed >> 33) % alphabet)
                    })
                    .collect();
                let text = format!("{{{}}}", keys.iter().enumerate().map(|(i, k)| format!("\"{k}\":{i}")).collect::<Vec<_>>().join(","));
                let p = parse(&format!("{{\"o\":{text}}}")).unwrap();
                let mut first: Vec<(String, usize)> = Vec::new();
                let mut dups = Vec::new();
                for (i, k) in keys.iter().enumerate() {
                    if first.iter().any(|(f, _)| f == k) {
                        dups.push(format!("o.{k}"));
                    } else {
                        first.push((k.clone(), i));
                    }
                }
                dups.truncate(MAX_DUPLICATES_KEPT);
                let mut got = p.duplicates.clone();
                got.sort();
                dups.sort();
                assert_eq!(got, dups, "{n} keys of {alphabet}");
                let Some(Json::Object(members)) = p.value.get("o") else { panic!("not an object") };
                let kept: Vec<(String, usize)> = members.iter().map(|(k, v)| (k.clone(), match v { Json::Number(x) => x.parse().unwrap(), _ => usize::MAX })).collect();
                assert_eq!(kept, first, "{n} keys of {alphabet}");
            }
        }
    }

    #[test]
    fn malformed_texts_are_errors_not_panics() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "\"\\ud800\"", "\"a", "nul", "{} x", "\"\u{1}\""] {
            assert!(parse(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_an_error() {
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert_eq!(parse(&deep).unwrap_err().reason, "nested too deeply");
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn strings_round_trip_through_the_writer() {
        let text = r#"["a\"b\\c\n\u0001ā😀"]"#;
        let v = parse(text).unwrap().value;
        assert_eq!(v, Json::Array(vec![Json::String("a\"b\\c\n\u{1}ā😀".into())]));
        let again = parse(&v.to_string()).unwrap().value;
        assert_eq!(again, v);
    }
}

mod dates {
    use socialrules::rules::calendar::*;

    #[test]
    fn months_have_the_right_days_including_leap_february() {
        assert_eq!(Month::parse("2020-02").unwrap().days().count(), 29);
        assert_eq!(Month::parse("2021-02").unwrap().days().count(), 28);
        assert_eq!(Month::parse("2020-06").unwrap().days().count(), 30);
        assert_eq!(Month::parse("2020-12").unwrap().last_day(), Some(ymd(2020, 12, 31)));
    }

    #[test]
    fn strict_parsing_rejects_near_misses() {
        for bad in ["2020-6", "2020-13", "2020-00", "20-06", "2020/06", "", "2020-06-01"] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
        assert_eq!(parse_date("2020-06-31"), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("2021-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("2020-02-29"), Ok(ymd(2020, 2, 29)));
        assert_eq!(parse_date("2020-6-1"), Err(DateError::Format));
        assert_eq!(parse_date("+020-06-01"), Err(DateError::Format));
    }

    #[test]
    fn iso_weeks_parse_and_print() {
        let w = parse_iso_week("2020-W23").unwrap();
        assert_eq!(fmt_iso_week(w), "2020-W23");
        assert_eq!(parse_iso_week("2020-W54"), None);
        assert_eq!(parse_iso_week("2020-W53").map(fmt_iso_week), Some("2020-W53".into()));
    }

    #[test]
    fn adding_months_clamps_to_the_month_end() {
        assert_eq!(add_months(ymd(2020, 1, 31), 1), Some(ymd(2020, 2, 29)));
        assert_eq!(add_months(ymd(2021, 1, 31), 1), Some(ymd(2021, 2, 28)));
        assert_eq!(add_months(ymd(2020, 2, 29), 12), Some(ymd(2021, 2, 28)));
    }
}

mod input {
    use socialrules::contract::read::*;
    use socialrules::contract::json::Json;

    fn n(s: &str) -> Json {
        Json::Number(s.into())
    }
    fn t(s: &str) -> Json {
        Json::String(s.into())
    }

    #[test]
    fn decimals_are_read_exactly_from_numbers_and_text_with_comma_or_point() {
        let cases = [
            (t("3,5"), "3.5"),
            (t(" 3.50 "), "3.5"),
            (n("0.1"), "0.1"),
            (n("1e2"), "100"),
            (n("25E-1"), "2.5"),
            (t(".5"), "0.5"),
            (t("7."), "7"),
            (n("-0"), "0"),
            (t("000012"), "12"),
            (n("3.1447"), "3.1447"),
        ];
        for (input, want) in cases {
            assert_eq!(decimal(&input, "f").map(|d| d.to_string()), Ok(want.to_string()), "{input:?}");
        }
    }

    #[test]
    fn malformed_decimals_name_their_problem() {
        let cases = [
            (t("abc"), Code::NotANumber),
            (t("1.2.3"), Code::NotANumber),
            (t("1,2,3"), Code::NotANumber),
            (t("1e2"), Code::NotANumber),
            (t("."), Code::NotANumber),
            (t(""), Code::Required),
            (t("NaN"), Code::NotANumber),
            (t("Infinity"), Code::NotANumber),
            (t("--1"), Code::NotANumber),
            (n("1e400"), Code::TooLarge),
            (t("99999999999999999999999999999999"), Code::TooLarge),
            (t("0.0000001"), Code::TooManyDecimals),
            (Json::Bool(true), Code::WrongType),
            (Json::Null, Code::WrongType),
            (Json::Array(vec![]), Code::WrongType),
        ];
        for (input, want) in cases {
            assert_eq!(decimal(&input, "f").map_err(|e| e.code), Err(want), "{input:?}");
        }
    }
}

mod text {
    use rust_decimal::Decimal;
    use socialrules::contract::read::{Code, FieldError};
    use socialrules::text::{errors, Lang, Words};

    fn msg(lang: Lang, e: &FieldError) -> String {
        errors::message(&Words::new(lang), e.code.as_str(), &e.field, &e.params)
    }

    #[test]
    fn an_error_message_names_the_field_and_the_day_in_the_readers_language() {
        let e = FieldError::new("days[3].hours", Code::TooLarge).with("max", "24").with("date", "2020-06-03");
        assert_eq!(msg(Lang::En, &e), "Enter the hours for 3 June as a number from 0 to 24.");
        assert_eq!(msg(Lang::Lv, &e), "Stundas (3. jūnija): ievadiet skaitli no 0 līdz 24.");
    }

    #[test]
    fn numbers_and_money_use_the_languages_decimal_separator() {
        let (lv, en) = (Words::new(Lang::Lv), Words::new(Lang::En));
        assert_eq!(lv.num(Decimal::new(35, 1)), "3,5");
        assert_eq!(en.num(Decimal::new(35, 1)), "3.5");
        assert_eq!(lv.money(Decimal::new(8654, 2)), "86,54 EUR");
        assert_eq!(en.money(Decimal::from(80)), "EUR 80.00");
    }
}
