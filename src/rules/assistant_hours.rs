//! R1. Assistant service: payable hours of one month (Latvia).
//!
//! Sources (shared/RULES.md R1; the original texts in shared/sources/):
//!
//! > "Asistenta pakalpojuma stundu uzskaite un samaksa asistentam … tiek veikta
//! > parastajā kārtībā, apmaksājot stundas atbilstoši apliecinājumiem un
//! > nepārsniedzot personai piešķirto stundu apjomu."
//! > — Labklājības ministrija, 12.06.2020, case 1 (source `004`); MK 942.
//!
//! > "… stundu skaits ārkārtējās situācijas dienās (1.-9.jūnijs) veidojas kā
//! > starpība starp personas iepriekšējos trīs mēnešos vidēji mēnesī izmantoto
//! > stundu skaitu un mēneša dienās pēc ārkārtējās situācijas izmantoto skaitu.
//! > … pie 7.pasākuma (sociālās iekļaušanas pasākumi) ir jānorāda 32 h, sadalot
//! > tās pa dienām. … asistentam apmaksājamais stundu skaits nevar būt lielāks
//! > kā personai ar invaliditāti piešķirtais stundu skaits nedēļā … ievērojams
//! > samērīguma princips attiecībā uz vienā dienā norādāmo pakalpojuma apjomu,
//! > pieņemot, ka persona noteiktu dienas daļu guļ un atrodas mājās."
//! > — Labklājības ministrija, 12.06.2020, case 2 (source `004`).
//!
//! > "… nepārsniedzot … iepriekšējos trijos kalendāra mēnešos vidēji vienā
//! > mēnesī izmantoto stundu skaitu"; with no hours used in those months,
//! > "ne vairāk kā 10 stundas nedēļā".
//! > — MK 942 p. 11.¹ (added by MK 134 of 17.03.2020, applied from 12.03.2020).
//!
//! The structure follows the texts: the ordinary rule ([`ordinary_weeks`]),
//! then the emergency-period exception ([`place_emergency_hours`]) for months
//! with days in the emergency of 12.03.2020–9.06.2020, then pay (R1.3).
//! This module knows nothing of JSON, languages or browsers.

use chrono::{Datelike, Duration, IsoWeek, NaiveDate, Weekday};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::rules::calendar::Month;
use crate::rules::params::{self, emergency_period, state_funded_weekly_max, FIRST_MONTH, LAST_MONTH};

/// One attested entry of the timesheet.
#[derive(Debug, Clone, PartialEq)]
pub struct DayEntry {
    pub date: NaiveDate,
    pub hours: Decimal,
    /// The measure of MK 942 annex 1, 1–7.
    pub measure: u8,
}

/// The extra facts asked for a month with emergency days.
#[derive(Debug, Clone, PartialEq)]
pub struct EmergencyFacts {
    /// Had the client's activities resumed on the emergency days? If so only
    /// the ordinary rule applies (`004`, case 1).
    pub activities_resumed: bool,
    /// Hours used in the three calendar months before the month, oldest first.
    pub previous_months: [Decimal; 3],
}

/// A validated timesheet. Invariants (ensured by the input layer): every
/// date lies in `month`; hours are ≥ 0 and ≤ 24 a day in total; `granularity`
/// and `daily_max` are > 0; every week in `paid_outside_month` touches the month.
#[derive(Debug, Clone, PartialEq)]
pub struct Timesheet {
    pub month: Month,
    pub weekly_allocation: Decimal,
    pub days: Vec<DayEntry>,
    pub emergency: Option<EmergencyFacts>,
    pub daily_max: Decimal,
    pub granularity: Decimal,
    pub paid_outside_month: Vec<(IsoWeek, Decimal)>,
    pub hourly_rate: Option<Decimal>,
}

