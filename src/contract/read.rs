//! Reading user input: field errors and the decimal, integer, date and
//! boolean readers every calculator shares.
//!
//! Every problem becomes a [`FieldError`] naming the field's path (e.g.
//! `days[3].hours`) and a stable `code`; the text shown to a person is made
//! from both, in their language, by [`crate::text`].

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::rules::calendar::{self as dates, DateError};
use crate::contract::json::Json;

/// Every kind of input problem. The `code()` strings are part of the JSON
/// contract: other tools match on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// The text is not JSON at all.
    InvalidJson,
    /// The input is JSON but not an object.
    NotAnObject,
    /// The same key twice in one object.
    DuplicateKey,
    /// A key this calculator does not know (often a typo).
    UnknownField,
    Required,
    /// A value of the wrong JSON type (e.g. an array where text is expected).
    WrongType,
    /// Text that is not a number, e.g. `"abc"` or `"1.2.3"`.
    NotANumber,
    Negative,
    /// Zero where only a positive number makes sense.
    MustBePositive,
    /// Above the field's maximum (`max` parameter).
    TooLarge,
    /// Below the field's minimum (`min` parameter).
    TooSmall,
    /// More than 6 digits after the decimal separator.
    TooManyDecimals,
    /// Not a whole number where one is needed.
    NotAWholeNumber,
    /// A month not of the form `YYYY-MM`.
    InvalidMonth,
    /// A date not of the form `YYYY-MM-DD`.
    InvalidDate,
    /// `YYYY-MM-DD`, but no such day (31 June, 29 February 2021).
    NoSuchDay,
    DateOutsideMonth,
    MeasureOutOfRange,
    /// More than 24 hours on one day, all entries together.
    DayOver24,
    /// A month or date the encoded rules do not cover.
    NotCovered,
    /// A field that does not belong to the month's regime (a weekly
    /// allocation under MK 316, a monthly one under MK 942): `regime` and
    /// `month` parameters.
    NotForRegime,
    /// A regulation that was not in force for the month (`value`, `month`,
    /// `allowed` parameters).
    NotInForce,
    /// An MK 942 timesheet sent to a build of MK 316 alone (the page's first
    /// timesheet module, without the cargo feature `assistant-hours-mk942`):
    /// `month` and `module` (the module that computes it) parameters.
    OtherModule,
    /// `previous_months` must hold exactly three values.
    PreviousMonthsCount,
    /// A week not of the form `YYYY-Www`.
    InvalidWeek,
    /// A week in `paid_outside_month` that does not cross the month's edge.
    WeekNotAtEdge,
    GranularityOverDailyMax,
    /// An array longer than any real timesheet.
    TooManyEntries,
    /// One of a fixed set of words was expected.
    NotOneOf,
    /// A date after the date the question is asked for.
    DateAfterDate,
    /// A date before another date it cannot precede (a registration before
    /// the birth, before the end of the job it follows): `other` = that
    /// date, `other_field` = its field.
    DateBeforeDate,
    /// The bytes are not UTF-8 (`offset` parameter: the first bad byte).
    InvalidUtf8,
    /// More errors than [`MAX_ERRORS`]: the last entry of a list, `more`
    /// parameter = how many were left out.
    TooManyErrors,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidJson => "invalid_json",
            Code::NotAnObject => "not_an_object",
            Code::DuplicateKey => "duplicate_key",
            Code::UnknownField => "unknown_field",
            Code::Required => "required",
            Code::WrongType => "wrong_type",
            Code::NotANumber => "not_a_number",
            Code::Negative => "negative",
            Code::MustBePositive => "must_be_positive",
            Code::TooLarge => "too_large",
            Code::TooSmall => "too_small",
            Code::TooManyDecimals => "too_many_decimals",
            Code::NotAWholeNumber => "not_a_whole_number",
            Code::InvalidMonth => "invalid_month",
            Code::InvalidDate => "invalid_date",
            Code::NoSuchDay => "no_such_day",
            Code::DateOutsideMonth => "date_outside_month",
            Code::MeasureOutOfRange => "measure_out_of_range",
            Code::DayOver24 => "day_over_24",
            Code::NotCovered => "not_covered",
            Code::NotForRegime => "not_for_regime",
            Code::NotInForce => "not_in_force",
            Code::OtherModule => "other_module",
            Code::PreviousMonthsCount => "previous_months_count",
            Code::InvalidWeek => "invalid_week",
            Code::WeekNotAtEdge => "week_not_at_edge",
            Code::GranularityOverDailyMax => "granularity_over_daily_max",
            Code::TooManyEntries => "too_many_entries",
            Code::NotOneOf => "not_one_of",
            Code::DateAfterDate => "date_after_date",
            Code::DateBeforeDate => "date_before_date",
            Code::InvalidUtf8 => "invalid_utf8",
            Code::TooManyErrors => "too_many_errors",
        }
    }
}

