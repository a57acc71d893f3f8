//! The JSON contract of `assistant-hours`: reading a timesheet (with every
//! problem found, each naming its field) and the typed result it writes
//! (its explanation's steps come from `text::assistant_hours`). Shared by
//! the command line and the WebAssembly bindings through the registry.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use rust_decimal::Decimal;

use crate::rules::assistant_hours::{
    self as assistant, Answer, AttestedDay, Branch, DayEntry, EmergencyFacts, MonthlyOutcome, MonthlyTimesheet, Outcome,
    PeriodInMonth, RateSource, Regime, RegimeError, Request, Service, Timesheet,
};
use crate::rules::calendar::{self as dates, Month};
use crate::rules::params;
use crate::rules::decimal::millionths;
use crate::contract::read::{self as input, Code, FieldError};
use crate::contract::json::{self as json, Json};
use crate::contract::write::{self, Explanation, Out};

/// The fields a timesheet may have (the package's TypeScript declarations are checked against them).
pub const FIELDS: &[&str] = &[
    "month",
    "regulation",
    "service",
    "monthly_allocation",
    "weekly_allocation",
    "days",
    "emergency",
    "daily_max",
    "granularity",
    "paid_outside_month",
    "hourly_rate",
];

/// The fields of an entry of `days`.
pub const DAY_FIELDS: &[&str] = &["date", "hours", "measure"];
/// The fields of `emergency`.
pub const EMERGENCY_FIELDS: &[&str] = &["activities_resumed", "previous_months"];

/// The most entries a timesheet may hold (31 days × 7 measures, and room).
pub const MAX_DAY_ENTRIES: usize = 1000;

fn d(n: i64) -> Decimal {
    Decimal::from(n)
}

/// The contract's name of a regime.
pub fn regime_name(r: Regime) -> &'static str {
    match r {
        Regime::Mk942 => "mk942",
        Regime::Mk316 => "mk316",
    }
}

fn service_name(s: Service) -> &'static str {
    match s {
        Service::Assistant => "assistant",
        Service::Companion => "companion",
    }
}

fn names(list: &[Regime]) -> String {
    list.iter().map(|r| regime_name(*r)).collect::<Vec<_>>().join(", ")
}

/// Reads a timesheet from JSON text: an MK 942 timesheet (weekly
/// allocation) or an MK 316 one (monthly allocation), as the month and the
/// input `regulation` decide ([`assistant::regime_for`]).
///
/// # Errors
/// Every problem found, each with its field path and code; never only the
/// first. A field that does not belong to the month's regime is
/// [`Code::NotForRegime`] at that field.
pub fn parse(text: &str) -> Result<Request, Vec<FieldError>> {
    // The batch's fast reader: the common shape, read without a JSON tree
    // (native builds only); anything else, errors included, read below.
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(request) = crate::contract::plain_timesheet::parse(text) {
        return Ok(request);
    }
    parse_general(text)
}

/// The module that computes MK 942 months, named by a build of MK 316
/// alone in its [`Code::OtherModule`] error.
pub const OTHER_MODULE: &str = "assistant-hours-mk942";

