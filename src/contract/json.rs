//! A small, strict JSON reader and writer.
//!
//! Why not serde_json: hours and money must stay exact from input to output,
//! and serde_json reads a JSON number such as `0.1` through a binary floating-point
//! number; it also
//! keeps the last of two equal keys without a word. This reader keeps every
//! number as its source text (turned into a `Decimal` by the caller), reports
//! duplicate keys, limits nesting depth, and never panics: every failure is an
//! [`JsonError`] with the byte offset where it happened.

/// Deepest nesting accepted. The inputs of this project nest 3 levels deep;
/// the limit keeps hostile input from exhausting the stack (fatal in WebAssembly).
pub const MAX_DEPTH: usize = 32;

/// A parsed JSON value. Invariant: objects keep their members in source order
/// and every key appears once (duplicates are collected in [`Parsed::duplicates`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number exactly as written, e.g. `"3.50"` or `"1e2"`.
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The JSON type's name, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "boolean",
            Json::Number(_) => "number",
            Json::String(_) => "string",
            Json::Array(_) => "array",
            Json::Object(_) => "object",
        }
    }
}

/// Why a text is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset into the text.
    pub offset: usize,
    pub reason: &'static str,
}

/// A parsed document and the paths of keys that appeared more than once in
/// their object (e.g. `days[2].hours`). The value keeps the first occurrence.
/// At most [`MAX_DUPLICATES_KEPT`] paths are kept, each shortened by
/// [`shorten`]; `more_duplicates` counts the others.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub value: Json,
    pub duplicates: Vec<String>,
    pub more_duplicates: usize,
}

/// The most duplicate paths a [`Parsed`] keeps (more than any error list shows).
pub const MAX_DUPLICATES_KEPT: usize = 101;

/// The most characters of a key or a path shown in a message.
pub const MAX_SHOWN_CHARS: usize = 100;

/// `s` itself if it has at most [`MAX_SHOWN_CHARS`] characters, else its
/// first ones and "…". Costs at most that many characters, whatever `s`'s length.
pub fn shorten(s: &str) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(MAX_SHOWN_CHARS - 1) {
        Some((i, c)) if i + c.len_utf8() < s.len() => {
            let mut out = String::with_capacity(i + 3);
            out.push_str(s.get(..i).unwrap_or_default());
            out.push('…');
            std::borrow::Cow::Owned(out)
        }
        _ => std::borrow::Cow::Borrowed(s),
    }
}

/// Objects with more members than this find duplicates once read, by sorting
/// their keys ([`repeated`]); smaller ones with a scan as each key is read
/// (cheaper for the few keys of real input).
const SCAN_MEMBERS: usize = 16;

/// Parses one JSON document (RFC 8259), surrounded by optional white space,
/// after a byte order mark if there is one (some editors write it; it is not
/// part of the JSON). An error's offset counts from the text's first byte,
/// the mark's included, as an editor shows it.
///
/// # Errors
/// Any syntax error, nesting deeper than [`MAX_DEPTH`], or trailing text.
pub fn parse(text: &str) -> Result<Parsed, JsonError> {
    let start = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let mut p = Parser { text, s: text.as_bytes(), i: start, duplicates: Vec::new(), more_duplicates: 0 };
    p.ws();
    let value = p.value(0, &mut Vec::new())?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("text after the end of the JSON value"));
    }
    Ok(Parsed { value, duplicates: p.duplicates, more_duplicates: p.more_duplicates })
}

struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
    duplicates: Vec<String>,
    more_duplicates: usize,
}

/// A step of the path to the value being read: an array's index, or a
/// member's key (the offset of its opening quote; its shortened text is
/// made only when a duplicate key needs the path, and then once).
enum Seg {
    Index(usize),
    Key { at: usize, shown: Option<String> },
}

/// The path of `segs` as text (`days[2].hours`), each key shortened by
/// [`shorten`]. Reads each key's text from `s` at most once.
fn path_text(text: &str, segs: &mut [Seg]) -> String {
    let mut path = String::new();
    for seg in segs.iter_mut() {
        match seg {
            Seg::Index(n) => {
                path.push('[');
                crate::rules::calendar::push_number(&mut path, *n as u64, 1);
                path.push(']');
            }
            Seg::Key { at, shown } => {
                if !path.is_empty() {
                    path.push('.');
                }
                let key = shown.get_or_insert_with(|| {
                    let mut p = Parser { text, s: text.as_bytes(), i: *at, duplicates: Vec::new(), more_duplicates: 0 };
                    // invariant: the key was read at this offset before.
                    p.string().map(|k| shorten(&k).into_owned()).unwrap_or_default()
                });
                path.push_str(key);
            }
        }
    }
    path
}

