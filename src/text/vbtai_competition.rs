//! The explanation of a VBTAI competition answer (R5), step by step.

use super::explain::{Step, Value};
use crate::rules::params;
use crate::rules::sources::{self as src};
use crate::rules::vbtai_competition::{qualifies, Assessment, Criterion, CriterionId, Education, English, Facts, PostKind, Span};

fn yes_no(b: bool) -> Value {
    Value::Word(if b { "yes" } else { "no" })
}

fn english_word(e: English) -> &'static str {
    match e {
        English::None => "none",
        English::A1 => "A1",
        English::A2 => "A2",
        English::B1 => "B1",
        English::B2 => "B2",
        English::C1 => "C1",
        English::C2 => "C2",
    }
}

/// The words of one requirement: `r5-criterion-<id>`.
pub fn criterion(f: &Facts, a: &Assessment, c: &Criterion) -> Step {
    match c.id {
        CriterionId::Education => Step::new("r5-criterion-education", "R5", src::VBTAI_2020)
            .quote(src::QUOTE_VBTAI_EDUCATION)
            .value(
                "education",
                Value::Word(match f.education {
                    Education::AcademicHigher => "academic_higher",
                    Education::SecondLevelProfessionalHigher => "second_level_professional_higher",
                    Education::Other => "other",
                }),
            )
            .value("met", yes_no(c.met)),
        CriterionId::English => Step::new("r5-criterion-english", "R5", src::VBTAI_2020)
            .quote(src::QUOTE_VBTAI_ENGLISH)
            .value("level", Value::Word(english_word(f.english)))
            .value("met", yes_no(c.met)),
        CriterionId::Experience => {
            let longest = a.longest_continuous;
            Step::new("r5-criterion-experience", "R5", src::VBTAI_2020)
                .reading("window-and-years")
                .quote(src::QUOTE_VBTAI_EXPERIENCE)
                .value("from", longest.map_or(Value::None, |s| Value::Date(s.from)))
                .value("to", longest.map_or(Value::None, |s| Value::Date(s.to)))
                .value("end", longest.and_then(Span::three_years_end).map_or(Value::None, Value::Date))
                .value("met", yes_no(c.met))
        }
    }
}

/// The steps explaining `a`.
pub fn steps(f: &Facts, a: &Assessment) -> Vec<Step> {
    let mut steps = vec![
        Step::new("r5-deadline", "R5", src::VBTAI_2020).quote(src::QUOTE_VBTAI_DEADLINE).value("deadline", Value::Date(f.deadline)),
        // INTERPRETATION (window and years): decided in rules::vbtai_competition.
        Step::new("r5-window-reading", "R5", src::VBTAI_2020)
            .reading("window-and-years")
            .value("from", Value::Date(a.window.from))
            .value("to", Value::Date(a.window.to)),
        // INTERPRETATION (subordinates): decided in rules::vbtai_competition::qualifies.
        Step::new("r5-subordinates-reading", "R5", src::VBTAI_2020)
            .reading("subordinates")
            .value("min", Value::Num(params::VBTAI_MIN_SUBORDINATES.into())),
    ];
    for (i, p) in f.posts.iter().enumerate() {
        let inside = p.from <= a.window.to && p.to >= a.window.from;
        let state = if !matches!(p.kind, PostKind::Head | PostKind::UnderHead) {
            "not-management"
        } else if p.subordinates < params::VBTAI_MIN_SUBORDINATES {
            "few-subordinates"
        } else if !qualifies(p) || !inside {
            "outside-window"
        } else {
            "counts"
        };
        steps.push(
            Step::new("r5-post", "R5", src::VBTAI_2020)
                .value("n", Value::Num((i + 1).into()))
                .value("from", Value::Date(p.from))
                .value("to", Value::Date(p.to))
                .value(
                    "kind",
                    Value::Word(match p.kind {
                        PostKind::Head => "head",
                        PostKind::UnderHead => "under_head",
                        PostKind::Other => "other",
                    }),
                )
                .value("subordinates", Value::Num(p.subordinates.into()))
                .value("state", Value::Word(state)),
        );
    }
    for c in &a.criteria {
        steps.push(criterion(f, a, c));
    }
    steps.push(Step::new("r5-reputation", "R5", src::VBTAI_2020).quote(src::QUOTE_VBTAI_REPUTATION));
    let failed: Vec<&'static str> = a.criteria.iter().filter(|c| !c.met).map(|c| c.id.as_str()).collect();
    steps.push(
        Step::new("r5-verdict", "R5", src::VBTAI_2020)
            .value("meets", yes_no(a.meets))
            .value("failed", Value::List { prefix: "r5-requirement", items: failed }),
    );
    steps
}
