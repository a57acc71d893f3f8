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
//! > "… atbilstoši vidējam stundu apjomam, kas tika izmantots iepriekšējos
//! > trijos kalendāra mēnešos."
//! > — MK 360 p. 34.³ (added by MK 191 of 1.04.2021), continued by MK 662
//! > p. 73–74 for MK 942 contracts, "bet ne ilgāk kā līdz 2021. gada
//! > 31. decembrim".
//!
//! > From 1.07.2021 (MK 316): the amount is allocated in hours per month by
//! > the social service's decision; pay = payable hours × the hourly amount,
//! > all taxes included (4.50 EUR from 1.07.2021, 4.79 from 1.01.2023, 5.11
//! > from 1.04.2023). MK 942 contracts continue until the decision period
//! > ends, at the latest 31.12.2021 (MK 316 p. 47).
//! > — shared/RULES.md R1, "Which rule applies to a month", R1.3, R1.4 (the
//! > regulation's own words are not quoted there).
//!
//! The structure follows the texts: first the regime of the month
//! ([`regimes`], [`regime_for`]); under MK 942 the ordinary rule
//! ([`ordinary_weeks`]), then the average-rule exception
//! ([`place_emergency_hours`]) on the month's days inside an average-rule
//! period ([`average_rule_periods_in`]), then pay (R1.3); under MK 316 the
//! monthly cap and the dated hourly amount ([`compute_monthly`], R1.4).
//! This module knows nothing of JSON, languages or browsers.

use chrono::{Datelike, Duration, IsoWeek, NaiveDate, Weekday};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::rules::calendar::Month;
use crate::rules::decimal::{from_millionths, millionths};
use crate::rules::params::{self, state_funded_weekly_max, AverageRulePeriod, HourlyAmount};

/// The regulation a month is computed under (RULES.md R1, "Which rule
/// applies to a month").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Regime {
    /// MK 942: weekly allocation, R1.1–R1.3.
    Mk942,
    /// MK 316: monthly allocation, R1.4.
    Mk316,
}

/// The service of MK 316 (R1.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Service {
    Assistant,
    /// Companion service ("pavadoņa pakalpojums"; children 5–18 only).
    Companion,
}

/// Why a month cannot be computed under the regime asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegimeError {
    /// No encoded regime covers the month (before 2013-01).
    NotCovered,
    /// The month allows more than one regime (2021-07 … 2021-12): the
    /// person's contract decides, and the input must say which.
    RegulationRequired { allowed: Vec<Regime> },
    /// The regime asked does not apply in the month (MK 942 in 2023, MK 316
    /// in 2019).
    RegulationNotAllowed { given: Regime, allowed: Vec<Regime> },
}

/// The regimes a month allows, in the order of [`params::REGIME_SPANS`]:
/// none before 2013-01; MK 942 alone to 2021-06; MK 942 or MK 316 in
/// 2021-07 … 2021-12 (MK 316 p. 47); MK 316 alone from 2022-01, no end.
pub fn regimes(month: Month) -> Vec<Regime> {
    params::REGIME_SPANS
        .iter()
        .filter(|s| month >= s.from && s.until.is_none_or(|u| month <= u))
        .map(|s| s.regime)
        .collect()
}

/// The regime of a month, from the input `regulation`: required where the
/// month allows two, implied where it allows one, an error where it
/// contradicts the month.
///
/// # Errors
/// [`RegimeError`], naming what the month allows.
pub fn regime_for(month: Month, regulation: Option<Regime>) -> Result<Regime, RegimeError> {
    // Native builds: a month's regimes made once a month ([`MonthCache`]);
    // the errors, which name them, as below.
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(f) = MonthCache::of(month) {
        match (f.regimes.as_slice(), regulation) {
            (_, Some(r)) if f.regimes.contains(&r) => return Ok(r),
            ([only], None) => return Ok(*only),
            _ => {}
        }
    }
    let allowed = regimes(month);
    match (allowed.as_slice(), regulation) {
        ([], _) => Err(RegimeError::NotCovered),
        (_, Some(r)) if allowed.contains(&r) => Ok(r),
        (_, Some(r)) => Err(RegimeError::RegulationNotAllowed { given: r, allowed }),
        ([only], None) => Ok(*only),
        (_, None) => Err(RegimeError::RegulationRequired { allowed }),
    }
}

/// An average-rule period with its days inside a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodInMonth {
    pub period: AverageRulePeriod,
    /// The period's first and last day inside the month.
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// The average-rule periods with days in the month, in order (at most two:
/// April 2021 holds 1–6 April of ES 2020-21 and 7–30 April of MK 360 p. 34.³;
/// October 2021 holds 1–10 October of MK 360 p. 34.³ and 11–31 October of
/// MK 662). They apply to MK 942 contracts only.
pub fn average_rule_periods_in(month: Month) -> Vec<PeriodInMonth> {
    let (Some(first), Some(last)) = (month.first_day(), month.last_day()) else { return Vec::new() };
    #[cfg(target_arch = "wasm32")]
    let periods = params::average_rule_periods();
    // Native builds (the batch): the periods made once, not for every line.
    #[cfg(not(target_arch = "wasm32"))]
    let periods = *native_average_rule_periods();
    periods
        .into_iter()
        .filter(|p| p.from <= last && p.to >= first)
        .map(|p| PeriodInMonth { period: p, first: p.from.max(first), last: p.to.min(last) })
        .collect()
}

/// [`params::average_rule_periods`], made once (native builds).
#[cfg(not(target_arch = "wasm32"))]
fn native_average_rule_periods() -> &'static [AverageRulePeriod; 4] {
    static PERIODS: std::sync::OnceLock<[AverageRulePeriod; 4]> = std::sync::OnceLock::new();
    PERIODS.get_or_init(params::average_rule_periods)
}

/// The average-rule period a day lies in, if any.
pub fn average_rule_period_on(d: NaiveDate) -> Option<AverageRulePeriod> {
    params::average_rule_periods().into_iter().find(|p| p.contains(d))
}

