//! The facts the pages need before any question is answered, from the
//! rules' own dated parameters, so that no page restates them: the first
//! month the timesheet covers, the Lithuanian model's window and the
//! municipalities its sources name, the first day the Latvian unemployment
//! dates cover, the days MK 360 covers, the VBTAI competition's deadline.

use serde::Serialize;

use crate::contract::write::to_json;
use crate::rules::calendar::iso_date;
use crate::rules::params;

/// The facts of the calculators this build holds (a page's module holds one).
#[derive(Serialize)]
struct Facts {
    #[serde(skip_serializing_if = "Option::is_none")]
    assistant_hours: Option<AssistantFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lt_eligibility: Option<LtFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lv_unemployment: Option<LvFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mk360_admission: Option<WindowFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vbtai_competition: Option<VbtaiFacts>,
}

#[derive(Serialize)]
struct AssistantFacts {
    first_month: String,
    /// The defaults of the optional settings, and the measures of MK 942
    /// annex 1 a day can be attested under.
    daily_max: String,
    granularity: String,
    measures: Vec<u8>,
}

#[derive(Serialize)]
struct LtFacts {
    window: [String; 2],
    municipalities: Vec<&'static str>,
}

#[derive(Serialize)]
struct LvFacts {
    from: String,
}

/// The first and last day a calculator covers.
#[derive(Serialize)]
struct WindowFacts {
    from: String,
    to: String,
}

#[derive(Serialize)]
struct VbtaiFacts {
    /// The competition's application deadline (the form's default).
    deadline: String,
    /// The English levels the input takes, in order.
    english_levels: Vec<&'static str>,
}

/// The facts as JSON text.
pub fn facts() -> String {
    let w = params::lt_model_window();
    to_json(&Facts {
        assistant_hours: cfg!(feature = "assistant-hours")
            .then(|| AssistantFacts {
                first_month: params::FIRST_MONTH.text(),
                daily_max: crate::rules::decimal::text(&params::default_daily_max()),
                granularity: crate::rules::decimal::text(&params::default_granularity()),
                measures: (1..=params::MK942_MEASURES).collect(),
            }),
        lt_eligibility: cfg!(feature = "lt-eligibility").then(|| LtFacts {
            window: [iso_date(w.from), iso_date(w.until.unwrap_or(w.from))],
            municipalities: params::LT_MUNICIPALITIES.iter().map(|m| m.name).collect(),
        }),
        lv_unemployment: cfg!(feature = "lv-unemployment")
            .then(|| LvFacts { from: iso_date(params::lv_unemployment_window().from) }),
        mk360_admission: cfg!(feature = "mk360-admission").then(|| {
            let p = params::mk360_period();
            WindowFacts { from: iso_date(p.from), to: iso_date(p.until.unwrap_or(p.from)) }
        }),
        vbtai_competition: cfg!(feature = "vbtai-competition")
            .then(|| VbtaiFacts {
                deadline: iso_date(params::vbtai_deadline()),
                english_levels: crate::contract::vbtai_competition::ENGLISH_LEVELS.iter().map(|(l, _)| *l).filter(|l| *l != "none").collect(),
            }),
    })
}