/// Which branch of the rules decided the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Branch {
    /// R1.1 only: a month with no emergency day.
    Ordinary,
    /// R1.1 only: activities had resumed on the emergency days (`004`, case 1).
    EmergencyResumed,
    /// R1.2 with the three-month average (`004`, case 2; MK 942 p. 11.¹).
    EmergencyAverage,
    /// R1.2 with no use in the previous three months: 10 h a week (MK 942 p. 11.¹).
    EmergencyNoPreviousUse,
}

/// One calendar week's part of the month.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    pub week: IsoWeek,
    /// The first and last day of the week inside the month.
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Hours already paid in this week on days outside the month (input).
    pub paid_outside_month: Decimal,
    /// `max(0, weekly allocation − paid_outside_month)`.
    pub cap: Decimal,
    pub attested: Decimal,
    pub attested_payable: Decimal,
    pub emergency: Decimal,
    /// The most emergency hours the week could take (0 outside R1.2).
    pub emergency_room: Decimal,
    pub not_payable: Decimal,
}

/// Emergency hours placed on one day, under measure 7.
#[derive(Debug, Clone, PartialEq)]
pub struct EmergencyDay {
    pub date: NaiveDate,
    pub hours: Decimal,
    /// The most this day could take: `daily_max − attested hours of the day`.
    pub room: Decimal,
}

/// The emergency entitlement `X = max(0, avg − attested)`, kept exact.
/// The average is a sum divided by 3, so `X` is held as `thirds / 3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entitlement {
    pub thirds: Decimal,
}

impl Entitlement {
    /// Exact when `thirds` is divisible by 3; otherwise rounded half-up to 4
    /// decimal places (and `fraction` gives the exact value).
    pub fn decimal(&self) -> Decimal {
        let q = self.thirds / Decimal::from(3);
        if self.is_exact() {
            q.normalize()
        } else {
            q.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
        }
    }
    pub fn is_exact(&self) -> bool {
        (self.thirds % Decimal::from(3)).is_zero()
    }
    /// `"337/3"` when the value is not a finite decimal.
    pub fn fraction(&self) -> Option<String> {
        if self.is_exact() {
            None
        } else {
            // thirds is not a multiple of 3; scale to an integer numerator.
            let scale = self.thirds.scale();
            let num = self.thirds * Decimal::from(10u64.pow(scale.min(19)));
            let den = 3 * 10u64.pow(scale.min(19));
            let (n, d) = reduce(num.normalize(), den);
            Some(format!("{n}/{d}"))
        }
    }
}

fn reduce(num: Decimal, den: u64) -> (Decimal, u64) {
    let mut n = num;
    let mut d = den;
    for p in [2u64, 5] {
        while d % p == 0 && (n % Decimal::from(p)).is_zero() {
            n /= Decimal::from(p);
            d /= p;
        }
    }
    (n.normalize(), d)
}

/// The result of one month, with the facts its explanation needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub month: Month,
    pub branch: Branch,
    pub weekly_allocation: Decimal,
    pub daily_max: Decimal,
    pub granularity: Decimal,
    pub weeks: Vec<Week>,
    pub attested: Decimal,
    pub attested_payable: Decimal,
    pub not_payable: Decimal,
    /// The emergency days of the month (empty when there are none).
    pub emergency_days_in_month: Vec<NaiveDate>,
    /// The hours of the three previous months, when asked (R1.2).
    pub previous_months: Vec<Decimal>,
    /// Set in [`Branch::EmergencyAverage`].
    pub average: Option<Entitlement>,
    pub entitlement: Option<Entitlement>,
    /// Weekly limit of emergency hours with no previous use (10 h).
    pub no_use_weekly_limit: Option<Decimal>,
    pub emergency_days: Vec<EmergencyDay>,
    pub emergency_hours: Decimal,
    /// Entitlement that did not fit the limits (or was below one unit of `g`).
    pub emergency_unplaced: Option<Decimal>,
    pub total_payable: Decimal,
    pub hourly_rate: Option<Decimal>,
    pub pay: Option<Decimal>,
    pub allocation_over_state_max: bool,
}

