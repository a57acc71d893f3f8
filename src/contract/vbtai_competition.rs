//! The JSON contract of `vbtai-competition` (R5): reading the facts, every
//! problem named by its field (a post's by its index, `posts[2].from`), and
//! the typed answer.

use chrono::NaiveDate;
use serde::Serialize;

use crate::contract::json::{self as json, Json};
use crate::contract::read::{self as input, get, one_of, optional_date, Code, FieldError};
use crate::contract::write::{self, step_text, Explanation, Out};
use crate::rules::params;
use crate::rules::vbtai_competition::{self as r5, Assessment, Education, English, Post, PostKind, Span};
use crate::text::explain::Step;
use crate::text::vbtai_competition as words;

/// The most posts one application lists.
pub const MAX_POSTS: usize = 100;
/// The most subordinates one post may have (far beyond any organisation in Latvia).
pub const MAX_SUBORDINATES: i64 = 1_000_000;

const KINDS: &[(&str, PostKind)] = &[("head", PostKind::Head), ("under_head", PostKind::UnderHead), ("other", PostKind::Other)];

/// Reads one post at `posts[i]`; `to` absent or `null` means still held
/// (counted up to the deadline). `subordinates` is required unless the
/// kind is `other`.
fn post(v: &Json, i: usize, deadline: NaiveDate, errors: &mut Vec<FieldError>) -> Option<Post> {
    let path = |k: &str| input::item("posts", i, &[".", k].concat());
    let Json::Object(m) = v else {
        errors.push(FieldError::new(input::item("posts", i, ""), Code::WrongType));
        return None;
    };
    input::unknown_fields(m, POST_FIELDS, |k| path(k), errors);
    let at = |k: &str, e: FieldError| FieldError { field: path(k), ..e };
    let read_date = |k: &str, required: bool, errors: &mut Vec<FieldError>| match get(m, k) {
        None | Some(Json::Null) => {
            if required {
                errors.push(FieldError::new(path(k), Code::Required));
            }
            None
        }
        Some(Json::String(s)) if s.trim().is_empty() && !required => None,
        Some(v) => input::date(v, &path(k)).map_err(|e| errors.push(e)).ok(),
    };
    let from = read_date("from", true, errors);
    let to = read_date("to", false, errors);
    let kind = {
        let mut es = Vec::new();
        let k = one_of(m, "kind", KINDS, true, &mut es);
        errors.extend(es.into_iter().map(|e| at("kind", e)));
        k
    };
    let subordinates = match get(m, "subordinates") {
        None | Some(Json::Null) if kind == Some(PostKind::Other) => Some(0),
        None | Some(Json::Null) => {
            errors.push(FieldError::new(path("subordinates"), Code::Required));
            None
        }
        Some(v) => match input::whole(v, &path("subordinates")) {
            Ok(n) if n < 0 => {
                errors.push(FieldError::new(path("subordinates"), Code::Negative));
                None
            }
            Ok(n) if n > MAX_SUBORDINATES => {
                errors.push(FieldError::new(path("subordinates"), Code::TooLarge).with("max", crate::rules::calendar::signed(MAX_SUBORDINATES, 1)));
                None
            }
            // invariant: 0 ≤ n ≤ MAX_SUBORDINATES fits a u32.
            Ok(n) => u32::try_from(n).ok(),
            // Beyond what the reader takes (10^15 or more): the same maximum.
            Err(e) if e.code == Code::TooLarge => {
                errors.push(e.with("max", crate::rules::calendar::signed(MAX_SUBORDINATES, 1)));
                None
            }
            Err(e) => {
                errors.push(e);
                None
            }
        },
    };
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            errors.push(FieldError::new(path("from"), Code::DateAfterDate).with("other", crate::rules::calendar::iso_date(t)));
        }
    }
    let to = to.unwrap_or(deadline.max(from.unwrap_or(deadline)));
    Some(Post { from: from?, to, kind: kind?, subordinates: subordinates? })
}

/// The English levels the input takes (CEFR), as the page offers them.
pub const ENGLISH_LEVELS: &[(&str, English)] = &[
    ("none", English::None),
    ("A1", English::A1),
    ("A2", English::A2),
    ("B1", English::B1),
    ("B2", English::B2),
    ("C1", English::C1),
    ("C2", English::C2),
];

