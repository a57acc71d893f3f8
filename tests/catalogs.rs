//! The four catalogs (src/text/catalog/*.ftl): each reads without a problem,
//! has every message of the others with the same variables, and writes
//! plural forms, numbers and dates the way its language does.

use rust_decimal::Decimal;
use socialrules::text::fluent::{plural_category, Catalog};
use socialrules::text::{builtin_source, Arg, Lang, Words};

fn parsed(lang: Lang) -> Catalog {
    let (cat, errors) = Catalog::parse(lang, builtin_source(lang));
    assert!(errors.is_empty(), "{}.ftl has problems: {errors:#?}", lang.code());
    cat
}

#[test]
fn every_catalog_reads_without_a_problem() {
    for lang in Lang::ALL {
        let cat = parsed(lang);
        assert!(cat.ids().len() > 100, "{}: only {} messages", lang.code(), cat.ids().len());
    }
}

#[test]
fn every_message_is_in_all_four_catalogs_with_the_same_variables() {
    let en = parsed(Lang::En);
    for lang in Lang::ALL {
        let cat = parsed(lang);
        let missing: Vec<&String> = en.ids().iter().filter(|id| !cat.has(id)).collect();
        let extra: Vec<&String> = cat.ids().iter().filter(|id| !en.has(id)).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{}.ftl has messages English lacks: {extra:?}", lang.code());
        for id in en.ids() {
            // A date format uses the parts its language needs; every other
            // message must take exactly the variables the English one takes.
            if id.starts_with("format-") {
                continue;
            }
            assert_eq!(lower(cat.variables(id)), lower(en.variables(id)), "{}.ftl: `{id}` has other variables than English", lang.code());
        }
    }
}

#[test]
fn no_message_is_left_untranslated_where_the_language_differs() {
    // A message identical to the English one is allowed only where it is a
    // name, a number pattern or a code that every language writes alike.
    let en = parsed(Lang::En);
    for lang in [Lang::Lv, Lang::Lt, Lang::Ru] {
        let cat = parsed(lang);
        let same: Vec<&String> = en
            .ids()
            .iter()
            .filter(|id| {
                let a = en.format(id, &[]);
                a.chars().filter(|c| c.is_alphabetic()).count() > 12 && a == cat.format(id, &[])
            })
            .collect();
        assert!(same.is_empty(), "{}.ftl: still English: {same:?}", lang.code());
    }
}

#[test]
fn plural_categories_follow_cldr_for_0_1_2_5_11_21_22() {
    let cases: [(Lang, [&str; 7]); 4] = [
        (Lang::En, ["other", "one", "other", "other", "other", "other", "other"]),
        (Lang::Lv, ["zero", "one", "other", "other", "zero", "one", "other"]),
        (Lang::Lt, ["other", "one", "few", "few", "other", "one", "few"]),
        (Lang::Ru, ["many", "one", "few", "many", "many", "one", "few"]),
    ];
    for (lang, want) in cases {
        let got: Vec<&str> = [0, 1, 2, 5, 11, 21, 22].iter().map(|n| plural_category(lang, Decimal::from(*n))).collect();
        assert_eq!(got, want, "{}", lang.code());
    }
    // Fractions: Lithuanian "many", Russian "other", Latvian by its digits.
    assert_eq!(plural_category(Lang::Lt, Decimal::new(5, 1)), "many");
    assert_eq!(plural_category(Lang::Ru, Decimal::new(15, 1)), "other");
    assert_eq!(plural_category(Lang::Lv, Decimal::new(21, 1)), "one");
}