/// Computes the payable hours of a month.
///
/// The timesheet must satisfy the invariants of [`Timesheet`] and its month
/// must lie in [`FIRST_MONTH`]..=[`LAST_MONTH`]; the input layer guarantees
/// both. A month with emergency days and no [`EmergencyFacts`] is computed
/// by the ordinary rule (the input layer asks for the facts first).
pub fn compute(t: &Timesheet) -> Outcome {
    let mut weeks = ordinary_weeks(t);
    let attested: Decimal = weeks.iter().map(|w| w.attested).sum();
    let attested_payable: Decimal = weeks.iter().map(|w| w.attested_payable).sum();
    let not_payable: Decimal = weeks.iter().map(|w| w.not_payable).sum();

    let (start, end) = emergency_period();
    let emergency_days_in_month: Vec<NaiveDate> =
        t.month.days().filter(|d| *d >= start && *d <= end).collect();

    let mut out = Outcome {
        month: t.month,
        branch: Branch::Ordinary,
        weekly_allocation: t.weekly_allocation,
        daily_max: t.daily_max,
        granularity: t.granularity,
        weeks: Vec::new(),
        attested,
        attested_payable,
        not_payable,
        emergency_days_in_month: emergency_days_in_month.clone(),
        previous_months: Vec::new(),
        average: None,
        entitlement: None,
        no_use_weekly_limit: None,
        emergency_days: Vec::new(),
        emergency_hours: Decimal::ZERO,
        emergency_unplaced: None,
        total_payable: attested_payable,
        hourly_rate: t.hourly_rate,
        pay: None,
        allocation_over_state_max: t.weekly_allocation > state_funded_weekly_max(),
    };

    match (&t.emergency, emergency_days_in_month.is_empty()) {
        (_, true) => {}
        (Some(e), false) if e.activities_resumed => out.branch = Branch::EmergencyResumed,
        (None, false) => out.branch = Branch::EmergencyResumed,
        (Some(e), false) => {
            let sum: Decimal = e.previous_months.iter().copied().sum();
            out.previous_months = e.previous_months.to_vec();
            let no_previous_use = sum.is_zero();
            let entitlement = if no_previous_use {
                // MK 942 p. 11.¹: with no hours used in the previous three
                // months the average is replaced by 10 hours a calendar week.
                out.branch = Branch::EmergencyNoPreviousUse;
                out.no_use_weekly_limit = Some(params::no_previous_use_weekly_limit());
                None
            } else {
                out.branch = Branch::EmergencyAverage;
                out.average = Some(Entitlement { thirds: sum });
                // INTERPRETATION (general form): X = max(0, avg − attested hours
                // of the whole month); attested hours on emergency days count
                // like any other; a negative difference gives 0.
                let thirds = (sum - Decimal::from(3) * attested).max(Decimal::ZERO);
                Some(Entitlement { thirds })
            };
            out.entitlement = entitlement;
            let placed = place_emergency_hours(t, &mut weeks, &emergency_days_in_month, entitlement, no_previous_use);
            out.emergency_hours = placed.iter().map(|d| d.hours).sum();
            out.emergency_days = placed;
            out.emergency_unplaced = entitlement.map(|x| {
                let exact = x.thirds / Decimal::from(3) - out.emergency_hours;
                if x.is_exact() {
                    exact.normalize()
                } else {
                    exact.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
                }
            });
        }
    }

    out.total_payable = out.attested_payable + out.emergency_hours;
    out.weeks = weeks;
    // R1.3. INTERPRETATION (pay rounding): payable hours × hourly rate,
    // rounded half-up to the cent.
    out.pay = t
        .hourly_rate
        .map(|r| (out.total_payable * r).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero));
    out
}

