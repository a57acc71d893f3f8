//! The batch's fast reader of an `assistant-hours` timesheet (native builds
//! only: the page's module keeps the general reader alone, and its size).
//!
//! It reads the common shape straight from the text, without building a
//! [`Json`](crate::contract::json::Json) tree or a `String` per key and
//! value: an MK 942 month (no `regulation`, `service`,
//! `monthly_allocation` or `paid_outside_month`), plain decimals
//! (`"4.5"`, `40`), ISO dates, measures as whole numbers, `emergency` as
//! `{"activities_resumed":bool,"previous_months":[three decimals]}`,
//! strings without escapes. It either gives the very [`Request`] the
//! general reader ([`super::assistant_hours::parse_general`]) gives, or
//! declines (`None`) and the general reader reads the text: anything else,
//! and every input with an error, goes there, so errors are always the
//! general reader's. `tests/plain_reader.rs` checks the two agree on
//! thousands of timesheets, valid and not.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::contract::assistant_hours::MAX_DAY_ENTRIES;
use crate::contract::read::{plain_decimal, plain_decimal_at_most};
use crate::rules::assistant_hours::{self as assistant, DayEntry, EmergencyFacts, Regime, Request, Timesheet};
use crate::rules::calendar::Month;
use crate::rules::decimal;
use crate::rules::params;

/// The timesheet in `text`, when it has the common shape and no error;
/// `None` otherwise (the general reader then reads it).
pub fn parse(text: &str) -> Option<Request> {
    let mut r = Reader { text, s: text.as_bytes(), i: 0 };
    let mut month = None;
    let mut weekly_allocation = None;
    let mut daily_max = None;
    let mut granularity = None;
    let mut hourly_rate = None;
    let mut days: Option<Vec<DayEntry>> = None;
    // Each entry's date and hours, checked once the month is known
    // (keys may come in any order).
    let mut emergency: Option<Option<EmergencyFacts>> = None;
    let mut seen = [false; 7];
    r.ws();
    r.byte(b'{')?;
    r.ws();
    if r.peek()? == b'}' {
        return None; // no month: an error
    }
    loop {
        r.ws();
        let key = r.string()?;
        r.ws();
        r.byte(b':')?;
        r.ws();
        let k = match key.as_bytes() {
            b"month" => 0,
            b"weekly_allocation" => 1,
            b"days" => 2,
            b"emergency" => 3,
            b"daily_max" => 4,
            b"granularity" => 5,
            b"hourly_rate" => 6,
            _ => return None,
        };
        if std::mem::replace(&mut seen[k], true) {
            return None; // a key twice: an error
        }
        match k {
            0 => month = Some(Month::parse(r.string()?)?),
            1 => weekly_allocation = Some(r.decimal_in(168, false)?),
            2 => days = Some(r.days()?),
            3 => emergency = Some(r.emergency()?),
            4 => daily_max = r.optional(|r| r.decimal_in(24, true))?,
            5 => granularity = r.optional(|r| r.decimal_in(24, true))?,
            _ => {
                hourly_rate = match r.peek()? {
                    // An empty rate is no rate.
                    b'"' if r.s.get(r.i..r.i + 2) == Some(b"\"\"") => {
                        r.i += 2;
                        None
                    }
                    _ => r.optional(|r| r.decimal_in(1000, false))?,
                }
            }
        }
        r.ws();
        match r.next()? {
            b',' => {}
            b'}' => break,
            _ => return None,
        }
    }
    r.ws();
    if r.i != r.s.len() {
        return None;
    }

    let month = month?;
    // MK 942 alone, with no regulation to give: any other month goes to
    // the general reader.
    if assistant::regime_for(month, None) != Ok(Regime::Mk942) {
        return None;
    }
    let daily_max = daily_max.unwrap_or_else(params::default_daily_max);
    let granularity = granularity.unwrap_or_else(params::default_granularity);
    if granularity < Decimal::new(1, 2) || granularity > daily_max {
        return None;
    }
    let days = days?;
    // Every date in the month, at most 24 hours a day all entries together
    // (summed in millionths: a plain decimal has at most 6 decimals).
    let mut per_day = [0i64; 32];
    for e in &days {
        if !month.contains(e.date) {
            return None;
        }
        let slot = per_day.get_mut(dates_day(e.date))?;
        *slot += decimal::millionths(e.hours)?;
        if *slot > 24_000_000 {
            return None;
        }
    }
    let emergency = if assistant::has_average_rule_days(month) {
        // Required in such a month; ignored in the others.
        Some(emergency??)
    } else {
        None
    };
    Some(Request::Weekly(Timesheet {
        month,
        weekly_allocation: weekly_allocation?,
        days,
        emergency,
        daily_max,
        granularity,
        paid_outside_month: Vec::new(),
        hourly_rate,
    }))
}

