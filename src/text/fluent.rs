//! A reader and formatter for the part of Fluent (`.ftl`, Project Fluent's
//! syntax 1.0) that the catalogs use: messages and terms, `{ $variable }`,
//! `{ -term }` and `{ message }` references, string literals, and select
//! expressions on a variable, which pick a variant by exact number or by the
//! language's plural category (CLDR) or by word.
//!
//! Why our own and not `fluent-bundle`: the page's whole transfer budget is
//! about 110 KB gzip and the Fluent crates add the figure measured in the
//! README ("Dependencies"), more than this whole module; the catalogs
//! themselves stay standard Fluent, checked against the reference
//! implementation (`@fluent/bundle`) in the end-to-end tests, so translators
//! and their tools read them as they are.
//!
//! Never panics: an unknown message renders as its id, an unknown variable
//! as `{$name}`; the catalog tests make sure neither happens.


use rust_decimal::Decimal;

use super::Lang;
use crate::contract::json::write_str;

/// A value passed to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number: written with the language's decimal separator, and the
    /// plural category of a select expression comes from it.
    Num(Decimal),
    /// Text, inserted as it is; a select expression matches it by word.
    Str(String),
}

impl From<Decimal> for Arg {
    fn from(d: Decimal) -> Arg {
        Arg::Num(d)
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(Decimal::from(n))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(Decimal::from(n))
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(Decimal::from(n as u64))
    }
}

/// Named arguments of one message.
pub type Args<'a> = [(&'a str, Arg)];