impl Parser<'_> {
    fn err(&self, reason: &'static str) -> JsonError {
        JsonError { offset: self.i, reason }
    }
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }
    fn literal(&mut self, word: &'static [u8], v: Json) -> Result<Json, JsonError> {
        if self.s.get(self.i..self.i + word.len()) == Some(word) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.err("unexpected character"))
        }
    }

    fn value(&mut self, depth: usize, path: &mut Vec<Seg>) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        match self.peek() {
            None => Err(self.err("unexpected end of text")),
            Some(b'n') => self.literal(b"null", Json::Null),
            Some(b't') => self.literal(b"true", Json::Bool(true)),
            Some(b'f') => self.literal(b"false", Json::Bool(false)),
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    self.ws();
                    path.push(Seg::Index(items.len()));
                    items.push(self.value(depth + 1, path)?);
                    path.pop();
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(self.err("expected ',' or ']'")),
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                let mut members: Vec<(String, Json)> = Vec::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Json::Object(members));
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.err("expected a key in double quotes"));
                    }
                    let at = self.i;
                    let key = self.string()?;
                    self.ws();
                    if self.peek() != Some(b':') {
                        return Err(self.err("expected ':'"));
                    }
                    self.i += 1;
                    self.ws();
                    // Each key enters the path as its offset, its text made
                    // (shortened) only for a duplicate: a path costs at most
                    // (MAX_DEPTH + 1) shortened keys, however long the keys.
                    path.push(Seg::Key { at, shown: None });
                    let v = self.value(depth + 1, path)?;
                    // A large object's keys are checked once it is read.
                    if members.len() < SCAN_MEMBERS && members.iter().any(|(k, _)| *k == key) {
                        let text = self.text;
                        self.duplicate(|| shorten(&path_text(text, path)).into_owned());
                    } else {
                        members.push((key, v));
                    }
                    path.pop();
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            if members.len() > SCAN_MEMBERS {
                                members = self.without_repeats(members, path);
                            }
                            return Ok(Json::Object(members));
                        }
                        _ => return Err(self.err("expected ',' or '}'")),
                    }
                }
            }
            Some(_) => Err(self.err("unexpected character")),
        }
    }

    /// Notes a duplicate key; its path (made by `path`) only if it is kept.
    fn duplicate(&mut self, path: impl FnOnce() -> String) {
        if self.duplicates.len() < MAX_DUPLICATES_KEPT {
            self.duplicates.push(path());
        } else {
            self.more_duplicates += 1;
        }
    }

    /// The members without the keys that repeat an earlier one, each of
    /// those noted as a duplicate at `path`.`key`.
    fn without_repeats(&mut self, members: Vec<(String, Json)>, path: &mut [Seg]) -> Vec<(String, Json)> {
        let text = self.text;
        let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
        let repeats = repeated(&keys);
        let mut kept = Vec::with_capacity(members.len());
        for ((k, v), again) in members.into_iter().zip(repeats) {
            if again {
                self.duplicate(|| {
                    let path = path_text(text, path);
                    let at = if path.is_empty() { shorten(&k).into_owned() } else { [path.as_str(), ".", &shorten(&k)].concat() };
                    shorten(&at).into_owned()
                });
            } else {
                kept.push((k, v));
            }
        }
        kept
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                while let Some(b'0'..=b'9') = self.peek() {
                    self.i += 1;
                }
            }
            _ => return Err(self.err("malformed number")),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.err("malformed number"));
            }
            while let Some(b'0'..=b'9') = self.peek() {
                self.i += 1;
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.err("malformed number"));
            }
            while let Some(b'0'..=b'9') = self.peek() {
                self.i += 1;
            }
        }
        // The slice holds only ASCII digits, signs, '.', 'e': char
        // boundaries of the text (no UTF-8 check, no lossy conversion linked).
        let text = self.text.get(start..self.i).unwrap_or_default().to_string();
        Ok(Json::Number(text))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return Err(self.err("malformed \\u escape")),
            };
            v = v * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.i += 1; // opening quote
        // The common case, a string without escapes: copied whole, once
        // (native builds, the batch; the page's module stays small).
        #[cfg(not(target_arch = "wasm32"))]
        {
            let rest = self.s.get(self.i..).unwrap_or_default();
            let plain = rest.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20).unwrap_or(rest.len());
            if rest.get(plain) == Some(&b'"') {
                // The run starts after an ASCII quote and ends before one: whole
                // characters of the input text (checked at its two ends only).
                let text = self.text.get(self.i..self.i + plain).ok_or_else(|| self.err("invalid UTF-8"))?.to_owned();
                self.i += plain + 1;
                return Ok(text);
            }
        }
        let mut out: Vec<u8> = Vec::new();
        loop {
            match self.peek() {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    break;
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self.peek().ok_or_else(|| self.err("unterminated string"))?;
                    self.i += 1;
                    let ch = match c {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if self.s.get(self.i..self.i + 2) != Some(b"\\u") {
                                    return Err(self.err("unpaired surrogate in \\u escape"));
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.err("unpaired surrogate in \\u escape"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code).ok_or_else(|| self.err("unpaired surrogate in \\u escape"))?
                        }
                        _ => return Err(self.err("unknown escape")),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                Some(c) if c < 0x20 => return Err(self.err("control character in string")),
                Some(c) => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
        // The input is a &str and escapes add whole chars: `out` is UTF-8.
        String::from_utf8(out).map_err(|_| self.err("invalid UTF-8"))
    }
}

/// Appends `s` to `out` as a JSON string literal.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Every control character (C0, DEL, C1) and the two line
            // separators that some JSON-lines readers split on.
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                // `\u` and four lower-case hex digits (these are all below U+10000).
                out.push_str("\\u");
                let v = c as u32;
                for shift in [12, 8, 4, 0] {
                    out.push(char::from(b"0123456789abcdef".get(((v >> shift) & 0xf) as usize).copied().unwrap_or(b'0')));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes a [`Json`] value compactly.
pub fn write(out: &mut String, v: &Json) {
    match v {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(n),
        Json::String(s) => write_str(out, s),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, item);
            }
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, (k, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, k);
                out.push(':');
                write(out, item);
            }
            out.push('}');
        }
    }
}

