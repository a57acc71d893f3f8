//! The JSON contract of `assistant-hours`: reading a timesheet (with every
//! problem found, each naming its field) and writing the result with its
//! explanation. Shared by the command line and the WebAssembly bindings.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::rules::assistant_hours::{self as assistant, Branch, DayEntry, EmergencyFacts, Outcome, Timesheet};
use crate::rules::calendar::{self as dates, Month};
use crate::rules::params;
use crate::text::{self as i18n, num, tr, Lang};
use crate::contract::read::{self as input, Code, FieldError};
use crate::contract::json::{self as json, obj, s, Json};

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

/// A decimal as it appears in the JSON output: a string, normalized.
fn dj(v: Decimal) -> Json {
    Json::String(v.normalize().to_string())
}

fn money_j(v: Decimal) -> Json {
    let mut m = v;
    m.rescale(2);
    Json::String(m.to_string())
}

/// One step of an explanation: which rule, from which source, whether a
/// project INTERPRETATION decided it, and the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub rule: &'static str,
    pub source: &'static str,
    pub interpretation: Option<&'static str>,
    pub text: String,
}

impl Step {
    pub fn to_json(&self) -> Json {
        obj([
            ("rule", s(self.rule)),
            ("source", s(self.source)),
            ("interpretation", self.interpretation.map_or(Json::Null, s)),
            ("text", s(self.text.clone())),
        ])
    }
}

fn range(lang: Lang, a: NaiveDate, b: NaiveDate) -> String {
    if a == b {
        i18n::day_month(lang, a)
    } else {
        match lang {
            Lang::Lv => format!("{}.–{}", a.day(), i18n::day_month(lang, b)),
            Lang::En => format!("{}–{}", a.day(), i18n::day_month(lang, b)),
        }
    }
}