/// One problem with the input: where, what, and the values a message needs
/// (`max`, `min`, `date`, `month`, `allowed`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub code: Code,
    pub params: Vec<(&'static str, String)>,
}

/// Shortens a text taken from the input to at most [`MAX_SHOWN_CHARS`]
/// characters ("…" at the end), in place, reusing its allocation.
fn shortened(s: String) -> String {
    match crate::contract::json::shorten(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(short) => short,
    }
}

pub use crate::contract::json::MAX_SHOWN_CHARS;

impl FieldError {
    /// A problem at `field`; a field longer than [`MAX_SHOWN_CHARS`]
    /// characters (a hostile key) is shortened, so that no error costs more
    /// than a bounded amount however long the input's keys are.
    pub fn new(field: impl Into<String>, code: Code) -> FieldError {
        FieldError { field: shortened(field.into()), code, params: Vec::new() }
    }
    /// Adds a parameter for the message; shortened like the field.
    pub fn with(mut self, key: &'static str, value: impl Into<String>) -> FieldError {
        self.params.push((key, shortened(value.into())));
        self
    }
    pub fn param(&self, key: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }
}

/// The most errors listed in an answer; the rest are counted in one last
/// [`Code::TooManyErrors`] entry.
pub const MAX_ERRORS: usize = 100;

/// The error list as answered: the first [`MAX_ERRORS`] errors, then, if
/// there were more, one [`Code::TooManyErrors`] entry whose `more` is how
/// many were left out. `TooManyErrors` entries already in `errors` (from a
/// reader that stopped collecting) are not listed: their `more` is added.
pub fn capped(errors: Vec<FieldError>) -> Vec<FieldError> {
    let mut more: usize = 0;
    let mut out: Vec<FieldError> = Vec::with_capacity(errors.len().min(MAX_ERRORS + 1));
    for e in errors {
        if e.code == Code::TooManyErrors {
            more = more.saturating_add(e.param("more").and_then(|m| m.parse().ok()).unwrap_or(0));
        } else if out.len() < MAX_ERRORS {
            out.push(e);
        } else {
            more = more.saturating_add(1);
        }
    }
    if more > 0 {
        out.push(FieldError::new("", Code::TooManyErrors).with("more", dates::number(more as u64)));
    }
    out
}

/// The most digits accepted after the decimal separator.
pub const MAX_SCALE: u32 = 6;

