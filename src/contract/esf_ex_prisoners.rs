//! The JSON contract of `esf-ex-prisoners` (R6): the programme card. The
//! input is an empty object `{}` (the card asks nothing); its facts are
//! written as ids and data always, its words only with the explanation.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::contract::json as json;
use crate::contract::read::{self as input, FieldError};
use crate::contract::write::{self, step_text, Explanation, Out};
use crate::rules::esf_ex_prisoners::Card;
use crate::text::esf_ex_prisoners as words;
use crate::text::explain::Step;

/// Reads the input of `esf-ex-prisoners`: `{}`.
///
/// # Errors
/// Not JSON, not an object, or any field (each `unknown_field`).
pub fn parse(text: &str) -> Result<(), Vec<FieldError>> {
    let parsed = json::parse(text).map_err(|e| vec![input::invalid_json(&e)])?;
    let (_, errors) = input::object(&parsed, &[]);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn money<S: serde::Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    write::money_opt(&Some(*d), s)
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
struct BudgetOut {
    /// EUR, two decimals.
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    total: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    esf: Decimal,
    #[serde(serialize_with = "money")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    state: Decimal,
    /// Fractions: "0.85", "0.15".
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    esf_share: Decimal,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    state_share: Decimal,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
struct ContactOut {
    body: &'static str,
    name: &'static str,
    phone: &'static str,
    email: &'static str,
}

/// The answer of `esf-ex-prisoners` (field names are fixed by the contract).
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "EsfExPrisonersResult"))]
pub struct CardOut<'a> {
    id: &'static str,
    /// The project's official name (Latvian, a proper name).
    official_name: &'static str,
    /// The card's title in the reader's language (with the explanation only).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    title: Option<String>,
    for_whom: Vec<&'static str>,
    offers: Vec<&'static str>,
    run_by: &'static str,
    partners: Vec<&'static str>,
    since_year: i32,
    budget: BudgetOut,
    contact: ContactOut,
    /// Always null: the source gives no eligibility conditions, so no verdict.
    verdict: Option<bool>,
    #[cfg_attr(feature = "ts", ts(as = "Vec<crate::contract::write::StepOut<'static>>"))]
    #[serde(skip_serializing_if = "Explanation::left_out")]
    explanation: Explanation<'a>,
}

/// The answer for the card `c` (explained by `steps`).
pub fn output<'a>(c: &Card, steps: &'a [Step], out: Out) -> CardOut<'a> {
    CardOut {
        id: c.id,
        official_name: c.official_name,
        title: step_text(&words::title(c), out),
        for_whom: c.for_whom.iter().map(|g| g.id()).collect(),
        offers: c.offers.iter().map(|o| o.id()).collect(),
        run_by: c.run_by.id(),
        partners: c.partners.iter().map(|b| b.id()).collect(),
        since_year: c.since_year,
        budget: BudgetOut {
            total: c.budget.total,
            esf: c.budget.esf,
            state: c.budget.state,
            esf_share: c.budget.esf_share,
            state_share: c.budget.state_share,
        },
        contact: ContactOut { body: c.contact.body.id(), name: c.contact.name, phone: c.contact.phone, email: c.contact.email },
        verdict: None,
        explanation: Explanation { steps, out },
    }
}
