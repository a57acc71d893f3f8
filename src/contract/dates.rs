//! The JSON contracts of `lt-eligibility` (R2) and `lv-unemployment` (R3):
//! reading the facts with every problem named by field, and writing the
//! answer with its explanation. Same conventions as `assistant-hours`.

use chrono::NaiveDate;

use crate::contract::assistant_hours::Step;
use crate::text::{self as i18n, tr, Lang};
use crate::contract::read::{self as input, Code, FieldError};
use crate::contract::json::{self as json, obj, s, Json};
use crate::rules::lt_eligibility::{self as lt, CashAssistance, CriterionId, Verdict};
use crate::rules::lv_unemployment as lv;
use crate::rules::params;

type Members<'a> = &'a [(String, Json)];

fn get<'a>(m: Members<'a>, k: &str) -> Option<&'a Json> {
    m.iter().find(|(key, _)| key == k).map(|(_, v)| v)
}

fn required_date(m: Members, k: &str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    match get(m, k) {
        None | Some(Json::Null) => {
            errors.push(FieldError::new(k, Code::Required));
            None
        }
        Some(v) => input::date(v, k).map_err(|e| errors.push(e)).ok(),
    }
}

fn optional_date(m: Members, k: &str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    match get(m, k) {
        None | Some(Json::Null) => None,
        Some(Json::String(s)) if s.trim().is_empty() => None,
        Some(v) => input::date(v, k).map_err(|e| errors.push(e)).ok(),
    }
}

/// A date that must not be after `date` (a birth, a registration, the end of
/// a job: facts of the past on the day asked about).
fn not_after(field: &str, v: Option<NaiveDate>, date: Option<NaiveDate>, errors: &mut Vec<FieldError>) {
    if let (Some(v), Some(d)) = (v, date) {
        if v > d {
            errors.push(FieldError::new(field, Code::DateAfterDate).with("other", d.to_string()));
        }
    }
}

fn d(v: Option<NaiveDate>) -> Json {
    v.map_or(Json::Null, |x| s(x.to_string()))
}

fn step(rule: &'static str, source: &'static str, interpretation: Option<&'static str>, text: String) -> Json {
    Step { rule, source, interpretation, text }.to_json()
}

// ---- R2 --------------------------------------------------------------------

/// Reads the facts of `lt-eligibility`.
///
/// # Errors
/// Every problem found, each with its field and code.
pub fn parse_lt(text: &str) -> Result<lt::Facts, Vec<FieldError>> {
    let parsed = json::parse(text).map_err(|e| vec![input::invalid_json(&e)])?;
    let fields = ["date", "birth_date", "registered_since", "last_employment_end", "cash_social_assistance", "municipality"];
    let (m, mut errors) = input::object(&parsed, &fields);
    if m.is_empty() && !errors.is_empty() {
        return Err(errors);
    }
    let date = required_date(m, "date", &mut errors);
    let birth = required_date(m, "birth_date", &mut errors);
    let registered = optional_date(m, "registered_since", &mut errors);
    let last_job = optional_date(m, "last_employment_end", &mut errors);
    not_after("birth_date", birth, date, &mut errors);
    not_after("registered_since", registered, date, &mut errors);
    not_after("last_employment_end", last_job, date, &mut errors);
    let cash = match get(m, "cash_social_assistance") {
        None | Some(Json::Null) => None,
        Some(Json::String(v)) => match v.trim() {
            "receives" => Some(CashAssistance::Receives),
            "entitled" => Some(CashAssistance::Entitled),
            "no" => Some(CashAssistance::No),
            "" => None,
            _ => {
                errors.push(FieldError::new("cash_social_assistance", Code::NotOneOf).with("allowed", "receives, entitled, no"));
                None
            }
        },
        Some(_) => {
            errors.push(FieldError::new("cash_social_assistance", Code::WrongType));
            None
        }
    };
    let municipality = match get(m, "municipality") {
        None | Some(Json::Null) => None,
        Some(Json::String(v)) if v.chars().count() > 200 => {
            errors.push(FieldError::new("municipality", Code::TooLarge).with("max", "200"));
            None
        }
        Some(Json::String(v)) => Some(v.trim().to_string()).filter(|v| !v.is_empty()),
        Some(_) => {
            errors.push(FieldError::new("municipality", Code::WrongType));
            None
        }
    };
    match (date, birth, errors.is_empty()) {
        (Some(date), Some(birth_date), true) => Ok(lt::Facts {
            date,
            birth_date,
            registered_since: registered,
            last_employment_end: last_job,
            cash_social_assistance: cash,
            municipality,
        }),
        _ => Err(errors),
    }
}