/// Writes a [`Json`] value indented by two spaces, for people to read.
pub fn write_pretty(out: &mut String, v: &Json, indent: usize) {
    let pad = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(' ', n));
    match v {
        Json::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(out, indent + 2);
                write_pretty(out, item, indent + 2);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push(']');
        }
        Json::Object(members) if !members.is_empty() => {
            out.push_str("{\n");
            for (i, (k, item)) in members.iter().enumerate() {
                pad(out, indent + 2);
                write_str(out, k);
                out.push_str(": ");
                write_pretty(out, item, indent + 2);
                out.push_str(if i + 1 < members.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push('}');
        }
        other => write(out, other),
    }
}

impl std::fmt::Display for Json {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        write(&mut s, self);
        f.write_str(&s)
    }
}

/// Builds a JSON object from `(key, value)` pairs.
pub fn obj<const N: usize>(members: [(&str, Json); N]) -> Json {
    Json::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// A JSON string value.
pub fn s(v: impl Into<String>) -> Json {
    Json::String(v.into())
}

/// For each key, whether an earlier key of the list is the same. The places
/// are sorted by (key, place), which puts each key's repeats right after its
/// first place: O(n log n) comparisons whatever the keys (there is no hash to
/// make collide). The merge sort is written out because std's sorts and hash
/// sets weigh 3–4 KB gzip in the page's WebAssembly (measured), about a fifth
/// of all the rules of the page.
fn repeated(keys: &[&str]) -> Vec<bool> {
    let n = keys.len();
    let key = |i: usize| keys.get(i).copied().unwrap_or_default();
    let mut order: Vec<usize> = (0..n).collect();
    let mut next = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in next.iter_mut().take(hi).skip(lo) {
                let (a, b) = (order.get(i).copied(), order.get(j).copied());
                // Equal keys keep their places' order: the left run first.
                *slot = match (a, b) {
                    (Some(a), Some(b)) if i < mid && j < hi => {
                        if key(a) <= key(b) {
                            i += 1;
                            a
                        } else {
                            j += 1;
                            b
                        }
                    }
                    (Some(a), _) if i < mid => {
                        i += 1;
                        a
                    }
                    _ => {
                        j += 1;
                        b.unwrap_or_default()
                    }
                };
            }
            lo = hi;
        }
        std::mem::swap(&mut order, &mut next);
        width *= 2;
    }
    let mut again = vec![false; n];
    for pair in order.windows(2) {
        if let [a, b] = *pair {
            if key(a) == key(b) {
                if let Some(x) = again.get_mut(b) {
                    *x = true;
                }
            }
        }
    }
    again
}
