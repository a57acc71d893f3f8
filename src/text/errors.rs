//! The message of an input error: what is wrong and what to do, naming the
//! field, from the catalog. The message is `error-<code>-<field>` where the
//! catalog has one for that field, else `error-<code>`; the field's name is
//! `field-<name>`, given as `$field` (and capitalised as `$Field`).

use super::{Arg, Words};
use crate::rules::calendar::{parse_date, Month};

/// The field's last name, without indices: `days[3].hours` → `hours`,
/// `paid_outside_month.2020-W23` → `paid_outside_month`.
pub fn field_base(field: &str) -> &str {
    if let Some(rest) = field.strip_prefix("paid_outside_month") {
        if rest.is_empty() || rest.starts_with('.') {
            return "paid_outside_month";
        }
    }
    let last = field.rsplit('.').next().unwrap_or(field);
    last.split('[').next().unwrap_or(last)
}

/// The label with its first letter capitalised, for the letters the
/// catalogs' labels begin with (Latin, Latvian and Lithuanian letters of
/// Latin Extended-A, Cyrillic). Written out rather than `char::to_uppercase`,
/// whose Unicode tables would weigh more in the page's WebAssembly than this
/// whole module.
fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    let Some(f) = c.next() else { return String::new() };
    let n = f as u32;
    let upper = match n {
        0x61..=0x7a => n - 0x20,
        // Latin Extended-A: upper case at even, lower case at odd code points …
        0x0101..=0x0137 | 0x014b..=0x0177 if n % 2 == 1 => n - 1,
        // … and the other way round in these two runs.
        0x013a..=0x0148 | 0x017a..=0x017e if n % 2 == 0 => n - 1,
        0x0430..=0x044f => n - 0x20,
        0x0450..=0x045f => n - 0x50,
        _ => n,
    };
    char::from_u32(upper).unwrap_or(f).to_string() + c.as_str()
}

/// A JSON reader's reason (`"unexpected character"`) as a catalog id
/// (`json-unexpected-character`).
fn reason_id(reason: &str) -> String {
    let mut id = String::from("json-");
    for (k, w) in reason.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).enumerate() {
        if k > 0 {
            id.push('-');
        }
        id.push_str(&w.to_ascii_lowercase());
    }
    id
}

/// The message for the error `code` at `field` with its `params`.
pub fn message(w: &Words, code: &str, field: &str, params: &[(&'static str, String)]) -> String {
    let base = field_base(field);
    let mut label = w.cat.format_opt(&["field-", base].concat(), &[]).unwrap_or_else(|| w.t("field-unknown", &[("name", Arg::Str(field.to_string()))]));
    // A day's field is named with its day: "the hours for 10 June".
    if let Some(day) = params.iter().find(|(k, _)| *k == "date").and_then(|(_, v)| parse_date(v).ok()) {
        label = w.t("field-at-date", &[("field", Arg::Str(label)), ("date", Arg::Str(w.day_month(day)))]);
    }
    let mut args: Vec<(&str, Arg)> = vec![
        ("Field", Arg::Str(capitalize(&label))),
        ("field", Arg::Str(label)),
        ("path", Arg::Str(field.to_string())),
    ];
    let mut has_date = false;
    for (k, v) in params {
        let arg = match *k {
            "date" | "other" => match parse_date(v) {
                Ok(d) if *k == "date" => Arg::Str(w.day_month(d)),
                Ok(d) => Arg::Str(w.date(d)),
                Err(_) => Arg::Str(v.clone()),
            },
            "month" => match Month::parse(v) {
                Some(m) => Arg::Str(w.month_year(m)),
                None => Arg::Str(v.clone()),
            },
            "max" | "min" | "count" | "more" => match crate::contract::read::decimal(&crate::contract::json::Json::Number(v.clone()), "") {
                Ok(d) => Arg::Num(d),
                Err(_) => Arg::Str(v.clone()),
            },
            "reason" => Arg::Str(w.cat.format_opt(&reason_id(v), &[]).unwrap_or_else(|| v.clone())),
            _ => Arg::Str(v.clone()),
        };
        has_date |= *k == "date";
        args.push((k, arg));
    }
    if !has_date {
        args.push(("date", Arg::Str("none".into())));
    }
    let specific = ["error-", code, "-", base].concat();
    match w.cat.format_opt(&specific, &args) {
        Some(m) => m,
        None => w.t(&["error-", code].concat(), &args),
    }
}