/// `YYYY-MM-DD` of ASCII digits, a day that exists: the date
/// [`crate::rules::calendar::parse_date`] reads from it; `None` for anything else.
fn iso_date(b: &[u8]) -> Option<NaiveDate> {
    let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = b else {
        return None;
    };
    // Each byte less b'0' (wrapping): a digit is 0–9, anything else more.
    let d = [y1, y2, y3, y4, m1, m2, d1, d2].map(|c| c.wrapping_sub(b'0'));
    if d.iter().any(|v| *v > 9) {
        return None;
    }
    let n = |hi: u8, lo: u8| u32::from(hi) * 10 + u32::from(lo);
    let year = n(d[0], d[1]) * 100 + n(d[2], d[3]);
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, n(d[4], d[5]), n(d[6], d[7]))
}

fn dates_day(d: NaiveDate) -> usize {
    use chrono::Datelike;
    d.day() as usize
}


struct Reader<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }
    fn byte(&mut self, b: u8) -> Option<()> {
        (self.next()? == b).then_some(())
    }
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }
    fn literal(&mut self, word: &[u8]) -> bool {
        if self.s.get(self.i..self.i + word.len()) == Some(word) {
            self.i += word.len();
            true
        } else {
            false
        }
    }
    /// A string without escapes or control characters (whole characters
    /// of the text: it lies between two ASCII quotes).
    fn string(&mut self) -> Option<&'a str> {
        self.byte(b'"')?;
        let start = self.i;
        let rest = self.s.get(start..)?;
        let n = rest.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20)?;
        if rest.get(n) != Some(&b'"') {
            return None;
        }
        self.i += n + 1;
        let text: &'a str = self.text;
        text.get(start..start + n)
    }
    /// A number token as JSON writes it (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`).
    fn number(&mut self) -> Option<&'a str> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek()? {
            b'0' => self.i += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !self.peek()?.is_ascii_digit() {
                return None;
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if !self.peek()?.is_ascii_digit() {
                return None;
            }
            self.digits();
        }
        let text: &'a str = self.text;
        text.get(start..self.i)
    }
    fn digits(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
    }
    /// A plain decimal, from a string or a number; `None` for anything the
    /// general reader must look at (a sign, a comma, an exponent, spaces …).
    fn decimal(&mut self) -> Option<Decimal> {
        let text = match self.peek()? {
            b'"' => self.string()?,
            _ => self.number()?,
        };
        plain_decimal(text)
    }
    /// [`Reader::decimal`] in `[0, max]`; `positive` also rejects 0.
    fn decimal_in(&mut self, max: u32, positive: bool) -> Option<Decimal> {
        let text = match self.peek()? {
            b'"' => self.string()?,
            _ => self.number()?,
        };
        let v = plain_decimal_at_most(text, max)?;
        (!(positive && v.is_zero())).then_some(v)
    }
    /// `null` (`None`), or what `read` reads.
    fn optional<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.literal(b"null") {
            return Some(None);
        }
        read(self).map(Some)
    }
    /// `[` items `]`, each read by `item`.
    fn array(&mut self, mut item: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.byte(b'[')?;
        self.ws();
        if self.peek()? == b']' {
            self.i += 1;
            return Some(());
        }
        loop {
            self.ws();
            item(self)?;
            self.ws();
            match self.next()? {
                b',' => {}
                b']' => return Some(()),
                _ => return None,
            }
        }
    }
    /// `{` members `}`: each key (known to `slot`, at most once) and its
    /// value read by `member`.
    fn object(&mut self, slot: impl Fn(&[u8]) -> Option<usize>, mut member: impl FnMut(&mut Self, usize) -> Option<()>) -> Option<()> {
        self.byte(b'{')?;
        self.ws();
        if self.peek()? == b'}' {
            self.i += 1;
            return Some(());
        }
        let mut seen = 0u32;
        loop {
            self.ws();
            let k = slot(self.string()?.as_bytes())?;
            if seen & (1 << k) != 0 {
                return None;
            }
            seen |= 1 << k;
            self.ws();
            self.byte(b':')?;
            self.ws();
            member(self, k)?;
            self.ws();
            match self.next()? {
                b',' => {}
                b'}' => return Some(()),
                _ => return None,
            }
        }
    }
    fn days(&mut self) -> Option<Vec<DayEntry>> {
        let mut days = Vec::with_capacity(32);
        self.array(|r| {
            if days.len() >= MAX_DAY_ENTRIES {
                return None;
            }
            // The compact form most files hold, matched as it is written.
            if let Some(entry) = r.compact_day() {
                days.push(entry);
                return Some(());
            }
            let (mut date, mut hours, mut measure) = (None, None, None);
            let slot = |k: &[u8]| match k {
                b"date" => Some(0),
                b"hours" => Some(1),
                b"measure" => Some(2),
                _ => None,
            };
            r.object(slot, |r, k| {
                match k {
                    0 => date = Some(iso_date(r.string()?.as_bytes())?),
                    1 => hours = Some(r.decimal_in(24, false)?),
                    _ => {
                        // A whole number 1–7 ("7", 7, "7.0"): a plain
                        // decimal is read without trailing zeros, so a
                        // whole one has no decimals.
                        let m = r.decimal()?;
                        if m.scale() != 0 || !(1..=i128::from(params::MK942_MEASURES)).contains(&m.mantissa()) {
                            return None;
                        }
                        measure = Some(u8::try_from(m.mantissa()).ok()?);
                    }
                }
                Some(())
            })?;
            days.push(DayEntry { date: date?, hours: hours?, measure: measure? });
            Some(())
        })?;
        Some(days)
    }
    /// An entry written `{"date":"YYYY-MM-DD","hours":"H","measure":M}`
    /// exactly (no spaces, the keys in this order, the measure one digit),
    /// read without looking up its keys; `None` (nothing read) otherwise,
    /// and [`Reader::days`] reads the entry key by key, to the same result.
    fn compact_day(&mut self) -> Option<DayEntry> {
        const DATE: &[u8] = b"{\"date\":\"";
        const HOURS: &[u8] = b"\",\"hours\":\"";
        const MEASURE: &[u8] = b"\",\"measure\":";
        let rest = self.s.get(self.i..)?;
        let date = iso_date(rest.get(DATE.len()..DATE.len() + 10).filter(|_| rest.starts_with(DATE))?)?;
        let at = DATE.len() + 10;
        if !rest.get(at..)?.starts_with(HOURS) {
            return None;
        }
        let from = at + HOURS.len();
        let len = rest.get(from..)?.iter().position(|&c| c == b'"')?;
        let text: &'a str = self.text;
        let hours = plain_decimal_at_most(text.get(self.i + from..self.i + from + len)?, 24)?;
        let at = from + len;
        if !rest.get(at..)?.starts_with(MEASURE) {
            return None;
        }
        let m = *rest.get(at + MEASURE.len())?;
        if rest.get(at + MEASURE.len() + 1) != Some(&b'}') || !(b'1'..=b'0' + params::MK942_MEASURES).contains(&m) {
            return None;
        }
        self.i += at + MEASURE.len() + 2;
        Some(DayEntry { date, hours, measure: m - b'0' })
    }
    /// `emergency`: `null` (`None`), or the facts. With activities resumed
    /// the previous months are not asked (the general reader ignores them).
    fn emergency(&mut self) -> Option<Option<EmergencyFacts>> {
        if self.literal(b"null") {
            return Some(None);
        }
        let mut resumed = None;
        let mut previous = None;
        let slot = |k: &[u8]| match k {
            b"activities_resumed" => Some(0),
            b"previous_months" => Some(1),
            _ => None,
        };
        self.object(slot, |r, k| {
            if k == 0 {
                resumed = Some(if r.literal(b"true") {
                    true
                } else if r.literal(b"false") {
                    false
                } else {
                    return None;
                });
            } else {
                let mut list = [Decimal::ZERO; 3];
                let mut n = 0;
                r.array(|r| {
                    *list.get_mut(n)? = r.decimal_in(744, false)?;
                    n += 1;
                    Some(())
                })?;
                if n != 3 {
                    return None;
                }
                previous = Some(list);
            }
            Some(())
        })?;
        let resumed = resumed?;
        let previous_months = if resumed { [Decimal::ZERO; 3] } else { previous? };
        Some(Some(EmergencyFacts { activities_resumed: resumed, previous_months }))
    }
}
