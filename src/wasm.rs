//! The WebAssembly bindings: a thin layer over [`crate::contract::registry`],
//! the same core the command line uses, and over the catalogs of
//! [`crate::text`] for the page's own labels. Expected failures come back as
//! data, `{ok, result, errors}`, never as exceptions; decimals cross the
//! boundary as strings. Nothing here may panic: every JavaScript value,
//! however malformed, is turned into text or an error object first.

use wasm_bindgen::prelude::*;

use crate::contract::json::{self, Json};
use crate::contract::read::{self, Code, FieldError};
use crate::contract::registry as api;
use crate::text::{self, Arg, Lang, Words};

// `JSON.parse` and `JSON.stringify`, bound here rather than through js-sys,
// whose other code (its futures among it) would otherwise be linked in.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// The allocator of the page's WebAssembly: talc, a drop-in replacement for
/// the default dlmalloc that is smaller in the module (the README's
/// "Dependencies" gives the measured difference) and faster.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn lang_of(v: &JsValue) -> Lang {
    v.as_string().as_deref().and_then(Lang::parse).unwrap_or(Lang::Lv)
}

/// A JavaScript value as JSON text (`""` when it cannot be written).
fn json_text(input: &JsValue) -> String {
    match input.as_string() {
        Some(t) => t,
        None => match json_stringify(input) {
            // undefined, a function or a symbol stringify to undefined.
            Ok(s) => s.as_string().unwrap_or_default(),
            // A cycle, a BigInt, a throwing getter, a stack overflow in JS.
            Err(_) => String::new(),
        },
    }
}

/// Runs the calculator `name` on `input` (a JSON text, or a plain object
/// that `JSON.stringify` can write) in language `lang` ("lv", "lt", "en" or
/// "ru"; anything else is Latvian), with the explanation's words. Returns
/// `{ok, result, errors}`.
#[wasm_bindgen]
pub fn calculate(name: JsValue, input: JsValue, lang: JsValue) -> JsValue {
    let lang = lang_of(&lang);
    let name = name.as_string().unwrap_or_default();
    let answer = match api::answer(&name, &json_text(&input), lang, true) {
        Some(a) => a,
        None => api::Answer::Errors(api::errors_text(
            &[FieldError::new("calculator", Code::NotOneOf).with("allowed", api::CALCULATORS.join(", "))],
            &Words::new(lang),
        )),
    };
    parse(&answer.page_text())
}

/// Hands the catalog of `lang` to the rules: the text of its compiled file
/// (`pkg/<module>/<lang>.json`, the `.ftl` file already parsed, written by
/// `cargo xtask build`; see `Catalog::compiled`).
/// Returns the problems found in it as `[{line, reason}]` (none for the
/// shipped catalogs).
#[wasm_bindgen]
pub fn set_catalog(lang: JsValue, source: JsValue) -> JsValue {
    let errors = text::set_catalog(lang_of(&lang), &source.as_string().unwrap_or_default());
    // Written piece by piece: one way of joining strings in the module.
    let mut list = String::from("[");
    for (i, e) in errors.iter().enumerate() {
        if i > 0 {
            list.push(',');
        }
        list.push_str("{\"line\":");
        crate::rules::calendar::push_number(&mut list, e.line as u64, 1);
        list.push_str(",\"reason\":");
        json::write_str(&mut list, &e.reason);
        list.push('}');
    }
    list.push(']');
    parse(&list)
}

/// The catalog message `id` in `lang` with `args` (an object of strings
/// and numbers; numbers may also be decimal strings marked by the page).
#[wasm_bindgen]
pub fn message(lang: JsValue, id: JsValue, args: JsValue) -> String {
    let w = Words::new(lang_of(&lang));
    let id = id.as_string().unwrap_or_default();
    let mut list: Vec<(String, Arg)> = Vec::new();
    if !args.is_undefined() && !args.is_null() {
        if let Ok(p) = json::parse(&json_text(&args)) {
            if let Json::Object(members) = p.value {
                for (k, v) in members {
                    let arg = match &v {
                        Json::Number(_) => read::decimal(&v, "").map(Arg::Num).unwrap_or(Arg::Str(String::new())),
                        Json::String(s) => Arg::Str(s.clone()),
                        Json::Bool(b) => Arg::Str(String::from(if *b { "true" } else { "false" })),
                        _ => continue,
                    };
                    list.push((k, arg));
                }
            }
        }
    }
    let args: Vec<(&str, Arg)> = list.iter().map(|(k, a)| (k.as_str(), a.clone())).collect();
    w.t(&id, &args)
}

/// A date (ISO text) written as `lang` writes it: `form` is "date" (whole
/// date), "day" (day and month), "range" (`FROM/TO`, two ISO dates: days of
/// a month, "1–7 June") or "month" (`YYYY-MM`: month and year).
#[wasm_bindgen]
pub fn format_date(lang: JsValue, form: JsValue, iso: JsValue) -> String {
    let w = Words::new(lang_of(&lang));
    let iso = iso.as_string().unwrap_or_default();
    match form.as_string().as_deref() {
        Some("month") => crate::rules::calendar::Month::parse(&iso).map(|m| w.month_year(m)).unwrap_or(iso),
        Some("day") => crate::rules::calendar::parse_date(&iso).map(|d| w.day_month(d)).unwrap_or(iso),
        Some("range") => match iso.split_once('/').map(|(a, b)| (crate::rules::calendar::parse_date(a), crate::rules::calendar::parse_date(b))) {
            Some((Ok(a), Ok(b))) => w.day_range(a, b),
            _ => iso,
        },
        _ => crate::rules::calendar::parse_date(&iso).map(|d| w.date(d)).unwrap_or(iso),
    }
}

/// The names of the calculators this module holds.
#[wasm_bindgen]
pub fn calculators() -> JsValue {
    let mut list = String::from("[");
    for c in api::CALCULATORS.iter().filter(|c| api::holds(c)) {
        if list.len() > 1 {
            list.push(',');
        }
        list.push('"');
        list.push_str(c);
        list.push('"');
    }
    list.push(']');
    parse(&list)
}

fn parse(text: &str) -> JsValue {
    // Our own writer produces valid JSON; should parsing ever fail, the
    // caller still gets data, not an exception.
    json_parse(text).unwrap_or_else(|_| JsValue::from_str("{\"ok\":false}"))
}

/// The facts the pages need before any question (first covered month,
/// programme window, known municipalities …), from the rules' parameters.
#[wasm_bindgen]
pub fn facts() -> String {
    crate::contract::facts::facts()
}