/// Whether the month has at least one day of an average-rule period.
pub fn has_average_rule_days(month: Month) -> bool {
    #[cfg(target_arch = "wasm32")]
    return !average_rule_periods_in(month).is_empty();
    // Native builds: the same test, without making the vector.
    #[cfg(not(target_arch = "wasm32"))]
    {
        if let Some(f) = MonthCache::of(month) {
            return !f.periods.is_empty();
        }
        let (Some(first), Some(last)) = (month.first_day(), month.last_day()) else { return false };
        native_average_rule_periods().iter().any(|p| p.from <= last && p.to >= first)
    }
}

/// One attested entry of the timesheet.
#[derive(Debug, Clone, PartialEq)]
pub struct DayEntry {
    pub date: NaiveDate,
    pub hours: Decimal,
    /// The measure of MK 942 annex 1, 1–7.
    pub measure: u8,
}

/// The extra facts asked for a month with days of an average-rule period.
///
/// INTERPRETATION (two periods in one month): one answer and one
/// entitlement per month, as RULES.md R1.2 computes: a month holding days of
/// two adjacent periods (April and October 2021) asks the question once for
/// all its period days, and `X = max(0, avg − attested hours of the whole
/// month)` is placed on all of them. Only the 10 h a week with no previous
/// use follows each day's own period (see [`compute`]).
#[derive(Debug, Clone, PartialEq)]
pub struct EmergencyFacts {
    /// Could the service be used as contracted on the period's days (for the
    /// emergencies: had the client's activities resumed; for MK 360 p. 34.³
    /// and MK 662: did epidemiological measures not prevent it)? If so only
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
    /// R1.2 with no use in the previous three months: 10 h a week (MK 942 p. 11.¹)
    /// on the days of the periods that give it.
    EmergencyNoPreviousUse,
    /// R1.2 with no use in the previous three months, in a period with no
    /// 10 h a week (MK 360 p. 34.³, MK 662): the average is 0 h, so no hours.
    EmergencyNoPreviousUseZeroAverage,
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
        // thirds = m × 10^-s, and 3 is prime to 10: thirds / 3 is a finite
        // decimal exactly when 3 divides the integer m. (Integer arithmetic,
        // so the page's WebAssembly needs no decimal remainder.)
        self.thirds.mantissa() % 3 == 0
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
            Some([crate::rules::decimal::text(&n), "/".into(), crate::rules::calendar::number(d)].concat())
        }
    }
}

