//! The JSON contract of `assistant-hours`: reading a timesheet (with every
//! problem found, each naming its field) and the typed result it writes
//! (its explanation's steps come from `text::assistant_hours`). Shared by
//! the command line and the WebAssembly bindings through the registry.

use chrono::NaiveDate;
use serde::Serialize;
use rust_decimal::Decimal;

use crate::rules::assistant_hours::{self as assistant, Branch, DayEntry, EmergencyFacts, Outcome, Timesheet};
use crate::rules::calendar::{self as dates, Month};
use crate::rules::params;
use crate::contract::read::{self as input, Code, FieldError};
use crate::contract::json::{self as json, Json};
use crate::contract::write::{self, Explanation, Out};

const FIELDS: &[&str] = &[
    "month",
    "weekly_allocation",
    "days",
    "emergency",
    "daily_max",
    "granularity",
    "paid_outside_month",
    "hourly_rate",
];

/// The most entries a timesheet may hold (31 days × 7 measures, and room).
pub const MAX_DAY_ENTRIES: usize = 1000;

fn d(n: i64) -> Decimal {
    Decimal::from(n)
}

/// Reads a timesheet from JSON text.
///
/// # Errors
/// Every problem found, each with its field path and code; never only the first.
pub fn parse(text: &str) -> Result<Timesheet, Vec<FieldError>> {
    let parsed = json::parse(text).map_err(|e| vec![input::invalid_json(&e)])?;
    let (members, mut errors) = input::object(&parsed, FIELDS);
    if members.is_empty() && !errors.is_empty() {
        return Err(errors);
    }
    let get = |k: &str| members.iter().find(|(key, _)| key == k).map(|(_, v)| v);

    // month
    let month = match get("month") {
        None => {
            errors.push(FieldError::new("month", Code::Required));
            None
        }
        Some(Json::String(m)) if m.trim().is_empty() => {
            errors.push(FieldError::new("month", Code::Required));
            None
        }
        Some(Json::String(m)) => match Month::parse(m.trim()) {
            None => {
                errors.push(FieldError::new("month", Code::InvalidMonth));
                None
            }
            Some(m) if !assistant::covered(m) => {
                errors.push(FieldError::new("month", Code::NotCovered).with("value", m.to_string()));
                None
            }
            Some(m) => Some(m),
        },
        Some(_) => {
            errors.push(FieldError::new("month", Code::WrongType));
            None
        }
    };

    let mut take = |r: Result<Decimal, FieldError>| match r {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(e);
            None
        }
    };

    // A week has 168 hours; MK 942 funds at most 40 (more is a warning).
    let weekly_allocation = match get("weekly_allocation") {
        None => take(Err(FieldError::new("weekly_allocation", Code::Required))),
        Some(v) => take(input::decimal_in(v, "weekly_allocation", d(168), false)),
    };
    let daily_max = match get("daily_max") {
        None | Some(Json::Null) => Some(params::default_daily_max()),
        Some(v) => take(input::decimal_in(v, "daily_max", d(24), true)),
    };
    let granularity = match get("granularity") {
        None | Some(Json::Null) => Some(params::default_granularity()),
        Some(v) => take(input::decimal_in(v, "granularity", d(24), true).and_then(|g| {
            if g < Decimal::new(1, 2) {
                Err(FieldError::new("granularity", Code::TooSmall).with("min", "0.01"))
            } else {
                Ok(g)
            }
        })),
    };
    let hourly_rate = match get("hourly_rate") {
        None | Some(Json::Null) => None,
        Some(Json::String(s)) if s.trim().is_empty() => None,
        Some(v) => take(input::decimal_in(v, "hourly_rate", d(1000), false)),
    };
    if let (Some(g), Some(dm)) = (granularity, daily_max) {
        if g > dm {
            errors.push(FieldError::new("granularity", Code::GranularityOverDailyMax));
        }
    }

    // days
    let mut days: Vec<DayEntry> = Vec::new();
    match get("days") {
        None => errors.push(FieldError::new("days", Code::Required)),
        Some(Json::Array(items)) if items.len() > MAX_DAY_ENTRIES => {
            errors.push(FieldError::new("days", Code::TooManyEntries).with("max", MAX_DAY_ENTRIES.to_string()))
        }
        Some(Json::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                if let Some(e) = day_entry(item, i, month, &mut errors) {
                    days.push(e);
                }
            }
        }
        Some(_) => errors.push(FieldError::new("days", Code::WrongType)),
    }
    // More than 24 hours on one day, all entries together: reported at the
    // entry that goes over.
    let mut per_day: Vec<(NaiveDate, Decimal)> = Vec::new();
    if let Some(Json::Array(items)) = get("days") {
        for (i, item) in items.iter().enumerate() {
            let (Some(date), Some(h)) = (item.get("date"), item.get("hours")) else { continue };
            let (Ok(date), Ok(h)) = (input::date(date, ""), input::decimal(h, "")) else { continue };
            if h.is_sign_negative() || h > d(24) {
                continue;
            }
            let slot = match per_day.iter_mut().find(|(dd, _)| *dd == date) {
                Some(slot) => slot,
                None => {
                    per_day.push((date, Decimal::ZERO));
                    // invariant: just pushed
                    let last = per_day.len() - 1;
                    &mut per_day[last]
                }
            };
            let before = slot.1;
            slot.1 += h;
            if before <= d(24) && slot.1 > d(24) {
                errors.push(FieldError::new(format!("days[{i}].hours"), Code::DayOver24).with("date", date.to_string()));
            }
        }
    }

    // emergency: required for a month with emergency days, ignored otherwise.
    let mut emergency = None;
    if let Some(m) = month.filter(|m| assistant::has_emergency_days(*m)) {
        match get("emergency") {
            None | Some(Json::Null) => errors.push(FieldError::new("emergency", Code::Required)),
            Some(e @ Json::Object(_)) => emergency = emergency_facts(e, m, &mut errors),
            Some(_) => errors.push(FieldError::new("emergency", Code::WrongType)),
        }
    }

    // paid_outside_month: ISO week → hours already paid on its days outside the month.
    let mut paid = Vec::new();
    match get("paid_outside_month") {
        None | Some(Json::Null) => {}
        Some(Json::Object(weeks)) => {
            // The weeks already read, once trimmed: " 2020-W27" and
            // "2020-W27" are the same key (a set: linear in the keys).
            let mut seen = std::collections::HashSet::new();
            for (k, v) in weeks {
                let field = format!("paid_outside_month.{}", json::shorten(k));
                match dates::parse_iso_week(k.trim()) {
                    None => errors.push(FieldError::new(field, Code::InvalidWeek).with("value", k.as_str())),
                    Some(w) if !seen.insert(w) => errors.push(FieldError::new(field, Code::DuplicateKey)),
                    Some(w) => {
                        if let Some(m) = month {
                            if !assistant::week_crosses_edge(m, w) {
                                errors.push(FieldError::new(field.clone(), Code::WeekNotAtEdge).with("value", k.as_str()));
                                continue;
                            }
                        }
                        match input::decimal_in(v, &field, d(168), false) {
                            Ok(h) => paid.push((w, h)),
                            Err(e) => errors.push(e),
                        }
                    }
                }
            }
        }
        Some(_) => errors.push(FieldError::new("paid_outside_month", Code::WrongType)),
    }

    match (month, weekly_allocation, daily_max, granularity, errors.is_empty()) {
        (Some(month), Some(weekly_allocation), Some(daily_max), Some(granularity), true) => Ok(Timesheet {
            month,
            weekly_allocation,
            days,
            emergency,
            daily_max,
            granularity,
            paid_outside_month: paid,
            hourly_rate,
        }),
        _ => Err(errors),
    }
}

