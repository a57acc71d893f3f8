//! Writing output: typed result structs (`serde::Serialize`) written as JSON
//! by `serde_json`, with U+2028 and U+2029 escaped too, so that every
//! JSON-lines reader splits a batch's lines the same way. Decimals are
//! written as strings (exact), dates as ISO text.
//!
//! The explanation's words (`text`, `source_text`, the quote and its
//! translation) are written only when asked for (`explain`): a batch
//! writes ids, sources and values, and renders no text unless `--explain`.

use std::io;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter, PrettyFormatter};

use crate::text::explain::{render, Step, Value};
use crate::text::Words;

/// How an answer is written: in which language, and with the words of the
/// explanation or without.
#[derive(Clone, Copy)]
pub struct Out {
    pub words: Words,
    pub explain: bool,
    /// Without the `explanation` array (a batch's `--brief`).
    pub brief: bool,
}

/// A formatter that escapes U+2028 and U+2029 as well as what JSON requires.
struct LineSafe<F>(F);

impl<F: Formatter> Formatter for LineSafe<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, w: &mut W, fragment: &str) -> io::Result<()> {
        // Both separators start with the byte 0xE2: without it (nearly always)
        // the fragment goes out as it is, without a search by characters.
        if !fragment.as_bytes().contains(&0xE2) {
            return w.write_all(fragment.as_bytes());
        }
        let mut rest = fragment;
        while let Some(i) = rest.find(['\u{2028}', '\u{2029}']) {
            w.write_all(&rest.as_bytes()[..i])?;
            let sep = if rest.get(i..).is_some_and(|r| r.starts_with('\u{2028}')) { b"\\u2028" } else { b"\\u2029" };
            w.write_all(sep)?;
            rest = rest.get(i + 3..).unwrap_or_default(); // both are 3 bytes in UTF-8
        }
        w.write_all(rest.as_bytes())
    }
    fn write_char_escape<W: ?Sized + io::Write>(&mut self, w: &mut W, e: CharEscape) -> io::Result<()> {
        self.0.write_char_escape(w, e)
    }
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// `v` as compact JSON text.
pub fn to_json<T: Serialize>(v: &T) -> String {
    // A batch's result line is 1–5 KB: one allocation, mostly.
    let mut buf = Vec::with_capacity(8192);
    to_json_into(v, &mut buf);
    String::from_utf8(buf).unwrap_or_else(|_| "null".into())
}

/// Appends `v` as compact JSON text to `buf` (a batch reuses one buffer
/// for many lines).
pub fn to_json_into<T: Serialize>(v: &T, buf: &mut Vec<u8>) {
    let start = buf.len();
    let mut ser = serde_json::Serializer::with_formatter(&mut *buf, LineSafe(CompactFormatter));
    // Writing to a Vec cannot fail, and our types serialize without error.
    if v.serialize(&mut ser).is_err() {
        buf.truncate(start);
        buf.extend_from_slice(b"null");
    }
}

/// `v` as JSON text indented by two spaces, for people to read.
pub fn to_json_pretty<T: Serialize>(v: &T) -> String {
    let mut buf = Vec::with_capacity(1024);
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, LineSafe(PrettyFormatter::new()));
    if v.serialize(&mut ser).is_err() {
        return "null".into();
    }
    String::from_utf8(buf).unwrap_or_default()
}

// ---- field helpers (`#[serde(serialize_with = "…")]`) ------------------------

/// The most characters of a decimal's text: a sign, 29 digits, a point, a leading 0.
const DEC_TEXT: usize = 32;

/// `d` as text into `buf`, the same as its `Display` (`-0.25`, `3`): a
/// batch writes dozens of decimals a line, so this writes the digits
/// directly instead of going through `fmt`.
fn dec_text(d: &Decimal, buf: &mut [u8; DEC_TEXT]) -> usize {
    let scale = d.scale() as usize; // ≤ 28
    let mut m = d.mantissa().unsigned_abs(); // < 2^96: at most 29 digits
    let mut digits = [b'0'; DEC_TEXT];
    let mut n = 0;
    while m > 0 || n <= scale {
        // invariant: n < 30 ≤ DEC_TEXT (29 digits, or scale + 1 ≤ 29).
        if let Some(slot) = digits.get_mut(n) {
            *slot = b'0' + (m % 10) as u8;
        }
        m /= 10;
        n += 1;
    }
    let mut len = 0;
    let mut put = |b: u8| {
        if let Some(slot) = buf.get_mut(len) {
            *slot = b;
            len += 1;
        }
    };
    if d.is_sign_negative() && !d.is_zero() {
        put(b'-');
    }
    for i in (0..n).rev() {
        put(digits.get(i).copied().unwrap_or(b'0'));
        if i == scale && scale > 0 {
            put(b'.');
        }
    }
    len
}

fn write_dec<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let mut buf = [0u8; DEC_TEXT];
    let len = dec_text(d, &mut buf);
    match buf.get(..len).map(std::str::from_utf8) {
        Some(Ok(text)) => s.serialize_str(text),
        _ => s.collect_str(d), // invariant: not reached, the text is ASCII and fits
    }
}

/// A decimal as an exact string, without trailing zeros: `"3.5"`.
pub fn dec<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    write_dec(&d.normalize(), s)
}

