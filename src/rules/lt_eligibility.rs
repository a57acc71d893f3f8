//! R2. Lithuanian employment model: eligibility (A1-269 as amended by A1-48).
//!
//! > "Projekte turi teisę dalyvauti tik tie asmenys, kurie atitinka šiuos
//! > reikalavimus: yra 30 m. ir vyresni; yra ilgalaikiai bedarbiai, kurių
//! > nedarbo trukmė ilgesnė kaip 12 mėnesių, skaičiuojant nuo įsiregistravimo
//! > Užimtumo tarnyboje prie Lietuvos Respublikos socialinės apsaugos ir darbo
//! > ministerijos dienos, ar nedirba daugiau kaip 2 metus; yra piniginės
//! > socialinės paramos gavėjai."
//! > — Kazlų Rūda municipality (source `001`); A1-269 point 7, which A1-48
//! > amends: "arba turi teisę gauti" (or is entitled to it).
//!
//! Each criterion is its own function returning whether it holds, the text
//! it encodes, the dates it used and the first day it holds if nothing
//! changes; [`assess`] combines them.

use chrono::{Duration, NaiveDate};

use crate::rules::calendar::add_months;
use crate::rules::params::{self, Municipality, MunicipalityKind};

/// Cash social assistance ("piniginė socialinė parama").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CashAssistance {
    Receives,
    Entitled,
    No,
}

/// The facts a person gives. Dates are checked by the input layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// The day asked about (referral to the case manager, or the agreement).
    pub date: NaiveDate,
    pub birth_date: NaiveDate,
    pub registered_since: Option<NaiveDate>,
    pub last_employment_end: Option<NaiveDate>,
    pub cash_social_assistance: Option<CashAssistance>,
    pub municipality: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CriterionId {
    Age,
    LongTermUnemployed,
    CashSocialAssistance,
}

impl CriterionId {
    pub fn as_str(self) -> &'static str {
        match self {
            CriterionId::Age => "age",
            CriterionId::LongTermUnemployed => "long_term_unemployed",
            CriterionId::CashSocialAssistance => "cash_social_assistance",
        }
    }
}

/// One criterion on the date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    pub id: CriterionId,
    /// `None`: cannot tell (a fact is missing).
    pub met: Option<bool>,
    /// The quoted rule.
    pub quote: &'static str,
    /// The first day it holds if nothing changes; `None` if it never will
    /// by the passing of time alone, or cannot be told.
    pub holds_from: Option<NaiveDate>,
    /// The dates this criterion used, by name (e.g. `"30th_birthday"`).
    pub dates: Vec<(&'static str, NaiveDate)>,
}

pub const QUOTE_AGE: &str = "yra 30 m. ir vyresni";
pub const QUOTE_LONG_TERM: &str = "ilgalaikiai bedarbiai, kurių nedarbo trukmė ilgesnė kaip 12 mėnesių, skaičiuojant nuo įsiregistravimo Užimtumo tarnyboje … dienos, ar nedirba daugiau kaip 2 metus";
pub const QUOTE_CASH: &str = "yra piniginės socialinės paramos gavėjai (A1-48: arba turi teisę gauti)";

/// "yra 30 m. ir vyresni": aged 30 or older on the date.
///
/// INTERPRETATION (age): the 30th birthday is `birth + 360 months`, a day the
/// month lacks falling on its last day (29 Feb → 28 Feb).
pub fn age(f: &Facts) -> Criterion {
    let birthday = add_months(f.birth_date, params::LT_MIN_AGE_MONTHS);
    Criterion {
        id: CriterionId::Age,
        met: Some(birthday.is_some_and(|b| f.date >= b)),
        quote: QUOTE_AGE,
        holds_from: birthday,
        dates: birthday.map(|b| vec![("30th_birthday", b)]).unwrap_or_default(),
    }
}

