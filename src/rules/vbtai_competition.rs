//! R5. Latvia: the mandatory requirements of the 2020 competition for head of
//! the State Inspectorate for the Protection of Children's Rights (VBTAI).
//!
//! > "Galvenās pretendentiem izvirzītās prasības ir nevainojama reputācija,
//! > augstākā akadēmiskā vai otrā līmeņa profesionālā augstākā izglītība,
//! > vēlams maģistra grāds. Tāpat pretendentiem pēdējo 10 gadu laikā jābūt
//! > guvušiem vismaz triju gadu nepārtrauktu pieredzi organizācijas vadītāja
//! > amatā vai citā vadošā amatā organizācijas vadītāja tiešā pakļautībā ar
//! > vismaz 10 padotajiem darbiniekiem. […] Angļu valodas zināšanām jābūt
//! > vismaz B2 līmenī"
//! > "Pretendentu pieteikumi iesniedzami elektroniski līdz 22. jūnijam."
//! > — LM news on the Valsts kanceleja announcement of 1.06.2020 (source `004`).
//!
//! Each requirement is its own function; [`assess`] combines them. The
//! reputation ("nevainojama reputācija") cannot be computed: it is
//! self-declared ([`Assessment::reputation_self_declared`]). "vēlams maģistra
//! grāds" (a master's degree preferred) and change-management experience
//! ("tiks uzskatīta par priekšrocību") are advantages, not requirements.

use chrono::{Duration, NaiveDate};

use crate::rules::calendar::add_months;
use crate::rules::params;

/// "augstākā akadēmiskā vai otrā līmeņa profesionālā augstākā izglītība".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Education {
    AcademicHigher,
    SecondLevelProfessionalHigher,
    Other,
}

/// English, by CEFR level; `None` for no English. Ordered: A1 < … < C2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum English {
    None,
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

/// The kind of a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostKind {
    /// "organizācijas vadītāja amatā".
    Head,
    /// "citā vadošā amatā organizācijas vadītāja tiešā pakļautībā".
    UnderHead,
    Other,
}

/// A post held from `from` to `to`, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub kind: PostKind,
    pub subordinates: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub education: Education,
    pub english: English,
    pub posts: Vec<Post>,
    /// The application deadline; [`params::vbtai_deadline`] by default.
    pub deadline: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CriterionId {
    Education,
    Experience,
    English,
}

