//! The WebAssembly bindings: a thin layer over [`crate::contract::registry`], the same core
//! the command line uses. Expected failures come back as data,
//! `{ok, result, errors}`, never as exceptions; decimals cross the boundary
//! as strings. Nothing here may panic: every JavaScript value, however
//! malformed, is turned into text or an error object first.

use wasm_bindgen::prelude::*;

use crate::contract::registry as api;
use crate::text::Lang;
use crate::contract::read::{Code, FieldError};
use crate::contract::json::Json;

/// Runs the calculator `name` on `input` (a JSON text, or a plain object
/// that `JSON.stringify` can write) in language `lang` ("lv" or "en";
/// anything else is Latvian). Returns `{ok, result, errors}`.
#[wasm_bindgen]
pub fn calculate(name: JsValue, input: JsValue, lang: JsValue) -> JsValue {
    let lang = lang.as_string().as_deref().and_then(Lang::parse).unwrap_or(Lang::Lv);
    let name = name.as_string().unwrap_or_default();
    let text = match input.as_string() {
        Some(t) => t,
        None => match js_sys::JSON::stringify(&input) {
            // undefined, a function or a symbol stringify to undefined.
            Ok(s) => s.as_string().unwrap_or_default(),
            // A cycle, a BigInt, a throwing getter, a stack overflow in JS.
            Err(_) => String::new(),
        },
    };
    let answer = match api::run(&name, &text, lang) {
        Some(a) => a,
        None => Err(crate::contract::assistant_hours::errors_to_json(
            &[FieldError::new("calculator", Code::NotOneOf).with("allowed", api::CALCULATORS.join(", "))],
            lang,
        )),
    };
    to_js(&api::page_output(&answer))
}

/// The names of the calculators this module holds.
#[wasm_bindgen]
pub fn calculators() -> JsValue {
    to_js(&Json::Array(api::CALCULATORS.iter().map(|c| Json::String((*c).to_string())).collect()))
}

fn to_js(v: &Json) -> JsValue {
    // Our own writer produces valid JSON; should parsing ever fail, the
    // caller still gets data, not an exception.
    js_sys::JSON::parse(&v.to_string()).unwrap_or_else(|_| JsValue::from_str("{\"ok\":false}"))
}