/// "nedarbo trukmė ilgesnė kaip 12 mėnesių … ar nedirba daugiau kaip 2 metus":
/// registered for more than 12 months, or not working for more than 2 years.
///
/// INTERPRETATION (months): "more than 12 months from registration on day r"
/// holds from the day after r + 12 calendar months (month-end rule); likewise
/// 2 years = 24 months from the end of the last employment.
pub fn long_term_unemployed(f: &Facts) -> Criterion {
    let after = |start: NaiveDate, months: u32| add_months(start, months).and_then(|d| d.checked_add_signed(Duration::days(1)));
    let registered = f.registered_since.and_then(|r| after(r, params::LT_REGISTERED_MONTHS));
    let not_working = f.last_employment_end.and_then(|e| after(e, params::LT_NOT_WORKING_MONTHS));
    let branches: Vec<NaiveDate> = [registered, not_working].into_iter().flatten().collect();
    let holds_now = branches.iter().any(|d| f.date >= *d);
    let all_known = f.registered_since.is_some() && f.last_employment_end.is_some();
    let met = if holds_now {
        Some(true)
    } else if all_known {
        Some(false)
    } else {
        None
    };
    let mut dates = Vec::new();
    if let Some(r) = f.registered_since {
        dates.push(("registered_since", r));
    }
    if let Some(d) = registered {
        dates.push(("more_than_12_months_registered_from", d));
    }
    if let Some(e) = f.last_employment_end {
        dates.push(("last_employment_end", e));
    }
    if let Some(d) = not_working {
        dates.push(("more_than_2_years_not_working_from", d));
    }
    Criterion {
        id: CriterionId::LongTermUnemployed,
        met,
        quote: QUOTE_LONG_TERM,
        // With one branch unknown the earliest known day is still when it
        // will hold for sure.
        holds_from: branches.into_iter().min(),
        dates,
    }
}

/// "yra piniginės socialinės paramos gavėjai" and, from A1-48, "arba turi
/// teisę gauti" (its in-force date is UNVERIFIED: a dated parameter).
pub fn cash_social_assistance(f: &Facts) -> Criterion {
    let entitled = params::lt_entitled_counts();
    let (met, holds_from) = match f.cash_social_assistance {
        None => (None, None),
        Some(CashAssistance::Receives) => (Some(true), Some(f.date)),
        // The only part of this criterion that time changes.
        Some(CashAssistance::Entitled) => (Some(entitled.applies_on(f.date)), Some(entitled.from.max(f.date))),
        Some(CashAssistance::No) => (Some(false), None),
    };
    let dates = match f.cash_social_assistance {
        Some(CashAssistance::Entitled) => vec![("entitled_counts_from", entitled.from)],
        _ => Vec::new(),
    };
    Criterion { id: CriterionId::CashSocialAssistance, met, quote: QUOTE_CASH, holds_from, dates }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Eligible,
    NotEligible,
    CannotTell,
    /// The date is outside the programme's window (2019-05-13 to 2022-12-30).
    NotCovered,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::NotEligible => "not_eligible",
            Verdict::CannotTell => "cannot_tell",
            Verdict::NotCovered => "not_covered",
        }
    }
}

/// A fact whose absence keeps a criterion from being told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    RegisteredSince,
    LastEmploymentEnd,
    CashSocialAssistance,
}

impl Fact {
    pub fn as_str(self) -> &'static str {
        match self {
            Fact::RegisteredSince => "registered_since",
            Fact::LastEmploymentEnd => "last_employment_end",
            Fact::CashSocialAssistance => "cash_social_assistance",
        }
    }
}

/// Why a person will never take part under these rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeverReason {
    /// A criterion fails that the passing of time cannot change (no cash
    /// social assistance).
    FailsForGood(CriterionId),
    /// Every criterion would hold only from this day, after the window's
    /// last day (`None`: past the calendar's range).
    HoldsOnlyAfterWindow(Option<NaiveDate>),
    /// The date asked about is after the window: the model no longer runs
    /// (from 2023 municipalities run employment programmes under order
    /// A1-257 as amended by A1-911: information for the words).
    ModelEnded,
}