/// The fields of the input (the package's TypeScript declarations are checked against them).
pub const FIELDS: &[&str] = &["education", "english", "posts", "deadline"];
/// The fields of an entry of `posts`.
pub const POST_FIELDS: &[&str] = &["from", "to", "kind", "subordinates"];

/// Reads the facts of `vbtai-competition`.
///
/// # Errors
/// Every problem found, each with its field and code.
pub fn parse(text: &str) -> Result<r5::Facts, Vec<FieldError>> {
    let parsed = json::parse(text).map_err(|e| vec![input::invalid_json(&e)])?;
    let (m, mut errors) = input::object(&parsed, FIELDS);
    if m.is_empty() && !errors.is_empty() {
        return Err(errors);
    }
    let education = one_of(
        m,
        "education",
        &[
            ("academic_higher", Education::AcademicHigher),
            ("second_level_professional_higher", Education::SecondLevelProfessionalHigher),
            ("other", Education::Other),
        ],
        true,
        &mut errors,
    );
    let english = one_of(m, "english", ENGLISH_LEVELS, true, &mut errors);
    let given_deadline = optional_date(m, "deadline", &mut errors);
    let deadline = given_deadline.unwrap_or_else(params::vbtai_deadline);
    let mut posts = Vec::new();
    match get(m, "posts") {
        None | Some(Json::Null) => {}
        Some(Json::Array(items)) if items.len() > MAX_POSTS => {
            errors.push(FieldError::new("posts", Code::TooManyEntries).with("max", crate::rules::calendar::number(MAX_POSTS as u64)));
        }
        Some(Json::Array(items)) => {
            for (i, v) in items.iter().enumerate() {
                if let Some(p) = post(v, i, deadline, &mut errors) {
                    posts.push(p);
                }
            }
        }
        Some(_) => errors.push(FieldError::new("posts", Code::WrongType)),
    }
    match (education, english, errors.is_empty()) {
        (Some(education), Some(english), true) => Ok(r5::Facts { education, english, posts, deadline }),
        _ => Err(errors),
    }
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
struct SpanOut {
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    from: NaiveDate,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    to: NaiveDate,
}

impl From<Span> for SpanOut {
    fn from(s: Span) -> SpanOut {
        SpanOut { from: s.from, to: s.to }
    }
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "VbtaiCriterion"))]
struct CriterionOut {
    id: &'static str,
    met: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    text: Option<String>,
}

/// The answer of `vbtai-competition` (field names are fixed by the contract).
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "VbtaiCompetitionResult"))]
pub struct CompetitionOut<'a> {
    meets: bool,
    criteria: Vec<CriterionOut>,
    longest_continuous: Option<SpanOut>,
    /// The last day of three years counted from the longest period's first day.
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    three_years_end: Option<NaiveDate>,
    /// Every continuous qualifying period inside the window, in order.
    periods: Vec<SpanOut>,
    window: SpanOut,
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    deadline: NaiveDate,
    /// Always `"self_declared"`: a perfect reputation is never computed.
    reputation: &'static str,
    #[cfg_attr(feature = "ts", ts(as = "Vec<crate::contract::write::StepOut<'static>>"))]
    #[serde(skip_serializing_if = "Explanation::left_out")]
    explanation: Explanation<'a>,
}

/// The answer for `f` and its assessment `a` (explained by `steps`).
pub fn output<'a>(f: &r5::Facts, a: &Assessment, steps: &'a [Step], out: Out) -> CompetitionOut<'a> {
    CompetitionOut {
        meets: a.meets,
        criteria: a
            .criteria
            .iter()
            .map(|c| CriterionOut { id: c.id.as_str(), met: c.met, text: step_text(&words::criterion(f, a, c), out) })
            .collect(),
        longest_continuous: a.longest_continuous.map(SpanOut::from),
        three_years_end: a.longest_continuous.and_then(Span::three_years_end),
        periods: a.periods.iter().copied().map(SpanOut::from).collect(),
        window: a.window.into(),
        deadline: f.deadline,
        reputation: "self_declared",
        explanation: Explanation { steps, out },
    }
}