/// R1.1: the attested hours of each calendar week, capped by the weekly
/// allocation.
///
/// INTERPRETATION (week): a week is a calendar week, Monday to Sunday (ISO
/// week). A week that crosses the month's edge is capped on its days inside
/// the month, less the hours already paid on its days in the neighbouring
/// month (input `paid_outside_month`, default 0).
pub fn ordinary_weeks(t: &Timesheet) -> Vec<Week> {
    let mut weeks: Vec<Week> = calendar_weeks(t.month)
        .into_iter()
        .map(|(iso, first, last)| {
            let paid = t.paid_outside_month.iter().filter(|(wk, _)| *wk == iso).map(|(_, h)| *h).sum::<Decimal>();
            Week {
                week: iso,
                first,
                last,
                paid_outside_month: paid,
                cap: (t.weekly_allocation - paid).max(Decimal::ZERO),
                attested: Decimal::ZERO,
                attested_payable: Decimal::ZERO,
                emergency: Decimal::ZERO,
                emergency_room: Decimal::ZERO,
                not_payable: Decimal::ZERO,
            }
        })
        .collect();
    for e in &t.days {
        if let Some(w) = weeks.iter_mut().find(|w| w.week == e.date.iso_week()) {
            w.attested += e.hours;
        }
    }
    for w in &mut weeks {
        // Payable in week w = min(attested, cap); the rest is reported as not
        // payable, never dropped.
        w.attested_payable = w.attested.min(w.cap);
        w.not_payable = w.attested - w.attested_payable;
    }
    weeks
}

/// The ISO weeks of a month, each with its first and last day inside the month.
pub fn calendar_weeks(month: Month) -> Vec<(IsoWeek, NaiveDate, NaiveDate)> {
    let mut weeks: Vec<(IsoWeek, NaiveDate, NaiveDate)> = Vec::new();
    for day in month.days() {
        match weeks.last_mut() {
            Some((w, _, last)) if *w == day.iso_week() => *last = day,
            _ => weeks.push((day.iso_week(), day, day)),
        }
    }
    weeks
}

/// A non-negative rational `num / den`, used for the exact fair share.
#[derive(Debug, Clone, Copy)]
struct Ratio {
    num: Decimal,
    den: Decimal,
}

impl Ratio {
    fn whole(v: Decimal) -> Ratio {
        Ratio { num: v, den: Decimal::ONE }
    }
    fn lt(self, o: Ratio) -> bool {
        self.num * o.den < o.num * self.den
    }
}

/// `floor(x / g)` for `x ≥ 0`, `g > 0`, computed exactly.
fn units(x: Ratio, g: Decimal) -> i64 {
    let den = x.den * g;
    let mut q = (x.num / den).floor();
    // Decimal division rounds at 28 digits; correct the floor exactly.
    while q > Decimal::ZERO && q * den > x.num {
        q -= Decimal::ONE;
    }
    while (q + Decimal::ONE) * den <= x.num {
        q += Decimal::ONE;
    }
    i64::try_from(q).unwrap_or(0)
}