/// What the answer says beyond the date: one thing only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outlook {
    /// Every criterion holds on the date.
    Now,
    /// Not yet: every criterion will hold from this day, inside the window,
    /// if nothing changes (every fact known).
    From(NaiveDate),
    /// Cannot tell on the date; the known facts alone make every criterion
    /// hold by this day, inside the window, at the latest.
    AtTheLatest(NaiveDate),
    /// Cannot tell, and no date can be given: see `Assessment::missing`.
    CannotTell,
    /// Never under these rules, because …
    Never(NeverReason),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub verdict: Verdict,
    pub criteria: Vec<Criterion>,
    /// The first day, from the date on and inside the window, on which every
    /// criterion holds if nothing else changes; `None` when a fact is missing.
    pub earliest_date: Option<NaiveDate>,
    /// The first day, from the date on and inside the window, by which the
    /// KNOWN facts alone make every criterion hold (a missing fact might
    /// make it earlier); `None` when they cannot.
    pub qualifies_by: Option<NaiveDate>,
    pub outlook: Outlook,
    /// The facts that would decide a criterion that cannot be told.
    pub missing: Vec<Fact>,
    pub window: (NaiveDate, NaiveDate),
    /// The municipality as known to the sources, or `None` ("ask your municipality").
    pub municipality: Option<&'static Municipality>,
}

/// Combines the criteria on the date.
pub fn assess(f: &Facts) -> Assessment {
    let window = params::lt_model_window();
    let (start, end) = (window.from, window.until.unwrap_or(window.from));
    let criteria = vec![age(f), long_term_unemployed(f), cash_social_assistance(f)];
    let in_window = window.applies_on(f.date);
    let any_false = criteria.iter().any(|c| c.met == Some(false));
    let all_true = criteria.iter().all(|c| c.met == Some(true));
    let all_known = criteria.iter().all(|c| c.met.is_some());
    let verdict = if !in_window {
        Verdict::NotCovered
    } else if all_true {
        Verdict::Eligible
    } else if any_false {
        Verdict::NotEligible
    } else {
        Verdict::CannotTell
    };
    // The latest of the date, the window's start and the day each criterion
    // begins to hold (on the known facts); none when a criterion has no such
    // day. Not yet cut to the window.
    let all_hold_from = criteria.iter().try_fold(f.date.max(start), |e, c| c.holds_from.map(|h| e.max(h)));
    let qualifies_by = all_hold_from.filter(|e| *e <= end);
    // The earliest day: as above, and none when a fact is missing.
    let earliest_date = if all_known { qualifies_by } else { None };
    let mut missing = Vec::new();
    for c in criteria.iter().filter(|c| c.met.is_none()) {
        match c.id {
            CriterionId::LongTermUnemployed => {
                if f.registered_since.is_none() {
                    missing.push(Fact::RegisteredSince);
                }
                if f.last_employment_end.is_none() {
                    missing.push(Fact::LastEmploymentEnd);
                }
            }
            CriterionId::CashSocialAssistance => missing.push(Fact::CashSocialAssistance),
            CriterionId::Age => {}
        }
    }
    let fails_for_good = criteria.iter().find(|c| c.met == Some(false) && c.holds_from.is_none()).map(|c| c.id);
    let outlook = if f.date > end {
        Outlook::Never(NeverReason::ModelEnded)
    } else if let Some(id) = fails_for_good {
        Outlook::Never(NeverReason::FailsForGood(id))
    } else if all_true && in_window {
        Outlook::Now
    } else if all_known {
        match earliest_date {
            Some(d) => Outlook::From(d),
            None => Outlook::Never(NeverReason::HoldsOnlyAfterWindow(all_hold_from)),
        }
    } else {
        // A missing fact might make a criterion hold earlier: never "never"
        // on time alone.
        qualifies_by.map_or(Outlook::CannotTell, Outlook::AtTheLatest)
    };
    let municipality = f.municipality.as_deref().and_then(find_municipality);
    Assessment { verdict, criteria, earliest_date, qualifies_by, outlook, missing, window: (start, end), municipality }
}