#[test]
fn hours_are_counted_in_the_right_form_in_every_language() {
    let want: [(Lang, [&str; 7]); 4] = [
        (Lang::En, ["0 hours", "1 hour", "2 hours", "5 hours", "11 hours", "21 hours", "22 hours"]),
        (Lang::Lv, ["0 stundu", "1 stunda", "2 stundas", "5 stundas", "11 stundu", "21 stunda", "22 stundas"]),
        (Lang::Lt, ["0 valandų", "1 valanda", "2 valandos", "5 valandos", "11 valandų", "21 valanda", "22 valandos"]),
        (Lang::Ru, ["0 часов", "1 час", "2 часа", "5 часов", "11 часов", "21 час", "22 часа"]),
    ];
    for (lang, forms) in want {
        let w = Words::new(lang);
        for (n, form) in [0u32, 1, 2, 5, 11, 21, 22].iter().zip(forms) {
            assert_eq!(w.t("hours", &[("n", Arg::from(*n))]), form, "{}", lang.code());
        }
    }
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let d = chrono::NaiveDate::from_ymd_opt(2020, 6, 3).unwrap();
    let e = chrono::NaiveDate::from_ymd_opt(2020, 6, 9).unwrap();
    let want = [
        (Lang::Lv, "03.06.2020", "3. jūnija", "3.–9. jūnija"),
        (Lang::Lt, "2020-06-03", "birželio 3 d.", "birželio 3–9 d."),
        (Lang::En, "3 June 2020", "3 June", "3–9 June"),
        (Lang::Ru, "03.06.2020", "3 июня", "3–9 июня"),
    ];
    for (lang, date, day, range) in want {
        let w = Words::new(lang);
        assert_eq!(w.date(d), date);
        assert_eq!(w.day_month(d), day);
        assert_eq!(w.day_range(d, e), range);
    }
    let m = socialrules::rules::calendar::Month { year: 2020, month: 6 };
    assert_eq!(Words::new(Lang::Lv).month_year(m), "2020. gada jūnijs");
    assert_eq!(Words::new(Lang::En).month_year(m), "June 2020");
}

#[test]
fn numbers_take_the_languages_separators() {
    assert_eq!(Words::new(Lang::Lt).num(Decimal::new(35, 1)), "3,5");
    assert_eq!(Words::new(Lang::Ru).num(Decimal::new(35, 1)), "3,5");
    assert_eq!(Words::new(Lang::En).num(Decimal::from(4_486_638)), "4,486,638");
    assert_eq!(Words::new(Lang::Lv).num(Decimal::from(4_486_638)), "4\u{a0}486\u{a0}638");
    assert_eq!(Words::new(Lang::Lv).num(Decimal::from(1000)), "1000");
}