#[derive(Debug, Clone, PartialEq)]
enum Key {
    Num(Decimal),
    Word(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Elem {
    Text(String),
    Var(String),
    Term(String),
    Message(String),
    Literal(String),
    Select { var: String, variants: Vec<(Key, Vec<Elem>)>, default: usize },
}

/// A problem in a catalog's text, with its line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub reason: String,
}

/// One language's catalog. Invariant: every pattern parsed without error
/// (entries with errors are left out and reported by [`Catalog::parse`]).
#[derive(Debug, Clone)]
pub struct Catalog {
    lang: Lang,
    messages: Table,
    terms: Table,
    /// Message ids in the order of the file, for tests and tools.
    order: Vec<String>,
}

impl Catalog {
    /// Reads a catalog. Entries with errors are left out; the errors are
    /// returned beside the catalog (the tests require none).
    pub fn parse(lang: Lang, text: &str) -> (Catalog, Vec<ParseError>) {
        let mut cat = Catalog::empty(lang);
        let mut errors = Vec::new();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            let start = i + 1;
            i += 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                errors.push(ParseError { line: start, reason: "indented line outside an entry".into() });
                continue;
            }
            let Some(eq) = line.find('=') else {
                errors.push(ParseError { line: start, reason: "expected `id = value`".into() });
                continue;
            };
            let id = line.get(..eq).unwrap_or_default().trim();
            let (is_term, name) = match id.strip_prefix('-') {
                Some(n) => (true, n),
                None => (false, id),
            };
            if !is_identifier(name) {
                errors.push(ParseError { line: start, reason: format!("`{id}` is not an identifier") });
                continue;
            }
            let mut value = line.get(eq + 1..).unwrap_or_default().trim_start().to_string();
            // An entry goes on over indented lines, and over a line that
            // closes a select (`}` may stand at the start of a line).
            let continues = |l: &str| l.starts_with([' ', '\t', '}']);
            while i < lines.len() && (continues(lines[i]) || lines[i].trim().is_empty()) {
                // A blank line ends the entry unless an indented line follows it.
                if lines[i].trim().is_empty() {
                    let next_indented = lines[i + 1..].iter().find(|l| !l.trim().is_empty()).is_some_and(|l| continues(l));
                    if !next_indented {
                        break;
                    }
                    i += 1;
                    continue;
                }
                if lines[i].trim_start().starts_with('.') {
                    errors.push(ParseError { line: i + 1, reason: "attributes are not supported".into() });
                }
                if !value.is_empty() {
                    value.push('\n');
                }
                value.push_str(lines[i].trim());
                i += 1;
            }
            let chars: Vec<char> = value.chars().collect();
            let mut p = Parser { s: &chars, i: 0 };
            match p.pattern(false) {
                Ok(elems) if p.i == chars.len() => {
                    let elems = trim(elems);
                    let key = name.to_string();
                    if is_term {
                        cat.terms.insert(key, elems);
                    } else {
                        if cat.messages.insert(key.clone(), elems).is_some() {
                            errors.push(ParseError { line: start, reason: format!("`{id}` is defined twice") });
                        } else {
                            cat.order.push(key);
                        }
                    }
                }
                Ok(_) => errors.push(ParseError { line: start, reason: format!("`{id}`: unexpected `}}`") }),
                Err(reason) => errors.push(ParseError { line: start, reason: format!("`{id}`: {reason}") }),
            }
        }
        (cat, errors)
    }

    /// An empty catalog: every message renders as its id.
    pub fn empty(lang: Lang) -> Catalog {
        Catalog { lang, messages: Table::default(), terms: Table::default(), order: Vec::new() }
    }

    /// The catalog already parsed, as JSON: what the page's WebAssembly
    /// reads ([`Catalog::from_compiled`]) instead of Fluent's syntax, with
    /// the JSON reader it already has for its input; the Fluent parser then
    /// stays out of the page (8.7 KB of its module, 3.9 KB gzip; README,
    /// "Size"). `cargo xtask build` writes each module's part this way.
    ///
    /// `{"m": {id: pattern, …}, "t": {term: pattern, …}}`, the messages in
    /// the file's order. A pattern is a string (its text) or an array of
    /// elements: a string is text (literals included), `{"v": name}` a
    /// variable, `{"t": name}` a term, `{"m": id}` a message, and `{"s":
    /// variable, "d": default, "k": [key, pattern, …]}` a select, whose keys
    /// are strings (words, plural categories) or numbers.
    pub fn compiled(&self) -> String {
        fn pattern(out: &mut String, p: &[Elem]) {
            // Text and literals next to each other are one text.
            let mut merged: Vec<Elem> = Vec::with_capacity(p.len());
            for e in p {
                match (merged.last_mut(), e) {
                    (Some(Elem::Text(t)), Elem::Text(u) | Elem::Literal(u)) => t.push_str(u),
                    (_, Elem::Literal(u)) => merged.push(Elem::Text(u.clone())),
                    _ => merged.push(e.clone()),
                }
            }
            if let [Elem::Text(t)] = merged.as_slice() {
                return write_str(out, t);
            }
            out.push('[');
            for (i, e) in merged.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let named = |out: &mut String, key: &str, name: &str| {
                    out.push_str("{\"");
                    out.push_str(key);
                    out.push_str("\":");
                    write_str(out, name);
                    out.push('}');
                };
                match e {
                    Elem::Text(t) | Elem::Literal(t) => write_str(out, t),
                    Elem::Var(v) => named(out, "v", v),
                    Elem::Term(t) => named(out, "t", t),
                    Elem::Message(m) => named(out, "m", m),
                    Elem::Select { var, variants, default } => {
                        // A word's variant written as the default is left
                        // out (the default then answers it, in the same
                        // words): numbers are matched before any word, and
                        // only a word no other variant has.
                        let same_as_default = |j: usize| {
                            let (Some((Key::Word(w), v)), Some((_, d))) = (variants.get(j), variants.get(*default)) else { return false };
                            j != *default && v == d && variants.iter().filter(|(k, _)| matches!(k, Key::Word(x) if x == w)).count() == 1
                        };
                        let kept: Vec<&(Key, Vec<Elem>)> = variants.iter().enumerate().filter(|(j, _)| !same_as_default(*j)).map(|(_, v)| v).collect();
                        let default = (0..*default).filter(|j| !same_as_default(*j)).count();
                        out.push_str("{\"s\":");
                        write_str(out, var);
                        out.push_str(",\"d\":");
                        out.push_str(&default.to_string());
                        out.push_str(",\"k\":[");
                        for (j, (key, v)) in kept.into_iter().enumerate() {
                            if j > 0 {
                                out.push(',');
                            }
                            match key {
                                Key::Num(n) => out.push_str(&crate::rules::decimal::text(n)),
                                Key::Word(w) => write_str(out, w),
                            }
                            out.push(',');
                            pattern(out, v);
                        }
                        out.push_str("]}");
                    }
                }
            }
            out.push(']');
        }
        fn entries<'a>(out: &mut String, list: impl Iterator<Item = (&'a String, &'a [Elem])>) {
            out.push('{');
            for (i, (id, p)) in list.enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, id);
                out.push(':');
                pattern(out, p);
            }
            out.push('}');
        }
        let mut out = String::from("{\"m\":");
        entries(&mut out, self.order.iter().map(|id| (id, self.messages.get(id).map_or(&[][..], Vec::as_slice))));
        out.push_str(",\"t\":");
        entries(&mut out, self.terms.0.iter().map(|(id, p)| (id, p.as_slice())));
        out.push('}');
        out
    }

    /// Reads a catalog written by [`Catalog::compiled`]. Whatever it is
    /// given, it never fails: an entry it cannot read is left out and
    /// reported (line 0: a compiled catalog has no lines of its own), and a
    /// text that is not such a catalog gives an empty one and its problem.
    pub fn from_compiled(lang: Lang, text: &str) -> (Catalog, Vec<ParseError>) {
        use crate::contract::json::{self, Json};
        fn pattern(v: &Json) -> Option<Vec<Elem>> {
            let elem = |e: &Json| -> Option<Elem> {
                Some(match e {
                    Json::String(t) => Elem::Text(t.clone()),
                    Json::Object(o) => match o.as_slice() {
                        [(k, Json::String(n))] if k == "v" => Elem::Var(n.clone()),
                        [(k, Json::String(n))] if k == "t" => Elem::Term(n.clone()),
                        [(k, Json::String(n))] if k == "m" => Elem::Message(n.clone()),
                        _ => {
                            let Some(Json::String(var)) = e.get("s") else { return None };
                            let Some(Json::Array(k)) = e.get("k") else { return None };
                            let mut variants = Vec::new();
                            for pair in k.chunks(2) {
                                let key = match pair.first()? {
                                    Json::String(w) => Key::Word(w.clone()),
                                    n @ Json::Number(_) => Key::Num(crate::contract::read::decimal(n, "").ok()?),
                                    _ => return None,
                                };
                                variants.push((key, pattern(pair.get(1)?)?));
                            }
                            let default = match e.get("d") {
                                Some(d @ Json::Number(_)) => usize::try_from(crate::contract::read::whole(d, "").ok()?).ok()?,
                                _ => return None,
                            };
                            Elem::Select { var: var.clone(), variants, default }
                        }
                    },
                    _ => return None,
                })
            };
            match v {
                Json::String(t) => Some(vec![Elem::Text(t.clone())]),
                Json::Array(a) => a.iter().map(elem).collect(),
                _ => None,
            }
        }
        let mut cat = Catalog::empty(lang);
        let mut errors = Vec::new();
        let mut problem = |reason: String| errors.push(ParseError { line: 0, reason });
        let value = match json::parse(text) {
            Ok(p) => p.value,
            Err(e) => {
                problem(["not a compiled catalog: ", e.reason, " at byte ", &crate::rules::calendar::number(e.offset as u64)].concat());
                return (cat, errors);
            }
        };
        for (part, is_term) in [("m", false), ("t", true)] {
            let Some(Json::Object(entries)) = value.get(part) else {
                problem(["not a compiled catalog: no object `", part, "`"].concat());
                continue;
            };
            for (id, p) in entries {
                match pattern(p) {
                    Some(elems) if is_term => drop(cat.terms.insert(id.clone(), elems)),
                    Some(elems) => {
                        if cat.messages.insert(id.clone(), elems).is_none() {
                            cat.order.push(id.clone());
                        }
                    }
                    None => problem(["`", id, "` cannot be read"].concat()),
                }
            }
        }
        (cat, errors)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the catalog has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.messages.get(id).is_some()
    }

    /// The message ids, in the order of the file.
    pub fn ids(&self) -> &[String] {
        &self.order
    }

    /// The variables a message uses (through selectors and message
    /// references too), sorted, for the tests that compare catalogs.
    pub fn variables(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(p) = self.messages.get(id) {
            self.collect_vars(p, &mut out, 0);
        }
        out.sort();
        out.dedup();
        out
    }

    fn collect_vars(&self, p: &[Elem], out: &mut Vec<String>, depth: usize) {
        if depth > 8 {
            return;
        }
        for e in p {
            match e {
                Elem::Var(v) => out.push(v.clone()),
                Elem::Select { var, variants, .. } => {
                    out.push(var.clone());
                    for (_, v) in variants {
                        self.collect_vars(v, out, depth + 1);
                    }
                }
                Elem::Message(m) => {
                    if let Some(q) = self.messages.get(m) {
                        self.collect_vars(q, out, depth + 1);
                    }
                }
                _ => {}
            }
        }
    }

    /// The message `id` with `args`. An unknown id gives the id itself.
    pub fn format(&self, id: &str, args: &Args) -> String {
        let mut out = String::new();
        match self.messages.get(id) {
            Some(p) => self.write(&mut out, p, args, 0),
            None => out.push_str(id),
        }
        out
    }

    /// The message `id` if the catalog has it.
    pub fn format_opt(&self, id: &str, args: &Args) -> Option<String> {
        self.has(id).then(|| self.format(id, args))
    }

    fn write(&self, out: &mut String, p: &[Elem], args: &Args, depth: usize) {
        if depth > 8 {
            return; // a reference cycle: stop rather than overflow the stack
        }
        for e in p {
            match e {
                Elem::Text(t) | Elem::Literal(t) => out.push_str(t),
                Elem::Var(v) => match args.iter().find(|(k, _)| k == v) {
                    Some((_, Arg::Num(n))) => out.push_str(&number(self.lang, *n)),
                    Some((_, Arg::Str(s))) => out.push_str(s),
                    None => {
                        out.push_str("{$");
                        out.push_str(v);
                        out.push('}');
                    }
                },
                Elem::Term(t) => match self.terms.get(t) {
                    Some(q) => self.write(out, q, &[], depth + 1),
                    None => out.push_str(t),
                },
                Elem::Message(m) => match self.messages.get(m) {
                    Some(q) => self.write(out, q, args, depth + 1),
                    None => out.push_str(m),
                },
                Elem::Select { var, variants, default } => {
                    let arg = args.iter().find(|(k, _)| k == var).map(|(_, a)| a);
                    let chosen = arg
                        .and_then(|a| {
                            variants.iter().position(|(k, _)| match (k, a) {
                                (Key::Num(x), Arg::Num(n)) => x == n,
                                _ => false,
                            })
                        })
                        .or_else(|| {
                            let word = match arg? {
                                Arg::Num(n) => plural_category(self.lang, *n).to_string(),
                                Arg::Str(s) => s.clone(),
                            };
                            variants.iter().position(|(k, _)| matches!(k, Key::Word(w) if *w == word))
                        })
                        .unwrap_or(*default);
                    if let Some((_, v)) = variants.get(chosen) {
                        self.write(out, v, args, depth + 1);
                    }
                }
            }
        }
    }
}