/// The explanation of a result, step by step, each naming its source.
pub fn explain(o: &Outcome, lang: Lang) -> Vec<Step> {
    let mut steps = Vec::new();
    let n = |v: Decimal| num(lang, v);
    let src_ordinary = "MK 942; LM 12.06.2020 (source 004), case 1";
    steps.push(Step {
        rule: "R1.1",
        source: src_ordinary,
        interpretation: None,
        text: tr(
            lang,
            format!(
                "Apmaksā apliecinātās stundas, nepārsniedzot piešķirto apjomu nedēļā ({} h): “apmaksājot stundas atbilstoši apliecinājumiem un nepārsniedzot personai piešķirto stundu apjomu”.",
                n(o.weekly_allocation)
            ),
            format!(
                "The attested hours are paid, never more than the weekly allocation ({} h): “apmaksājot stundas atbilstoši apliecinājumiem un nepārsniedzot personai piešķirto stundu apjomu”.",
                n(o.weekly_allocation)
            ),
        ),
    });
    steps.push(Step {
        rule: "R1.1",
        source: "shared/RULES.md R1.1",
        interpretation: Some("week"),
        text: tr(
            lang,
            "INTERPRETĀCIJA (nedēļa): nedēļa ir kalendāra nedēļa no pirmdienas līdz svētdienai (ISO nedēļa). Nedēļai, kas šķērso mēneša robežu, limitu piemēro tās dienām šajā mēnesī, atskaitot stundas, kas šīs nedēļas dienās jau apmaksātas blakus mēnesī.",
            "INTERPRETATION (week): a week is a calendar week, Monday to Sunday (ISO week). A week that crosses the month's edge is capped on its days inside the month, less the hours already paid on its days in the neighbouring month.",
        ),
    });
    for w in &o.weeks {
        let label = format!("{} ({})", dates::fmt_iso_week(w.week), range(lang, w.first, w.last));
        let paid = if w.paid_outside_month.is_zero() {
            String::new()
        } else {
            tr(
                lang,
                format!(" ({} − {} h jau apmaksātas blakus mēnesī)", n(o.weekly_allocation), n(w.paid_outside_month)),
                format!(" ({} − {} h already paid in the neighbouring month)", n(o.weekly_allocation), n(w.paid_outside_month)),
            )
        };
        let over = if w.not_payable.is_zero() {
            String::new()
        } else {
            tr(lang, format!("; {} h pārsniedz limitu un netiek apmaksātas", n(w.not_payable)), format!("; {} h are over the cap and not payable", n(w.not_payable)))
        };
        let em = if w.emergency.is_zero() {
            String::new()
        } else {
            tr(lang, format!("; ārkārtējās situācijas stundas {} h", n(w.emergency)), format!("; emergency hours {} h", n(w.emergency)))
        };
        steps.push(Step {
            rule: "R1.1",
            source: src_ordinary,
            interpretation: None,
            text: tr(
                lang,
                format!("Nedēļa {label}: limits {} h{paid}; apliecinātas {} h, apmaksājamas {} h{over}{em}.", n(w.cap), n(w.attested), n(w.attested_payable)),
                format!("Week {label}: cap {} h{paid}; attested {} h, payable {} h{over}{em}.", n(w.cap), n(w.attested), n(w.attested_payable)),
            ),
        });
    }

    let (es, ee) = params::emergency_period();
    match o.branch {
        Branch::Ordinary => {}
        Branch::EmergencyResumed => steps.push(Step {
            rule: "R1.2",
            source: "LM 12.06.2020 (source 004), case 1",
            interpretation: None,
            text: tr(
                lang,
                format!(
                    "Mēnesī ir ārkārtējās situācijas dienas ({}–{}), bet aktivitātes bija atjaunojušās: visu mēnesi uzskaita parastajā kārtībā.",
                    i18n::date(lang, es),
                    i18n::date(lang, ee)
                ),
                format!(
                    "The month has emergency days ({} to {}), but activities had resumed: the whole month is counted the ordinary way.",
                    i18n::date(lang, es),
                    i18n::date(lang, ee)
                ),
            ),
        }),
        Branch::EmergencyAverage | Branch::EmergencyNoPreviousUse => {
            let days = &o.emergency_days_in_month;
            let (first, last) = (days.first().copied().unwrap_or(es), days.last().copied().unwrap_or(ee));
            steps.push(Step {
                rule: "R1.2",
                source: "ES 2020: Cabinet order of 12.03.2020, extended by Order No. 254 until 9.06.2020",
                interpretation: None,
                text: tr(
                    lang,
                    format!("Ārkārtējās situācijas dienas šajā mēnesī: {}. Aktivitātes nebija atjaunojušās.", range(lang, first, last)),
                    format!("Emergency days in this month: {}. Activities had not resumed.", range(lang, first, last)),
                ),
            });
            if let (Some(avg), Some(x)) = (o.average, o.entitlement) {
                let avg_text = match avg.fraction() {
                    None => n(avg.decimal()),
                    Some(f) => format!("{f} ≈ {}", n(avg.decimal())),
                };
                let x_text = match x.fraction() {
                    None => n(x.decimal()),
                    Some(f) => format!("{f} ≈ {}", n(x.decimal())),
                };
                steps.push(Step {
                    rule: "R1.2",
                    source: "LM 12.06.2020 (source 004), case 2; LM 2020-04; MK 942 p. 11.¹",
                    interpretation: None,
                    text: tr(
                        lang,
                        format!("Vidēji mēnesī iepriekšējos trīs mēnešos izmantotās stundas: ({}) / 3 = {avg_text} h.", sum_text(lang, &o.previous_months)),
                        format!("Average hours used per month in the previous three months: ({}) / 3 = {avg_text} h.", sum_text(lang, &o.previous_months)),
                    ),
                });
                steps.push(Step {
                    rule: "R1.2",
                    source: "LM 12.06.2020 (source 004), case 2; shared/RULES.md R1.2",
                    interpretation: Some("general form"),
                    text: tr(
                        lang,
                        format!(
                            "INTERPRETĀCIJA (vispārīgā forma): ārkārtējās situācijas stundas = vidējais − visā mēnesī apliecinātās stundas = {avg_text} − {} = {x_text} h (ne mazāk kā 0), “starpība starp … vidēji mēnesī izmantoto stundu skaitu un mēneša dienās pēc ārkārtējās situācijas izmantoto skaitu”.",
                            n(o.attested)
                        ),
                        format!(
                            "INTERPRETATION (general form): emergency hours = average − hours attested in the whole month = {avg_text} − {} = {x_text} h (never below 0), “starpība starp … vidēji mēnesī izmantoto stundu skaitu un mēneša dienās pēc ārkārtējās situācijas izmantoto skaitu”.",
                            n(o.attested)
                        ),
                    ),
                });
            }
            if o.branch == Branch::EmergencyNoPreviousUse {
                steps.push(Step {
                    rule: "R1.2",
                    source: "MK 942 p. 11.¹ (MK 134 of 17.03.2020)",
                    interpretation: None,
                    text: tr(
                        lang,
                        "Iepriekšējos trīs mēnešos stundas nav izmantotas: vidējā vietā ir limits “ne vairāk kā 10 stundas nedēļā” ārkārtējās situācijas dienās. INTERPRETĀCIJA (robežnedēļa): blakus mēnesī šajā nedēļā jau apmaksātās stundas samazina arī šos 10 h.",
                        "No hours were used in the previous three months: the average is replaced by the limit “ne vairāk kā 10 stundas nedēļā” (at most 10 hours a week) on the emergency days. INTERPRETATION (edge week): hours already paid in that week in the neighbouring month reduce these 10 h too.",
                    ),
                });
            }
            steps.push(Step {
                rule: "R1.2",
                source: "LM 12.06.2020 (source 004), case 2",
                interpretation: None,
                text: tr(
                    lang,
                    "Katrā kalendāra nedēļā apliecinātās un ārkārtējās situācijas stundas kopā nepārsniedz nedēļas limitu: “apmaksājamais stundu skaits nevar būt lielāks kā … piešķirtais stundu skaits nedēļā”.",
                    "In every calendar week, attested and emergency hours together stay within the week's cap: “apmaksājamais stundu skaits nevar būt lielāks kā … piešķirtais stundu skaits nedēļā”.",
                ),
            });
            steps.push(Step {
                rule: "R1.2",
                source: "LM 12.06.2020 (source 004), case 2; shared/RULES.md R1.2",
                interpretation: Some("daily maximum"),
                text: tr(
                    lang,
                    format!("INTERPRETĀCIJA (dienas maksimums): katrā ārkārtējās situācijas dienā ārkārtējās un apliecinātās stundas kopā ≤ {} h (“samērīguma princips … pieņemot, ka persona noteiktu dienas daļu guļ”).", n(o.daily_max)),
                    format!("INTERPRETATION (daily maximum): on each emergency day, emergency plus attested hours ≤ {} h (“samērīguma princips … pieņemot, ka persona noteiktu dienas daļu guļ”).", n(o.daily_max)),
                ),
            });
            steps.push(Step {
                rule: "R1.2",
                source: "shared/RULES.md R1.2",
                interpretation: Some("spreading"),
                text: tr(
                    lang,
                    format!("INTERPRETĀCIJA (sadalījums): stundas sadala pa dienām pēc iespējas vienmērīgi (max-min taisnīgs sadalījums), katru daļu noapaļojot uz leju līdz {} h daudzkārtnim; atlikumu pa vienam solim piešķir dienai ar vismazāk stundām (vienādām — agrākajai), kurā tas vēl ietilpst. Stundas norāda pie 7. pasākuma (sociālās iekļaušanas pasākumi).", n(o.granularity)),
                    format!("INTERPRETATION (spreading): the hours are spread over the days as evenly as the limits allow (max-min fair), each share rounded down to a multiple of {} h; the leftover units go one at a time to the day with the fewest hours that can still take one (the earliest among equals). They are reported under measure 7 (social inclusion measures).", n(o.granularity)),
                ),
            });
            let unplaced = o.emergency_unplaced.filter(|u| !u.is_zero());
            steps.push(Step {
                rule: "R1.2",
                source: "shared/RULES.md R1.2",
                interpretation: Some("rounding"),
                text: match unplaced {
                    Some(u) => tr(
                        lang,
                        format!("INTERPRETĀCIJA (noapaļošana): izvietotas {} h; {} h neietilpst limitos (vai ir mazākas par {} h soli) un netiek piedāvātas.", n(o.emergency_hours), n(u), n(o.granularity)),
                        format!("INTERPRETATION (rounding): {} h placed; {} h do not fit the limits (or are less than one step of {} h) and are not proposed.", n(o.emergency_hours), n(u), n(o.granularity)),
                    ),
                    None => tr(
                        lang,
                        format!("INTERPRETĀCIJA (noapaļošana): izvietotas {} h, nekad vairāk par tiesībām.", n(o.emergency_hours)),
                        format!("INTERPRETATION (rounding): {} h placed, never more than the entitlement.", n(o.emergency_hours)),
                    ),
                },
            });
        }
    }
    steps.push(Step {
        rule: "R1",
        source: src_ordinary,
        interpretation: None,
        text: tr(
            lang,
            format!("Kopā apmaksājamas {} h: apliecinātās {} h + ārkārtējās situācijas {} h.", n(o.total_payable), n(o.attested_payable), n(o.emergency_hours)),
            format!("Payable in total: {} h = attested {} h + emergency {} h.", n(o.total_payable), n(o.attested_payable), n(o.emergency_hours)),
        ),
    });
    if let (Some(rate), Some(pay)) = (o.hourly_rate, o.pay) {
        steps.push(Step {
            rule: "R1.3",
            source: "shared/RULES.md R1.3",
            interpretation: Some("pay rounding"),
            text: tr(
                lang,
                format!("INTERPRETĀCIJA (samaksa): {} h × {} EUR/h = {}, noapaļots līdz centam (pusi uz augšu).", n(o.total_payable), n(rate), i18n::money(lang, pay)),
                format!("INTERPRETATION (pay): {} h × EUR {}/h = {}, rounded half-up to the cent.", n(o.total_payable), n(rate), i18n::money(lang, pay)),
            ),
        });
    }
    steps
}