/// R1.2: places the emergency hours on the emergency days of the month,
/// under measure 7, and fills in each week's `emergency` and `emergency_room`.
///
/// Limits: in every calendar week, attested payable hours + emergency hours
/// ≤ the week's cap ("nevar būt lielāks kā … piešķirtais stundu skaits
/// nedēļā", `004`); with no previous use, emergency hours ≤ 10 a week (MK 942
/// p. 11.¹); on each emergency day, emergency + attested hours ≤ `daily_max`.
fn place_emergency_hours(
    t: &Timesheet,
    weeks: &mut [Week],
    emergency_days: &[NaiveDate],
    entitlement: Option<Entitlement>,
    no_previous_use: bool,
) -> Vec<EmergencyDay> {
    let g = t.granularity;
    // INTERPRETATION (daily maximum): on each emergency day, emergency hours +
    // attested hours ≤ D (`daily_max`, default 8 h).
    let day_room: Vec<Decimal> =
        emergency_days.iter().map(|d| (t.daily_max - attested_on(t, *d)).max(Decimal::ZERO)).collect();
    let week_of: Vec<usize> = emergency_days
        .iter()
        .map(|d| weeks.iter().position(|w| w.week == d.iso_week()).unwrap_or(0))
        .collect();
    for (wi, w) in weeks.iter_mut().enumerate() {
        if !week_of.contains(&wi) {
            continue;
        }
        // Hours attested on the non-emergency days of the week count against
        // the same cap.
        let mut room = (w.cap - w.attested).max(Decimal::ZERO);
        if no_previous_use {
            // INTERPRETATION (edge week, no previous use): hours already paid
            // in the week outside the month count against the 10 h as well,
            // so that the two months together never exceed 10 h in the week.
            room = room.min((params::no_previous_use_weekly_limit() - w.paid_outside_month).max(Decimal::ZERO));
        }
        w.emergency_room = room;
    }

    // INTERPRETATION (spreading): the lexicographically max-min fair split
    // under the day and week limits (water-filling), computed exactly.
    let share = water_fill(&day_room, &week_of, weeks, entitlement.map(|x| Ratio { num: x.thirds, den: Decimal::from(3) }));

    // INTERPRETATION (rounding): every value a multiple of g; each day's fair
    // share rounded down, then the leftover units go one at a time to the
    // days that can still take a whole unit within their limits: the day with
    // the fewest hours first, the earliest among equals. RULES.md says "the
    // earliest days"; with equal shares (every worked example) the two agree,
    // and where shares differ (a week capped below the others) fewest-first
    // keeps the split as even as the limits allow, as the issue asks. The
    // total is the most that fits the limits in units of g, never more than
    // the entitlement.
    let day_units_max: Vec<i64> = day_room.iter().map(|r| units(Ratio::whole(*r), g)).collect();
    let week_units_max: Vec<i64> = weeks.iter().map(|w| units(Ratio::whole(w.emergency_room), g)).collect();
    let mut day_units: Vec<i64> = share.iter().zip(&day_units_max).map(|(s, m)| units(*s, g).min(*m)).collect();
    let mut week_units = vec![0i64; weeks.len()];
    for (i, u) in day_units.iter().enumerate() {
        week_units[week_of[i]] += u;
    }
    let fit: i64 = (0..weeks.len())
        .map(|wi| {
            let days: i64 = (0..emergency_days.len()).filter(|i| week_of[*i] == wi).map(|i| day_units_max[i]).sum();
            days.min(week_units_max[wi])
        })
        .sum();
    let target = match entitlement {
        Some(x) => fit.min(units(Ratio { num: x.thirds, den: Decimal::from(3) }, g)),
        None => fit,
    };
    let mut left = target - day_units.iter().sum::<i64>();
    while left > 0 {
        // The day with the fewest units that can take one more; earliest on ties.
        let next = (0..emergency_days.len())
            .filter(|&i| day_units[i] < day_units_max[i] && week_units[week_of[i]] < week_units_max[week_of[i]])
            .min_by_key(|&i| (day_units[i], i));
        let Some(i) = next else { break };
        day_units[i] += 1;
        week_units[week_of[i]] += 1;
        left -= 1;
    }

    let placed: Vec<EmergencyDay> = emergency_days
        .iter()
        .enumerate()
        .map(|(i, d)| EmergencyDay { date: *d, hours: (Decimal::from(day_units[i]) * g).normalize(), room: day_room[i] })
        .collect();
    for (i, p) in placed.iter().enumerate() {
        weeks[week_of[i]].emergency += p.hours;
    }
    for w in weeks.iter_mut() {
        w.emergency = w.emergency.normalize();
    }
    placed
}