/// An optional decimal: a string or `null`.
pub fn dec_opt<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => write_dec(&d.normalize(), s),
        None => s.serialize_none(),
    }
}

/// Money: a string with two decimals, or `null`.
pub fn money_opt<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => {
            let mut v = *d;
            v.rescale(2);
            s.collect_str(&v)
        }
        None => s.serialize_none(),
    }
}

/// `d` as `YYYY-MM-DD`, the same as its `Display`, for the years 0–9999
/// (every date the rules use); `None` for the others.
fn date_text(d: &NaiveDate) -> Option<[u8; 10]> {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return None;
    }
    let y = y as u32;
    let digit = |v: u32| b'0' + (v % 10) as u8;
    Some([
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(day / 10),
        digit(day),
    ])
}

/// A date as `YYYY-MM-DD`, the same as its `Display` (written directly for
/// the years 0–9999, which is every date the rules use).
pub fn date<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    let Some(text) = date_text(d) else { return s.collect_str(d) };
    match std::str::from_utf8(&text) {
        Ok(t) => s.serialize_str(t),
        Err(_) => s.collect_str(d), // invariant: not reached, the text is ASCII
    }
}

/// An optional date: `YYYY-MM-DD` or `null`.
pub fn date_opt<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => date(d, s),
        None => s.serialize_none(),
    }
}

// ---- explanations ------------------------------------------------------------

/// The values of a step, as a JSON object.
struct ValuesOut<'a>(&'a [(&'static str, Value)]);

impl Serialize for ValuesOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, &ValueOut(v))?;
        }
        m.end()
    }
}

/// One value of a step, written as [`Value::json_text`] says (`null` for
/// `None`, an array for a list), without building its text first.
struct ValueOut<'a>(&'a Value);

impl Serialize for ValueOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Num(d) => dec(d, s),
            Value::Date(d) | Value::Day(d) => date(d, s),
            Value::Days(a, b) => {
                let text = match (date_text(a), date_text(b)) {
                    (Some(x), Some(y)) => {
                        let mut text = [b'/'; 21];
                        text[..10].copy_from_slice(&x);
                        text[11..].copy_from_slice(&y);
                        Some(text)
                    }
                    _ => None,
                };
                match text.as_ref().map(|t| std::str::from_utf8(t)) {
                    Some(Ok(t)) => s.serialize_str(t),
                    _ => s.collect_str(&format_args!("{a}/{b}")),
                }
            }
            Value::Week(w) => {
                let (y, n) = (w.year(), w.week());
                match u32::try_from(y).ok().filter(|y| *y <= 9999) {
                    Some(y) => {
                        let digit = |v: u32| b'0' + (v % 10) as u8;
                        let text = [digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), b'-', b'W', digit(n / 10), digit(n)];
                        match std::str::from_utf8(&text) {
                            Ok(t) => s.serialize_str(t),
                            Err(_) => s.collect_str(&crate::rules::calendar::fmt_iso_week(*w)),
                        }
                    }
                    None => s.collect_str(&crate::rules::calendar::fmt_iso_week(*w)),
                }
            }
            Value::Word(w) => s.serialize_str(w),
            Value::Text(t) | Value::Fraction { exact: t, .. } => s.serialize_str(t),
            Value::List { items, .. } => items.serialize(s),
            Value::None => s.serialize_none(),
            // Money and months: rare, as their text.
            other => match other.json_text() {
                Some(t) => s.serialize_str(&t),
                None => s.serialize_none(),
            },
        }
    }
}

#[derive(Serialize)]
struct QuoteOut {
    lang: &'static str,
    text: &'static str,
}

#[derive(Serialize)]
struct StepOut<'a> {
    id: &'static str,
    rule: &'static str,
    source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_text: Option<String>,
    interpretation: Option<&'static str>,
    values: ValuesOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<QuoteOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote_translation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

/// One step with its words (when `out.explain`).
pub struct StepJson<'a> {
    pub step: &'a Step,
    pub out: Out,
}

impl Serialize for StepJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let st = self.step;
        let words = self.out.explain.then(|| render(st, &self.out.words));
        let (text, source_text, quote_translation) = match words {
            Some(r) => (Some(r.text), Some(r.source_text), r.quote_translation),
            None => (None, None, None),
        };
        StepOut {
            id: st.id,
            rule: st.rule,
            source: st.source.cite,
            source_text,
            interpretation: st.interpretation,
            values: ValuesOut(&st.values),
            quote: st.quote.filter(|_| self.out.explain).map(|q| QuoteOut { lang: q.lang, text: q.text }),
            quote_translation,
            text,
        }
        .serialize(s)
    }
}

/// The steps of an explanation, each with its words when `out.explain`.
/// Left out of a brief answer (`#[serde(skip_serializing_if = "Explanation::left_out")]`).
pub struct Explanation<'a> {
    pub steps: &'a [Step],
    pub out: Out,
}

impl Explanation<'_> {
    /// Whether the answer is brief: written without its explanation.
    pub fn left_out(&self) -> bool {
        self.out.brief
    }
}

impl Serialize for Explanation<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.steps.iter().map(|step| StepJson { step, out: self.out }))
    }
}

/// A step's text alone (e.g. a criterion's `text`): `None` without `explain`.
pub fn step_text(step: &Step, out: Out) -> Option<String> {
    out.explain.then(|| render(step, &out.words).text)
}
