//! The words: one Fluent catalog per language (`src/text/catalog/*.ftl`),
//! shared by the command line and the page, and the explanations and error
//! messages rendered from them, one language at a time.
//!
//! - [`fluent`]: reads and formats the catalogs (plural forms by CLDR rules).
//! - [`explain`]: an explanation step as data (id, rule, legal source,
//!   interpretation, values, quote) and its rendering.
//! - [`assistant_hours`], [`lt_eligibility`], [`lv_unemployment`],
//!   [`mk360_admission`], [`vbtai_competition`], [`esf_ex_prisoners`]: the steps
//!   of each calculator's explanation, built from the rules' results.
//! - [`errors`]: the message of an input error, naming its field.
//!
//! On the command line the four catalogs are compiled in; in the browser the
//! page loads only its language's catalog (its module's part of it, already
//! parsed: [`Catalog::compiled`]) and hands it to [`set_catalog`].

// Each calculator's explanation only in a build with it (the values only the
// timesheet and the programme card make are then not there: `explain::Value`).
#[cfg(feature = "assistant-hours")]
pub mod assistant_hours;
pub mod errors;
#[cfg(feature = "esf-ex-prisoners")]
pub mod esf_ex_prisoners;
pub mod explain;
pub mod fluent;
pub mod lt_eligibility;
pub mod lv_unemployment;
pub mod mk360_admission;
pub mod vbtai_competition;

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

pub use fluent::{Arg, Args, Catalog};

use crate::rules::calendar::{number, signed, Month};

/// A language of the catalogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Lv,
    Lt,
    En,
    Ru,
}

impl Lang {
    /// Every language, in the order the language switch shows them.
    pub const ALL: [Lang; 4] = [Lang::Lv, Lang::Lt, Lang::En, Lang::Ru];

    /// `"lv"`, `"lt"`, `"en"` or `"ru"` (any case, surrounding space
    /// ignored); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "lv" => Some(Lang::Lv),
            "lt" => Some(Lang::Lt),
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Lv => "lv",
            Lang::Lt => "lt",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::Lv => 0,
            Lang::Lt => 1,
            Lang::En => 2,
            Lang::Ru => 3,
        }
    }
}

static CATALOGS: [OnceLock<Catalog>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// The catalog's text compiled into the command line (not into the
/// WebAssembly, whose page loads one language's file itself).
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Lv => include_str!("catalog/lv.ftl"),
        Lang::Lt => include_str!("catalog/lt.ftl"),
        Lang::En => include_str!("catalog/en.ftl"),
        Lang::Ru => include_str!("catalog/ru.ftl"),
    }
}

/// Hands the page's catalog of `lang` to the rules (WebAssembly): the
/// catalog already parsed, as [`Catalog::compiled`] writes it (`cargo xtask
/// build` compiles each module's part of the `.ftl` file). Returns the
/// problems found in it (none for the shipped catalogs). A catalog given
/// once stays: later calls for the same language change nothing.
pub fn set_catalog(lang: Lang, text: &str) -> Vec<fluent::ParseError> {
    let (cat, errors) = Catalog::from_compiled(lang, text);
    let _ = CATALOGS[lang.index()].set(cat);
    errors
}

/// Whether the catalog of `lang` is there (always on the command line).
pub fn has_catalog(lang: Lang) -> bool {
    cfg!(not(target_arch = "wasm32")) || CATALOGS[lang.index()].get().is_some()
}

/// The catalog of `lang`, parsed on first use. In the browser, before the
/// page has handed it over, an empty catalog (every message renders as its id).
pub fn catalog(lang: Lang) -> &'static Catalog {
    CATALOGS[lang.index()].get_or_init(|| {
        #[cfg(not(target_arch = "wasm32"))]
        {
            Catalog::parse(lang, builtin_source(lang)).0
        }
        #[cfg(target_arch = "wasm32")]
        {
            Catalog::empty(lang)
        }
    })
}

/// Words of one language: messages, and numbers, dates and money written
/// the way its readers write them (the patterns come from the catalog).
#[derive(Clone, Copy)]
pub struct Words {
    pub cat: &'static Catalog,
}

impl Words {
    pub fn new(lang: Lang) -> Words {
        Words { cat: catalog(lang) }
    }

    pub fn lang(&self) -> Lang {
        self.cat.lang()
    }

    /// The message `id` with `args`.
    pub fn t(&self, id: &str, args: &Args) -> String {
        self.cat.format(id, args)
    }

    /// A decimal: `3,5` / `3.5`.
    pub fn num(&self, d: Decimal) -> String {
        fluent::number(self.lang(), d)
    }

    /// An amount of money with two decimals, currency as the catalog places it.
    pub fn money(&self, d: Decimal) -> String {
        let mut v = d;
        v.rescale(2);
        let amount = crate::rules::decimal::text(&v);
        let amount = match self.lang() {
            Lang::En => amount,
            _ => amount.replace('.', ","),
        };
        self.t("format-money", &[("amount", Arg::Str(amount))])
    }

    fn date_args(&self, d: NaiveDate) -> [(&'static str, Arg); 6] {
        let m = d.month();
        [
            ("d", Arg::Str(number(u64::from(d.day())))),
            ("dd", Arg::Str(signed(i64::from(d.day()), 2))),
            ("mm", Arg::Str(signed(i64::from(m), 2))),
            ("yyyy", Arg::Str(signed(i64::from(d.year()), 4))),
            ("month", Arg::Str(self.t(&["month-genitive-", &number(u64::from(m))].concat(), &[]))),
            ("monthNom", Arg::Str(self.t(&["month-", &number(u64::from(m))].concat(), &[]))),
        ]
    }

    /// A whole date as the language writes it in running text
    /// (`12.06.2020.`, `2020-06-12`, `12 June 2020`, `12.06.2020`).
    pub fn date(&self, d: NaiveDate) -> String {
        self.t("format-date", &self.date_args(d))
    }

    /// A day of a month, no year (`3. jūnija`, `birželio 3 d.`, `3 June`, `3 июня`).
    pub fn day_month(&self, d: NaiveDate) -> String {
        self.t("format-day-month", &self.date_args(d))
    }

    /// Days `a` to `b` of one month (`1.–9. jūnija`, `1–9 June`).
    pub fn day_range(&self, a: NaiveDate, b: NaiveDate) -> String {
        if a == b {
            return self.day_month(a);
        }
        let mut args = self.date_args(b).to_vec();
        args.push(("from", Arg::Str(number(u64::from(a.day())))));
        if a.month() == b.month() {
            self.t("format-day-range", &args)
        } else {
            let from = self.day_month(a);
            let to = self.day_month(b);
            self.t("format-range", &[("from", Arg::Str(from)), ("to", Arg::Str(to))])
        }
    }

    /// A month with its year (`2020. gada jūnijs`, `June 2020`).
    pub fn month_year(&self, m: Month) -> String {
        let name = self.t(&["month-", &number(u64::from(m.month))].concat(), &[]);
        self.t("format-month-year", &[("month", Arg::Str(name)), ("yyyy", Arg::Str(signed(i64::from(m.year), 1)))])
    }
}