/// `$Field` is `$field` capitalised: the same variable for this comparison.
fn lower(v: Vec<String>) -> Vec<String> {
    let mut v: Vec<String> = v.into_iter().map(|s| s.to_lowercase()).collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn a_field_named_at_the_start_of_a_message_is_capitalised_in_every_language() {
    use socialrules::text::errors::message;
    for (lang, want) in [(Lang::Lv, "Stundas"), (Lang::Ru, "Часы"), (Lang::En, "The hours")] {
        let m = message(&Words::new(lang), "negative", "days[0].hours", &[]);
        assert!(m.starts_with(want), "{}: {m}", lang.code());
    }
}

/// What the page's module reads (the catalog already parsed, as JSON)
/// writes every message as the `.ftl` file does: each message with its
/// variables as numbers of each plural category, as words of the catalogs'
/// selects, and missing.
#[test]
fn the_compiled_catalog_writes_every_message_as_the_ftl_file_does() {
    let numbers = ["0", "1", "2", "3", "5", "11", "12", "21", "22", "25", "101", "1.5", "0.25", "1000000"];
    let words = ["yes", "no", "other", "true", "false", "none", "one", "few", "many", "zero", "two", "date", "day", "range", "month", "head", "under_head", "receives", "entitled", "mk942", "mk316", "emergency", "lv", "ru", "x"];
    for lang in Lang::ALL {
        let cat = parsed(lang);
        let text = cat.compiled();
        let (compiled, errors) = Catalog::from_compiled(lang, &text);
        assert!(errors.is_empty(), "{}: {errors:?}", lang.code());
        assert_eq!(compiled.ids(), cat.ids(), "{}: the same messages in the same order", lang.code());
        assert_eq!(compiled.compiled(), text, "{}: read and written again, the same text", lang.code());
        let mut compared = 0;
        for id in cat.ids() {
            let vars = cat.variables(id);
            let mut sets: Vec<Vec<(&str, Arg)>> = vec![vec![]];
            for n in numbers {
                sets.push(vars.iter().map(|v| (v.as_str(), Arg::Num(n.parse::<Decimal>().unwrap()))).collect());
            }
            for w in words {
                sets.push(vars.iter().map(|v| (v.as_str(), Arg::Str(w.to_string()))).collect());
            }
            for args in &sets {
                assert_eq!(compiled.format(id, args), cat.format(id, args), "{}: `{id}` with {args:?}", lang.code());
                compared += 1;
            }
        }
        assert!(compared > 1000, "{}: {compared} messages compared", lang.code());
    }
}

/// Whatever text the page hands over as a compiled catalog, reading it
/// never fails: what cannot be read is reported and left out.
#[test]
fn a_compiled_catalog_that_is_not_one_is_reported_not_a_failure() {
    for text in ["", "x", "[]", "{}", r#"{"m":[]}"#, r#"{"m":{"a":5},"t":{}}"#, r#"{"m":{"a":[{"s":"n","d":9,"k":["one"]}]},"t":{}}"#, r#"{"m":{"a":[{"s":"n","d":-1,"k":[]}]},"t":{}}"#, r#"{"m":{"a":[{"v":1}]},"t":{}}"#] {
        let (cat, errors) = Catalog::from_compiled(Lang::En, text);
        assert!(!errors.is_empty(), "{text:?}: no problem reported");
        assert_eq!(cat.format("a", &[("n", Arg::Num(Decimal::ONE))]), "a", "{text:?}");
    }
    // A select whose default is past its variants writes nothing for itself.
    let (cat, errors) = Catalog::from_compiled(Lang::En, r#"{"m":{"a":["x",{"s":"n","d":9,"k":["one","y"]}]},"t":{}}"#);
    assert!(errors.is_empty());
    assert_eq!(cat.format("a", &[("n", Arg::Num(Decimal::TWO))]), "x");
    assert_eq!(cat.format("a", &[("n", Arg::Num(Decimal::ONE))]), "xy");
}

/// A variant written as its select's default is left out of the compiled
/// catalog (the default answers it, in the same words); a number's variant
/// and a word another variant also has stay, and every answer is the same.
#[test]
fn the_compiled_catalog_leaves_out_a_word_variant_written_as_the_default() {
    let text = "a = { $n ->\n    [one] one\n    [few] many\n    [many] many\n   *[other] many\n}\nb = { $n ->\n    [1] many\n    [few] x\n   *[other] many\n}\nc = { $n ->\n    [many] many\n    [many] y\n   *[other] many\n}\n";
    let (cat, errors) = Catalog::parse(Lang::Ru, text);
    assert!(errors.is_empty(), "{errors:?}");
    let compiled = cat.compiled();
    assert_eq!(
        compiled,
        r#"{"m":{"a":[{"s":"n","d":1,"k":["one","one","other","many"]}],"b":[{"s":"n","d":2,"k":[1,"many","few","x","other","many"]}],"c":[{"s":"n","d":2,"k":["many","many","many","y","other","many"]}]},"t":{}}"#
    );
    let (read, errors) = Catalog::from_compiled(Lang::Ru, &compiled);
    assert!(errors.is_empty(), "{errors:?}");
    for n in ["1", "2", "5", "21", "1.5"] {
        let args = [("n", Arg::Num(n.parse::<Decimal>().unwrap()))];
        for id in ["a", "b", "c"] {
            assert_eq!(read.format(id, &args), cat.format(id, &args), "{id} with {n}");
        }
    }
}
