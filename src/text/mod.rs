//! The message catalog of the rules: error messages and explanations, in
//! Latvian and English. The page has its own catalog for its labels
//! (`www/i18n.js`); everything the rules say comes from here, so the command
//! line and the page say the same thing.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::contract::read::{Code, FieldError};

/// A language of the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Lv,
    En,
}

impl Lang {
    /// `"lv"` or `"en"`; anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "lv" => Some(Lang::Lv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::Lv => "lv",
            Lang::En => "en",
        }
    }
}

/// Picks the text of the language.
pub fn tr(lang: Lang, lv: impl Into<String>, en: impl Into<String>) -> String {
    match lang {
        Lang::Lv => lv.into(),
        Lang::En => en.into(),
    }
}

/// A decimal as people of the language write it: `3,5` in Latvian, `3.5` in English.
pub fn num(lang: Lang, d: Decimal) -> String {
    let s = d.normalize().to_string();
    match lang {
        Lang::Lv => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Money with two decimals: `86,54 EUR` / `EUR 86.54`.
pub fn money(lang: Lang, d: Decimal) -> String {
    let mut v = d;
    v.rescale(2);
    match lang {
        Lang::Lv => format!("{} EUR", v.to_string().replace('.', ",")),
        Lang::En => format!("EUR {v}"),
    }
}

const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/// Latvian month names in the genitive ("3. jūnija"), and nominative.
const MONTHS_LV_GEN: [&str; 12] =
    ["janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta", "septembra", "oktobra", "novembra", "decembra"];
const MONTHS_LV: [&str; 12] =
    ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"];

fn month_index(m: u32) -> usize {
    (m.clamp(1, 12) - 1) as usize
}

/// A date in running text: `3 June 2020` / `2020. gada 3. jūnijs` is long;
/// Latvian official style `03.06.2020.` is used.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Lv => format!("{:02}.{:02}.{}", d.day(), d.month(), d.year()),
        Lang::En => format!("{} {} {}", d.day(), MONTHS_EN[month_index(d.month())], d.year()),
    }
}

/// A day of a month in running text: `3 June` / `3. jūnija`.
pub fn day_month(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Lv => format!("{}. {}", d.day(), MONTHS_LV_GEN[month_index(d.month())]),
        Lang::En => format!("{} {}", d.day(), MONTHS_EN[month_index(d.month())]),
    }
}

/// A month's name with its year: `June 2020` / `2020. gada jūnijs`.
pub fn month_name(lang: Lang, year: i32, month: u32) -> String {
    match lang {
        Lang::Lv => format!("{year}. gada {}", MONTHS_LV[month_index(month)]),
        Lang::En => format!("{} {year}", MONTHS_EN[month_index(month)]),
    }
}