fn yes_no(lang: Lang, met: Option<bool>) -> String {
    match met {
        Some(true) => tr(lang, "izpildīts", "met"),
        Some(false) => tr(lang, "nav izpildīts", "not met"),
        None => tr(lang, "nevar noteikt (trūkst ziņu)", "cannot tell (a fact is missing)"),
    }
}

/// The answer of `lt-eligibility`.
pub fn lt_to_json(f: &lt::Facts, a: &lt::Assessment, lang: Lang) -> Json {
    let dt = |x: NaiveDate| i18n::date(lang, x);
    let criteria: Vec<Json> = a
        .criteria
        .iter()
        .map(|c| {
            let dates = Json::Object(c.dates.iter().map(|(k, v)| ((*k).to_string(), s(v.to_string()))).collect());
            let text = match c.id {
                CriterionId::Age => match c.holds_from {
                    Some(b) => tr(
                        lang,
                        format!("Vecums: 30 gadi aprit {} — {}.", dt(b), yes_no(lang, c.met)),
                        format!("Age: the 30th birthday is {} — {}.", dt(b), yes_no(lang, c.met)),
                    ),
                    None => tr(lang, "Vecums: nevar aprēķināt.", "Age: cannot be computed."),
                },
                CriterionId::LongTermUnemployed => {
                    let mut parts = Vec::new();
                    for (k, v) in &c.dates {
                        match *k {
                            "more_than_12_months_registered_from" => parts.push(tr(
                                lang,
                                format!("reģistrēts ilgāk par 12 mēnešiem no {}", dt(*v)),
                                format!("registered for more than 12 months from {}", dt(*v)),
                            )),
                            "more_than_2_years_not_working_from" => parts.push(tr(
                                lang,
                                format!("nestrādā ilgāk par 2 gadiem no {}", dt(*v)),
                                format!("not working for more than 2 years from {}", dt(*v)),
                            )),
                            _ => {}
                        }
                    }
                    let detail = if parts.is_empty() {
                        tr(lang, "nav norādīts ne reģistrācijas datums, ne pēdējā darba beigas", "neither the registration date nor the end of the last job is given")
                    } else {
                        parts.join(tr(lang, "; vai ", "; or ").as_str())
                    };
                    tr(
                        lang,
                        format!("Ilgstošais bezdarbnieks: {detail} — {}.", yes_no(lang, c.met)),
                        format!("Long-term unemployed: {detail} — {}.", yes_no(lang, c.met)),
                    )
                }
                CriterionId::CashSocialAssistance => match f.cash_social_assistance {
                    Some(CashAssistance::Receives) => tr(lang, "Saņem pabalstu naudā — izpildīts.", "Receives cash social assistance — met."),
                    Some(CashAssistance::Entitled) => tr(
                        lang,
                        format!("Ir tiesības saņemt: skaitās no {} (A1-48; spēkā stāšanās datums NEPĀRBAUDĪTS) — {}.", dt(params::lt_entitled_counts().from), yes_no(lang, c.met)),
                        format!("Entitled to it: counts from {} (A1-48; in-force date UNVERIFIED) — {}.", dt(params::lt_entitled_counts().from), yes_no(lang, c.met)),
                    ),
                    Some(CashAssistance::No) => tr(lang, "Nesaņem un nav tiesību saņemt — nav izpildīts.", "Neither receives nor is entitled to it — not met."),
                    None => tr(lang, "Nav atbildēts par pabalstu naudā — nevar noteikt.", "Cash social assistance not answered — cannot tell."),
                },
            };
            obj([
                ("id", s(c.id.as_str())),
                ("met", c.met.map_or(Json::Null, Json::Bool)),
                ("quote", s(c.quote)),
                ("holds_from", d(c.holds_from)),
                ("dates", dates),
                ("text", s(text)),
            ])
        })
        .collect();

    let (ws, we) = a.window;
    let municipality_note = match (&f.municipality, a.municipality) {
        (None, _) => Json::Null,
        (Some(name), Some(m)) => s(tr(
            lang,
            format!("“{name}”: avotos minēta kā modeļa dalībniece ({}). Tā ir informācija, nevis lēmums: jautājiet savai pašvaldībai.", municipality_note(m.id).1),
            format!("“{name}”: named in the sources as taking part in the model ({}). This is information, not a decision: ask your municipality.", municipality_note(m.id).0),
        )),
        (Some(name), None) => s(tr(
            lang,
            format!("“{name}” nav to pašvaldību sarakstā, kuras min avoti (tas ir nepilnīgs: 2020.–2021. gadā pievienojās vēl 19). Jautājiet savai pašvaldībai."),
            format!("“{name}” is not among the municipalities the sources name (the list is incomplete: 19 more joined in 2020–2021). Ask your municipality."),
        )),
    };

    let mut explanation = vec![step(
        "R2",
        "SADM order A1-269 point 7 (amended by A1-48); source 001",
        None,
        tr(
            lang,
            format!("Piedalīties var, ja nosūtīšanas pie atvejo vadītāja dienā un līguma parakstīšanas dienā izpildās visi trīs nosacījumi. Modelis darbojas no {} līdz {}.", dt(ws), dt(we)),
            format!("A person may take part if all three criteria hold on the day of referral to the case manager and when the agreement is signed. The model applies from {} to {}.", dt(ws), dt(we)),
        ),
    )];
    explanation.push(step(
        "R2",
        "shared/RULES.md R2",
        Some("age"),
        tr(
            lang,
            "INTERPRETĀCIJA (vecums): 30. dzimšanas diena = dzimšanas diena + 360 mēneši; ja mēnesī tādas dienas nav, tā ir mēneša pēdējā diena (29. februāris → 28. februāris).",
            "INTERPRETATION (age): the 30th birthday is birth + 360 months; a day the month lacks falls on its last day (29 February → 28 February).",
        ),
    ));
    explanation.push(step(
        "R2",
        "shared/RULES.md R2",
        Some("months"),
        tr(
            lang,
            "INTERPRETĀCIJA (mēneši): “ilgāk kā 12 mēnešus” no reģistrācijas dienas r izpildās no nākamās dienas pēc r + 12 kalendāra mēnešiem; “ilgāk kā 2 gadus” = 24 mēneši no pēdējā darba beigām, tāpat.",
            "INTERPRETATION (months): “more than 12 months” from registration on day r holds from the day after r + 12 calendar months; “more than 2 years” = 24 months from the end of the last job, likewise.",
        ),
    ));
    let verdict_text = match a.verdict {
        Verdict::Eligible => tr(lang, format!("{}: visi nosacījumi izpildīti.", dt(f.date)), format!("{}: every criterion holds.", dt(f.date))),
        Verdict::NotEligible => tr(lang, format!("{}: ne visi nosacījumi izpildīti.", dt(f.date)), format!("{}: not every criterion holds.", dt(f.date))),
        Verdict::CannotTell => tr(lang, "Trūkst ziņu, lai pateiktu: atbildiet uz jautājumiem ar “?”.", "Facts are missing to tell: answer the questions marked “?”."),
        Verdict::NotCovered => tr(
            lang,
            format!("{} ir ārpus modeļa darbības laika ({}–{}): šis datums nav aptverts.", dt(f.date), dt(ws), dt(we)),
            format!("{} is outside the model's period ({} to {}): the date is not covered.", dt(f.date), dt(ws), dt(we)),
        ),
    };
    explanation.push(step("R2", "SADM order A1-269", None, verdict_text));
    let earliest_text = match a.earliest_date {
        Some(e) if e == f.date && a.verdict == Verdict::Eligible => None,
        Some(e) => Some(tr(
            lang,
            format!("Ja nekas cits nemainās, visi nosacījumi izpildīsies no {}.", dt(e)),
            format!("If nothing else changes, every criterion will hold from {}.", dt(e)),
        )),
        None if a.verdict == Verdict::CannotTell => None,
        None if a.criteria.iter().any(|c| c.met == Some(false) && c.holds_from.is_none()) => Some(tr(
            lang,
            "Laika gaitā tas nemainīsies: nosacījums par pabalstu naudā nav izpildīts.",
            "Time alone will not change this: the cash social assistance criterion is not met.",
        )),
        None => Some(tr(
            lang,
            format!("Modeļa darbības laikā (līdz {}) visi nosacījumi neizpildīsies.", dt(we)),
            format!("The criteria will not all hold within the model's period (until {}).", dt(we)),
        )),
    };
    if let Some(t) = earliest_text {
        explanation.push(step("R2", "shared/RULES.md R2", None, t));
    }

    obj([
        ("date", s(f.date.to_string())),
        ("verdict", s(a.verdict.as_str())),
        ("criteria", Json::Array(criteria)),
        ("earliest_date", d(a.earliest_date)),
        ("programme_window", Json::Array(vec![s(ws.to_string()), s(we.to_string())])),
        ("municipality_known", a.municipality.map_or(Json::Null, |m| s(m.name))),
        ("municipality_note", municipality_note),
        ("explanation", Json::Array(explanation)),
    ])
}

