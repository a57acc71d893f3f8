//! An explanation step as data, and its rendering in one language.
//!
//! A step has a stable `id` (also its catalog message), the `rule` of
//! RULES.md it applies, the legal `source` (an act and its point), the
//! `interpretation` id where the project's reading decided it, the `values`
//! it used, and perhaps a `quote` of the law in its original language. Its
//! text is the catalog message `id` with the values as arguments; an
//! interpretation's message reads in plain words, after the catalog's
//! `interpretation-lead` ("How this calculator reads the rule:").

#[cfg(feature = "assistant-hours")]
use chrono::IsoWeek;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Arg, Words};
use crate::rules::calendar::iso_date;
#[cfg(feature = "assistant-hours")]
use crate::rules::calendar::{fmt_iso_week, Month};
use crate::rules::sources::{Quote, Source};

/// A value a step used.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A decimal (hours, counts): `"3.5"` in JSON.
    Num(Decimal),
    /// Money: two decimals in JSON and in the text. (Only the timesheet and
    /// the programme card make it, the values marked so below only the
    /// timesheet: a page's module holds one calculator, and a build without
    /// them has neither these values nor the code of their words; using one
    /// in another calculator is a compile error until its feature is added
    /// here. README, "Size".)
    #[cfg(any(feature = "assistant-hours", feature = "esf-ex-prisoners"))]
    Money(Decimal),
    /// A whole date: ISO in JSON, the language's date form in the text.
    Date(NaiveDate),
    /// A day whose year is clear from the context: ISO in JSON, day and month in the text.
    Day(NaiveDate),
    /// Days of one stretch, whose year is clear from the context: an ISO
    /// interval in JSON (`2020-06-01/2020-06-09`), `1.–9. jūnija` in the text.
    #[cfg(feature = "assistant-hours")]
    Days(NaiveDate, NaiveDate),
    /// An exact value that is not a finite decimal: the fraction in JSON
    /// (`337/3`), the fraction and a rounded decimal in the text.
    #[cfg(feature = "assistant-hours")]
    Fraction { exact: String, approx: Decimal },
    /// An ISO week, `2020-W23`.
    #[cfg(feature = "assistant-hours")]
    Week(IsoWeek),
    #[cfg(feature = "assistant-hours")]
    Month(Month),
    /// A word from a fixed set (a select in the catalog picks by it).
    Word(&'static str),
    /// Exact text (a fraction such as `337/3`, a name the person typed).
    Text(String),
    /// Words from fixed sets, each named by the catalog message
    /// `<prefix>-<item>`: an array of the items in JSON, the names joined in the text.
    List { prefix: &'static str, items: Vec<&'static str> },
    /// Nothing (a fact not given).
    None,
}

impl Value {
    /// The value as it is written in the JSON output (`None` is `null`).
    pub fn json_text(&self) -> Option<String> {
        Some(match self {
            Value::Num(d) => crate::rules::decimal::text(&d.normalize()),
            #[cfg(any(feature = "assistant-hours", feature = "esf-ex-prisoners"))]
            Value::Money(d) => {
                let mut v = *d;
                v.rescale(2);
                crate::rules::decimal::text(&v)
            }
            Value::Date(d) | Value::Day(d) => iso_date(*d),
            #[cfg(feature = "assistant-hours")]
            Value::Days(a, b) => [iso_date(*a), iso_date(*b)].join("/"),
            #[cfg(feature = "assistant-hours")]
            Value::Fraction { exact, .. } => exact.clone(),
            #[cfg(feature = "assistant-hours")]
            Value::Week(w) => fmt_iso_week(*w),
            #[cfg(feature = "assistant-hours")]
            Value::Month(m) => m.text(),
            Value::Word(w) => (*w).to_string(),
            Value::Text(t) => t.clone(),
            Value::List { items, .. } => items.join(","),
            Value::None => return None,
        })
    }

    /// The value as a message argument in the language of `w`.
    pub fn arg(&self, w: &Words) -> Arg {
        match self {
            Value::Num(d) => Arg::Num(*d),
            #[cfg(any(feature = "assistant-hours", feature = "esf-ex-prisoners"))]
            Value::Money(d) => Arg::Str(w.money(*d)),
            Value::Date(d) => Arg::Str(w.date(*d)),
            Value::Day(d) => Arg::Str(w.day_month(*d)),
            #[cfg(feature = "assistant-hours")]
            Value::Days(a, b) => Arg::Str(w.day_range(*a, *b)),
            #[cfg(feature = "assistant-hours")]
            Value::Fraction { exact, approx } => Arg::Str([exact.as_str(), " ≈ ", &w.num(*approx)].concat()),
            #[cfg(feature = "assistant-hours")]
            Value::Week(x) => Arg::Str(fmt_iso_week(*x)),
            #[cfg(feature = "assistant-hours")]
            Value::Month(m) => Arg::Str(w.month_year(*m)),
            Value::Word(s) => Arg::Str((*s).to_string()),
            Value::Text(t) => Arg::Str(t.clone()),
            Value::List { prefix, items } => {
                // Joined here rather than by `join` on strings (a second copy of it in the page's module).
                let mut names = String::new();
                for (k, i) in items.iter().enumerate() {
                    if k > 0 {
                        names.push_str(", ");
                    }
                    names.push_str(&w.t(&[prefix, "-", i].concat(), &[]));
                }
                Arg::Str(names)
            }
            Value::None => Arg::Str("none".to_string()),
        }
    }
}

/// One step of an explanation. Invariant: `id` is a message of every catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: &'static str,
    pub rule: &'static str,
    pub source: Source,
    pub interpretation: Option<&'static str>,
    pub values: Vec<(&'static str, Value)>,
    pub quote: Option<Quote>,
}

impl Step {
    pub fn new(id: &'static str, rule: &'static str, source: Source) -> Step {
        Step { id, rule, source, interpretation: None, values: Vec::new(), quote: None }
    }
    /// A step with room for `n` values (a batch builds millions of steps).
    pub fn with_room(id: &'static str, rule: &'static str, source: Source, n: usize) -> Step {
        Step { id, rule, source, interpretation: None, values: Vec::with_capacity(n), quote: None }
    }
    /// Marks the step as decided by the project's reading `id`.
    pub fn reading(mut self, id: &'static str) -> Step {
        self.interpretation = Some(id);
        self
    }
    pub fn value(mut self, name: &'static str, v: Value) -> Step {
        self.values.push((name, v));
        self
    }
    pub fn quote(mut self, q: Quote) -> Step {
        self.quote = Some(q);
        self
    }
}

/// A step's words in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub text: String,
    pub source_text: String,
    /// The quote's translation, when the reader's language is not the quote's.
    pub quote_translation: Option<String>,
}

/// Renders `step` in the language of `w`.
pub fn render(step: &Step, w: &Words) -> Rendered {
    let args: Vec<(&str, Arg)> = step.values.iter().map(|(k, v)| (*k, v.arg(w))).collect();
    let text = w.t(step.id, &args);
    let source_text = w.t(&["source-", step.source.id].concat(), &[]);
    let quote_translation =
        step.quote.filter(|q| q.lang != w.lang().code()).map(|q| w.t(&["quote-", q.id].concat(), &[]));
    Rendered { text, source_text, quote_translation }
}