fn day_entry(item: &Json, i: usize, month: Option<Month>, errors: &mut Vec<FieldError>) -> Option<DayEntry> {
    let f = |k: &str| format!("days[{i}].{k}");
    let Json::Object(members) = item else {
        errors.push(FieldError::new(format!("days[{i}]"), Code::WrongType));
        return None;
    };
    let before = errors.len();
    input::unknown_fields(members, &["date", "hours", "measure"], f, errors);
    let date = match item.get("date") {
        None => {
            errors.push(FieldError::new(f("date"), Code::Required));
            None
        }
        Some(v) => match input::date(v, &f("date")) {
            Ok(dt) => {
                if let Some(m) = month.filter(|m| !m.contains(dt)) {
                    errors.push(
                        FieldError::new(f("date"), Code::DateOutsideMonth).with("value", dt.to_string()).with("month", m.to_string()),
                    );
                    None
                } else {
                    Some(dt)
                }
            }
            Err(e) => {
                errors.push(e);
                None
            }
        },
    };
    let with_date = |e: FieldError| match date {
        Some(dt) => e.with("date", dt.to_string()),
        None => e,
    };
    let hours = match item.get("hours") {
        None => {
            errors.push(with_date(FieldError::new(f("hours"), Code::Required)));
            None
        }
        Some(v) => match input::decimal_in(v, &f("hours"), d(24), false) {
            Ok(h) => Some(h),
            Err(e) => {
                errors.push(with_date(e));
                None
            }
        },
    };
    let measure = match item.get("measure") {
        None => {
            errors.push(with_date(FieldError::new(f("measure"), Code::Required)));
            None
        }
        Some(v) => match input::whole(v, &f("measure")) {
            Ok(m @ 1..=7) => u8::try_from(m).ok(),
            Ok(_) => {
                errors.push(with_date(FieldError::new(f("measure"), Code::MeasureOutOfRange)));
                None
            }
            Err(e) => {
                errors.push(with_date(e));
                None
            }
        },
    };
    if errors.len() > before {
        return None;
    }
    Some(DayEntry { date: date?, hours: hours?, measure: measure? })
}