fn is_identifier(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some_and(|f| f.is_ascii_alphabetic()) && c.all(|x| x.is_ascii_alphanumeric() || x == '-' || x == '_')
}

/// Trims the white space at both ends of a pattern.
fn trim(mut p: Vec<Elem>) -> Vec<Elem> {
    if let Some(Elem::Text(t)) = p.first_mut() {
        *t = t.trim_start().to_string();
    }
    if let Some(Elem::Text(t)) = p.last_mut() {
        *t = t.trim_end().to_string();
    }
    p.retain(|e| !matches!(e, Elem::Text(t) if t.is_empty()));
    p
}

struct Parser<'a> {
    s: &'a [char],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }
    fn ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.i += 1;
        }
    }
    fn ident(&mut self) -> Result<String, String> {
        let start = self.i;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            self.i += 1;
        }
        let id: String = self.s[start..self.i].iter().collect();
        if is_identifier(&id) {
            Ok(id)
        } else {
            Err(format!("expected an identifier at `{id}`"))
        }
    }

    /// Text and placeables up to the end, or (in a variant) up to the end of
    /// the line or the `}` that closes the select.
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Elem>, String> {
        let mut out = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '{' => {
                    if !text.is_empty() {
                        out.push(Elem::Text(std::mem::take(&mut text)));
                    }
                    self.i += 1;
                    out.push(self.placeable()?);
                }
                '}' if in_variant => break,
                '}' => return Err("unexpected `}`".into()),
                '\n' if in_variant => break,
                c => {
                    text.push(c);
                    self.i += 1;
                }
            }
        }
        if !text.is_empty() {
            out.push(Elem::Text(text));
        }
        Ok(out)
    }

    fn placeable(&mut self) -> Result<Elem, String> {
        self.ws();
        let e = match self.peek() {
            Some('$') => {
                self.i += 1;
                Elem::Var(self.ident()?)
            }
            Some('-') => {
                self.i += 1;
                Elem::Term(self.ident()?)
            }
            Some('"') => {
                self.i += 1;
                Elem::Literal(self.string()?)
            }
            Some(c) if c.is_ascii_alphabetic() => Elem::Message(self.ident()?),
            _ => return Err("expected `$var`, `-term`, a message or a \"literal\"".into()),
        };
        self.ws();
        if self.peek() == Some('-') && self.s.get(self.i + 1) == Some(&'>') {
            let Elem::Var(var) = e else { return Err("a select needs a `$variable`".into()) };
            self.i += 2;
            return self.select(var);
        }
        if self.peek() != Some('}') {
            return Err("expected `}`".into());
        }
        self.i += 1;
        Ok(e)
    }

    fn select(&mut self, var: String) -> Result<Elem, String> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.ws();
            match self.peek() {
                Some('}') => {
                    self.i += 1;
                    break;
                }
                Some('*') | Some('[') => {
                    if self.peek() == Some('*') {
                        if default.is_some() {
                            return Err("two default variants".into());
                        }
                        default = Some(variants.len());
                        self.i += 1;
                    }
                    if self.peek() != Some('[') {
                        return Err("expected `[`".into());
                    }
                    self.i += 1;
                    self.ws();
                    let start = self.i;
                    while matches!(self.peek(), Some(c) if c != ']' && c != '\n') {
                        self.i += 1;
                    }
                    let raw: String = self.s[start..self.i].iter().collect();
                    if self.peek() != Some(']') {
                        return Err("expected `]`".into());
                    }
                    self.i += 1;
                    let raw = raw.trim();
                    // Numeric keys are whole numbers (`[0]`, `[1]`): the catalogs need no more.
                    let key = match raw.parse::<u32>() {
                        Ok(n) => Key::Num(Decimal::from(n)),
                        Err(_) if is_identifier(raw) => Key::Word(raw.to_string()),
                        Err(_) => return Err(format!("bad variant key `{raw}`")),
                    };
                    let p = trim(self.pattern(true)?);
                    variants.push((key, p));
                }
                _ => return Err("expected a variant `[key]` or `}`".into()),
            }
        }
        let default = default.ok_or("a select needs a default variant `*[…]`")?;
        Ok(Elem::Select { var, variants, default })
    }

    fn string(&mut self) -> Result<String, String> {
        let mut out = String::new();
        loop {
            match self.peek() {
                None | Some('\n') => return Err("unterminated string literal".into()),
                Some('"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some('\\') => {
                    self.i += 1;
                    match self.peek() {
                        Some('"') => out.push('"'),
                        Some('\\') => out.push('\\'),
                        Some('u') => {
                            let hex: String = self.s.get(self.i + 1..self.i + 5).map(|h| h.iter().collect()).unwrap_or_default();
                            let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).ok_or("bad \\u escape")?;
                            out.push(c);
                            self.i += 4;
                        }
                        _ => return Err("unknown escape".into()),
                    }
                    self.i += 1;
                }
                Some(c) => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
    }
}