/// Reads a decimal from a JSON number or a string; a decimal comma is
/// accepted (`"3,5"` = 3.5). No float is ever involved.
///
/// # Errors
/// [`Code::WrongType`], [`Code::Required`] (empty text), [`Code::NotANumber`],
/// [`Code::TooLarge`] (beyond what a `Decimal` holds), [`Code::TooManyDecimals`].
pub fn decimal(v: &Json, field: &str) -> Result<Decimal, FieldError> {
    let err = |c| Err(FieldError::new(field, c));
    // Read in place, without copying the text (this is on a batch's hot path).
    let text: &str = match v {
        Json::Number(n) => n,
        Json::String(s) => {
            let t = s.trim();
            if t.is_empty() {
                return err(Code::Required);
            }
            t
        }
        _ => return err(Code::WrongType),
    };
    // The batch's fast path (native only: the page's module stays small).
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(d) = plain_decimal(text) {
        return Ok(d);
    }
    let (neg, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) if matches!(v, Json::Number(_)) => (body.get(..i).unwrap_or_default(), Some(body.get(i + 1..).unwrap_or_default())),
        _ => (body, None),
    };
    // A decimal comma is read as a point: split at the first of either (a
    // second one is then not a digit of the fraction, as it should be).
    let (int, frac) = match mantissa.find(['.', ',']) {
        Some(i) => (mantissa.get(..i).unwrap_or_default(), Some(mantissa.get(i + 1..).unwrap_or_default())),
        None => (mantissa, None),
    };
    let all_digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
    let ok = all_digits(int)
        && frac.is_none_or(all_digits)
        && !(int.is_empty() && frac.is_none_or(str::is_empty));
    if !ok {
        return err(Code::NotANumber);
    }
    let int_digits = int.trim_start_matches('0');
    let frac_digits = frac.unwrap_or("").trim_end_matches('0');
    // The exponent, saturated: beyond ±10^15 every non-zero value is out of
    // range anyway, and reading it costs one pass over its digits.
    let exp: i64 = match exponent {
        None => 0,
        Some(e) => {
            let (sign, digits) = match e.as_bytes().first() {
                Some(b'-') => (-1, e.get(1..).unwrap_or_default()),
                Some(b'+') => (1, e.get(1..).unwrap_or_default()),
                _ => (1, e),
            };
            if digits.is_empty() || !all_digits(digits) {
                return err(Code::NotANumber);
            }
            let digits = digits.trim_start_matches('0');
            let magnitude: i64 = if digits.len() > 15 { 1_000_000_000_000_000 } else { digits.parse().unwrap_or(0) };
            sign * magnitude
        }
    };
    // Zero with any exponent, any number of zeros, is 0.
    if int_digits.is_empty() && frac_digits.bytes().all(|c| c == b'0') {
        return Ok(Decimal::ZERO);
    }
    // Leading zeros of the fraction count in the scale but are not digits of the value.
    // The digits are `int_digits` then `frac_digits`, read from the two slices.
    let (head, tail) = if int_digits.is_empty() { ("", frac_digits.trim_start_matches('0')) } else { (int_digits, frac_digits) };
    let digits_len = head.len() + tail.len();
    let scale = frac_digits.len() as i64 - exp;
    if scale > i64::from(MAX_SCALE) {
        return err(Code::TooManyDecimals);
    }
    // Digits of the integer part after shifting by the exponent.
    let int_len = digits_len as i64 - scale;
    if int_len > 15 {
        // Every number of the contract is at least 0: a negative one is told
        // so first, whatever its size. The field's maximum is added by the
        // caller that knows it (`decimal_in`, or the field's own reader).
        return err(if neg { Code::Negative } else { Code::TooLarge });
    }
    // Here scale ≤ 6 and int_len ≤ 15: the digits are at most 21 (< 10^21
    // fits an i128 by far), and with a negative scale the value is below
    // 10^15 once the zeros are added.
    let mut n: i128 = 0;
    for c in head.bytes().chain(tail.bytes()) {
        n = n * 10 + i128::from(c - b'0');
    }
    let n = if scale >= 0 {
        // scale ≤ 6 here
        Decimal::try_from_i128_with_scale(n, scale as u32).map_err(|_| FieldError::new(field, Code::TooLarge))?
    } else {
        n *= 10i128.pow((-scale) as u32); // -scale < 15 here (int_len ≤ 15)
        Decimal::try_from_i128_with_scale(n, 0).map_err(|_| FieldError::new(field, Code::TooLarge))?
    };
    let n = n.normalize();
    Ok(if neg { -n } else { n })
}

/// The common case of [`decimal`], read in one pass: digits with at most
/// one point inside them (`"4.5"`, `"40"`, `"0.25"`), at most 18
/// characters; the same value and scale (normalized) as the general path.
/// `None` for anything else (a sign, a comma, an exponent, an error …),
/// which the general path reads.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn plain_decimal(text: &str) -> Option<Decimal> {
    let (m, scale) = plain_parts(text)?;
    Decimal::try_from_i128_with_scale(i128::from(m), scale).ok()
}

