//! The facts the pages need before any question is answered, from the
//! rules' own dated parameters, so that no page restates them: the first
//! month the timesheet covers, the Lithuanian model's window and the
//! municipalities its sources name, the first day the Latvian unemployment
//! dates cover, the days MK 360 covers, the VBTAI competition's deadline.

use serde::Serialize;

use crate::contract::write::to_json;
// Not every build uses both (the start page's module has no calculator).
#[allow(unused_imports)]
use crate::rules::{calendar::iso_date, params};

/// The facts of the calculators this build holds (a page's module holds one):
/// each field only in a build with its calculator's feature, so that a
/// page's module holds no code to write the others' facts.
#[derive(Serialize)]
struct Facts {
    #[cfg(feature = "assistant-hours")]
    #[serde(skip_serializing_if = "Option::is_none")]
    assistant_hours: Option<AssistantFacts>,
    #[cfg(feature = "lt-eligibility")]
    #[serde(skip_serializing_if = "Option::is_none")]
    lt_eligibility: Option<LtFacts>,
    #[cfg(feature = "lv-unemployment")]
    #[serde(skip_serializing_if = "Option::is_none")]
    lv_unemployment: Option<LvFacts>,
    #[cfg(feature = "mk360-admission")]
    #[serde(skip_serializing_if = "Option::is_none")]
    mk360_admission: Option<WindowFacts>,
    #[cfg(feature = "vbtai-competition")]
    #[serde(skip_serializing_if = "Option::is_none")]
    vbtai_competition: Option<VbtaiFacts>,
}

#[cfg(feature = "assistant-hours")]
#[derive(Serialize)]
struct AssistantFacts {
    first_month: String,
    /// The defaults of the optional settings, and the measures of MK 942
    /// annex 1 a day can be attested under.
    daily_max: String,
    granularity: String,
    measures: Vec<u8>,
}

#[cfg(feature = "lt-eligibility")]
#[derive(Serialize)]
struct LtFacts {
    window: [String; 2],
    municipalities: Vec<&'static str>,
}

#[cfg(feature = "lv-unemployment")]
#[derive(Serialize)]
struct LvFacts {
    from: String,
}

/// The first and last day a calculator covers.
#[cfg(feature = "mk360-admission")]
#[derive(Serialize)]
struct WindowFacts {
    from: String,
    to: String,
}

#[cfg(feature = "vbtai-competition")]
#[derive(Serialize)]
struct VbtaiFacts {
    /// The competition's application deadline (the form's default).
    deadline: String,
    /// The English levels the input takes, in order.
    english_levels: Vec<&'static str>,
}

/// The facts as JSON text.
pub fn facts() -> String {
    #[cfg(feature = "lt-eligibility")]
    let w = params::lt_model_window();
    to_json(&Facts {
        #[cfg(feature = "assistant-hours")]
        assistant_hours: Some(AssistantFacts {
            first_month: params::FIRST_MONTH.text(),
            daily_max: crate::rules::decimal::text(&params::default_daily_max()),
            granularity: crate::rules::decimal::text(&params::default_granularity()),
            measures: (1..=params::MK942_MEASURES).collect(),
        }),
        #[cfg(feature = "lt-eligibility")]
        lt_eligibility: Some(LtFacts {
            window: [iso_date(w.from), iso_date(w.until.unwrap_or(w.from))],
            municipalities: params::LT_MUNICIPALITIES.iter().map(|m| m.name).collect(),
        }),
        #[cfg(feature = "lv-unemployment")]
        lv_unemployment: Some(LvFacts { from: iso_date(params::lv_unemployment_window().from) }),
        #[cfg(feature = "mk360-admission")]
        mk360_admission: Some({
            let p = params::mk360_period();
            WindowFacts { from: iso_date(p.from), to: iso_date(p.until.unwrap_or(p.from)) }
        }),
        #[cfg(feature = "vbtai-competition")]
        vbtai_competition: Some(VbtaiFacts {
            deadline: iso_date(params::vbtai_deadline()),
            english_levels: crate::contract::vbtai_competition::ENGLISH_LEVELS.iter().map(|(l, _)| *l).filter(|l| *l != "none").collect(),
        }),
    })
}