fn emergency_facts(e: &Json, month: Month, errors: &mut Vec<FieldError>) -> Option<EmergencyFacts> {
    let Json::Object(members) = e else { return None };
    let before = errors.len();
    input::unknown_fields(members, &["activities_resumed", "previous_months"], |k| format!("emergency.{k}"), errors);
    let resumed = match e.get("activities_resumed") {
        None | Some(Json::Null) => {
            errors.push(FieldError::new("emergency.activities_resumed", Code::Required));
            None
        }
        Some(v) => match input::boolean(v, "emergency.activities_resumed") {
            Ok(b) => Some(b),
            Err(err) => {
                errors.push(err);
                None
            }
        },
    };
    let mut previous = [Decimal::ZERO; 3];
    // Hours in a month are at most 31 × 24 = 744.
    match (resumed, e.get("previous_months")) {
        (Some(true), _) => {}
        (_, None | Some(Json::Null)) => errors.push(FieldError::new("emergency.previous_months", Code::Required)),
        (_, Some(Json::Array(items))) if items.len() != 3 => {
            errors.push(FieldError::new("emergency.previous_months", Code::PreviousMonthsCount).with("count", items.len().to_string()))
        }
        (_, Some(Json::Array(items))) => {
            let mut m = month.prev().prev().prev();
            for (i, v) in items.iter().enumerate() {
                let field = format!("emergency.previous_months[{i}]");
                match input::decimal_in(v, &field, d(744), false) {
                    Ok(h) => previous[i] = h,
                    Err(err) => errors.push(err.with("month", m.to_string())),
                }
                m = m.next();
            }
        }
        (_, Some(_)) => errors.push(FieldError::new("emergency.previous_months", Code::WrongType)),
    }
    if errors.len() > before {
        return None;
    }
    Some(EmergencyFacts { activities_resumed: resumed?, previous_months: previous })
}