/// [`plain_decimal`] when it is at most `max` (compared in integers: the
/// value is `m / 10^scale` exactly), else `None`.
#[cfg(all(feature = "assistant-hours", not(target_arch = "wasm32")))]
pub(crate) fn plain_decimal_at_most(text: &str, max: u32) -> Option<Decimal> {
    let (m, scale) = plain_parts(text)?;
    // scale ≤ MAX_SCALE = 6: max · 10^scale < 2^64.
    if m > u64::from(max) * 10u64.pow(scale) {
        return None;
    }
    Decimal::try_from_i128_with_scale(i128::from(m), scale).ok()
}

/// [`plain_decimal`]'s digits without trailing zeros and its scale.
#[cfg(not(target_arch = "wasm32"))]
fn plain_parts(text: &str) -> Option<(u64, u32)> {
    let b = text.as_bytes();
    if b.len() > 18 || b.first().is_none_or(|c| !c.is_ascii_digit()) || b.last().is_none_or(|c| !c.is_ascii_digit()) {
        return None;
    }
    let (mut m, mut scale, mut point) = (0u64, 0u32, false);
    let mut before_point = 0u32;
    for &c in b {
        match c {
            b'0'..=b'9' => {
                m = m * 10 + u64::from(c - b'0'); // < 10^18: no overflow
                if point {
                    scale += 1;
                } else {
                    before_point += 1;
                }
            }
            b'.' if !point => point = true,
            _ => return None,
        }
    }
    while scale > 0 && m % 10 == 0 {
        m /= 10;
        scale -= 1;
    }
    // Too many decimals, or 16 characters or more before the point (16
    // digits, or leading zeros): the general path reads it and says which
    // error, if any. (Counted, not divided: at most 15 digits before the
    // point is a value below 10^15.)
    if scale > MAX_SCALE || before_point > 15 {
        return None;
    }
    Some((m, scale))
}

/// A decimal in `[min, max]`; `positive` also rejects 0.
pub fn decimal_in(v: &Json, field: &str, max: Decimal, positive: bool) -> Result<Decimal, FieldError> {
    let too_large = || FieldError::new(field, Code::TooLarge).with("max", crate::rules::decimal::text(&max.normalize()));
    let d = decimal(v, field).map_err(|e| if e.code == Code::TooLarge { too_large() } else { e })?;
    if d.is_sign_negative() && !d.is_zero() {
        return Err(FieldError::new(field, Code::Negative));
    }
    if positive && d.is_zero() {
        return Err(FieldError::new(field, Code::MustBePositive));
    }
    if d > max {
        return Err(too_large());
    }
    Ok(d)
}

/// A whole number from a JSON number or a numeric string.
///
/// Whole when no digit is left after the point once trailing zeros are
/// dropped (`2.0` is 2); read from the mantissa, with no decimal
/// subtraction (which would add 4 KB to a page's module).
pub fn whole(v: &Json, field: &str) -> Result<i64, FieldError> {
    let d = decimal(v, field)?.normalize();
    if d.scale() != 0 {
        return Err(FieldError::new(field, Code::NotAWholeNumber));
    }
    i64::try_from(d.mantissa()).map_err(|_| FieldError::new(field, Code::TooLarge))
}

/// A date from a string: `YYYY-MM-DD`, or `DD.MM.YYYY` (with or without the
/// final dot, the way dates are written in Latvia and Lithuania).
pub fn date(v: &Json, field: &str) -> Result<NaiveDate, FieldError> {
    match v {
        Json::String(s) if s.trim().is_empty() => Err(FieldError::new(field, Code::Required)),
        Json::String(s) => dates::parse_date(&dotted_to_iso(s.trim())).map_err(|e| match e {
            DateError::Format => FieldError::new(field, Code::InvalidDate),
            DateError::NoSuchDay => FieldError::new(field, Code::NoSuchDay).with("value", s.trim()),
        }),
        _ => Err(FieldError::new(field, Code::WrongType)),
    }
}

