//! The words of the ESF ex-prisoner project's card (R6), as explanation steps.

use rust_decimal::Decimal;

use super::explain::{Step, Value};
use crate::rules::esf_ex_prisoners::Card;
use crate::rules::sources::{self as src};

/// The card's title: `r6-title`.
pub fn title(c: &Card) -> Step {
    Step::new("r6-title", "R6", src::ESF_EX_PRISONERS).value("name", Value::Text(c.official_name.to_string()))
}

fn percent(share: Decimal) -> Value {
    Value::Num((share * Decimal::ONE_HUNDRED).normalize())
}

/// The steps of the card.
pub fn steps(c: &Card) -> Vec<Step> {
    let s = src::ESF_EX_PRISONERS;
    vec![
        title(c),
        Step::new("r6-no-verdict", "R6", s),
        Step::new("r6-for-whom", "R6", s).value("groups", Value::List { prefix: "r6-group", items: c.for_whom.iter().map(|g| g.id()).collect() }),
        Step::new("r6-offers", "R6", s)
            .quote(src::QUOTE_ESF_CONSULTATIONS)
            .value("offers", Value::List { prefix: "r6-offer", items: c.offers.iter().map(|o| o.id()).collect() }),
        Step::new("r6-run-by", "R6", s)
            .quote(src::QUOTE_ESF_PARTNERS)
            .value("run_by", Value::List { prefix: "r6-body", items: vec![c.run_by.id()] })
            .value("partners", Value::List { prefix: "r6-body", items: c.partners.iter().map(|b| b.id()).collect() })
            .value("since", Value::Text(crate::rules::calendar::signed(i64::from(c.since_year), 1))),
        Step::new("r6-budget", "R6", s)
            .quote(src::QUOTE_ESF_BUDGET)
            .value("total", Value::Money(c.budget.total))
            .value("esf", Value::Money(c.budget.esf))
            .value("state", Value::Money(c.budget.state))
            .value("esf_percent", percent(c.budget.esf_share))
            .value("state_percent", percent(c.budget.state_share)),
        Step::new("r6-contact", "R6", s)
            .value("name", Value::Text(c.contact.name.to_string()))
            .value("phone", Value::Text(c.contact.phone.to_string()))
            .value("email", Value::Text(c.contact.email.to_string()))
            .value("run_by", Value::List { prefix: "r6-body", items: vec![c.run_by.id()] }),
    ]
}