/// A decimal as people of the language write it: `3,5` in Latvian,
/// Lithuanian and Russian, `3.5` in English; integers of five digits or more
/// grouped by thousands (a no-break space, or a comma in English).
pub fn number(lang: Lang, d: Decimal) -> String {
    let s = crate::rules::decimal::text(&d.normalize());
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, s),
    };
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s, None),
    };
    let (dec, group) = match lang {
        Lang::En => ('.', ','),
        Lang::Lv | Lang::Lt | Lang::Ru => (',', '\u{a0}'),
    };
    let mut grouped = String::new();
    if int.len() >= 5 {
        for (k, c) in int.chars().enumerate() {
            if k > 0 && (int.len() - k) % 3 == 0 {
                grouped.push(group);
            }
            grouped.push(c);
        }
    } else {
        grouped = int;
    }
    let mut out = String::new();
    if neg {
        out.push('−');
    }
    out.push_str(&grouped);
    if let Some(f) = frac {
        out.push(dec);
        out.push_str(&f);
    }
    out
}

/// The CLDR plural category of `n` in the language: `zero`, `one`, `two`,
/// `few`, `many` or `other` (CLDR 44 rules for lv, lt, en, ru; operands n, i,
/// v, f as CLDR defines them, from the number as written).
pub fn plural_category(lang: Lang, n: Decimal) -> &'static str {
    let s = crate::rules::decimal::text(&n.abs());
    let (i_str, f_str) = s.split_once('.').unwrap_or((&s, ""));
    let i: u64 = i_str.parse().unwrap_or(u64::MAX);
    let v = f_str.len();
    let f: u64 = if f_str.is_empty() { 0 } else { f_str.parse().unwrap_or(0) };
    let n_int = v == 0; // n is an integer as written
    let i10 = i % 10;
    let i100 = i % 100;
    let f10 = f % 10;
    let f100 = f % 100;
    match lang {
        Lang::En => {
            if i == 1 && v == 0 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Lv => {
            // zero: n % 10 = 0 or n % 100 = 11..19 or v = 2 and f % 100 = 11..19
            // one: n % 10 = 1 and n % 100 != 11 or v = 2 and f % 10 = 1 and
            //      f % 100 != 11 or v != 2 and f % 10 = 1
            let n10_is = |k: u64| n_int && i10 == k;
            let n100_in = |a: u64, b: u64| n_int && (a..=b).contains(&i100);
            if n10_is(0) || n100_in(11, 19) || (v == 2 && (11..=19).contains(&f100)) {
                "zero"
            } else if (n10_is(1) && !(n_int && i100 == 11)) || (v == 2 && f10 == 1 && f100 != 11) || (v != 2 && f10 == 1) {
                "one"
            } else {
                "other"
            }
        }
        Lang::Lt => {
            // one: n % 10 = 1 and n % 100 != 11..19; few: n % 10 = 2..9 and
            // n % 100 != 11..19; many: f != 0; other.
            let teen = n_int && (11..=19).contains(&i100);
            if f != 0 {
                "many"
            } else if n_int && i10 == 1 && !teen {
                "one"
            } else if n_int && (2..=9).contains(&i10) && !teen {
                "few"
            } else {
                "other"
            }
        }
        Lang::Ru => {
            // one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and
            // i % 10 = 2..4 and i % 100 != 12..14; many: v = 0 and (i % 10 = 0
            // or i % 10 = 5..9 or i % 100 = 11..14); other.
            if v != 0 {
                "other"
            } else if i10 == 1 && i100 != 11 {
                "one"
            } else if (2..=4).contains(&i10) && !(12..=14).contains(&i100) {
                "few"
            } else {
                "many"
            }
        }
    }
}

/// Entries by id, kept sorted as they are read and searched by halves: a
/// few hundred ids, read once. (A `HashMap` here weighed more in the page's
/// WebAssembly, and a sort after reading more still.)
#[derive(Debug, Clone, Default)]
struct Table(Vec<(String, Vec<Elem>)>);

impl Table {
    /// Adds an entry; an id already there is replaced and its entry returned.
    fn insert(&mut self, id: String, elems: Vec<Elem>) -> Option<Vec<Elem>> {
        match self.0.binary_search_by(|e| e.0.as_str().cmp(&id)) {
            Ok(i) => self.0.get_mut(i).map(|e| std::mem::replace(&mut e.1, elems)),
            Err(i) => {
                self.0.insert(i, (id, elems));
                None
            }
        }
    }

    fn get(&self, id: &str) -> Option<&Vec<Elem>> {
        self.0.binary_search_by(|e| e.0.as_str().cmp(id)).ok().and_then(|i| self.0.get(i)).map(|e| &e.1)
    }
}