fn reduce(num: Decimal, den: u64) -> (Decimal, u64) {
    let mut n = num;
    let mut d = den;
    for p in [2u64, 5] {
        // n is a whole number here (scale 0): test its integer digits.
        while d % p == 0 && n.scale() == 0 && n.mantissa() % i128::from(p) == 0 {
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
    /// Always [`Regime::Mk942`] here; MK 316 months give a [`MonthlyOutcome`].
    pub regime: Regime,
    pub branch: Branch,
    /// The average-rule periods with days in the month (empty when none).
    /// R1.2 was applied on them when `branch` is one of the average branches
    /// (see [`Outcome::periods_applied`]).
    pub periods: Vec<PeriodInMonth>,
    /// The month has average-rule days but no [`EmergencyFacts`] were given:
    /// computed by R1.1 alone (the input layer should have asked).
    pub average_rule_not_asked: bool,
    pub weekly_allocation: Decimal,
    pub daily_max: Decimal,
    pub granularity: Decimal,
    pub weeks: Vec<Week>,
    pub attested: Decimal,
    pub attested_payable: Decimal,
    pub not_payable: Decimal,
    /// The month's days inside an average-rule period (empty when none).
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

impl Outcome {
    /// The periods whose days R1.2 decided (empty under R1.1 alone).
    pub fn periods_applied(&self) -> &[PeriodInMonth] {
        match self.branch {
            Branch::Ordinary | Branch::EmergencyResumed => &[],
            Branch::EmergencyAverage | Branch::EmergencyNoPreviousUse | Branch::EmergencyNoPreviousUseZeroAverage => &self.periods,
        }
    }
}

/// Computes the payable hours of a month.
///
/// The timesheet must satisfy the invariants of [`Timesheet`] and its month
/// must allow [`Regime::Mk942`] ([`regime_for`]); the input layer guarantees
/// both. A month with average-rule days and no [`EmergencyFacts`] is
/// computed by the ordinary rule, with `average_rule_not_asked` set (the
/// input layer asks for the facts first).
pub fn compute(t: &Timesheet) -> Outcome {
    let mut weeks = ordinary_weeks(t);
    let attested: Decimal = weeks.iter().map(|w| w.attested).sum();
    let attested_payable: Decimal = weeks.iter().map(|w| w.attested_payable).sum();
    let not_payable: Decimal = weeks.iter().map(|w| w.not_payable).sum();

    // R1.2 applies on the month's days inside an average-rule period only:
    // a month split by a period's edge uses it on those days alone.
    #[cfg(target_arch = "wasm32")]
    let periods = average_rule_periods_in(t.month);
    // (Native builds, the batch: the month's periods, its emergency days and
    // its 10-hour days made once a month, [`MonthCache`]. The page's module
    // keeps the shorter code; the same for each `cfg` below.)
    #[cfg(target_arch = "wasm32")]
    let emergency_days_in_month: Vec<NaiveDate> =
        t.month.days().filter(|d| periods.iter().any(|p| p.period.contains(*d))).collect();
    #[cfg(not(target_arch = "wasm32"))]
    let built;
    #[cfg(not(target_arch = "wasm32"))]
    let facts = match MonthCache::of(t.month) {
        Some(f) => f,
        None => {
            built = MonthCache::new(t.month);
            &built
        }
    };
    #[cfg(not(target_arch = "wasm32"))]
    let periods = facts.periods.clone();
    #[cfg(not(target_arch = "wasm32"))]
    let emergency_days_in_month: &Vec<NaiveDate> = &facts.emergency_days;

    let mut out = Outcome {
        month: t.month,
        regime: Regime::Mk942,
        branch: Branch::Ordinary,
        periods,
        average_rule_not_asked: false,
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
        (None, false) => out.average_rule_not_asked = true,
        (Some(e), false) if e.activities_resumed => out.branch = Branch::EmergencyResumed,
        (Some(e), false) => {
            let sum: Decimal = e.previous_months.iter().copied().sum();
            out.previous_months = e.previous_months.to_vec();
            let no_previous_use = sum.is_zero();
            // MK 942 p. 11.¹'s 10 h a week holds on the days of the periods
            // that give it (the emergencies), not on those of MK 360 p. 34.³
            // or MK 662.
            #[cfg(target_arch = "wasm32")]
            let ten_hour_days_listed: Vec<NaiveDate> = emergency_days_in_month
                .iter()
                .copied()
                .filter(|d| average_rule_period_on(*d).is_some_and(|p| p.no_previous_use_weekly_limit))
                .collect();
            #[cfg(target_arch = "wasm32")]
            let ten_hour_days: &[NaiveDate] = &ten_hour_days_listed;
            #[cfg(not(target_arch = "wasm32"))]
            let ten_hour_days: &[NaiveDate] = &facts.ten_hour_days;
            // The days R1.2 spreads over, borrowed (not copied).
            let (entitlement, days): (Option<Entitlement>, &[NaiveDate]) = if no_previous_use && !ten_hour_days.is_empty() {
                // MK 942 p. 11.¹: with no hours used in the previous three
                // months the average is replaced by 10 hours a calendar week.
                // INTERPRETATION (two periods in one month): in April 2021 the
                // 10 h hold on 1–6 April (ES 2020-21) only; 7–30 April (MK 360
                // p. 34.³) get the average of no use, 0 h.
                out.branch = Branch::EmergencyNoPreviousUse;
                out.no_use_weekly_limit = Some(params::no_previous_use_weekly_limit());
                (None, ten_hour_days)
            } else if no_previous_use {
                // INTERPRETATION (no previous use, MK 360 p. 34.³ and MK 662): no
                // 10 h a week; the average of three months of no use is 0 h,
                // so the entitlement is 0 h, and the branch says why.
                out.branch = Branch::EmergencyNoPreviousUseZeroAverage;
                out.average = Some(Entitlement { thirds: Decimal::ZERO });
                (Some(Entitlement { thirds: Decimal::ZERO }), emergency_days_in_month.as_slice())
            } else {
                out.branch = Branch::EmergencyAverage;
                out.average = Some(Entitlement { thirds: sum });
                // INTERPRETATION (general form): X = max(0, avg − attested hours
                // of the whole month); attested hours on emergency days count
                // like any other; a negative difference gives 0.
                let thirds = (sum - Decimal::from(3) * attested).max(Decimal::ZERO);
                (Some(Entitlement { thirds }), emergency_days_in_month.as_slice())
            };
            out.entitlement = entitlement;
            let placed = place_emergency_hours(t, &mut weeks, days, entitlement, no_previous_use && entitlement.is_none());
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
    #[cfg(target_arch = "wasm32")]
    let calendar = calendar_weeks(t.month);
    // Native builds: the month's weeks made once a month ([`MonthCache`]).
    #[cfg(not(target_arch = "wasm32"))]
    let built;
    #[cfg(not(target_arch = "wasm32"))]
    let calendar = &match MonthCache::of(t.month) {
        Some(f) => f,
        None => {
            built = MonthCache::new(t.month);
            &built
        }
    }
    .weeks;
    let mut weeks: Vec<Week> = calendar
        .iter()
        .map(|&(iso, first, last)| {
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
        #[cfg(target_arch = "wasm32")]
        if let Some(w) = weeks.iter_mut().find(|w| w.week == e.date.iso_week()) {
            w.attested += e.hours;
        }
        // The week whose days in the month hold the date (the month's dates,
        // always), else the one of its ISO week.
        #[cfg(not(target_arch = "wasm32"))]
        let at = match weeks.iter().position(|w| w.first <= e.date && e.date <= w.last) {
            Some(i) => Some(i),
            None => weeks.iter().position(|w| w.week == e.date.iso_week()),
        };
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(w) = at.and_then(|i| weeks.get_mut(i)) {
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

/// What R1 needs of a month alone, made once a month in native builds (the
/// batch): its ISO weeks ([`calendar_weeks`]), its average-rule periods
/// ([`average_rule_periods_in`]), their days in the month in order, and
/// those of them in a period with the 10 hours a week of MK 942 p. 11.¹,
/// and its regimes ([`regimes`]).
#[cfg(not(target_arch = "wasm32"))]
struct MonthCache {
    weeks: Vec<(IsoWeek, NaiveDate, NaiveDate)>,
    periods: Vec<PeriodInMonth>,
    emergency_days: Vec<NaiveDate>,
    ten_hour_days: Vec<NaiveDate>,
    regimes: Vec<Regime>,
}

#[cfg(not(target_arch = "wasm32"))]
impl MonthCache {
    fn new(month: Month) -> MonthCache {
        let periods = average_rule_periods_in(month);
        let mut emergency_days: Vec<NaiveDate> = Vec::with_capacity(if periods.is_empty() { 0 } else { 31 });
        // Each period's days in the month, period by period: the periods are
        // in order and do not overlap, and `first`..=`last` are their days in
        // the month (the same days as the month's days that a period contains).
        for p in &periods {
            let mut d = Some(p.first);
            while let Some(day) = d.filter(|day| *day <= p.last) {
                emergency_days.push(day);
                d = day.succ_opt();
            }
        }
        // The day's period is one of the month's.
        let ten_hour_days = emergency_days
            .iter()
            .copied()
            .filter(|d| periods.iter().find(|p| p.period.contains(*d)).is_some_and(|p| p.period.no_previous_use_weekly_limit))
            .collect();
        MonthCache { weeks: calendar_weeks(month), periods, emergency_days, ten_hour_days, regimes: regimes(month) }
    }

    /// The month's facts, made at its first use; `None` outside 2000–2099
    /// (then [`MonthCache::new`] makes them for the line).
    fn of(month: Month) -> Option<&'static MonthCache> {
        const MONTHS: usize = 1200;
        static CACHE: [std::sync::OnceLock<MonthCache>; MONTHS] = [const { std::sync::OnceLock::new() }; MONTHS];
        let i = usize::try_from(month.year.checked_sub(2000)?).ok()? * 12 + usize::try_from(month.month.checked_sub(1)?).ok()?;
        if month.month > 12 {
            return None;
        }
        Some(CACHE.get(i)?.get_or_init(|| MonthCache::new(month)))
    }
}

/// The ISO weeks of a month, each with its first and last day inside the month.
pub fn calendar_weeks(month: Month) -> Vec<(IsoWeek, NaiveDate, NaiveDate)> {
    #[cfg(target_arch = "wasm32")]
    let mut weeks: Vec<(IsoWeek, NaiveDate, NaiveDate)> = Vec::new();
    #[cfg(target_arch = "wasm32")]
    for day in month.days() {
        match weeks.last_mut() {
            Some((w, _, last)) if *w == day.iso_week() => *last = day,
            _ => weeks.push((day.iso_week(), day, day)),
        }
    }
    // A week starts on a Monday or on the month's first day: its ISO week is
    // asked once, not for every day.
    // Native builds: the weeks from the first day's weekday by counting,
    // not day by day (a week ends on a Sunday or on the month's last day).
    #[cfg(not(target_arch = "wasm32"))]
    let mut weeks: Vec<(IsoWeek, NaiveDate, NaiveDate)> = Vec::with_capacity(6);
    #[cfg(not(target_arch = "wasm32"))]
    if let (Some(first), Some(last)) = (month.first_day(), month.last_day()) {
        let n = last.day();
        let mut start = 1;
        let mut weekday = first.weekday().num_days_from_monday();
        while start <= n {
            let end = (start + 6 - weekday).min(n);
            // Days of the month by their day of the year (no month-day
            // conversion).
            let (Some(a), Some(b)) = (first.with_ordinal(first.ordinal() + start - 1), first.with_ordinal(first.ordinal() + end - 1)) else {
                break;
            };
            weeks.push((a.iso_week(), a, b));
            start = end + 1;
            weekday = 0;
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
    // Native builds (the batch) only: the page's module stays small.
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(q) = units_in_integers(x, g) {
        return q;
    }
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

/// [`units`] in 128-bit integers, when every value fits (hours always do;
/// `None` otherwise): `x.num / (x.den · g)` with `x.num = a / 10^sa`,
/// `x.den = b / 10^sb`, `g = c / 10^sc` is `a · 10^(sb+sc) / (b · c · 10^sa)`,
/// whose integer quotient is the exact floor.
#[cfg(not(target_arch = "wasm32"))]
fn units_in_integers(x: Ratio, g: Decimal) -> Option<i64> {
    let (a, sa) = (x.num.mantissa(), x.num.scale());
    let (b, sb) = (x.den.mantissa(), x.den.scale());
    let (c, sc) = (g.mantissa(), g.scale());
    if a < 0 || b <= 0 || c <= 0 {
        return None;
    }
    let top = a.checked_mul(10i128.checked_pow(sb + sc)?)?;
    let bottom = b.checked_mul(c)?.checked_mul(10i128.checked_pow(sa)?)?;
    i64::try_from(top.checked_div(bottom)?).ok()
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
    // Native builds (the batch): a month's hours in millionths, when they
    // are (always, from the reader), else the steps below.
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(placed) = place_in_millionths(t, weeks, emergency_days, entitlement, no_previous_use) {
        return placed;
    }
    place_by_steps(t, weeks, emergency_days, entitlement, no_previous_use)
}

/// [`place_emergency_hours`] step by step: the page's way, and the native
/// builds' for values [`place_in_millionths`] declines.
fn place_by_steps(
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
    // under the day and week limits (water-filling), computed exactly; each
    // day's fair share, its room, each week's room and the entitlement in
    // whole units of g. (Native builds: [`place_in_millionths`], in integers.)
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
        .map(|(i, d)| EmergencyDay { date: *d, hours: times_g(day_units[i], g), room: day_room[i] })
        .collect();
    for (i, p) in placed.iter().enumerate() {
        weeks[week_of[i]].emergency += p.hours;
    }
    for w in weeks.iter_mut() {
        w.emergency = w.emergency.normalize();
    }
    placed
}

/// [`place_by_steps`] for native builds (the batch), by the same rules and
/// INTERPRETATIONs with the same results: every value in millionths of an
/// hour (the reader allows at most 6 decimals), each day's and each week's
/// figures in arrays (a month has at most 31 days and 6 weeks, a week 7
/// days), the water-filling by sorted rooms (each week's level, then the
/// total's: the shares of [`water_fill`]'s progressive filling, where the
/// weeks meet only through the total) and the leftover units level by
/// level (the same days as one at a time). `None`, with nothing changed,
/// for a value that is not a whole number of millionths below 10^12 (or is
/// negative), a granularity of 0, or more days or weeks than a month has:
/// [`place_by_steps`] then places the hours.
#[cfg(not(target_arch = "wasm32"))]
fn place_in_millionths(
    t: &Timesheet,
    weeks: &mut [Week],
    emergency_days: &[NaiveDate],
    entitlement: Option<Entitlement>,
    no_previous_use: bool,
) -> Option<Vec<EmergencyDay>> {
    const N: usize = 31;
    const W: usize = 6;
    // Caps in 1/420 of a millionth: 420 is divisible by every count of days
    // of a week (1–7), so each week's level is a whole number of them.
    const D: i64 = 420;
    let (n, nw) = (emergency_days.len(), weeks.len());
    if n > N || nw > W {
        return None;
    }
    // Every value below 10^12 millionths (10^6 hours), so that no step
    // below overflows (the largest, a cap × 31 days, stays below 2^63).
    let g = millionths(t.granularity).filter(|g| *g > 0)?;
    let daily_max = millionths(t.daily_max)?;
    // Each day's attested hours (the entries in the month).
    let mut on_day = [0i64; 32];
    for e in t.days.iter().filter(|e| t.month.contains(e.date)) {
        let slot = on_day.get_mut(e.date.day() as usize)?;
        *slot = slot.checked_add(millionths(e.hours)?)?;
    }
    // INTERPRETATION (daily maximum): emergency + attested hours ≤ D on
    // each emergency day; each day's week, as in [`place_by_steps`].
    let (mut room, mut week_of) = ([0i64; N], [0usize; N]);
    let mut at = 0;
    for (i, d) in emergency_days.iter().enumerate() {
        room[i] = (daily_max - on_day.get(d.day() as usize)?).max(0);
        let holds = |k: &usize| weeks.get(*k).is_some_and(|w| w.first <= *d && *d <= w.last);
        at = [at, at + 1]
            .into_iter()
            .find(holds)
            .or_else(|| weeks.iter().position(|w| w.first <= *d && *d <= w.last))
            .or_else(|| weeks.iter().position(|w| w.week == d.iso_week()))
            .unwrap_or(0);
        week_of[i] = at;
    }
    // Each week's room: its cap less its attested hours, and with no
    // previous use at most 10 h less what was paid outside the month
    // (INTERPRETATION, edge week, no previous use).
    let ten = millionths(params::no_previous_use_weekly_limit())?;
    let mut week_room = [0i64; W];
    let mut has_days = [false; W];
    for i in 0..n {
        has_days[week_of[i]] = true;
    }
    for (wi, w) in weeks.iter().enumerate() {
        if has_days[wi] {
            let mut r = (millionths(w.cap)? - millionths(w.attested)?).max(0);
            if no_previous_use {
                r = r.min((ten - millionths(w.paid_outside_month)?).max(0));
            }
            week_room[wi] = r;
        }
    }
    let thirds = match entitlement {
        Some(x) => Some(millionths(x.thirds)?),
        None => None,
    };

    // INTERPRETATION (spreading): the max-min fair split without stepping
    // from level to level: each week's level over its days' rooms in order
    // (the first day above `(room − rooms below) / days left` sets it), each
    // day's cap the smaller of its room and its week's level, then the
    // total's level over the caps.
    let mut cap = [0i64; N];
    for i in 0..n {
        cap[i] = room[i] * D;
    }
    let ascending = |order: &mut [usize], key: &[i64; N]| {
        for j in 1..order.len() {
            let i = order[j];
            let mut k = j;
            while k > 0 && key[order[k - 1]] > key[i] {
                order[k] = order[k - 1];
                k -= 1;
            }
            order[k] = i;
        }
    };
    for (wi, &week_room) in week_room.iter().enumerate().take(nw) {
        let (mut days, mut k) = ([0usize; 7], 0);
        for i in (0..n).filter(|&i| week_of[i] == wi) {
            *days.get_mut(k)? = i;
            k += 1;
        }
        let days = &mut days[..k];
        if days.iter().map(|&i| room[i]).sum::<i64>() <= week_room {
            continue; // the week never fills: its days stop at their rooms
        }
        ascending(days, &room);
        let mut below = 0;
        for (j, &i) in days.iter().enumerate() {
            let left = (k - j) as i64;
            if week_room - below <= room[i] * left {
                let level = (week_room - below) * (D / left);
                for &x in &days[j..] {
                    cap[x] = level;
                }
                break;
            }
            below += room[i];
        }
    }
    // Each day's share as a ratio num / den (in millionths), then in units of g.
    let (mut num, mut den) = (cap, [D; N]);
    if let Some(thirds) = thirds {
        let total = thirds * (D / 3);
        if cap[..n].iter().sum::<i64>() > total {
            // The total's level (total − caps below it) / days at it: a day
            // whose cap is below the level keeps its cap, which raises the
            // level of the others; until none is below. The same days as in
            // ascending order of caps (a cap below a lower level is below
            // the final one), without sorting them.
            let mut below_level = [false; N];
            let (mut below, mut at_level) = (0, n as i64);
            let mut changed = true;
            while changed {
                changed = false;
                for i in 0..n {
                    if !below_level[i] && cap[i] * at_level < total - below {
                        below_level[i] = true;
                        below += cap[i];
                        at_level -= 1;
                        changed = true;
                    }
                }
            }
            // (At least one day is at the level: the caps exceed the total.)
            if at_level == 0 {
                return None;
            }
            for i in (0..n).filter(|&i| !below_level[i]) {
                num[i] = total - below;
                den[i] = D * at_level;
            }
        }
    }
    // INTERPRETATION (rounding): each share rounded down to whole units,
    // then the leftover units one at a time to the day with the fewest
    // units that can take one more, the earliest on ties (level by level).
    let (mut day_units, mut day_max, mut week_units, mut week_max) = ([0i64; N], [0i64; N], [0i64; W], [0i64; W]);
    let mut week_fit = [0i64; W];
    let mut share_units_before = 0;
    for i in 0..n {
        // Most days have the room and the share of the day before: the
        // (slow) divisions are done again only when they differ.
        day_max[i] = match i.checked_sub(1) {
            Some(p) if room[p] == room[i] => day_max[p],
            _ => room[i] / g,
        };
        let share = match i.checked_sub(1) {
            Some(p) if num[p] == num[i] && den[p] == den[i] => share_units_before,
            _ => num[i] / (den[i] * g),
        };
        share_units_before = share;
        day_units[i] = share.min(day_max[i]);
        week_units[week_of[i]] += day_units[i];
        week_fit[week_of[i]] += day_max[i];
    }
    for (max, room) in week_max.iter_mut().zip(&week_room).take(nw) {
        *max = room / g;
    }
    let fit: i64 = (0..nw).map(|wi| week_fit[wi].min(week_max[wi])).sum();
    let target = match thirds {
        Some(x) => fit.min(x / (3 * g)),
        None => fit,
    };
    let mut left = target - day_units[..n].iter().sum::<i64>();
    while left > 0 {
        let can_take = |i: usize, day_units: &[i64; N], week_units: &[i64; W]| {
            day_units[i] < day_max[i] && week_units[week_of[i]] < week_max[week_of[i]]
        };
        let Some(level) = (0..n).filter(|&i| can_take(i, &day_units, &week_units)).map(|i| day_units[i]).min() else {
            break;
        };
        for i in 0..n {
            if left == 0 {
                break;
            }
            if day_units[i] == level && can_take(i, &day_units, &week_units) {
                day_units[i] += 1;
                week_units[week_of[i]] += 1;
                left -= 1;
            }
        }
    }

    // Nothing declined: the weeks are written, and the days placed.
    for (wi, w) in weeks.iter_mut().enumerate() {
        if has_days[wi] {
            w.emergency_room = Decimal::new(week_room[wi], 6);
        }
        w.emergency = (w.emergency + times_g(week_units[wi], t.granularity)).normalize();
    }
    Some(
        emergency_days
            .iter()
            .enumerate()
            .map(|(i, d)| EmergencyDay { date: *d, hours: times_g(day_units[i], t.granularity), room: Decimal::new(room[i], 6) })
            .collect(),
    )
}

/// `units × g` without trailing zeros. Native builds multiply the integers
/// when they fit and keep g's scale: the same value (every answer writes
/// its hours without trailing zeros, and nothing else depends on the
/// scale), without the divisions that drop the zeros (this is done for
/// each emergency day of each line of a batch).
fn times_g(units: i64, g: Decimal) -> Decimal {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(m) = i64::try_from(g.mantissa()).ok().and_then(|gm| units.checked_mul(gm)) {
        if let Ok(d) = Decimal::try_from_i128_with_scale(i128::from(m), g.scale()) {
            return d;
        }
    }
    (Decimal::from(units) * g).normalize()
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
            if level.is_none_or(|l| r.lt(l)) {
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

/// The day's total attested hours (a day may have entries under several measures).
pub fn attested_on(t: &Timesheet, d: NaiveDate) -> Decimal {
    t.days.iter().filter(|e| e.date == d).map(|e| e.hours).sum()
}

// ---- R1.4: MK 316, monthly -------------------------------------------------

/// One attested day of an MK 316 timesheet (MK 942's measures do not apply).
#[derive(Debug, Clone, PartialEq)]
pub struct AttestedDay {
    pub date: NaiveDate,
    pub hours: Decimal,
}

/// A validated MK 316 timesheet. Invariants (ensured by the input layer):
/// the month allows [`Regime::Mk316`]; every date lies in `month`; hours
/// are ≥ 0 and ≤ 24 a day in total; `monthly_allocation` ≥ 0; an entered
/// `hourly_rate` ≥ 0.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlyTimesheet {
    pub month: Month,
    pub service: Service,
    /// `M`, the hours per month from the social service's decision.
    pub monthly_allocation: Decimal,
    pub days: Vec<AttestedDay>,
    /// The amount the user entered; used only after the last verified step.
    pub hourly_rate: Option<Decimal>,
}

/// Where the hourly amount of an MK 316 month comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateSource {
    /// The dated amount in force in the month (a verified step of
    /// [`params::mk316_hourly_amounts`]).
    Verified { step: HourlyAmount },
    /// The month is after the last verified step and the user entered the
    /// amount; `last_verified` is shown beside it, never as current.
    Entered { last_verified: HourlyAmount },
    /// The month is after the last verified step and no amount was entered:
    /// no pay is computed; `last_verified` says which amount was last
    /// verified and from when.
    AfterLastVerified { last_verified: HourlyAmount },
}

/// The result of one MK 316 month.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlyOutcome {
    pub month: Month,
    /// Always [`Regime::Mk316`].
    pub regime: Regime,
    pub service: Service,
    /// The monthly cap: the allocation `M` of the decision.
    pub monthly_cap: Decimal,
    /// Hours attested in the month.
    pub attested: Decimal,
    /// `min(attested, M)`.
    pub total_payable: Decimal,
    /// `attested − total_payable`: reported, never dropped, not carried over.
    pub not_payable: Decimal,
    /// The hourly amount used (all taxes included), if any.
    pub hourly_rate: Option<Decimal>,
    pub rate_source: RateSource,
    /// An amount the user entered in a month with a verified amount, which
    /// differs from it: not used (the verified amount is).
    pub entered_rate_ignored: Option<Decimal>,
    /// `total_payable × hourly_rate`, half-up to the cent.
    pub pay: Option<Decimal>,
}

/// The hourly amount of an MK 316 month, where it comes from, and an entered
/// amount the verified one overrides. The amount in force in the month: every
/// step starts on a month's first day, so the amount of the first day holds
/// for the whole month.
fn monthly_rate(t: &MonthlyTimesheet) -> (Option<Decimal>, RateSource, Option<Decimal>) {
    let step = t.month.first_day().and_then(params::mk316_hourly_amount_on);
    let last_verified = params::mk316_last_verified_amount();
    match (step, t.hourly_rate) {
        (Some(step), entered) => (Some(step.amount), RateSource::Verified { step }, entered.filter(|r| *r != step.amount)),
        (None, Some(r)) => (Some(r), RateSource::Entered { last_verified }, None),
        (None, None) => (None, RateSource::AfterLastVerified { last_verified }, None),
    }
}

/// R1.4: the payable hours and pay of an MK 316 month.
///
/// The timesheet must satisfy the invariants of [`MonthlyTimesheet`].
pub fn compute_monthly(t: &MonthlyTimesheet) -> MonthlyOutcome {
    let attested: Decimal = t.days.iter().map(|d| d.hours).sum();
    // INTERPRETATION (monthly cap): payable = min(attested hours of the month,
    // M); what is over is reported as not payable; no carry-over between
    // months (no source allows it).
    let total_payable = attested.min(t.monthly_allocation);
    let not_payable = attested - total_payable;

    let (hourly_rate, rate_source, entered_rate_ignored) = monthly_rate(t);
    // Pay = payable hours × the hourly amount, all taxes included, rounded
    // half-up to the cent (RULES.md R1.4).
    let pay = hourly_rate.map(|r| (total_payable * r).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero));
    MonthlyOutcome {
        month: t.month,
        regime: Regime::Mk316,
        service: t.service,
        monthly_cap: t.monthly_allocation,
        attested: attested.normalize(),
        total_payable: total_payable.normalize(),
        not_payable: not_payable.normalize(),
        hourly_rate,
        rate_source,
        entered_rate_ignored,
        pay,
    }
}

/// [`compute_monthly`] in whole millionths of an hour and of a euro, with
/// no decimal arithmetic: the same outcome whenever every hour, the
/// allocation and the amount used are whole millionths below 10^12 and the
/// pay's product fits 64 bits (always so for a timesheet the input layer
/// accepts: at most 6 decimals, 24 h a day, 744 h a month, EUR 1 000 an
/// hour); `None` otherwise. The page's module of MK 316 months alone
/// computes with it, and so links no decimal addition, subtraction or
/// multiplication.
pub fn compute_monthly_in_millionths(t: &MonthlyTimesheet) -> Option<MonthlyOutcome> {
    let mut attested: i64 = 0;
    for d in &t.days {
        attested = attested.checked_add(millionths(d.hours)?)?;
    }
    // INTERPRETATION (monthly cap): as in compute_monthly.
    let total_payable = attested.min(millionths(t.monthly_allocation)?);
    let not_payable = attested - total_payable;
    let (hourly_rate, rate_source, entered_rate_ignored) = monthly_rate(t);
    // Pay in 10^-12 euro, half-up (away from zero: it is never negative) to the cent, 10^10 of them.
    let pay = match hourly_rate {
        Some(r) => {
            let product = total_payable.checked_mul(millionths(r)?)?;
            Some(Decimal::new(product.checked_add(5_000_000_000)? / 10_000_000_000, 2))
        }
        None => None,
    };
    Some(MonthlyOutcome {
        month: t.month,
        regime: Regime::Mk316,
        service: t.service,
        monthly_cap: t.monthly_allocation,
        attested: from_millionths(attested),
        total_payable: from_millionths(total_payable),
        not_payable: from_millionths(not_payable),
        hourly_rate,
        rate_source,
        entered_rate_ignored,
        pay,
    })
}

/// A timesheet under either regime.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// MK 942: weekly allocation.
    Weekly(Timesheet),
    /// MK 316: monthly allocation.
    Monthly(MonthlyTimesheet),
}

/// The result under the regime of the request.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Weekly(Outcome),
    Monthly(MonthlyOutcome),
}

impl Request {
    pub fn month(&self) -> Month {
        match self {
            Request::Weekly(t) => t.month,
            Request::Monthly(t) => t.month,
        }
    }
    pub fn regime(&self) -> Regime {
        match self {
            Request::Weekly(_) => Regime::Mk942,
            Request::Monthly(_) => Regime::Mk316,
        }
    }
}

/// Computes a month under its regime, after checking that the month allows it.
///
/// # Errors
/// [`RegimeError`] when the month allows no regime or not this one.
pub fn calculate(r: &Request) -> Result<Answer, RegimeError> {
    regime_for(r.month(), Some(r.regime()))?;
    Ok(match r {
        Request::Weekly(t) => Answer::Weekly(compute(t)),
        Request::Monthly(t) => Answer::Monthly(compute_monthly(t)),
    })
}

// Test code only (never in the page or the command line): its `expect`s
// are the tests' failures.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The batch's placement in millionths gives the step-by-step one's
    /// days and weeks, on 20 000 months: emergency days of every kind (all,
    /// some, none, the edges), attested hours on them, weeks paid outside
    /// the month, full and empty weeks, with and without an entitlement and
    /// the 10 h of no previous use, granularities of 0.000001 h to 1 h.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_placement_in_millionths_gives_the_step_by_step_placement() {
        let mut state = 23u64;
        let mut roll = |n: u64| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let dec = |v: u64, scale: u64| Decimal::new(v as i64, scale as u32);
        let months = [(2020, 3), (2020, 4), (2020, 6), (2020, 11), (2021, 2), (2021, 4), (2019, 9)];
        let mut fast = 0;
        for _ in 0..20_000 {
            let (y, m) = months[roll(months.len() as u64) as usize];
            let month = Month { year: y, month: m };
            let mut days = Vec::new();
            for date in month.days() {
                // No entry, one, or two on a day.
                for _ in 0..roll(4).saturating_sub(1) {
                    days.push(DayEntry { date, hours: dec(roll(1000), roll(3)), measure: 1 + roll(7) as u8 });
                }
            }
            let granularity = [dec(25, 2), dec(5, 1), dec(1, 0), dec(1, 2), dec(3, 1), dec(7, 3), dec(1, 6)][roll(7) as usize];
            let mut t = Timesheet {
                month,
                weekly_allocation: dec(roll(6000), roll(3)),
                days,
                emergency: None,
                daily_max: [dec(8, 0), dec(10, 0), dec(125, 1), dec(24, 0), dec(725, 2)][roll(5) as usize],
                granularity,
                paid_outside_month: Vec::new(),
                hourly_rate: None,
            };
            let first = month.days().next().map(|d| d.iso_week());
            if let (Some(w), 0) = (first, roll(3)) {
                t.paid_outside_month.push((w, dec(roll(2000), roll(2))));
            }
            let emergency_days: Vec<NaiveDate> = match roll(4) {
                0 => month.days().collect(),
                1 => Vec::new(),
                _ => month.days().filter(|_| roll(2) == 0).collect(),
            };
            let entitlement = match roll(3) {
                0 => None,
                _ => Some(Entitlement { thirds: dec(roll(700_000), roll(4)) }),
            };
            let no_previous_use = entitlement.is_none() && roll(2) == 0;
            let (mut a, mut b) = (ordinary_weeks(&t), ordinary_weeks(&t));
            let by_steps = place_by_steps(&t, &mut a, &emergency_days, entitlement, no_previous_use);
            let Some(in_millionths) = place_in_millionths(&t, &mut b, &emergency_days, entitlement, no_previous_use) else {
                continue;
            };
            assert_eq!((&in_millionths, &b), (&by_steps, &a), "{t:?} {emergency_days:?} {entitlement:?} {no_previous_use}");
            fast += 1;
        }
        // Every value here is whole millionths: none was declined.
        assert_eq!(fast, 20_000);
        // And one that is not (7 decimals) is declined, the weeks untouched.
        let month = Month { year: 2020, month: 4 };
        let t = Timesheet {
            month,
            weekly_allocation: dec(40, 0),
            days: Vec::new(),
            emergency: None,
            daily_max: dec(8, 0),
            granularity: dec(1, 7),
            paid_outside_month: Vec::new(),
            hourly_rate: None,
        };
        let mut weeks = ordinary_weeks(&t);
        let before = weeks.clone();
        let days: Vec<NaiveDate> = month.days().collect();
        assert_eq!(place_in_millionths(&t, &mut weeks, &days, None, false), None);
        assert_eq!(weeks, before);
    }

    /// A month's average-rule days, period by period, are its days that
    /// some period contains, in order, 2019–2022 (April and October 2021
    /// hold two periods each).
    #[test]
    fn a_months_average_rule_days_are_its_days_in_a_period() {
        let mut two = 0;
        for year in 2019..2023 {
            for m in 1..=12 {
                let month = Month { year, month: m };
                let t = Timesheet {
                    month,
                    weekly_allocation: Decimal::from(10),
                    days: Vec::new(),
                    emergency: None,
                    daily_max: Decimal::from(8),
                    granularity: Decimal::new(5, 1),
                    paid_outside_month: Vec::new(),
                    hourly_rate: None,
                };
                let periods = params::average_rule_periods();
                let by_day: Vec<NaiveDate> = month.days().filter(|d| periods.iter().any(|p| p.contains(*d))).collect();
                let out = compute(&t);
                assert_eq!(out.emergency_days_in_month, by_day, "{year}-{m}");
                two += usize::from(out.periods.len() == 2);
            }
        }
        assert_eq!(two, 2);
    }

    /// Every month's weeks counted from its first weekday are the weeks
    /// found day by day (a new week on each Monday), 1900–2199.
    #[test]
    fn a_months_weeks_counted_are_its_weeks_found_day_by_day() {
        for year in 1900..2200 {
            for m in 1..=12 {
                let month = Month { year, month: m };
                let mut by_day: Vec<(IsoWeek, NaiveDate, NaiveDate)> = Vec::new();
                for day in month.days() {
                    match by_day.last_mut() {
                        Some((_, _, last)) if day.weekday() != Weekday::Mon => *last = day,
                        _ => by_day.push((day.iso_week(), day, day)),
                    }
                }
                assert_eq!(calendar_weeks(month), by_day, "{year}-{m}");
            }
        }
    }

    /// The average-rule periods made once are the parameters' periods, and a
    /// month has average-rule days exactly when it has periods, 2018–2023.
    #[test]
    fn a_month_has_average_rule_days_exactly_when_a_period_touches_it() {
        assert_eq!(*native_average_rule_periods(), params::average_rule_periods());
        let mut with = 0;
        for year in 2018..2024 {
            for m in 1..=12 {
                let month = Month { year, month: m };
                let (first, last) = (month.first_day().unwrap_or(NaiveDate::MIN), month.last_day().unwrap_or(NaiveDate::MIN));
                let direct = params::average_rule_periods().iter().any(|p| p.from <= last && p.to >= first);
                assert_eq!(has_average_rule_days(month), direct, "{year}-{m}");
                assert_eq!(!average_rule_periods_in(month).is_empty(), direct, "{year}-{m}");
                with += usize::from(direct);
            }
        }
        assert_eq!(with, 4 + 14, "March–June 2020, November 2020–December 2021");
    }


    use proptest::prelude::*;

    /// A decimal of at most 6 decimals from `units` millionths, written at scale `scale` or finer.
    fn dec(units: i64, scale: u32) -> Decimal {
        let mut d = Decimal::new(units, 6).normalize();
        if d.scale() < scale {
            d.rescale(scale);
        }
        d
    }

    proptest! {
        /// The page's MK 316 module computes in millionths: the same outcome
        /// as the decimal rules for every timesheet the input layer accepts
        /// (hours of at most 6 decimals and 24 a day, up to 744 h allocated,
        /// amounts up to EUR 1 000, written with trailing zeros or not),
        /// in months with a verified amount and after the last one, pay
        /// halves included; and `None` only past its bounds.
        #[test]
        fn mk316_in_millionths_gives_the_decimal_outcome(
            month in prop_oneof![Just((2021u32, 7u32)), Just((2022, 12)), Just((2023, 1)), Just((2023, 3)), Just((2023, 4)), Just((2026, 11)), Just((2027, 1))],
            hours in proptest::collection::vec((0i64..=24_000_000, 0u32..7), 0..31),
            cap in (0i64..=744_000_000, 0u32..4),
            rate in proptest::option::of(prop_oneof![(0i64..=1_000_000_000, 0u32..7), (0i64..=20_000, 0u32..3).prop_map(|(c, s)| (c * 5_000, s))]),
            service in prop_oneof![Just(Service::Assistant), Just(Service::Companion)],
        ) {
            let m = Month { year: month.0 as i32, month: month.1 };
            let first = m.first_day().unwrap_or_default();
            let t = MonthlyTimesheet {
                month: m,
                service,
                monthly_allocation: dec(cap.0, cap.1),
                days: hours.iter().enumerate().map(|(i, (h, s))| AttestedDay { date: first + Duration::days((i % 28) as i64), hours: dec(*h, *s) }).collect(),
                hourly_rate: rate.map(|(r, s)| dec(r, s)),
            };
            let exact = compute_monthly(&t);
            let fast = compute_monthly_in_millionths(&t);
            prop_assert_eq!(fast.as_ref(), Some(&exact));
            // The written forms too (the pay to the cent, the hours normalised).
            if let Some(f) = fast {
                prop_assert_eq!(f.pay.map(|p| p.round_dp(2).to_string()), exact.pay.map(|p| { let mut p = p; p.rescale(2); p.to_string() }));
                prop_assert_eq!((f.attested.to_string(), f.total_payable.to_string(), f.not_payable.to_string()), (exact.attested.to_string(), exact.total_payable.to_string(), exact.not_payable.to_string()));
            }
        }
    }

    /// Past its bounds the millionths' path declines (the decimal rules still answer).
    #[test]
    fn mk316_in_millionths_declines_what_it_cannot_hold() {
        let m = Month { year: 2026, month: 11 };
        let day = |h: Decimal| AttestedDay { date: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap_or_default(), hours: h };
        let t = |hours: Decimal, rate: Option<Decimal>| MonthlyTimesheet { month: m, service: Service::Assistant, monthly_allocation: Decimal::new(80, 0), days: vec![day(hours)], hourly_rate: rate };
        assert!(compute_monthly_in_millionths(&t(Decimal::new(1, 7), None)).is_none(), "7 decimals");
        assert!(compute_monthly_in_millionths(&t(Decimal::new(4, 0), Some(Decimal::new(1, 7)))).is_none(), "an amount of 7 decimals");
        assert!(compute_monthly_in_millionths(&t(Decimal::new(-1, 0), None)).is_none(), "negative hours");
        assert_eq!(compute_monthly_in_millionths(&t(Decimal::new(4, 0), Some(Decimal::new(511, 2)))).map(|o| o.pay), Some(Some(Decimal::new(2044, 2))));
    }
}