/// Lower case, without diacritics, every run of other than letters and
/// digits one space: "Kazlų Rūdos sav." → "kazlu rudos sav". The
/// Lithuanian letters are taken both precomposed (NFC) and decomposed
/// (NFD, a base letter followed by a combining mark, which is dropped).
///
/// INTERPRETATION (municipality name): every name and word looked for is
/// ASCII once normalised, so no Unicode table is needed (the page's module
/// is then 3.3 KB gzip smaller; README, "Size"): ASCII is lowered and the Lithuanian letters (either case) lose
/// their marks; the spaces, dashes, quotes and other marks of Latin-1 and
/// General Punctuation (`separator`) separate words; any other character
/// stays in its word, which then names no municipality. Against the
/// Unicode-wide reading (lower-case every character, keep every letter and
/// digit) this finds the same municipality, or none where that text also
/// held a character of neither kind: tested over generated text.
fn normalise(text: &str) -> String {
    // The words joined by one space, built in one pass (no word is a
    // `String` of its own: the page's module is smaller).
    let mut plain = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let base = match c {
            'a'..='z' | '0'..='9' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            'ą' | 'Ą' => 'a',
            'č' | 'Č' => 'c',
            'ę' | 'ė' | 'Ę' | 'Ė' => 'e',
            // "İ" lower-cases to "i" and a combining dot above.
            'į' | 'Į' | 'İ' => 'i',
            'š' | 'Š' => 's',
            'ų' | 'ū' | 'Ų' | 'Ū' => 'u',
            'ž' | 'Ž' => 'z',
            // The Kelvin sign lower-cases to "k".
            '\u{212A}' => 'k',
            // Combining diacritical marks (NFD): ogonek, caron, dot above, macron …
            '\u{0300}'..='\u{036F}' => continue,
            // The Ogham space mark: the one white space `separator` leaves out.
            c if c.is_ascii() || separator(c) || c == '\u{1680}' => {
                space = !plain.is_empty();
                continue;
            }
            c => c,
        };
        if space {
            plain.push(' ');
            space = false;
        }
        plain.push(base);
    }
    plain
}

/// The text before the last word of `s` and that word ("" and "" for "").
fn split_last(s: &str) -> (&str, &str) {
    // By bytes (a space is one): no searcher for a `char` in the page's module.
    let mut i = s.len();
    while i > 0 {
        i -= 1;
        if s.as_bytes().get(i) == Some(&b' ') {
            return (s.get(..i).unwrap_or_default(), s.get(i + 1..).unwrap_or_default());
        }
    }
    ("", s)
}

/// The characters other than ASCII that separate words of a name: C1
/// controls, the spaces and punctuation of Latin-1 ("«", no-break space,
/// "·", "×") and of General Punctuation (en and em dashes, „Lithuanian
/// quotes“, "…", zero-width and other spaces), the ideographic space, comma
/// and full stop, the minus sign and the byte order mark. None is a letter
/// or digit (tested).
fn separator(c: char) -> bool {
    matches!(c,
        '\u{80}'..='\u{A9}' | '\u{AB}'..='\u{B1}' | '\u{B4}' | '\u{B6}'..='\u{B8}' | '\u{BB}' | '\u{BF}' | '\u{D7}' | '\u{F7}'
        | '\u{2000}'..='\u{206F}' | '\u{2212}' | '\u{3000}'..='\u{3002}' | '\u{FEFF}')
}

/// Words that say the kind of a municipality, normalised.
fn kind_word(w: &str) -> Option<MunicipalityKind> {
    match w {
        "miesto" | "miestas" | "m" | "city" => Some(MunicipalityKind::City),
        "rajono" | "rajonas" | "raj" | "r" | "district" => Some(MunicipalityKind::District),
        _ => None,
    }
}