/// The answer of `assistant-hours` (the JSON contract; field names are fixed).
#[derive(Serialize)]
pub struct HoursOut<'a> {
    month: String,
    rule: &'static str,
    #[serde(serialize_with = "write::dec")]
    total_payable: Decimal,
    #[serde(serialize_with = "write::dec")]
    attested: Decimal,
    #[serde(serialize_with = "write::dec")]
    attested_payable: Decimal,
    #[serde(serialize_with = "write::dec_opt")]
    emergency_entitlement: Option<Decimal>,
    emergency_entitlement_fraction: Option<String>,
    #[serde(serialize_with = "write::dec_opt")]
    average_previous_months: Option<Decimal>,
    #[serde(serialize_with = "write::dec_opt")]
    emergency_weekly_limit: Option<Decimal>,
    #[serde(serialize_with = "write::dec")]
    emergency_hours: Decimal,
    #[serde(serialize_with = "write::dec_opt")]
    emergency_unplaced: Option<Decimal>,
    #[serde(serialize_with = "write::dec")]
    not_payable: Decimal,
    #[serde(serialize_with = "write::dec")]
    weekly_allocation: Decimal,
    #[serde(serialize_with = "write::dec")]
    daily_max: Decimal,
    #[serde(serialize_with = "write::dec")]
    granularity: Decimal,
    weeks: Vec<WeekOut>,
    emergency_days: Vec<EmergencyDayOut>,
    #[serde(serialize_with = "write::dec_opt")]
    hourly_rate: Option<Decimal>,
    #[serde(serialize_with = "write::money_opt")]
    pay: Option<Decimal>,
    warnings: Vec<WarningOut>,
    explanation: Explanation<'a>,
}

#[derive(Serialize)]
struct WeekOut {
    week: String,
    #[serde(serialize_with = "write::date")]
    from: NaiveDate,
    #[serde(serialize_with = "write::date")]
    to: NaiveDate,
    #[serde(serialize_with = "write::dec")]
    cap: Decimal,
    #[serde(serialize_with = "write::dec")]
    paid_outside_month: Decimal,
    #[serde(serialize_with = "write::dec")]
    attested: Decimal,
    #[serde(serialize_with = "write::dec")]
    attested_payable: Decimal,
    #[serde(serialize_with = "write::dec")]
    emergency: Decimal,
    #[serde(serialize_with = "write::dec")]
    emergency_room: Decimal,
    #[serde(serialize_with = "write::dec")]
    not_payable: Decimal,
}

#[derive(Serialize)]
struct EmergencyDayOut {
    #[serde(serialize_with = "write::date")]
    date: NaiveDate,
    measure: u8,
    #[serde(serialize_with = "write::dec")]
    hours: Decimal,
    #[serde(serialize_with = "write::dec")]
    room: Decimal,
}

/// A result that stands but deserves a look.
#[derive(Serialize)]
pub struct WarningOut {
    field: &'static str,
    code: &'static str,
    message: String,
}