/// The notes the rules' municipality facts had as text (English, Latvian),
/// by id, until the catalogs word them.
fn municipality_note(id: &str) -> (&'static str, &'static str) {
    match id {
        "alytaus-miesto" => ("pilot municipality from 2019 (Alytus city; from February 2019, source 003)", "izmēģinājuma pašvaldība no 2019. gada (Alitas pilsēta; no 2019. gada februāra, avots 003)"),
        "panevezio-miesto" => ("pilot municipality from 2019 (Panevėžys city)", "izmēģinājuma pašvaldība no 2019. gada (Panevēžas pilsēta)"),
        "utenos-rajono" => ("named by the ministry as a participant", "ministrija to min kā dalībnieci"),
        "kazlu-rudos" => ("from 1 January 2020 for 24 months, up to 70 people (source 001)", "no 2020. gada 1. janvāra uz 24 mēnešiem, līdz 70 cilvēkiem (avots 001)"),
        "kalvarijos" => ("one of the 19 municipalities of 2020–2021", "viena no 19 pašvaldībām 2020.–2021. gadā"),
        _ => ("pilot municipality from 2019", "izmēģinājuma pašvaldība no 2019. gada"),
    }
}

// ---- R3 --------------------------------------------------------------------

/// Reads the facts of `lv-unemployment`.
///
/// # Errors
/// Every problem found, each with its field and code.
pub fn parse_lv(text: &str) -> Result<lv::Facts, Vec<FieldError>> {
    let parsed = json::parse(text).map_err(|e| vec![input::invalid_json(&e)])?;
    let fields = ["date", "birth_date", "employment_end", "registered_since", "disability"];
    let (m, mut errors) = input::object(&parsed, &fields);
    if m.is_empty() && !errors.is_empty() {
        return Err(errors);
    }
    let date = required_date(m, "date", &mut errors);
    let birth = required_date(m, "birth_date", &mut errors);
    let employment_end = optional_date(m, "employment_end", &mut errors);
    let registered = optional_date(m, "registered_since", &mut errors);
    not_after("birth_date", birth, date, &mut errors);
    let disability = match get(m, "disability") {
        None | Some(Json::Null) => false,
        Some(v) => input::boolean(v, "disability").map_err(|e| errors.push(e)).unwrap_or(false),
    };
    match (date, birth, errors.is_empty()) {
        (Some(date), Some(birth_date), true) => Ok(lv::Facts { date, birth_date, employment_end, registered_since: registered, disability }),
        _ => Err(errors),
    }
}