fn sum_text(lang: Lang, months: &[Decimal]) -> String {
    months.iter().map(|m| num(lang, *m)).collect::<Vec<_>>().join(" + ")
}

/// Warnings: results that stand but deserve a look.
pub fn warnings(o: &Outcome, lang: Lang) -> Vec<Json> {
    let mut w = Vec::new();
    if o.allocation_over_state_max {
        w.push(obj([
            ("field", s("weekly_allocation")),
            ("code", s("over_state_funded_max")),
            (
                "message",
                s(tr(
                    lang,
                    "No valsts budžeta MK 942 finansē ne vairāk kā 40 stundas nedēļā; vairāk var apmaksāt pašvaldība no sava budžeta.",
                    "MK 942 funds at most 40 hours a week from the state budget; a municipality may pay more from its own budget.",
                )),
            ),
        ]));
    }
    w
}

/// The result as JSON (the contract of `socialrules assistant-hours`).
pub fn to_json(o: &Outcome, lang: Lang) -> Json {
    let branch = match o.branch {
        Branch::Ordinary => "ordinary",
        Branch::EmergencyResumed => "emergency_resumed",
        Branch::EmergencyAverage => "emergency_average",
        Branch::EmergencyNoPreviousUse => "emergency_no_previous_use",
    };
    let weeks = o
        .weeks
        .iter()
        .map(|w| {
            obj([
                ("week", s(dates::fmt_iso_week(w.week))),
                ("from", s(w.first.to_string())),
                ("to", s(w.last.to_string())),
                ("cap", dj(w.cap)),
                ("paid_outside_month", dj(w.paid_outside_month)),
                ("attested", dj(w.attested)),
                ("attested_payable", dj(w.attested_payable)),
                ("emergency", dj(w.emergency)),
                ("emergency_room", dj(w.emergency_room)),
                ("not_payable", dj(w.not_payable)),
            ])
        })
        .collect();
    let emergency_days = o
        .emergency_days
        .iter()
        .map(|e| obj([("date", s(e.date.to_string())), ("measure", Json::Number("7".into())), ("hours", dj(e.hours)), ("room", dj(e.room))]))
        .collect();
    let opt = |v: Option<Decimal>| v.map_or(Json::Null, dj);
    obj([
        ("month", s(o.month.to_string())),
        ("rule", s(branch)),
        ("total_payable", dj(o.total_payable)),
        ("attested", dj(o.attested)),
        ("attested_payable", dj(o.attested_payable)),
        ("emergency_entitlement", opt(o.entitlement.map(|x| x.decimal()))),
        ("emergency_entitlement_fraction", o.entitlement.and_then(|x| x.fraction()).map_or(Json::Null, s)),
        ("average_previous_months", opt(o.average.map(|x| x.decimal()))),
        ("emergency_weekly_limit", opt(o.no_use_weekly_limit)),
        ("emergency_hours", dj(o.emergency_hours)),
        ("emergency_unplaced", opt(o.emergency_unplaced)),
        ("not_payable", dj(o.not_payable)),
        ("weekly_allocation", dj(o.weekly_allocation)),
        ("daily_max", dj(o.daily_max)),
        ("granularity", dj(o.granularity)),
        ("weeks", Json::Array(weeks)),
        ("emergency_days", Json::Array(emergency_days)),
        ("hourly_rate", opt(o.hourly_rate)),
        ("pay", o.pay.map_or(Json::Null, money_j)),
        ("warnings", Json::Array(warnings(o, lang))),
        ("explanation", Json::Array(explain(o, lang).iter().map(Step::to_json).collect())),
    ])
}