/// `D.M.YYYY` or `DD.MM.YYYY.` → `YYYY-MM-DD`; anything else unchanged
/// (and not copied: an ISO date, the common case, costs nothing here).
fn dotted_to_iso(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('.') {
        return std::borrow::Cow::Borrowed(s);
    }
    let t = s.strip_suffix('.').unwrap_or(s);
    let parts: Vec<&str> = t.split('.').collect();
    match parts.as_slice() {
        [d, m, y]
            if (1..=2).contains(&d.len())
                && (1..=2).contains(&m.len())
                && y.len() == 4
                && [d, m, y].iter().all(|p| p.bytes().all(|c| c.is_ascii_digit())) =>
        {
            // Day and month padded with a zero to two digits.
            let pad = |p: &str| if p.len() == 1 { ["0", p].concat() } else { p.to_string() };
            std::borrow::Cow::Owned([*y, "-", &pad(m), "-", &pad(d)].concat())
        }
        _ => std::borrow::Cow::Borrowed(s),
    }
}

/// `true` / `false`, also as the strings "true" / "false".
pub fn boolean(v: &Json, field: &str) -> Result<bool, FieldError> {
    match v {
        Json::Bool(b) => Ok(*b),
        Json::String(s) if s == "true" => Ok(true),
        Json::String(s) if s == "false" => Ok(false),
        _ => Err(FieldError::new(field, Code::WrongType)),
    }
}

/// Checks that a parsed input is an object with only the `allowed` keys and
/// no key twice. Returns its members (none if it is not an object) and the
/// problems found at this level; the caller goes on to check the fields, so
/// that every problem is reported at once.
pub fn object<'a>(parsed: &'a crate::contract::json::Parsed, allowed: &[&str]) -> (&'a [(String, Json)], Vec<FieldError>) {
    let Json::Object(members) = &parsed.value else {
        return (&[], vec![FieldError::new("", Code::NotAnObject)]);
    };
    let mut errors: Vec<FieldError> =
        parsed.duplicates.iter().map(|p| FieldError::new(p.as_str(), Code::DuplicateKey)).collect();
    if parsed.more_duplicates > 0 {
        errors.push(FieldError::new("", Code::TooManyErrors).with("more", dates::number(parsed.more_duplicates as u64)));
    }
    unknown_fields(members, allowed, |k| k.to_string(), &mut errors);
    (members, errors)
}

/// The path of a list's item: `item("days", 3, ".hours")` is `days[3].hours`.
pub fn item(list: &str, i: usize, rest: &str) -> String {
    [list, "[", &dates::number(i as u64), "]", rest].concat()
}

/// Adds an [`Code::UnknownField`] error for each key of `members` not in
/// `allowed`, named by `path(key)`; past [`MAX_ERRORS`] of them only counts
/// the rest (one [`Code::TooManyErrors`] entry), so that 100 000 unknown
/// keys cost no 100 000 paths.
pub fn unknown_fields(members: &[(String, Json)], allowed: &[&str], path: impl Fn(&str) -> String, errors: &mut Vec<FieldError>) {
    let mut listed = 0;
    let mut more: usize = 0;
    for (k, _) in members {
        if !allowed.contains(&k.as_str()) {
            if listed < MAX_ERRORS {
                errors.push(FieldError::new(path(&crate::contract::json::shorten(k)), Code::UnknownField));
                listed += 1;
            } else {
                more += 1;
            }
        }
    }
    if more > 0 {
        errors.push(FieldError::new("", Code::TooManyErrors).with("more", dates::number(more as u64)));
    }
}

/// The error for a text that is not JSON.
pub fn invalid_json(e: &crate::contract::json::JsonError) -> FieldError {
    FieldError::new("", Code::InvalidJson).with("offset", dates::number(e.offset as u64)).with("reason", e.reason)
}

/// The members of an input object.
pub type Members<'a> = &'a [(String, Json)];

/// The member `k`, if given.
pub fn get<'a>(m: Members<'a>, k: &str) -> Option<&'a Json> {
    m.iter().find(|(key, _)| key == k).map(|(_, v)| v)
}

