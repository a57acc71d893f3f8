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
}

/// A formatter that escapes U+2028 and U+2029 as well as what JSON requires.
struct LineSafe<F>(F);

impl<F: Formatter> Formatter for LineSafe<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, w: &mut W, fragment: &str) -> io::Result<()> {
        let mut rest = fragment;
        while let Some(i) = rest.find(['\u{2028}', '\u{2029}']) {
            w.write_all(&rest.as_bytes()[..i])?;
            let sep = if rest[i..].starts_with('\u{2028}') { b"\\u2028" } else { b"\\u2029" };
            w.write_all(sep)?;
            rest = &rest[i + 3..]; // both are 3 bytes in UTF-8
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
    let mut buf = Vec::with_capacity(512);
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, LineSafe(CompactFormatter));
    // Writing to a Vec cannot fail, and our types serialize without error.
    if v.serialize(&mut ser).is_err() {
        return "null".into();
    }
    String::from_utf8(buf).unwrap_or_default()
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

/// A decimal as an exact string, without trailing zeros: `"3.5"`.
pub fn dec<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&d.normalize())
}

/// An optional decimal: a string or `null`.
pub fn dec_opt<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(&d.normalize()),
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

/// A date as `YYYY-MM-DD`.
pub fn date<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

/// An optional date: `YYYY-MM-DD` or `null`.
pub fn date_opt<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
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
            match v {
                Value::List { items, .. } => m.serialize_entry(k, items)?,
                other => m.serialize_entry(k, &other.json_text())?,
            }
        }
        m.end()
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
pub struct Explanation<'a> {
    pub steps: &'a [Step],
    pub out: Out,
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