/// Progressive filling: all days rise together; a day stops at its room, a
/// week's days stop when the week's room is full, everything stops when the
/// total reaches the entitlement (`None`: no total limit). Returns each day's
/// exact fair share.
fn water_fill(day_room: &[Decimal], week_of: &[usize], weeks: &[Week], total: Option<Ratio>) -> Vec<Ratio> {
    let n = day_room.len();
    let mut share: Vec<Option<Ratio>> = vec![None; n];
    // Sum of frozen shares per week and overall: always finite decimals,
    // since a day frozen alone sits at its room, and a week frozen whole
    // holds exactly its room.
    let mut week_frozen = vec![Decimal::ZERO; weeks.len()];
    let mut week_full = vec![false; weeks.len()];
    let mut total_frozen = Decimal::ZERO;
    loop {
        let active: Vec<usize> = (0..n).filter(|i| share[*i].is_none()).collect();
        if active.is_empty() {
            break;
        }
        // The next level at which something stops.
        let mut level: Option<Ratio> = None;
        let consider = |r: Ratio, level: &mut Option<Ratio>| {
            if level.map_or(true, |l| r.lt(l)) {
                *level = Some(r);
            }
        };
        for &i in &active {
            consider(Ratio::whole(day_room[i]), &mut level);
        }
        for (wi, w) in weeks.iter().enumerate() {
            let k = active.iter().filter(|i| week_of[**i] == wi).count();
            if k > 0 {
                let free = (w.emergency_room - week_frozen[wi]).max(Decimal::ZERO);
                consider(Ratio { num: free, den: Decimal::from(k) }, &mut level);
            }
        }
        if let Some(x) = total {
            let free_num = (x.num - total_frozen * x.den).max(Decimal::ZERO);
            consider(Ratio { num: free_num, den: x.den * Decimal::from(active.len()) }, &mut level);
        }
        let Some(level) = level else { break };
        // What stops at this level.
        let total_stops = total.is_some_and(|x| {
            let free_num = (x.num - total_frozen * x.den).max(Decimal::ZERO);
            !level.lt(Ratio { num: free_num, den: x.den * Decimal::from(active.len()) })
        });
        if total_stops {
            for &i in &active {
                share[i] = Some(level);
            }
            break;
        }
        let mut stopped_any = false;
        for (wi, w) in weeks.iter().enumerate() {
            let members: Vec<usize> = active.iter().copied().filter(|i| week_of[*i] == wi).collect();
            if members.is_empty() || week_full[wi] {
                continue;
            }
            let free = (w.emergency_room - week_frozen[wi]).max(Decimal::ZERO);
            if !level.lt(Ratio { num: free, den: Decimal::from(members.len()) }) {
                for i in members {
                    share[i] = Some(level);
                }
                week_full[wi] = true;
                total_frozen += free;
                week_frozen[wi] = w.emergency_room;
                stopped_any = true;
            }
        }
        for &i in &active {
            if share[i].is_none() && !level.lt(Ratio::whole(day_room[i])) {
                share[i] = Some(Ratio::whole(day_room[i]));
                week_frozen[week_of[i]] += day_room[i];
                total_frozen += day_room[i];
                stopped_any = true;
            }
        }
        if !stopped_any {
            break; // cannot happen: the minimum always stops something
        }
    }
    share.into_iter().map(|s| s.unwrap_or(Ratio::whole(Decimal::ZERO))).collect()
}

/// Monday of an ISO week, for labels.
pub fn monday(w: IsoWeek) -> Option<NaiveDate> {
    NaiveDate::from_isoywd_opt(w.year(), w.week(), Weekday::Mon)
}

/// Whether an ISO week has days both inside and outside the month.
pub fn week_crosses_edge(month: Month, w: IsoWeek) -> bool {
    let Some(mon) = monday(w) else { return false };
    let days: Vec<NaiveDate> = (0..7).map(|k| mon + Duration::days(k)).collect();
    let inside = days.iter().filter(|d| month.contains(**d)).count();
    inside > 0 && inside < 7
}

/// Whether the month has at least one emergency day.
pub fn has_emergency_days(month: Month) -> bool {
    let (s, e) = emergency_period();
    month.days().any(|d| d >= s && d <= e)
}

/// Whether the encoded rules cover the month.
pub fn covered(month: Month) -> bool {
    month >= FIRST_MONTH && month <= LAST_MONTH
}

/// The day's total attested hours (a day may have entries under several measures).
pub fn attested_on(t: &Timesheet, d: NaiveDate) -> Decimal {
    t.days.iter().filter(|e| e.date == d).map(|e| e.hours).sum()
}
