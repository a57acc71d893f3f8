//! Calendar helpers on top of chrono: months, ISO weeks, strict parsing, and
//! month arithmetic with the month-end rule of RULES.md (31 Jan + 1 month =
//! 28/29 Feb).

use chrono::{Datelike, IsoWeek, Months, NaiveDate};

/// A calendar month. Invariant: `month` is 1–12.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Month> {
        let m = Month { year, month };
        ((1..=12).contains(&month) && m.first_day().is_some()).then_some(m)
    }

    pub fn first_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
    }

    pub fn last_day(self) -> Option<NaiveDate> {
        self.next().first_day().and_then(|d| d.pred_opt())
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month { year: self.year + 1, month: 1 }
        } else {
            Month { year: self.year, month: self.month + 1 }
        }
    }

    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month { year: self.year - 1, month: 12 }
        } else {
            Month { year: self.year, month: self.month - 1 }
        }
    }

    /// Every day of the month, in order.
    pub fn days(self) -> impl Iterator<Item = NaiveDate> {
        let first = self.first_day();
        let last = self.last_day();
        let mut cur = first;
        std::iter::from_fn(move || {
            let d = cur?;
            if Some(d) > last {
                return None;
            }
            cur = d.succ_opt();
            Some(d)
        })
    }

    pub fn contains(self, d: NaiveDate) -> bool {
        d.year() == self.year && d.month() == self.month
    }

    /// Parses `YYYY-MM`, strictly.
    pub fn parse(s: &str) -> Option<Month> {
        let b = s.as_bytes();
        if b.len() != 7 || b[4] != b'-' {
            return None;
        }
        let year: i32 = digits(s.get(0..4)?)?;
        let month: u32 = digits(s.get(5..7)?)?;
        Month::new(year, month)
    }
}

impl Month {
    /// `YYYY-MM`, as its `Display` writes it, without `core::fmt` (the
    /// page's modules link no formatting machinery: README, "Size").
    pub fn text(self) -> String {
        let mut out = signed(i64::from(self.year), 4);
        out.push('-');
        push_number(&mut out, u64::from(self.month), 2);
        out
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

fn digits<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Of the form, but no such day (e.g. `2020-06-31`).
    NoSuchDay,
}

/// Parses `YYYY-MM-DD`, strictly (four-digit year, two-digit month and day).
pub fn parse_date(s: &str) -> Result<NaiveDate, DateError> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(DateError::Format);
    }
    let part = |r: std::ops::Range<usize>| s.get(r).ok_or(DateError::Format);
    let y: i32 = digits(part(0..4)?).ok_or(DateError::Format)?;
    let m: u32 = digits(part(5..7)?).ok_or(DateError::Format)?;
    let d: u32 = digits(part(8..10)?).ok_or(DateError::Format)?;
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::NoSuchDay)
}

/// Parses an ISO week `YYYY-Www` (e.g. `2020-W23`).
pub fn parse_iso_week(s: &str) -> Option<IsoWeek> {
    let b = s.as_bytes();
    if b.len() != 8 || b[4] != b'-' || b[5] != b'W' {
        return None;
    }
    let y: i32 = digits(s.get(0..4)?)?;
    let w: u32 = digits(s.get(6..8)?)?;
    NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon).map(|d| d.iso_week())
}

/// `d` exactly as its `Display` writes it: `YYYY-MM-DD`, a year outside
/// 0–9999 with its sign and at least four digits (`+10000-01-01`,
/// `-0001-12-31`). Written digit by digit: the page's module then links no
/// date formatting of `core::fmt` (chrono's `Display` goes through `Debug`).
pub fn iso_date(d: NaiveDate) -> String {
    let (y, m, day) = (d.year(), d.month(), d.day());
    let mut out = String::with_capacity(11);
    if !(0..=9999).contains(&y) {
        out.push(if y < 0 { '-' } else { '+' });
    }
    push_number(&mut out, u64::from(y.unsigned_abs()), 4);
    out.push('-');
    push_number(&mut out, u64::from(m), 2);
    out.push('-');
    push_number(&mut out, u64::from(day), 2);
    out
}

/// `v` in decimal, zero-padded to at least `width` digits (at most 20; at least one), appended to `out`.
pub fn push_number(out: &mut String, v: u64, width: usize) {
    // At least one digit: 0 is "0".
    let width = width.max(1);
    let mut buf = [b'0'; 20];
    let (mut v, mut i) = (v, buf.len());
    while (v > 0 || buf.len() - i < width) && i > 0 {
        i -= 1;
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'0' + (v % 10) as u8;
        }
        v /= 10;
    }
    out.extend(buf.get(i..).unwrap_or_default().iter().map(|b| char::from(*b)));
}

/// `v` in decimal: `v.to_string()`'s text, written digit by digit (no `core::fmt`).
pub fn number(v: u64) -> String {
    let mut out = String::new();
    push_number(&mut out, v, 1);
    out
}

/// `v` as `format!("{v:0width$}")` writes it: zero-padded to `width`
/// characters, a minus sign counted among them.
pub fn signed(v: i64, width: usize) -> String {
    let mut out = String::new();
    if v < 0 {
        out.push('-');
    }
    push_number(&mut out, v.unsigned_abs(), if v < 0 { width.saturating_sub(1) } else { width });
    out
}

/// Formats an ISO week as `YYYY-Www`.
pub fn fmt_iso_week(w: IsoWeek) -> String {
    let mut out = signed(i64::from(w.year()), 4);
    out.push_str("-W");
    push_number(&mut out, u64::from(w.week()), 2);
    out
}

/// A date known to be valid, from constants in the rules.
pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    // invariant: only called with literal dates that exist.
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// `d + n` calendar months; a day the target month lacks falls on its last
/// day (31 Jan + 1 month = 28/29 Feb). `None` past chrono's range.
pub fn add_months(d: NaiveDate, n: u32) -> Option<NaiveDate> {
    d.checked_add_months(Months::new(n))
}
