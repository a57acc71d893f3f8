#![cfg(not(target_arch = "wasm32"))]
//! R5 (the 2020 competition for head of VBTAI) as the rules answer it: the
//! window's first day, posts that touch, overlap or leave a gap, exactly
//! three years (shared/RULES.md R5).

use chrono::NaiveDate;
use proptest::prelude::*;
use socialrules::rules::params;
use socialrules::rules::vbtai_competition::{assess, continuous_periods, window, CriterionId, Education, English, Facts, Post, PostKind, Span};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn post(from: &str, to: &str) -> Post {
    Post { from: d(from), to: d(to), kind: PostKind::Head, subordinates: 10 }
}

fn facts(posts: Vec<Post>) -> Facts {
    Facts { education: Education::AcademicHigher, english: English::B2, posts, deadline: params::vbtai_deadline() }
}

fn experience(posts: Vec<Post>) -> bool {
    let a = assess(&facts(posts));
    a.criteria.iter().find(|c| c.id == CriterionId::Experience).unwrap().met
}

fn span(from: &str, to: &str) -> Span {
    Span { from: d(from), to: d(to) }
}

#[test]
fn the_default_deadline_is_22_june_2020_and_the_window_starts_ten_years_before() {
    assert_eq!(params::vbtai_deadline(), d("2020-06-22"));
    assert_eq!(window(d("2020-06-22")), span("2010-06-22", "2020-06-22"));
    assert_eq!(window(d("2020-02-29")).from, d("2010-02-28"), "month-end rule");
    assert_eq!(assess(&facts(vec![])).window, span("2010-06-22", "2020-06-22"));
}

#[test]
fn one_to_28_february_three_years_later_is_enough_a_day_less_is_not() {
    assert!(experience(vec![post("2015-03-01", "2018-02-28")]));
    assert!(experience(vec![post("2015-03-01", "2018-03-01")]));
    assert!(!experience(vec![post("2015-03-01", "2018-02-27")]));
    // From 29 February: the same date three years later is 28 February.
    assert!(experience(vec![post("2016-02-29", "2019-02-27")]));
    assert!(!experience(vec![post("2016-02-29", "2019-02-26")]));
}

#[test]
fn only_the_part_inside_the_window_counts_from_its_first_day() {
    // Three years ending on 21.06.2013 start on 22.06.2010, the window's first day.
    assert!(experience(vec![post("2010-06-22", "2013-06-21")]));
    assert!(experience(vec![post("2009-01-01", "2013-06-21")]), "the part before the window is cut off");
    // Starting the day before the window, the three years are cut to one day short.
    assert!(!experience(vec![post("2010-06-21", "2013-06-20")]));
    let a = assess(&facts(vec![post("2009-01-01", "2013-06-20")]));
    assert_eq!(a.longest_continuous, Some(span("2010-06-22", "2013-06-20")));
    assert!(!a.meets);
    // After the deadline: cut at the deadline.
    let a = assess(&facts(vec![post("2018-01-01", "2021-12-31")]));
    assert_eq!(a.longest_continuous, Some(span("2018-01-01", "2020-06-22")));
    assert!(!experience(vec![post("2018-01-01", "2021-12-31")]));
    // Wholly outside.
    assert_eq!(assess(&facts(vec![post("2000-01-01", "2010-06-21")])).longest_continuous, None);
}

#[test]
fn posts_that_touch_or_overlap_are_one_period_a_one_day_gap_is_not() {
    let touching = vec![post("2015-03-01", "2016-06-30"), post("2016-07-01", "2018-02-28")];
    assert!(experience(touching.clone()));
    assert_eq!(assess(&facts(touching)).longest_continuous, Some(span("2015-03-01", "2018-02-28")));
    let overlapping = vec![post("2016-01-01", "2018-02-28"), post("2015-03-01", "2016-07-31")];
    assert!(experience(overlapping));
    let gap = vec![post("2015-03-01", "2016-06-30"), post("2016-07-02", "2018-02-28")];
    assert!(!experience(gap.clone()));
    assert_eq!(assess(&facts(gap)).periods, vec![span("2015-03-01", "2016-06-30"), span("2016-07-02", "2018-02-28")]);
    // A post inside another changes nothing.
    let w = window(params::vbtai_deadline());
    assert_eq!(continuous_periods(&[post("2015-01-01", "2019-01-01"), post("2016-01-01", "2016-02-01")], w), vec![span("2015-01-01", "2019-01-01")]);
}

