//! The facts the pages need before any question is answered, from the
//! rules' own dated parameters, so that no page restates them: the first
//! month the timesheet covers, the Lithuanian model's window and the
//! municipalities its sources name, the first day the Latvian unemployment
//! dates cover, the days MK 360 covers, the VBTAI competition's deadline.

use serde::Serialize;

use crate::contract::write::to_json;
use crate::rules::params;

#[derive(Serialize)]
struct Facts {
    assistant_hours: AssistantFacts,
    lt_eligibility: LtFacts,
    lv_unemployment: LvFacts,
    mk360_admission: WindowFacts,
    vbtai_competition: VbtaiFacts,
}

#[derive(Serialize)]
struct AssistantFacts {
    first_month: String,
    last_month: String,
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
}

/// The facts as JSON text.
pub fn facts() -> String {
    let w = params::lt_model_window();
    to_json(&Facts {
        assistant_hours: AssistantFacts { first_month: params::FIRST_MONTH.to_string(), last_month: params::LAST_MONTH.to_string() },
        lt_eligibility: LtFacts {
            window: [w.from.to_string(), w.until.unwrap_or(w.from).to_string()],
            municipalities: params::LT_MUNICIPALITIES.iter().map(|m| m.name).collect(),
        },
        lv_unemployment: LvFacts { from: params::lv_unemployment_window().from.to_string() },
        mk360_admission: {
            let p = params::mk360_period();
            WindowFacts { from: p.from.to_string(), to: p.until.unwrap_or(p.from).to_string() }
        },
        vbtai_competition: VbtaiFacts { deadline: params::vbtai_deadline().to_string() },
    })
}