/// [`parse`] by the general reader alone: the JSON tree, then each field.
/// (The page's module reads every timesheet this way; native builds first
/// try the fast reader of the common shape, which gives the same result.)
///
/// # Errors
/// As [`parse`].
pub fn parse_general(text: &str) -> Result<Request, Vec<FieldError>> {
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
            Some(m) if assistant::regimes(m).is_empty() => {
                errors.push(FieldError::new("month", Code::NotCovered).with("value", m.text()));
                None
            }
            Some(m) => Some(m),
        },
        Some(_) => {
            errors.push(FieldError::new("month", Code::WrongType));
            None
        }
    };

    // regulation: "mk942" | "mk316"; required where the month allows both
    // (2021-07 … 2021-12, MK 316 p. 47), implied otherwise, an error where
    // it contradicts the month.
    // `Some(None)`: not given; `None`: given wrongly (the error is listed).
    let before = errors.len();
    let word = input::one_of(members, "regulation", &[("mk942", Regime::Mk942), ("mk316", Regime::Mk316)], false, &mut errors);
    let regulation = (errors.len() == before).then_some(word);
    // The regime of the month, when the month and the regulation are known.
    let regime = match (month, regulation) {
        (Some(m), Some(r)) => match assistant::regime_for(m, r) {
            Ok(r) => Some(r),
            Err(RegimeError::RegulationRequired { allowed }) => {
                errors.push(FieldError::new("regulation", Code::Required).with("allowed", names(&allowed)).with("month", m.text()));
                None
            }
            Err(RegimeError::RegulationNotAllowed { given, allowed }) => {
                errors.push(
                    FieldError::new("regulation", Code::NotInForce)
                        .with("value", regime_name(given))
                        .with("month", m.text())
                        .with("allowed", names(&allowed)),
                );
                None
            }
            // The month was checked above.
            Err(RegimeError::NotCovered) => None,
        },
        _ => None,
    };
    // The fields are read as the regime says; when it is not known (the
    // month or the regulation is wrong), as the input suggests, and no
    // field is said not to belong.
    let given = |k: &str| !matches!(get(k), None | Some(Json::Null));
    // A build of MK 316 alone (the page's first timesheet module) computes
    // no MK 942 month: it says which module does, and reads a timesheet
    // whose regime is not known as an MK 316 one.
    #[cfg(not(feature = "assistant-hours-mk942"))]
    if let (Some(m), Some(Regime::Mk942)) = (month, regime) {
        let field = if regulation == Some(Some(Regime::Mk942)) { "regulation" } else { "month" };
        errors.push(FieldError::new(field, Code::OtherModule).with("month", m.text()).with("module", OTHER_MODULE));
        return Err(errors);
    }
    let reading = if cfg!(feature = "assistant-hours-mk942") {
        regime.unwrap_or(if given("monthly_allocation") && !given("weekly_allocation") { Regime::Mk316 } else { Regime::Mk942 })
    } else {
        Regime::Mk316
    };
    let not_for = |field: &str| {
        let mut e = FieldError::new(field, Code::NotForRegime).with("regime", regime_name(reading));
        if let Some(m) = month {
            e = e.with("month", m.text());
        }
        e
    };
    if regime.is_some() {
        let foreign: &[&str] = match reading {
            Regime::Mk942 => &["monthly_allocation"],
            Regime::Mk316 => &["weekly_allocation", "emergency", "daily_max", "granularity", "paid_outside_month"],
        };
        for k in foreign {
            if given(k) {
                errors.push(not_for(k));
            }
        }
    }
    // service: "assistant" (default) | "companion"; MK 942 knows only the
    // assistant service.
    // The service: assistant unless said otherwise; the companion service exists under MK 316 only.
    let before = errors.len();
    let service = match input::one_of(members, "service", &[("assistant", Service::Assistant), ("companion", Service::Companion)], false, &mut errors) {
        Some(Service::Companion) if regime == Some(Regime::Mk942) => {
            errors.push(not_for("service"));
            None
        }
        Some(s) => Some(s),
        None if errors.len() == before => Some(Service::Assistant),
        None => None,
    };

    let mut take = |r: Result<Decimal, FieldError>| match r {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(e);
            None
        }
    };

    // (Constant false in a build of MK 316 alone: none of MK 942's fields is read there.)
    let mk942 = cfg!(feature = "assistant-hours-mk942") && reading == Regime::Mk942;
    // A known month whose regime is not (the regulation is missing or
    // wrong): the regime's own fields are checked if given, not asked for.
    let ask = regime.is_some() || month.is_none();
    // A week has 168 hours; MK 942 funds at most 40 (more is a warning).
    let weekly_allocation = match get("weekly_allocation") {
        _ if !mk942 => None,
        None if !ask => None,
        None => take(Err(FieldError::new("weekly_allocation", Code::Required))),
        Some(v) => take(input::decimal_in(v, "weekly_allocation", d(168), false)),
    };
    // A month has at most 31 × 24 = 744 hours.
    let monthly_allocation = match get("monthly_allocation") {
        _ if mk942 => None,
        None | Some(Json::Null) if !ask => None,
        None | Some(Json::Null) => take(Err(FieldError::new("monthly_allocation", Code::Required))),
        Some(v) => take(input::decimal_in(v, "monthly_allocation", d(744), false)),
    };
    let daily_max = match get("daily_max") {
        _ if !mk942 => None,
        None | Some(Json::Null) => Some(params::default_daily_max()),
        Some(v) => take(input::decimal_in(v, "daily_max", d(24), true)),
    };
    let granularity = match get("granularity") {
        _ if !mk942 => None,
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
            errors.push(FieldError::new("days", Code::TooManyEntries).with("max", dates::number(MAX_DAY_ENTRIES as u64)))
        }
        Some(Json::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                if let Some(e) = day_entry(item, i, month, reading, regime.is_some(), &mut errors) {
                    days.push(e);
                }
            }
        }
        Some(_) => errors.push(FieldError::new("days", Code::WrongType)),
    }
    // More than 24 hours on one day, all entries together: reported at the
    // entry that goes over. Summed in millionths (a read decimal has at most
    // 6 decimals), so that no decimal addition is linked for it; a total per
    // day of the month, so the cost is one step an entry. Only with a month
    // and at most MAX_DAY_ENTRIES entries: a date outside the month, too
    // many entries and a missing month are errors of their own already.
    const DAY: i64 = 24_000_000;
    let mut per_day = [0i64; 32];
    let summed = match (month, get("days")) {
        (Some(m), Some(Json::Array(items))) if items.len() <= MAX_DAY_ENTRIES => Some((m, items)),
        _ => None,
    };
    if let Some((m, items)) = summed {
        for (i, item) in items.iter().enumerate() {
            let (Some(date), Some(h)) = (item.get("date"), item.get("hours")) else { continue };
            let (Ok(date), Ok(h)) = (input::date(date, ""), input::decimal(h, "")) else { continue };
            let Some(h) = millionths(h).filter(|h| *h <= DAY) else {
                continue;
            };
            let Some(slot) = per_day.get_mut(date.day() as usize).filter(|_| m.contains(date)) else {
                continue;
            };
            let before = *slot;
            *slot += h;
            if before <= DAY && *slot > DAY {
                errors.push(FieldError::new(input::item("days", i, ".hours"), Code::DayOver24).with("date", dates::iso_date(date)));
            }
        }
    }

    // emergency: required for an MK 942 month with days of an average-rule
    // period, ignored in other MK 942 months (an error under MK 316, above).
    let mut emergency = None;
    if let Some(m) = month.filter(|m| mk942 && assistant::has_average_rule_days(*m)) {
        match get("emergency") {
            None | Some(Json::Null) if regime.is_none() => {}
            None | Some(Json::Null) => errors.push(FieldError::new("emergency", Code::Required)),
            Some(e @ Json::Object(_)) => emergency = emergency_facts(e, m, &mut errors),
            Some(_) => errors.push(FieldError::new("emergency", Code::WrongType)),
        }
    }

    // paid_outside_month: ISO week → hours already paid on its days outside the month.
    let mut paid = Vec::new();
    match get("paid_outside_month") {
        _ if !mk942 => {}
        None | Some(Json::Null) => {}
        Some(Json::Object(weeks)) => {
            // The edge weeks already read, once trimmed: " 2020-W27" and
            // "2020-W27" are the same key. A month has at most two edge
            // weeks, so the list stays short whatever the input; without a
            // month (an error of its own) weeks are only checked as weeks.
            let mut seen = Vec::new();
            for (k, v) in weeks {
                let field = ["paid_outside_month.", &json::shorten(k)].concat();
                match dates::parse_iso_week(k.trim()) {
                    None => errors.push(FieldError::new(field, Code::InvalidWeek).with("value", k.as_str())),
                    Some(w) => {
                        let Some(m) = month else { continue };
                        if !assistant::week_crosses_edge(m, w) {
                            errors.push(FieldError::new(field.clone(), Code::WeekNotAtEdge).with("value", k.as_str()));
                            continue;
                        }
                        if seen.contains(&w) {
                            errors.push(FieldError::new(field, Code::DuplicateKey));
                            continue;
                        }
                        seen.push(w);
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

    if !errors.is_empty() {
        return Err(errors);
    }
    match (month, regime, service) {
        (Some(month), Some(Regime::Mk942), Some(_)) => match (weekly_allocation, daily_max, granularity) {
            (Some(weekly_allocation), Some(daily_max), Some(granularity)) => Ok(Request::Weekly(Timesheet {
                month,
                weekly_allocation,
                days,
                emergency,
                daily_max,
                granularity,
                paid_outside_month: paid,
                hourly_rate,
            })),
            _ => Err(errors),
        },
        (Some(month), Some(Regime::Mk316), Some(service)) => match monthly_allocation {
            Some(monthly_allocation) => Ok(Request::Monthly(MonthlyTimesheet {
                month,
                service,
                monthly_allocation,
                days: days.into_iter().map(|e| AttestedDay { date: e.date, hours: e.hours }).collect(),
                hourly_rate,
            })),
            None => Err(errors),
        },
        _ => Err(errors),
    }
}

/// One entry of `days`. Under MK 316 an entry has no measure (MK 942's
/// Annex 1 measures do not exist there): a `measure` is [`Code::NotForRegime`]
/// when the regime is known, and the entry's measure is left 0.
fn day_entry(
    item: &Json,
    i: usize,
    month: Option<Month>,
    reading: Regime,
    regime_known: bool,
    errors: &mut Vec<FieldError>,
) -> Option<DayEntry> {
    let f = |k: &str| input::item("days", i, &[".", k].concat());
    let Json::Object(members) = item else {
        errors.push(FieldError::new(input::item("days", i, ""), Code::WrongType));
        return None;
    };
    let before = errors.len();
    input::unknown_fields(members, DAY_FIELDS, f, errors);
    let date = match item.get("date") {
        None => {
            errors.push(FieldError::new(f("date"), Code::Required));
            None
        }
        // The field's name is written only for an error (a batch reads
        // millions of entries): read with none first, again with it.
        Some(v) => match lazily(|field| input::date(v, field), || f("date")) {
            Ok(dt) => {
                if let Some(m) = month.filter(|m| !m.contains(dt)) {
                    errors.push(
                        FieldError::new(f("date"), Code::DateOutsideMonth).with("value", dates::iso_date(dt)).with("month", m.text()),
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
        Some(dt) => e.with("date", dates::iso_date(dt)),
        None => e,
    };
    let hours = match item.get("hours") {
        None => {
            errors.push(with_date(FieldError::new(f("hours"), Code::Required)));
            None
        }
        Some(v) => match lazily(|field| input::decimal_in(v, field, d(24), false), || f("hours")) {
            Ok(h) => Some(h),
            Err(e) => {
                errors.push(with_date(e));
                None
            }
        },
    };
    let measure = match item.get("measure") {
        _ if reading == Regime::Mk316 => {
            if regime_known && !matches!(item.get("measure"), None | Some(Json::Null)) {
                let mut e = with_date(FieldError::new(f("measure"), Code::NotForRegime)).with("regime", "mk316");
                if let Some(m) = month {
                    e = e.with("month", m.text());
                }
                errors.push(e);
                None
            } else {
                Some(0)
            }
        }
        None => {
            errors.push(with_date(FieldError::new(f("measure"), Code::Required)));
            None
        }
        Some(v) => match lazily(|field| input::whole(v, field), || f("measure")) {
            Ok(m) if (1..=i64::from(params::MK942_MEASURES)).contains(&m) => u8::try_from(m).ok(),
            // Out of 1–7, however far (a number too large or negative for the reader too).
            Ok(_) => {
                errors.push(with_date(FieldError::new(f("measure"), Code::MeasureOutOfRange)));
                None
            }
            Err(e) if matches!(e.code, Code::TooLarge | Code::Negative) => {
                errors.push(with_date(FieldError::new(e.field, Code::MeasureOutOfRange)));
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

/// `read(field)`, the field's name made only for an error (native builds:
/// read again with it; the page's module makes it first, and stays small).
fn lazily<T>(read: impl Fn(&str) -> Result<T, FieldError>, field: impl Fn() -> String) -> Result<T, FieldError> {
    #[cfg(not(target_arch = "wasm32"))]
    return read("").or_else(|_| read(&field()));
    #[cfg(target_arch = "wasm32")]
    read(&field())
}

fn emergency_facts(e: &Json, month: Month, errors: &mut Vec<FieldError>) -> Option<EmergencyFacts> {
    let Json::Object(members) = e else { return None };
    let before = errors.len();
    input::unknown_fields(members, EMERGENCY_FIELDS, |k| ["emergency.", k].concat(), errors);
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
            errors.push(FieldError::new("emergency.previous_months", Code::PreviousMonthsCount).with("count", dates::number(items.len() as u64)))
        }
        (_, Some(Json::Array(items))) => {
            let mut m = month.prev().prev().prev();
            for (i, v) in items.iter().enumerate() {
                let field = input::item("emergency.previous_months", i, "");
                match input::decimal_in(v, &field, d(744), false) {
                    Ok(h) => previous[i] = h,
                    Err(err) => errors.push(err.with("month", m.text())),
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

/// The answer of `assistant-hours` (the JSON contract; field names are
/// fixed). MK 942 months keep every field and meaning they had; MK 316
/// months write the same fields, those of the weekly rule empty or null.
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "AssistantHoursResult"))]
pub struct HoursOut<'a> {
    month: String,
    /// `"mk942"` | `"mk316"`.
    regime: &'static str,
    /// `"assistant"` | `"companion"` (always `"assistant"` under MK 942).
    service: &'static str,
    /// The branch of the rules: `ordinary`, `emergency_*` (MK 942) or
    /// `monthly` (MK 316).
    rule: &'static str,
    /// The average-rule period applied (R1.2), the one with the most days in
    /// the month when there are two (April, October 2021); `null` when R1.2
    /// did not decide the month.
    period: Option<PeriodOut>,
    /// Every average-rule period applied, in order (one or two).
    periods: Vec<PeriodOut>,
    /// MK 316: the monthly allocation `M` that caps the month; else `null`.
    #[serde(serialize_with = "write::dec_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    monthly_cap: Option<Decimal>,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    total_payable: Decimal,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    attested: Decimal,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    attested_payable: Decimal,
    #[serde(serialize_with = "write::dec_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    emergency_entitlement: Option<Decimal>,
    emergency_entitlement_fraction: Option<String>,
    #[serde(serialize_with = "write::dec_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    average_previous_months: Option<Decimal>,
    #[serde(serialize_with = "write::dec_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    emergency_weekly_limit: Option<Decimal>,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    emergency_hours: Decimal,
    #[serde(serialize_with = "write::dec_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    emergency_unplaced: Option<Decimal>,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    not_payable: Decimal,
    #[serde(serialize_with = "write::dec_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    weekly_allocation: Option<Decimal>,
    #[serde(serialize_with = "write::dec_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    daily_max: Option<Decimal>,
    #[serde(serialize_with = "write::dec_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    granularity: Option<Decimal>,
    weeks: Vec<WeekOut>,
    emergency_days: Vec<EmergencyDayOut>,
    #[serde(serialize_with = "write::dec_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    hourly_rate: Option<Decimal>,
    /// `"verified"` (a dated MK 316 amount), `"entered"` (the user's), or
    /// `"none"` (no amount: no pay).
    rate_source: &'static str,
    /// The first day of the verified amount used, when `rate_source` is `"verified"`.
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    rate_verified_from: Option<NaiveDate>,
    /// MK 316 months: the last verified amount and the day it started
    /// (never said to be current); `null` under MK 942.
    last_verified_rate: Option<RateOut>,
    #[serde(serialize_with = "write::money_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pay: Option<Decimal>,
    warnings: Vec<WarningOut>,
    #[cfg_attr(feature = "ts", ts(as = "Vec<crate::contract::write::StepOut<'static>>"))]
    #[serde(skip_serializing_if = "Explanation::left_out")]
    explanation: Explanation<'a>,
}

/// An average-rule period: its id, its first and last day, its legal base
/// (a neutral citation), the question it asks, and its days in the month.
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PeriodOut {
    id: &'static str,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    from: NaiveDate,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    to: NaiveDate,
    source: &'static str,
    /// `"activities_resumed"` (the emergencies) or
    /// `"epidemiological_measures"` (MK 360 p. 34.³, MK 662).
    question: &'static str,
    /// Whether 10 h a week replace the average with no previous use (MK 942 p. 11.¹).
    ten_hours_without_previous_use: bool,
    in_month: DaysOut,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
struct DaysOut {
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    from: NaiveDate,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    to: NaiveDate,
}

/// An hourly amount and the day it starts.
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RateOut {
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    amount: Decimal,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    from: NaiveDate,
}

fn period_out(p: &PeriodInMonth) -> PeriodOut {
    PeriodOut {
        id: p.period.id,
        from: p.period.from,
        to: p.period.to,
        source: p.period.legal_base.cite,
        question: match p.period.question {
            params::PeriodQuestion::ActivitiesResumed => "activities_resumed",
            params::PeriodQuestion::EpidemiologicalMeasures => "epidemiological_measures",
        },
        ten_hours_without_previous_use: p.period.no_previous_use_weekly_limit,
        in_month: DaysOut { from: p.first, to: p.last },
    }
}

/// The period with the most days in the month (the earliest among equals).
pub fn main_period(periods: &[PeriodInMonth]) -> Option<&PeriodInMonth> {
    periods.iter().rev().max_by_key(|p| (p.last - p.first).num_days())
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
struct WeekOut {
    #[serde(serialize_with = "write::week")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    week: chrono::IsoWeek,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    from: NaiveDate,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    to: NaiveDate,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    cap: Decimal,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    paid_outside_month: Decimal,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    attested: Decimal,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    attested_payable: Decimal,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    emergency: Decimal,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    emergency_room: Decimal,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    not_payable: Decimal,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
struct EmergencyDayOut {
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    date: NaiveDate,
    measure: u8,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    hours: Decimal,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    room: Decimal,
}

/// A result that stands but deserves a look.
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WarningOut {
    field: &'static str,
    code: &'static str,
    message: String,
}

/// Writes the result `a` (its explanation in `steps`).
pub fn output<'a>(a: &Answer, steps: &'a [crate::text::explain::Step], out: Out) -> HoursOut<'a> {
    match a {
        Answer::Weekly(o) => weekly_output(o, steps, out),
        Answer::Monthly(o) => monthly_output(o, steps, out),
    }
}

fn weekly_output<'a>(o: &Outcome, steps: &'a [crate::text::explain::Step], out: Out) -> HoursOut<'a> {
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
    let applied = o.periods_applied();
    HoursOut {
        month: o.month.text(),
        regime: regime_name(o.regime),
        service: "assistant",
        rule: branch,
        period: main_period(applied).map(period_out),
        periods: applied.iter().map(period_out).collect(),
        monthly_cap: None,
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
        weekly_allocation: Some(o.weekly_allocation),
        daily_max: Some(o.daily_max),
        granularity: Some(o.granularity),
        weeks: o
            .weeks
            .iter()
            .map(|w| WeekOut {
                week: w.week,
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
        // Under MK 942 the rate is always the user's (RULES.md R1.3).
        rate_source: if o.hourly_rate.is_some() { "entered" } else { "none" },
        rate_verified_from: None,
        last_verified_rate: None,
        pay: o.pay,
        warnings,
        explanation: Explanation { steps, out },
    }
}

pub fn monthly_output<'a>(o: &MonthlyOutcome, steps: &'a [crate::text::explain::Step], out: Out) -> HoursOut<'a> {
    let mut warnings = Vec::new();
    let (rate_source, rate_verified_from, last) = match o.rate_source {
        RateSource::Verified { step } => ("verified", Some(step.from), params::mk316_last_verified_amount()),
        RateSource::Entered { last_verified } => ("entered", None, last_verified),
        RateSource::AfterLastVerified { last_verified } => ("none", None, last_verified),
    };
    if let (Some(entered), RateSource::Verified { step }) = (o.entered_rate_ignored, o.rate_source) {
        warnings.push(WarningOut {
            field: "hourly_rate",
            code: "verified_rate_used",
            message: out.words.t(
                "warning-verified_rate_used",
                &[("entered", entered.into()), ("rate", step.amount.into()), ("from", crate::text::Arg::Str(out.words.date(step.from)))],
            ),
        });
    }
    if !matches!(o.rate_source, RateSource::Verified { .. }) {
        warnings.push(WarningOut {
            field: "hourly_rate",
            code: "rate_after_last_verified",
            message: out.words.t(
                "warning-rate_after_last_verified",
                &[
                    ("entered", crate::text::Arg::Str(rate_source.to_string())),
                    ("last", last.amount.into()),
                    ("from", crate::text::Arg::Str(out.words.date(last.from))),
                ],
            ),
        });
    }
    HoursOut {
        month: o.month.text(),
        regime: regime_name(o.regime),
        service: service_name(o.service),
        rule: "monthly",
        period: None,
        periods: Vec::new(),
        monthly_cap: Some(o.monthly_cap),
        total_payable: o.total_payable,
        attested: o.attested,
        attested_payable: o.total_payable,
        emergency_entitlement: None,
        emergency_entitlement_fraction: None,
        average_previous_months: None,
        emergency_weekly_limit: None,
        emergency_hours: Decimal::ZERO,
        emergency_unplaced: None,
        not_payable: o.not_payable,
        weekly_allocation: None,
        daily_max: None,
        granularity: None,
        weeks: Vec::new(),
        emergency_days: Vec::new(),
        hourly_rate: o.hourly_rate,
        rate_source,
        rate_verified_from,
        last_verified_rate: Some(RateOut { amount: last.amount, from: last.from }),
        pay: o.pay,
        warnings,
        explanation: Explanation { steps, out },
    }
}

/// The batch's `--totals` line of a result: what a payer needs, the fields
/// the OpenFisca peer writes and no more, with the strings of the full
/// answer: `{"total_payable","attested_payable","emergency_hours",
/// "not_payable","pay","weeks":[{"week","payable"}]}`, a week's `payable`
/// being its `attested_payable` + `emergency` (MK 316 months have no weeks).
/// Nothing else of the answer is built (native builds only: the page does
/// not write it).
#[cfg(not(target_arch = "wasm32"))]
pub fn write_totals(a: &Answer, buf: &mut Vec<u8>) {
    let (total, attested_payable, emergency, not_payable, pay, weeks) = match a {
        Answer::Weekly(o) => (o.total_payable, o.attested_payable, o.emergency_hours, o.not_payable, o.pay, o.weeks.as_slice()),
        Answer::Monthly(o) => (o.total_payable, o.total_payable, Decimal::ZERO, o.not_payable, o.pay, &[][..]),
    };
    let field = |buf: &mut Vec<u8>, name: &[u8], d: Decimal| {
        buf.extend_from_slice(name);
        write::push_dec_normalized(buf, &d);
        buf.push(b'"');
    };
    field(buf, b"{\"total_payable\":\"", total);
    field(buf, b",\"attested_payable\":\"", attested_payable);
    field(buf, b",\"emergency_hours\":\"", emergency);
    field(buf, b",\"not_payable\":\"", not_payable);
    match pay {
        // Money: two decimals, as the full answer writes it.
        Some(mut p) => {
            p.rescale(2);
            buf.extend_from_slice(b",\"pay\":\"");
            write::push_dec(buf, &p);
            buf.push(b'"');
        }
        None => buf.extend_from_slice(b",\"pay\":null"),
    }
    buf.extend_from_slice(b",\"weeks\":[");
    for (i, w) in weeks.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(b"{\"week\":\"");
        write::push_week(buf, &w.week);
        field(buf, b"\",\"payable\":\"", w.attested_payable + w.emergency);
        buf.push(b'}');
    }
    buf.extend_from_slice(b"]}");
}

/// The facts about a month a timesheet form needs, from the rules: whether
/// it is covered and under which regimes, its average-rule periods with
/// their days in the month, its ISO weeks (those crossing the month's edge
/// marked), the three calendar months before it, the MK 316 hourly amount
/// and the allocation help. Input `{"month":"YYYY-MM"}`.
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
    let regimes = assistant::regimes(month);
    let mk316 = regimes.contains(&Regime::Mk316);
    let mk942 = regimes.contains(&Regime::Mk942);
    // The average-rule periods apply to MK 942 contracts only.
    let periods = if mk942 { assistant::average_rule_periods_in(month) } else { Vec::new() };
    let first_day = month.first_day();
    let (hourly_amount, last_verified_rate, allocation_help) = if mk316 {
        let in_force = first_day.and_then(params::mk316_hourly_amount_on);
        let last = params::mk316_last_verified_amount();
        let help = first_day
            .map(|d| {
                params::mk316_base_hours()
                    .into_iter()
                    .filter(|b| b.applies_on(d))
                    .map(|b| BaseHoursOut {
                        service: service_name(b.service),
                        group: match b.group {
                            params::HelpGroup::Adult => "adult",
                            params::HelpGroup::Child => "child",
                            params::HelpGroup::GroupIFromChildhood => "group_i_from_childhood",
                        },
                        purpose: b.purpose,
                        coefficient_1: b.hours_coefficient_1,
                        coefficient_2: b.hours_coefficient_2,
                        from: b.from,
                        until: b.until,
                        source: crate::rules::sources::MK316_ANNEX1.cite,
                    })
                    .collect()
            })
            .unwrap_or_default();
        (
            Some(HourlyAmountOut {
                amount: in_force.map_or(last.amount, |a| a.amount),
                from: in_force.map_or(last.from, |a| a.from),
                in_force: in_force.is_some(),
            }),
            Some(RateOut { amount: last.amount, from: last.from }),
            Some(AllocationHelp { lines: help, adds_up_verified: false }),
        )
    } else {
        (None, None, None)
    };
    Ok(MonthFacts {
        month: month.text(),
        covered: !regimes.is_empty(),
        regimes: regimes.iter().map(|r| regime_name(*r)).collect(),
        regulation_required: regimes.len() > 1,
        periods: periods.iter().map(period_out).collect(),
        weeks,
        emergency_days: month.days().filter(|d| periods.iter().any(|p| p.period.contains(*d))).collect(),
        previous_months: [p3.text(), p3.next().text(), p3.next().next().text()],
        emergency_period: [es, ee],
        hourly_amount,
        last_verified_rate,
        allocation_help,
    })
}

/// The answer of `assistant-month`.
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "AssistantMonthResult"))]
pub struct MonthFacts {
    month: String,
    /// Whether any regime covers the month (every month from 2013-01).
    covered: bool,
    /// The regimes the month allows: `["mk942"]`, `["mk942","mk316"]`
    /// (2021-07 … 2021-12) or `["mk316"]`.
    regimes: Vec<&'static str>,
    /// Whether the input must say `regulation` (the month allows two).
    regulation_required: bool,
    /// The average-rule periods with days in the month (MK 942 contracts).
    periods: Vec<PeriodOut>,
    weeks: Vec<MonthWeek>,
    /// The month's days inside any average-rule period.
    #[serde(serialize_with = "dates_list")]
    #[cfg_attr(feature = "ts", ts(as = "Vec<String>"))]
    emergency_days: Vec<NaiveDate>,
    previous_months: [String; 3],
    /// The first emergency situation (ES 2020), as before; see `periods`.
    #[serde(serialize_with = "dates_list")]
    #[cfg_attr(feature = "ts", ts(as = "[String; 2]"))]
    emergency_period: [NaiveDate; 2],
    /// MK 316 months: the hourly amount in force (`in_force`), or the last
    /// verified one (`in_force: false`, the user enters the amount).
    hourly_amount: Option<HourlyAmountOut>,
    last_verified_rate: Option<RateOut>,
    /// MK 316 months: the base hours per purpose and coefficient on the
    /// month's first day, as help (never the decision).
    allocation_help: Option<AllocationHelp>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HourlyAmountOut {
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    amount: Decimal,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    from: NaiveDate,
    in_force: bool,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AllocationHelp {
    lines: Vec<BaseHoursOut>,
    /// Whether several purposes add up is not verified: the user enters the
    /// decided total.
    adds_up_verified: bool,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BaseHoursOut {
    service: &'static str,
    group: &'static str,
    purpose: &'static str,
    #[serde(serialize_with = "write::dec")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    coefficient_1: Decimal,
    #[serde(serialize_with = "write::dec_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    coefficient_2: Option<Decimal>,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    from: NaiveDate,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    until: Option<NaiveDate>,
    source: &'static str,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
struct MonthWeek {
    week: String,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    from: NaiveDate,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    to: NaiveDate,
    crosses_edge: bool,
}

fn dates_list<S: serde::Serializer, L: AsRef<[NaiveDate]>>(l: &L, s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(l.as_ref().iter().map(|d| dates::iso_date(*d)))
}