#[test]
fn both_kinds_of_post_need_ten_subordinates_and_other_posts_never_count() {
    let p = |kind, subordinates| Post { kind, subordinates, ..post("2015-01-01", "2019-01-01") };
    assert!(experience(vec![p(PostKind::Head, 10)]));
    assert!(experience(vec![p(PostKind::UnderHead, 10)]));
    assert!(!experience(vec![p(PostKind::Head, 9)]));
    assert!(!experience(vec![p(PostKind::UnderHead, 9)]));
    assert!(!experience(vec![p(PostKind::Other, 500)]));
    // A non-qualifying post does not bridge the one-day gap of 1.01.2016.
    let bridge = Post { kind: PostKind::Other, subordinates: 50, ..post("2016-01-01", "2016-01-01") };
    assert!(!experience(vec![post("2014-01-01", "2015-12-31"), bridge, post("2016-01-02", "2017-06-30")]));
    assert!(experience(vec![post("2014-01-01", "2015-12-31"), Post { kind: PostKind::Head, ..bridge }, post("2016-01-02", "2017-06-30")]));
}

#[test]
fn education_and_english_each_decide_alone() {
    let good = vec![post("2015-01-01", "2019-01-01")];
    let with = |education, english| assess(&Facts { education, english, ..facts(good.clone()) });
    assert!(with(Education::AcademicHigher, English::B2).meets);
    assert!(with(Education::SecondLevelProfessionalHigher, English::C2).meets);
    let a = with(Education::Other, English::C1);
    assert!(!a.meets);
    assert_eq!(a.criteria.iter().map(|c| (c.id, c.met)).collect::<Vec<_>>(), vec![(CriterionId::Education, false), (CriterionId::Experience, true), (CriterionId::English, true)]);
    assert!(!with(Education::AcademicHigher, English::B1).meets);
    assert!(!with(Education::AcademicHigher, English::None).meets);
    assert!(with(Education::AcademicHigher, English::C1).meets);
    assert!(a.reputation_self_declared, "reputation is never computed");
}

#[test]
fn the_longest_period_is_the_one_shown() {
    let a = assess(&facts(vec![post("2011-01-01", "2012-01-01"), post("2013-01-01", "2015-06-30"), post("2017-01-01", "2017-03-01")]));
    assert_eq!(a.longest_continuous, Some(span("2013-01-01", "2015-06-30")));
    assert_eq!(a.periods.len(), 3);
}

proptest! {
    /// The merged periods lie inside the window, in order, separated by at
    /// least one day; the criterion is met exactly when one of them lasts
    /// three years; the order of the posts does not matter.
    #[test]
    fn merged_periods_are_ordered_disjoint_and_inside_the_window(
        raw in proptest::collection::vec((0i64..6000, 0i64..1500, 8u32..12, 0u8..3), 0..8),
    ) {
        let base = d("2008-01-01");
        let posts: Vec<Post> = raw.iter().map(|&(start, len, subs, kind)| Post {
            from: base + chrono::Duration::days(start),
            to: base + chrono::Duration::days(start + len),
            kind: [PostKind::Head, PostKind::UnderHead, PostKind::Other][kind as usize],
            subordinates: subs,
        }).collect();
        let a = assess(&facts(posts.clone()));
        for s in &a.periods {
            prop_assert!(s.from >= a.window.from && s.to <= a.window.to && s.from <= s.to);
        }
        for w in a.periods.windows(2) {
            prop_assert!((w[1].from - w[0].to).num_days() >= 2, "a gap of at least one day");
        }
        let met = a.criteria.iter().find(|c| c.id == CriterionId::Experience).unwrap().met;
        prop_assert_eq!(met, a.periods.iter().any(|s| s.lasts_three_years()));
        let mut reversed = posts;
        reversed.reverse();
        prop_assert_eq!(assess(&facts(reversed)), a);
    }
}