/// The answer of `lv-unemployment`.
pub fn lv_to_json(f: &lv::Facts, r: &lv::Dates, lang: Lang) -> Json {
    let dt = |x: NaiveDate| i18n::date(lang, x);
    let age = r.retirement_age;
    let age_text = tr(lang, format!("{} g. {} mēn.", age.years, age.months), format!("{} years {} months", age.years, age.months));
    let mut explanation = Vec::new();
    if let (Some(end), Some(app)) = (f.employment_end, r.earliest_application_date) {
        explanation.push(step(
            "R3",
            "NVA (source 004)",
            None,
            tr(
                lang,
                format!("Bezdarbnieka statusam var pieteikties “ne agrāk kā nākamajā dienā pēc darba tiesisko attiecību izbeigšanas”: darbs beidzās {}, tātad no {}.", dt(end), dt(app)),
                format!("Unemployed status can be applied for “ne agrāk kā nākamajā dienā pēc darba tiesisko attiecību izbeigšanas” (no earlier than the day after the employment ended): it ended on {}, so from {}.", dt(end), dt(app)),
            ),
        ));
    }
    if let Some(rd) = r.retirement_date {
        explanation.push(step(
            "R3",
            params::RETIREMENT_REFERENCE,
            None,
            tr(
                lang,
                format!("Pensionēšanās vecums ir tas, kas noteikts gadā, kurā iekrīt pensionēšanās diena: {age_text}; pensionēšanās diena {}.", dt(rd)),
                format!("The retirement age is the one in force in the year the retirement date falls in: {age_text}; retirement date {}.", dt(rd)),
            ),
        ));
    }
    if let Some(p) = r.pre_retirement_from {
        explanation.push(step(
            "R3",
            "NVA (source 000)",
            None,
            tr(
                lang,
                format!("Pirmspensijas vecums: pieci gadi vai mazāk līdz pensionēšanās vecumam, t. i., no {}.", dt(p)),
                format!("Pre-retirement age: five years or less before the retirement age, i.e. from {}.", dt(p)),
            ),
        ));
    }
    if let (Some(reg), Some(lt)) = (f.registered_since, r.long_term_from) {
        explanation.push(step(
            "R3",
            "NVA (source 000); shared/RULES.md R3",
            Some("long-term"),
            tr(
                lang,
                format!("INTERPRETĀCIJA (ilgstošais bezdarbnieks): “12 mēnešus un ilgāk” no reģistrācijas ({}) — no {} (ja mēnesī tādas dienas nav, mēneša pēdējā diena).", dt(reg), dt(lt)),
                format!("INTERPRETATION (long-term): “12 mēnešus un ilgāk” (12 months or longer) from registration ({}) — from {} (a day the month lacks falls on its last day).", dt(reg), dt(lt)),
            ),
        ));
    }
    let groups_text = if !r.covered {
        tr(
            lang,
            format!("{} ir pirms 2014. gada: noteikumi pirms tam šeit nav iekodēti, datums nav aptverts.", dt(f.date)),
            format!("{} is before 2014: the rules before then are not encoded; the date is not covered.", dt(f.date)),
        )
    } else if !r.registered_on_date {
        tr(
            lang,
            format!("{} persona nav reģistrēta kā bezdarbnieks, tāpēc grupas neattiecas; datumi augstāk rāda, kad tās sāktos.", dt(f.date)),
            format!("On {} the person is not registered as unemployed, so the groups do not apply; the dates above say when they would begin.", dt(f.date)),
        )
    } else if r.groups.is_empty() {
        tr(lang, format!("{}: neviena no grupām.", dt(f.date)), format!("{}: none of the groups.", dt(f.date)))
    } else {
        let names: Vec<String> = r
            .groups
            .iter()
            .map(|g| match g {
                lv::Group::LongTermUnemployed => tr(lang, "ilgstošais bezdarbnieks", "long-term unemployed"),
                lv::Group::PreRetirementAge => tr(lang, "pirmspensijas vecuma bezdarbnieks", "pre-retirement age"),
                lv::Group::WithDisability => tr(lang, "bezdarbnieks ar invaliditāti (kā norādīts)", "with disability (as entered)"),
            })
            .collect();
        tr(lang, format!("{}: {}.", dt(f.date), names.join(", ")), format!("{}: {}.", dt(f.date), names.join(", ")))
    };
    explanation.push(step("R3", "NVA (source 000)", None, groups_text));

    obj([
        ("date", s(f.date.to_string())),
        ("covered", Json::Bool(r.covered)),
        ("earliest_application_date", d(r.earliest_application_date)),
        (
            "retirement_age",
            obj([("years", Json::Number(age.years.to_string())), ("months", Json::Number(age.months.to_string()))]),
        ),
        ("retirement_date", d(r.retirement_date)),
        ("pre_retirement_from", d(r.pre_retirement_from)),
        ("long_term_from", d(r.long_term_from)),
        ("registered_on_date", Json::Bool(r.registered_on_date)),
        ("groups", Json::Array(r.groups.iter().map(|g| s(g.as_str())).collect())),
        ("explanation", Json::Array(explanation)),
    ])
}