/// The errors as JSON: `{"errors":[{"field","code","message"}]}`.
pub fn errors_to_json(errors: &[FieldError], lang: Lang) -> Json {
    Json::Array(
        errors
            .iter()
            .map(|e| {
                obj([
                    ("field", s(e.field.clone())),
                    ("code", s(e.code.as_str())),
                    ("message", s(i18n::error_message(lang, e))),
                ])
            })
            .collect(),
    )
}

/// The facts about a month a timesheet form needs, from the rules: whether
/// it is covered, its ISO weeks (those crossing the month's edge marked),
/// its emergency days, and the three calendar months before it.
/// Input `{"month":"YYYY-MM"}`.
///
/// # Errors
/// The month's field errors, as for [`parse`].
pub fn month_facts(text: &str) -> Result<Json, Vec<FieldError>> {
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
        .map(|(week, from, to)| {
            obj([
                ("week", s(dates::fmt_iso_week(week))),
                ("from", s(from.to_string())),
                ("to", s(to.to_string())),
                ("crosses_edge", Json::Bool(assistant::week_crosses_edge(month, week))),
            ])
        })
        .collect();
    let emergency_days = month.days().filter(|d| *d >= es && *d <= ee).map(|d| s(d.to_string())).collect();
    let p3 = month.prev().prev().prev();
    Ok(obj([
        ("month", s(month.to_string())),
        ("covered", Json::Bool(assistant::covered(month))),
        ("weeks", Json::Array(weeks)),
        ("emergency_days", Json::Array(emergency_days)),
        ("previous_months", Json::Array(vec![s(p3.to_string()), s(p3.next().to_string()), s(p3.next().next().to_string())])),
        ("emergency_period", Json::Array(vec![s(es.to_string()), s(ee.to_string())])),
    ]))
}