/// A required date field.
pub fn required_date(m: Members, k: &str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    match get(m, k) {
        None | Some(Json::Null) => {
            errors.push(FieldError::new(k, Code::Required));
            None
        }
        Some(v) => date(v, k).map_err(|e| errors.push(e)).ok(),
    }
}

/// An optional date field (absent, `null` or empty: `None`).
pub fn optional_date(m: Members, k: &str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    match get(m, k) {
        None | Some(Json::Null) => None,
        Some(Json::String(s)) if s.trim().is_empty() => None,
        Some(v) => date(v, k).map_err(|e| errors.push(e)).ok(),
    }
}

/// A date that must not be after `date` (a birth, a registration, the end of
/// a job: facts of the past on the day asked about).
pub fn not_after(field: &str, v: Option<NaiveDate>, date: Option<NaiveDate>, errors: &mut Vec<FieldError>) {
    if let (Some(v), Some(d)) = (v, date) {
        if v > d {
            errors.push(FieldError::new(field, Code::DateAfterDate).with("other", dates::iso_date(d)));
        }
    }
}


/// A date that must not be before the date of `other_field` (`other`): an
/// error at `field` unless that field already has one (one problem, one
/// error: a date after the day asked about is not also said to be before
/// the birth).
pub fn not_before(field: &str, v: Option<NaiveDate>, other_field: &'static str, other: Option<NaiveDate>, errors: &mut Vec<FieldError>) {
    if let (Some(v), Some(o)) = (v, other) {
        if v < o && !errors.iter().any(|e| e.field == field) {
            errors.push(FieldError::new(field, Code::DateBeforeDate).with("other", dates::iso_date(o)).with("other_field", other_field));
        }
    }
}

/// A word from a fixed set at `k`: `None` when absent, `null` or empty (an
/// error [`Code::Required`] if `required`), [`Code::NotOneOf`] (with
/// `allowed`) for any other word, [`Code::WrongType`] for what is not text.
pub fn one_of<T: Copy>(m: Members, k: &str, options: &[(&str, T)], required: bool, errors: &mut Vec<FieldError>) -> Option<T> {
    let missing = |errors: &mut Vec<FieldError>| {
        if required {
            errors.push(FieldError::new(k, Code::Required));
        }
        None
    };
    match get(m, k) {
        None | Some(Json::Null) => missing(errors),
        Some(Json::String(s)) if s.trim().is_empty() => missing(errors),
        Some(Json::String(s)) => match options.iter().find(|(w, _)| *w == s.trim()) {
            Some((_, v)) => Some(*v),
            None => {
                let allowed: Vec<&str> = options.iter().map(|(w, _)| *w).collect();
                errors.push(FieldError::new(k, Code::NotOneOf).with("allowed", allowed.join(", ")));
                None
            }
        },
        Some(_) => {
            errors.push(FieldError::new(k, Code::WrongType));
            None
        }
    }
}

/// An optional boolean at `k`: absent or `null` is `false`.
pub fn optional_bool(m: Members, k: &str, errors: &mut Vec<FieldError>) -> bool {
    match get(m, k) {
        None | Some(Json::Null) => false,
        Some(v) => boolean(v, k).map_err(|e| errors.push(e)).unwrap_or(false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::json;

    fn read(text: &str) -> Result<i64, Code> {
        let value = json::parse(text).map_err(|_| Code::InvalidJson)?.value;
        whole(&value, "n").map_err(|e| e.code)
    }

    #[test]
    fn a_whole_number_is_one_with_no_digit_after_the_point_but_zeros() {
        assert_eq!(read("7"), Ok(7));
        assert_eq!(read("7.000"), Ok(7));
        assert_eq!(read("\"12.0\""), Ok(12));
        assert_eq!(read("-0.0"), Ok(0));
        assert_eq!(read("10.5"), Err(Code::NotAWholeNumber));
        assert_eq!(read("0.001"), Err(Code::NotAWholeNumber));
        // The reader's bound: below 10^15.
        assert_eq!(read("999999999999999.000"), Ok(999_999_999_999_999));
        assert_eq!(read("-999999999999999"), Ok(-999_999_999_999_999));
        assert_eq!(read("1000000000000000"), Err(Code::TooLarge));
    }
}