/// Finds a municipality the sources name from its whole name in free text
/// ("Kazlų Rūda", "Kazlu Rudos savivaldybė", "Alytaus m. sav.", "Alytus
/// city"), never from a part of the text: "Vilnius, Utenos g. 5" is no
/// municipality. A word of kind must agree ("Panevėžio rajono" is not the
/// city "Panevėžio miesto"; "Alytus district" is not Alytus city); without
/// one, a city whose district bears the same name is found only by its own
/// nominative name ("Alytus"). An unknown name is `None` ("ask your
/// municipality").
pub fn find_municipality(text: &str) -> Option<&'static Municipality> {
    let plain = normalise(text);
    let mut name = plain.as_str();
    // The usual endings: "savivaldybė", "sav.", "municipality".
    loop {
        let (rest, w) = split_last(name);
        if !matches!(w, "savivaldybe" | "savivaldybes" | "sav" | "municipality") {
            break;
        }
        name = rest;
    }
    let (rest, w) = split_last(name);
    let kind = kind_word(w);
    if kind.is_some() {
        name = rest;
    }
    if name.is_empty() {
        return None;
    }
    params::LT_MUNICIPALITIES.iter().find(|m| match kind {
        Some(k) => m.kind == k && m.names.contains(&name),
        None => m.bare_names.contains(&name),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The Unicode-wide reading `normalise` is held to: every character
    /// lower-cased, the Lithuanian letters without marks, combining marks
    /// dropped, every other letter or digit kept, anything else a space.
    fn unicode_wide(text: &str) -> Vec<String> {
        let mut plain = String::new();
        for c in text.chars().flat_map(char::to_lowercase) {
            plain.push(match c {
                'ą' => 'a',
                'č' => 'c',
                'ę' | 'ė' => 'e',
                'į' => 'i',
                'š' => 's',
                'ų' | 'ū' => 'u',
                'ž' => 'z',
                '\u{0300}'..='\u{036F}' => continue,
                c if c.is_alphanumeric() => c,
                _ => ' ',
            });
        }
        plain.split_whitespace().map(str::to_string).collect()
    }

    /// The same words as the Unicode-wide reading wherever every word is
    /// ASCII (so wherever a municipality can be found), and the same
    /// municipality or none.
    fn agrees(text: &str) -> std::result::Result<(), String> {
        let plain = normalise(text);
        let ours: Vec<String> = plain.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
        // The words joined by one space: none empty, no space before or after.
        if plain != ours.join(" ") {
            return Err(format!("{text:?}: {plain:?} is not its words joined by one space"));
        }
        if ours.iter().all(|w| w.is_ascii()) && ours != unicode_wide(text) {
            return Err(format!("{text:?}: {ours:?}, the Unicode-wide reading {:?}", unicode_wide(text)));
        }
        Ok(())
    }

    #[test]
    fn every_character_between_two_words_reads_as_unicode_wide_or_names_no_municipality() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            for text in [format!("Alytaus{c}miesto"), format!("{c}"), format!("Kazlų Rūdos {c}")] {
                assert_eq!(agrees(&text), Ok(()));
            }
            if separator(c) {
                assert!(!c.is_alphanumeric() && c.to_lowercase().eq([c]), "{c:?} is not a separator");
            }
        }
    }

    #[test]
    fn the_names_and_words_looked_for_are_ascii() {
        for m in params::LT_MUNICIPALITIES {
            assert!(m.names.iter().chain(m.bare_names).all(|n| n.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')), "{}", m.id);
        }
    }

    proptest! {
        #[test]
        fn generated_names_read_as_unicode_wide(parts in proptest::collection::vec(prop_oneof![
            Just("Alytaus".to_string()), Just("miesto".to_string()), Just("Kazlų".to_string()), Just("RŪDOS".to_string()),
            Just("sav.".to_string()), Just("\u{A0}".to_string()), Just("„".to_string()), Just("–".to_string()),
            Just("e\u{0307}".to_string()), Just("İ".to_string()), Just("\u{212A}".to_string()), Just("ß".to_string()),
            Just("Ж".to_string()), Just("²".to_string()), Just("😀".to_string()), any::<char>().prop_map(String::from),
        ], 0..8)) {
            let text = parts.concat();
            prop_assert!(agrees(&text).is_ok(), "{:?}", agrees(&text));
        }
    }
}