/// Writes the result of `o` (its explanation in `steps`).
pub fn output<'a>(o: &Outcome, steps: &'a [crate::text::explain::Step], out: Out) -> HoursOut<'a> {
    let branch = match o.branch {
        Branch::Ordinary => "ordinary",
        Branch::EmergencyResumed => "emergency_resumed",
        Branch::EmergencyAverage => "emergency_average",
        Branch::EmergencyNoPreviousUse => "emergency_no_previous_use",
        Branch::EmergencyNoPreviousUseZeroAverage => "emergency_no_previous_use_zero_average",
    };
    let mut warnings = Vec::new();
    if o.allocation_over_state_max {
        warnings.push(WarningOut {
            field: "weekly_allocation",
            code: "over_state_funded_max",
            message: out.words.t("warning-over_state_funded_max", &[("max", params::state_funded_weekly_max().into())]),
        });
    }
    HoursOut {
        month: o.month.to_string(),
        rule: branch,
        total_payable: o.total_payable,
        attested: o.attested,
        attested_payable: o.attested_payable,
        emergency_entitlement: o.entitlement.map(|x| x.decimal()),
        emergency_entitlement_fraction: o.entitlement.and_then(|x| x.fraction()),
        average_previous_months: o.average.map(|x| x.decimal()),
        emergency_weekly_limit: o.no_use_weekly_limit,
        emergency_hours: o.emergency_hours,
        emergency_unplaced: o.emergency_unplaced,
        not_payable: o.not_payable,
        weekly_allocation: o.weekly_allocation,
        daily_max: o.daily_max,
        granularity: o.granularity,
        weeks: o
            .weeks
            .iter()
            .map(|w| WeekOut {
                week: dates::fmt_iso_week(w.week),
                from: w.first,
                to: w.last,
                cap: w.cap,
                paid_outside_month: w.paid_outside_month,
                attested: w.attested,
                attested_payable: w.attested_payable,
                emergency: w.emergency,
                emergency_room: w.emergency_room,
                not_payable: w.not_payable,
            })
            .collect(),
        emergency_days: o
            .emergency_days
            .iter()
            .map(|e| EmergencyDayOut { date: e.date, measure: 7, hours: e.hours, room: e.room })
            .collect(),
        hourly_rate: o.hourly_rate,
        pay: o.pay,
        warnings,
        explanation: Explanation { steps, out },
    }
}

/// The facts about a month a timesheet form needs, from the rules: whether
/// it is covered, its ISO weeks (those crossing the month's edge marked),
/// its emergency days, and the three calendar months before it.
/// Input `{"month":"YYYY-MM"}`.
///
/// # Errors
/// The month's field errors, as for [`parse`].
pub fn month_facts(text: &str) -> Result<MonthFacts, Vec<FieldError>> {
    let parsed = json::parse(text).map_err(|e| vec![input::invalid_json(&e)])?;
    let (members, mut errors) = input::object(&parsed, &["month"]);
    let month = match members.iter().find(|(k, _)| k == "month").map(|(_, v)| v) {
        Some(Json::String(m)) if !m.trim().is_empty() => Month::parse(m.trim()),
        Some(Json::String(_)) | None => {
            errors.push(FieldError::new("month", Code::Required));
            None
        }
        Some(_) => {
            errors.push(FieldError::new("month", Code::WrongType));
            None
        }
    };
    let Some(month) = month else {
        if errors.is_empty() {
            errors.push(FieldError::new("month", Code::InvalidMonth));
        }
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let (es, ee) = params::emergency_period();
    let weeks = assistant::calendar_weeks(month)
        .into_iter()
        .map(|(week, from, to)| MonthWeek {
            week: dates::fmt_iso_week(week),
            from,
            to,
            crosses_edge: assistant::week_crosses_edge(month, week),
        })
        .collect();
    let p3 = month.prev().prev().prev();
    Ok(MonthFacts {
        month: month.to_string(),
        covered: assistant::covered(month),
        weeks,
        emergency_days: month.days().filter(|d| *d >= es && *d <= ee).collect(),
        previous_months: [p3.to_string(), p3.next().to_string(), p3.next().next().to_string()],
        emergency_period: [es, ee],
    })
}

/// The answer of `assistant-month`.
#[derive(Serialize)]
pub struct MonthFacts {
    month: String,
    covered: bool,
    weeks: Vec<MonthWeek>,
    #[serde(serialize_with = "dates_list")]
    emergency_days: Vec<NaiveDate>,
    previous_months: [String; 3],
    #[serde(serialize_with = "dates_list")]
    emergency_period: [NaiveDate; 2],
}

#[derive(Serialize)]
struct MonthWeek {
    week: String,
    #[serde(serialize_with = "write::date")]
    from: NaiveDate,
    #[serde(serialize_with = "write::date")]
    to: NaiveDate,
    crosses_edge: bool,
}

fn dates_list<S: serde::Serializer, L: AsRef<[NaiveDate]>>(l: &L, s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(l.as_ref().iter().map(|d| d.to_string()))
}