impl CriterionId {
    pub fn as_str(self) -> &'static str {
        match self {
            CriterionId::Education => "education",
            CriterionId::Experience => "experience",
            CriterionId::English => "english",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Criterion {
    pub id: CriterionId,
    pub met: bool,
}

/// A continuous period of qualifying experience inside the window, both
/// days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Span {
    /// Days, both ends included.
    pub fn days(self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The last day of three years from `from`, if they can be counted.
    pub fn three_years_end(self) -> Option<NaiveDate> {
        three_years_end(self.from)
    }

    /// Whether the span lasts at least three years.
    pub fn lasts_three_years(self) -> bool {
        self.three_years_end().is_some_and(|end| self.to >= end)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Every requirement that can be computed is met (reputation is self-declared).
    pub meets: bool,
    pub criteria: Vec<Criterion>,
    /// The longest continuous qualifying period inside the window (one
    /// lasting three years preferred); `None` without any.
    pub longest_continuous: Option<Span>,
    /// Every continuous qualifying period inside the window, in order.
    pub periods: Vec<Span>,
    /// The last 10 years: [deadline − 10 years, deadline].
    pub window: Span,
    /// Always true: "nevainojama reputācija" is never computed.
    pub reputation_self_declared: bool,
}

/// "augstākā akadēmiskā vai otrā līmeņa profesionālā augstākā izglītība".
pub fn education(f: &Facts) -> Criterion {
    let met = matches!(f.education, Education::AcademicHigher | Education::SecondLevelProfessionalHigher);
    Criterion { id: CriterionId::Education, met }
}

/// "Angļu valodas zināšanām jābūt vismaz B2 līmenī".
pub fn english(f: &Facts) -> Criterion {
    Criterion { id: CriterionId::English, met: f.english >= English::B2 }
}

/// INTERPRETATION (window and years): the window is [deadline − 10 years,
/// deadline], both days included, with the month-end rule (29 Feb → 28 Feb).
pub fn window(deadline: NaiveDate) -> Span {
    // invariant: only a deadline within 10 years of chrono's first day has
    // no window start; the window then starts on that first day.
    let from = deadline.checked_sub_months(chrono::Months::new(params::VBTAI_WINDOW_MONTHS)).unwrap_or(NaiveDate::MIN);
    Span { from, to: deadline }
}

/// INTERPRETATION (window and years): three years run from a day to the day
/// before the same date three years later (1.03.2015 – 28.02.2018); a date
/// the later year lacks falls on its month's last day first (29.02.2016 →
/// 28.02.2019, so the three years end on 27.02.2019).
pub fn three_years_end(from: NaiveDate) -> Option<NaiveDate> {
    add_months(from, params::VBTAI_EXPERIENCE_MONTHS).and_then(|d| d.checked_sub_signed(Duration::days(1)))
}

/// A post that counts: "organizācijas vadītāja amatā vai citā vadošā amatā
/// organizācijas vadītāja tiešā pakļautībā ar vismaz 10 padotajiem".
///
/// INTERPRETATION (subordinates): "ar vismaz 10 padotajiem darbiniekiem"
/// applies to both kinds of post.
pub fn qualifies(p: &Post) -> bool {
    matches!(p.kind, PostKind::Head | PostKind::UnderHead) && p.subordinates >= params::VBTAI_MIN_SUBORDINATES && p.from <= p.to
}

/// The continuous periods of qualifying posts inside `window`: each post cut
/// to the window, then posts that overlap or touch (one ends the day before
/// the next starts) merged into one.
pub fn continuous_periods(posts: &[Post], window: Span) -> Vec<Span> {
    let mut merged: Vec<Span> = Vec::new();
    for s in in_window_in_order(posts, window) {
        match merged.last_mut() {
            // Touching: the next starts on the day after the last ends.
            Some(last) if last.to.succ_opt().map_or(true, |next| s.from <= next) => last.to = last.to.max(s.to),
            _ => merged.push(s),
        }
    }
    merged
}

/// The qualifying posts cut to `window`, by start then end. Kept in order
/// as they are found (binary search, insertion): the contract admits at
/// most 100 posts, and the standard sort would add 3.7 KB to the page's
/// module (1.1 KB gzip).
fn in_window_in_order(posts: &[Post], window: Span) -> Vec<Span> {
    // INTERPRETATION (window and years): only the part inside the window counts.
    let mut spans: Vec<Span> = Vec::new();
    for s in posts.iter().filter(|p| qualifies(p)).map(|p| Span { from: p.from.max(window.from), to: p.to.min(window.to) }) {
        if s.from <= s.to {
            let at = spans.partition_point(|x| (x.from, x.to) <= (s.from, s.to));
            spans.insert(at, s);
        }
    }
    spans
}

/// "vismaz triju gadu nepārtrauktu pieredzi" within "pēdējo 10 gadu laikā".
pub fn experience(f: &Facts) -> (Criterion, Vec<Span>, Option<Span>) {
    let periods = continuous_periods(&f.posts, window(f.deadline));
    let longest = periods.iter().copied().max_by_key(|s| (s.lasts_three_years(), s.days(), std::cmp::Reverse(s.from)));
    let met = longest.is_some_and(Span::lasts_three_years);
    (Criterion { id: CriterionId::Experience, met }, periods, longest)
}

/// Combines the requirements.
pub fn assess(f: &Facts) -> Assessment {
    let (exp, periods, longest_continuous) = experience(f);
    let criteria = vec![education(f), exp, english(f)];
    Assessment {
        meets: criteria.iter().all(|c| c.met),
        criteria,
        longest_continuous,
        periods,
        window: window(f.deadline),
        reputation_self_declared: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The qualifying posts cut to the window, sorted by the standard sort.
    fn sorted(posts: &[Post], window: Span) -> Vec<Span> {
        let mut spans: Vec<Span> = posts
            .iter()
            .filter(|p| qualifies(p))
            .map(|p| Span { from: p.from.max(window.from), to: p.to.min(window.to) })
            .filter(|s| s.from <= s.to)
            .collect();
        spans.sort_by_key(|s| (s.from, s.to));
        spans
    }

    proptest! {
        #[test]
        fn the_posts_kept_in_order_are_those_of_a_sort(posts in proptest::collection::vec((0i64..4000, 0i64..1500, 0u8..3, 8u32..12), 0..40)) {
            // Test code: days counted from 1 January 2014 (NaiveDate's own arithmetic).
            let first = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap_or_default();
            let day = |n: i64| first + chrono::Duration::days(n);
            let posts: Vec<Post> = posts
                .iter()
                .map(|&(from, len, kind, subordinates)| Post {
                    from: day(from),
                    to: day(from + len - 30),
                    kind: [PostKind::Head, PostKind::UnderHead, PostKind::Other][usize::from(kind)],
                    subordinates,
                })
                .collect();
            let window = Span { from: day(300), to: day(3950) };
            prop_assert_eq!(in_window_in_order(&posts, window), sorted(&posts, window));
        }
    }
}