/// The name of a field, for messages.
fn label(lang: Lang, field: &str) -> String {
    let last = field.rsplit('.').next().unwrap_or(field);
    let base = last.split('[').next().unwrap_or(last);
    let (lv, en) = match base {
        "month" => ("mēnesis", "month"),
        "weekly_allocation" => ("piešķirtās stundas nedēļā", "weekly allocation"),
        "days" => ("dienu saraksts", "list of days"),
        "date" => ("datums", "date"),
        "hours" => ("stundas", "hours"),
        "measure" => ("pasākums", "measure"),
        "emergency" => ("ārkārtējās situācijas jautājumi", "emergency questions"),
        "activities_resumed" => ("vai aktivitātes bija atjaunojušās", "whether activities had resumed"),
        "previous_months" => ("iepriekšējo mēnešu stundas", "hours of the previous months"),
        "daily_max" => ("dienas maksimums", "daily maximum"),
        "granularity" => ("noapaļošanas solis", "rounding step"),
        "paid_outside_month" => ("blakus mēnesī jau apmaksātās stundas", "hours already paid in the neighbouring month"),
        "hourly_rate" => ("stundas likme", "hourly rate"),
        "birth_date" => ("dzimšanas datums", "date of birth"),
        "registered_since" => ("reģistrācijas datums", "registration date"),
        "last_employment_end" => ("pēdējā darba beigu datums", "end date of the last job"),
        "employment_end" => ("darba attiecību beigu datums", "end date of the employment"),
        "cash_social_assistance" => ("sociālā palīdzība naudā", "cash social assistance"),
        "municipality" => ("pašvaldība", "municipality"),
        "disability" => ("invaliditāte", "disability"),
        "calculator" => ("kalkulators", "calculator"),
        "" => ("ievade", "input"),
        _ if field.starts_with("paid_outside_month.") => ("blakus mēnesī jau apmaksātās stundas", "hours already paid in the neighbouring month"),
        _ => return format!("“{field}”"),
    };
    tr(lang, lv, en)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The message for one input error: what is wrong and what to do, naming the field.
pub fn error_message(lang: Lang, e: &FieldError) -> String {
    let what = label(lang, &e.field);
    let p = |k: &str| e.param(k).unwrap_or("").to_string();
    let date_part = |lang: Lang| -> String {
        match e.param("date").and_then(|d| crate::rules::calendar::parse_date(d).ok()) {
            Some(d) => tr(lang, format!(" ({})", day_month(lang, d)), format!(" for {}", day_month(lang, d))),
            None => String::new(),
        }
    };
    let lvnum = |s: String| if lang == Lang::Lv { s.replace('.', ",") } else { s };
    match e.code {
        Code::InvalidJson => tr(
            lang,
            format!("Ievade nav derīgs JSON (pozīcijā {}: {}). Pārbaudiet iekavas, pēdiņas un komatus.", p("offset"), p("reason")),
            format!("The input is not valid JSON (at byte {}: {}). Check the brackets, quotes and commas.", p("offset"), p("reason")),
        ),
        Code::NotAnObject => tr(lang, "Ievadei jābūt JSON objektam {…}.", "The input must be a JSON object {…}."),
        Code::DuplicateKey => tr(
            lang,
            format!("Lauks “{}” norādīts divreiz. Atstājiet tikai vienu.", e.field),
            format!("The field “{}” is given twice. Keep only one.", e.field),
        ),
        Code::UnknownField => tr(
            lang,
            format!("Nezināms lauks “{}”. Pārbaudiet nosaukumu vai izdzēsiet to.", e.field),
            format!("Unknown field “{}”. Check its name or remove it.", e.field),
        ),
        Code::Required => match e.field.as_str() {
            "month" => tr(lang, "Izvēlieties mēnesi.", "Choose the month."),
            "weekly_allocation" => tr(lang, "Ievadiet piešķirto stundu skaitu nedēļā.", "Enter the hours allocated per week."),
            "emergency" => tr(
                lang,
                "Šajā mēnesī ir ārkārtējās situācijas dienas: atbildiet, vai aktivitātes bija atjaunojušās, un ievadiet iepriekšējo trīs mēnešu stundas.",
                "This month has emergency days: say whether activities had resumed, and enter the hours of the three previous months.",
            ),
            "emergency.activities_resumed" => tr(lang, "Atbildiet, vai aktivitātes ārkārtējās situācijas dienās bija atjaunojušās.", "Say whether activities had resumed on the emergency days."),
            "emergency.previous_months" => tr(lang, "Ievadiet izmantotās stundas katrā no trim iepriekšējiem mēnešiem.", "Enter the hours used in each of the three previous months."),
            _ => tr(lang, format!("Aizpildiet: {what}{}.", date_part(Lang::Lv)), format!("Enter the {what}{}.", date_part(Lang::En))),
        },
        Code::WrongType => tr(
            lang,
            format!("{}{}: nepareiza veida vērtība. Ievadiet to kā tekstu vai skaitli.", capitalize(&what), date_part(Lang::Lv)),
            format!("The {what}{} has the wrong kind of value. Enter it as text or a number.", date_part(Lang::En)),
        ),
        Code::NotANumber => tr(
            lang,
            format!("{}{}: ievadiet skaitli, piemēram, 3,5.", capitalize(&what), date_part(Lang::Lv)),
            format!("Enter the {what}{} as a number, for example 3.5.", date_part(Lang::En)),
        ),
        Code::Negative => tr(
            lang,
            format!("{}{}: skaitlis nevar būt negatīvs.", capitalize(&what), date_part(Lang::Lv)),
            format!("The {what}{} cannot be negative: enter 0 or more.", date_part(Lang::En)),
        ),
        Code::MustBePositive => tr(
            lang,
            format!("{}: ievadiet skaitli, kas lielāks par 0.", capitalize(&what)),
            format!("Enter a {what} greater than 0."),
        ),
        Code::TooLarge if e.field.is_empty() => tr(
            lang,
            format!("Ievade ir lielāka par 1 MiB ({} baitiem). Sadaliet to mazākās daļās.", p("max")),
            format!("The input is larger than 1 MiB ({} bytes). Split it into smaller parts.", p("max")),
        ),
        Code::TooLarge => match e.param("max") {
            Some(max) => tr(
                lang,
                format!("{}{}: ievadiet skaitli no 0 līdz {}.", capitalize(&what), date_part(Lang::Lv), lvnum(max.to_string())),
                format!("Enter the {what}{} as a number from 0 to {max}.", date_part(Lang::En)),
            ),
            None => tr(lang, format!("{}: skaitlis ir pārāk liels.", capitalize(&what)), format!("The {what} is too large.")),
        },
        Code::TooSmall => tr(
            lang,
            format!("{}: ievadiet vismaz {}.", capitalize(&what), lvnum(p("min"))),
            format!("Enter a {what} of at least {}.", p("min")),
        ),
        Code::TooManyDecimals => tr(
            lang,
            format!("{}{}: ne vairāk kā 6 cipari aiz komata.", capitalize(&what), date_part(Lang::Lv)),
            format!("Enter the {what}{} with at most 6 digits after the decimal point.", date_part(Lang::En)),
        ),
        Code::NotAWholeNumber => tr(lang, format!("{}: ievadiet veselu skaitli.", capitalize(&what)), format!("Enter the {what} as a whole number.")),
        Code::InvalidMonth => tr(lang, "Ievadiet mēnesi formā GGGG-MM, piemēram, 2020-06.", "Enter the month as YYYY-MM, for example 2020-06."),
        Code::InvalidDate => tr(
            lang,
            format!("{}: ievadiet datumu kā DD.MM.GGGG vai GGGG-MM-DD, piemēram, 10.06.2020.", capitalize(&what)),
            format!("Enter the {what} as DD.MM.YYYY or YYYY-MM-DD, for example 10.06.2020."),
        ),
        Code::NoSuchDay => tr(
            lang,
            format!("Datums {} neeksistē. Ievadiet reālu kalendāra dienu.", p("value")),
            format!("There is no such day as {}. Enter a real calendar day.", p("value")),
        ),
        Code::DateOutsideMonth => tr(
            lang,
            format!("Datums {} nav izvēlētajā mēnesī ({}). Ievadiet šī mēneša dienu.", p("value"), p("month")),
            format!("The date {} is not in the chosen month ({}). Enter a day of that month.", p("value"), p("month")),
        ),
        Code::MeasureOutOfRange => tr(
            lang,
            format!("Pasākums{}: izvēlieties pasākumu no 1 līdz 7 (MK 942 1. pielikums).", date_part(Lang::Lv)),
            format!("Choose a measure from 1 to 7 (MK 942 annex 1){}.", date_part(Lang::En)),
        ),
        Code::DayOver24 => tr(
            lang,
            format!("{} kopā norādītas vairāk nekā 24 stundas. Samaziniet stundas šajā dienā.", capitalize(&date_part(Lang::Lv).trim().trim_matches(['(', ')']).to_string())),
            format!("More than 24 hours in total are entered{}. Reduce the hours of that day.", date_part(Lang::En)),
        ),
        Code::NotCovered => tr(
            lang,
            format!("{} nav aptverts: kalkulators ietver MK 942 noteikumus no 2013. gada janvāra līdz 2021. gada jūnijam. No 2021. gada jūlija stundas piešķir pa mēnešiem saskaņā ar MK 316, kas šeit vēl nav iekodēti.", p("value")),
            format!("{} is not covered: the calculator encodes MK 942 from January 2013 to June 2021. From July 2021 hours are allocated per month under MK 316, which is not encoded here yet.", p("value")),
        ),
        Code::PreviousMonthsCount => tr(
            lang,
            "Ievadiet tieši trīs skaitļus: stundas katrā no trim iepriekšējiem mēnešiem, sākot ar agrāko.",
            "Enter exactly three numbers: the hours of each of the three previous months, oldest first.",
        ),
        Code::InvalidWeek => tr(
            lang,
            format!("Nedēļa “{}”: ievadiet ISO nedēļu formā GGGG-Wnn, piemēram, 2020-W23.", p("value")),
            format!("Week “{}”: enter an ISO week as YYYY-Wnn, for example 2020-W23.", p("value")),
        ),
        Code::WeekNotAtEdge => tr(
            lang,
            format!("Nedēļa {} nešķērso mēneša robežu: jau apmaksātās stundas norāda tikai nedēļām, kuru dienas ir arī blakus mēnesī.", p("value")),
            format!("Week {} does not cross the month's edge: hours already paid are entered only for weeks with days in the neighbouring month.", p("value")),
        ),
        Code::GranularityOverDailyMax => tr(
            lang,
            "Noapaļošanas solis nevar būt lielāks par dienas maksimumu.",
            "The rounding step cannot be larger than the daily maximum.",
        ),
        Code::TooManyEntries => tr(
            lang,
            format!("{}: pārāk daudz ierakstu (ne vairāk kā {}).", capitalize(&what), p("max")),
            format!("Too many entries in the {what} (at most {}).", p("max")),
        ),
        Code::NotOneOf => tr(
            lang,
            format!("{}: izvēlieties vienu no: {}.", capitalize(&what), p("allowed")),
            format!("Choose the {what} from: {}.", p("allowed")),
        ),
        Code::InvalidUtf8 => tr(
            lang,
            format!("Ievade nav UTF-8 teksts (baits {}). Saglabājiet failu UTF-8 kodējumā.", p("offset")),
            format!("The input is not UTF-8 text (at byte {}). Save the file as UTF-8.", p("offset")),
        ),
        Code::TooManyErrors => tr(
            lang,
            format!("Un vēl {} kļūdas, kas šeit nav uzskaitītas. Izlabojiet iepriekšējās un mēģiniet vēlreiz.", p("more")),
            format!("And {} more errors not listed here. Correct the ones above and try again.", p("more")),
        ),
        Code::DateAfterDate => {
            let other = crate::rules::calendar::parse_date(&p("other")).map(|d| date(lang, d)).unwrap_or_else(|_| p("other"));
            tr(
                lang,
                format!("{}: ievadiet datumu, kas nav vēlāks par jautājuma datumu ({other}).", capitalize(&what)),
                format!("Enter a {what} that is not after the date asked about ({other})."),
            )
        }
    }
}
