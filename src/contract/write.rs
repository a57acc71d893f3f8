//! Writing output: typed result structs (`serde::Serialize`) written as JSON
//! by `serde_json`, with U+2028 and U+2029 escaped too, so that every
//! JSON-lines reader splits a batch's lines the same way. Decimals are
//! written as strings (exact), dates as ISO text.
//!
//! The explanation's words (`text`, `source_text`, the quote and its
//! translation) are written only when asked for (`explain`): a batch
//! writes ids, sources and values, and renders no text unless `--explain`.

use std::io;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter, PrettyFormatter};

use crate::text::explain::{render, Step, Value};
use crate::text::Words;

/// How an answer is written: in which language, and with the words of the
/// explanation or without.
#[derive(Clone, Copy)]
pub struct Out {
    pub words: Words,
    pub explain: bool,
    /// Without the `explanation` array (a batch's `--brief`).
    pub brief: bool,
}

/// A formatter that escapes U+2028 and U+2029, DEL and the C1 controls
/// (U+0080–U+009F, U+0085 among them) as well as what JSON requires: some
/// JSON-lines readers split a line at them (Python's `str.splitlines`, JavaScript before
/// ES2019). [`json::write_str`](crate::contract::json::write_str) escapes the same.
struct LineSafe<F>(F);

impl<F: Formatter> Formatter for LineSafe<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, w: &mut W, fragment: &str) -> io::Result<()> {
        // The separators start with the byte 0xE2, the C1 controls with 0xC2:
        // without these and DEL (nearly always) the fragment goes out as it
        // is, without a search by characters.
        if !fragment.bytes().any(|b| matches!(b, 0xE2 | 0xC2 | 0x7F)) {
            return w.write_all(fragment.as_bytes());
        }
        let mut rest = fragment;
        while let Some(i) = rest.find(|c: char| matches!(c, '\u{2028}' | '\u{2029}' | '\u{7f}'..='\u{9f}')) {
            w.write_all(&rest.as_bytes()[..i])?;
            let c = rest.get(i..).and_then(|r| r.chars().next()).unwrap_or('\u{7f}');
            let v = c as u32;
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let hex = |shift: u32| HEX[((v >> shift) & 0xF) as usize];
            w.write_all(&[b'\\', b'u', hex(12), hex(8), hex(4), hex(0)])?;
            rest = rest.get(i + c.len_utf8()..).unwrap_or_default();
        }
        w.write_all(rest.as_bytes())
    }
    fn write_char_escape<W: ?Sized + io::Write>(&mut self, w: &mut W, e: CharEscape) -> io::Result<()> {
        self.0.write_char_escape(w, e)
    }
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// `v` as compact JSON text.
pub fn to_json<T: Serialize>(v: &T) -> String {
    // A batch's result line is 1–5 KB: one allocation, mostly.
    let mut buf = Vec::with_capacity(8192);
    to_json_into(v, &mut buf);
    String::from_utf8(buf).unwrap_or_else(|_| "null".into())
}

/// Appends `v` as compact JSON text to `buf` (a batch reuses one buffer
/// for many lines).
pub fn to_json_into<T: Serialize>(v: &T, buf: &mut Vec<u8>) {
    let start = buf.len();
    // Writing to a Vec cannot fail, and our types serialize without error.
    #[cfg(not(target_arch = "wasm32"))]
    let failed = v.serialize(&mut compact::Compact { out: &mut *buf, raw: false }).is_err();
    #[cfg(target_arch = "wasm32")]
    let failed = v.serialize(&mut serde_json::Serializer::with_formatter(&mut *buf, LineSafe(CompactFormatter))).is_err();
    if failed {
        buf.truncate(start);
        buf.extend_from_slice(b"null");
    }
}

/// [`to_json_into`] through `serde_json`'s own compact writer: the
/// reference the tests compare our writer with.
pub fn to_json_serde_json<T: Serialize>(v: &T) -> String {
    let mut buf = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, LineSafe(CompactFormatter));
    if v.serialize(&mut ser).is_err() {
        return "null".into();
    }
    String::from_utf8(buf).unwrap_or_else(|_| "null".into())
}

/// `v` as JSON text indented by two spaces, for people to read.
pub fn to_json_pretty<T: Serialize>(v: &T) -> String {
    let mut buf = Vec::with_capacity(1024);
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, LineSafe(PrettyFormatter::new()));
    if v.serialize(&mut ser).is_err() {
        return "null".into();
    }
    String::from_utf8(buf).unwrap_or_default()
}

// ---- the compact writer ------------------------------------------------------

/// The batch's compact writer (native builds: the WebAssembly keeps
/// `serde_json`'s, which is smaller there and writes the same bytes).
#[cfg(not(target_arch = "wasm32"))]
mod compact {
    use super::*;

    /// Compact JSON text, written by our own `serde::Serializer` straight into
    /// a byte buffer: the same bytes as `serde_json`'s compact writer with
    /// [`LineSafe`] (a batch writes hundreds of megabytes; this one checks a
    /// string for what needs escaping with one table look-up a byte, and copies
    /// it whole when nothing does, which is nearly always).
    pub(super) struct Compact<'a> {
        pub(super) out: &'a mut Vec<u8>,
        /// Inside an [`ASCII`] string: written as it is.
        pub(super) raw: bool,
    }

    /// Why a value could not be written (never, for the types of this crate).
    #[derive(Debug)]
    pub(super) struct WriteError(String);

    impl std::fmt::Display for WriteError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(&self.0)
        }
    }

    impl std::error::Error for WriteError {}

    /// A binary float met in the output: refused (no field of this crate is one).
    fn no_float() -> WriteError {
        WriteError("a binary float in the output: hours and money are decimals".into())
    }

    impl serde::ser::Error for WriteError {
        // The message is not kept: formatting it would link `core::fmt`
        // into the page, for an error no type of this crate can give.
        fn custom<T: std::fmt::Display>(_msg: T) -> Self {
            WriteError("a value serde could not write".into())
        }
    }

    /// Bytes a JSON string cannot hold as they are: control characters, `"`,
    /// `\`; and those written escaped for JSON-lines readers: DEL, 0xC2 (the
    /// first byte of the C1 controls) and 0xE2 (of U+2028 and U+2029); other
    /// characters starting with 0xC2 or 0xE2 are copied as they are.
    const SPECIAL: [bool; 256] = {
        let mut t = [false; 256];
        let mut i = 0;
        while i < 0x20 {
            t[i] = true;
            i += 1;
        }
        t[b'"' as usize] = true;
        t[b'\\' as usize] = true;
        t[0x7F] = true;
        t[0xC2] = true;
        t[0xE2] = true;
        t
    };

    /// `s` as a JSON string literal, escaped as `serde_json` does (`\"`, `\\`,
    /// `\b \f \n \r \t`, other control characters as `\u00xx`), and as
    /// [`LineSafe`] adds: DEL and the C1 controls as `\u00xx`, U+2028 and
    /// U+2029 as `\u2028`, `\u2029`.
    fn write_json_str(out: &mut Vec<u8>, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let b = s.as_bytes();
        out.push(b'"');
        let mut start = 0;
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            if !SPECIAL[c as usize] {
                i += 1;
                continue;
            }
            let escape: &[u8] = match c {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                0x08 => b"\\b",
                0x0C => b"\\f",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0xE2 => match (b.get(i + 1), b.get(i + 2)) {
                    (Some(0x80), Some(0xA8)) => b"\\u2028",
                    (Some(0x80), Some(0xA9)) => b"\\u2029",
                    _ => {
                        i += 1;
                        continue;
                    }
                },
                // A C1 control, U+0080–U+009F: 0xC2 then 0x80–0x9F.
                0xC2 => match b.get(i + 1) {
                    Some(&c1 @ 0x80..=0x9F) => {
                        out.extend_from_slice(b.get(start..i).unwrap_or_default());
                        out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(c1 >> 4) as usize], HEX[(c1 & 0xF) as usize]]);
                        i += 2;
                        start = i;
                        continue;
                    }
                    _ => {
                        i += 1;
                        continue;
                    }
                },
                _ => b"",
            };
            out.extend_from_slice(b.get(start..i).unwrap_or_default());
            if escape.is_empty() {
                out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(c >> 4) as usize], HEX[(c & 0xF) as usize]]);
            } else {
                out.extend_from_slice(escape);
            }
            // U+2028 and U+2029 are 3 bytes; the others 1.
            i += if c == 0xE2 { 3 } else { 1 };
            start = i;
        }
        out.extend_from_slice(b.get(start..).unwrap_or_default());
        out.push(b'"');
    }

    /// A whole number in decimal.
    fn write_u128(out: &mut Vec<u8>, mut v: u128) {
        let mut digits = [0u8; 40];
        let mut n = digits.len();
        loop {
            n -= 1;
            if let Some(d) = digits.get_mut(n) {
                *d = b'0' + (v % 10) as u8;
            }
            v /= 10;
            if v == 0 || n == 0 {
                break;
            }
        }
        out.extend_from_slice(digits.get(n..).unwrap_or_default());
    }

    fn write_i128(out: &mut Vec<u8>, v: i128) {
        if v < 0 {
            out.push(b'-');
        }
        write_u128(out, v.unsigned_abs());
    }

    /// A sequence or a map being written: whether the next item is the first.
    pub(super) struct Items<'s, 'a> {
        ser: &'s mut Compact<'a>,
        first: bool,
    }

    impl Items<'_, '_> {
        fn comma(&mut self) {
            if !self.first {
                self.ser.out.push(b',');
            }
            self.first = false;
        }
    }

    pub(super) type R = Result<(), WriteError>;

    impl<'s, 'a> Serializer for &'s mut Compact<'a> {
        type Ok = ();
        type Error = WriteError;
        type SerializeSeq = Items<'s, 'a>;
        type SerializeTuple = Items<'s, 'a>;
        type SerializeTupleStruct = Items<'s, 'a>;
        type SerializeTupleVariant = Items<'s, 'a>;
        type SerializeMap = Items<'s, 'a>;
        type SerializeStruct = Items<'s, 'a>;
        type SerializeStructVariant = Items<'s, 'a>;

        /// Only [`AsciiText`] asks (no type this crate writes depends on it).
        fn is_human_readable(&self) -> bool {
            false
        }
        fn serialize_bool(self, v: bool) -> R {
            self.out.extend_from_slice(if v { b"true" } else { b"false" });
            Ok(())
        }
        fn serialize_i8(self, v: i8) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_i16(self, v: i16) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_i32(self, v: i32) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_i64(self, v: i64) -> R {
            write_i128(self.out, i128::from(v));
            Ok(())
        }
        fn serialize_i128(self, v: i128) -> R {
            write_i128(self.out, v);
            Ok(())
        }
        fn serialize_u8(self, v: u8) -> R {
            self.serialize_u64(u64::from(v))
        }
        fn serialize_u16(self, v: u16) -> R {
            self.serialize_u64(u64::from(v))
        }
        fn serialize_u32(self, v: u32) -> R {
            self.serialize_u64(u64::from(v))
        }
        fn serialize_u64(self, v: u64) -> R {
            write_u128(self.out, u128::from(v));
            Ok(())
        }
        fn serialize_u128(self, v: u128) -> R {
            write_u128(self.out, v);
            Ok(())
        }
        // The trait asks for these two; no output field is a binary float
        // (hours and money are decimals, written as strings), so one that
        // ever appeared is refused rather than written.
        fn serialize_f32(self, _: f32) -> R {
            Err(no_float())
        }
        fn serialize_f64(self, _: f64) -> R {
            Err(no_float())
        }
        fn serialize_char(self, v: char) -> R {
            let mut buf = [0u8; 4];
            write_json_str(self.out, v.encode_utf8(&mut buf));
            Ok(())
        }
        fn serialize_str(self, v: &str) -> R {
            if self.raw {
                self.out.push(b'"');
                self.out.extend_from_slice(v.as_bytes());
                self.out.push(b'"');
            } else {
                write_json_str(self.out, v);
            }
            Ok(())
        }
        fn serialize_bytes(self, v: &[u8]) -> R {
            if self.raw {
                self.out.push(b'"');
                self.out.extend_from_slice(v);
                self.out.push(b'"');
                return Ok(());
            }
            let mut seq = self.serialize_seq(Some(v.len()))?;
            for b in v {
                serde::ser::SerializeSeq::serialize_element(&mut seq, b)?;
            }
            serde::ser::SerializeSeq::end(seq)
        }
        fn serialize_none(self) -> R {
            self.out.extend_from_slice(b"null");
            Ok(())
        }
        fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> R {
            v.serialize(self)
        }
        fn serialize_unit(self) -> R {
            self.serialize_none()
        }
        fn serialize_unit_struct(self, _: &'static str) -> R {
            self.serialize_none()
        }
        fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
            self.serialize_str(variant)
        }
        fn serialize_newtype_struct<T: ?Sized + Serialize>(self, name: &'static str, v: &T) -> R {
            if name == ASCII {
                self.raw = true;
                let r = v.serialize(&mut *self);
                self.raw = false;
                return r;
            }
            v.serialize(self)
        }
        fn serialize_newtype_variant<T: ?Sized + Serialize>(self, _: &'static str, _: u32, variant: &'static str, v: &T) -> R {
            self.out.push(b'{');
            write_json_str(self.out, variant);
            self.out.push(b':');
            v.serialize(&mut *self)?;
            self.out.push(b'}');
            Ok(())
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Items<'s, 'a>, WriteError> {
            self.out.push(b'[');
            Ok(Items { ser: self, first: true })
        }
        fn serialize_tuple(self, len: usize) -> Result<Items<'s, 'a>, WriteError> {
            self.serialize_seq(Some(len))
        }
        fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Items<'s, 'a>, WriteError> {
            self.serialize_seq(Some(len))
        }
        fn serialize_tuple_variant(self, _: &'static str, _: u32, variant: &'static str, len: usize) -> Result<Items<'s, 'a>, WriteError> {
            self.out.push(b'{');
            write_json_str(self.out, variant);
            self.out.push(b':');
            self.serialize_seq(Some(len))
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Items<'s, 'a>, WriteError> {
            self.out.push(b'{');
            Ok(Items { ser: self, first: true })
        }
        fn serialize_struct(self, _: &'static str, len: usize) -> Result<Items<'s, 'a>, WriteError> {
            self.serialize_map(Some(len))
        }
        fn serialize_struct_variant(self, _: &'static str, _: u32, variant: &'static str, len: usize) -> Result<Items<'s, 'a>, WriteError> {
            self.out.push(b'{');
            write_json_str(self.out, variant);
            self.out.push(b':');
            self.serialize_map(Some(len))
        }
    }

    impl serde::ser::SerializeSeq for Items<'_, '_> {
        type Ok = ();
        type Error = WriteError;
        fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
            self.comma();
            v.serialize(&mut *self.ser)
        }
        fn end(self) -> R {
            self.ser.out.push(b']');
            Ok(())
        }
    }

    impl serde::ser::SerializeTuple for Items<'_, '_> {
        type Ok = ();
        type Error = WriteError;
        fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
            serde::ser::SerializeSeq::serialize_element(self, v)
        }
        fn end(self) -> R {
            serde::ser::SerializeSeq::end(self)
        }
    }

    impl serde::ser::SerializeTupleStruct for Items<'_, '_> {
        type Ok = ();
        type Error = WriteError;
        fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
            serde::ser::SerializeSeq::serialize_element(self, v)
        }
        fn end(self) -> R {
            serde::ser::SerializeSeq::end(self)
        }
    }

    impl serde::ser::SerializeTupleVariant for Items<'_, '_> {
        type Ok = ();
        type Error = WriteError;
        fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
            serde::ser::SerializeSeq::serialize_element(self, v)
        }
        fn end(self) -> R {
            self.ser.out.extend_from_slice(b"]}");
            Ok(())
        }
    }

    impl serde::ser::SerializeMap for Items<'_, '_> {
        type Ok = ();
        type Error = WriteError;
        fn serialize_key<T: ?Sized + Serialize>(&mut self, k: &T) -> R {
            self.comma();
            // A key is a string; another value (a number) is quoted, as serde_json does.
            let at = self.ser.out.len();
            k.serialize(&mut *self.ser)?;
            if self.ser.out.get(at) != Some(&b'"') {
                self.ser.out.insert(at, b'"');
                self.ser.out.push(b'"');
            }
            Ok(())
        }
        fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
            self.ser.out.push(b':');
            v.serialize(&mut *self.ser)
        }
        fn end(self) -> R {
            self.ser.out.push(b'}');
            Ok(())
        }
    }

    impl serde::ser::SerializeStruct for Items<'_, '_> {
        type Ok = ();
        type Error = WriteError;
        fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> R {
            self.comma();
            // A field's name is a Rust identifier: nothing to escape, nearly always.
            if key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                let out = &mut *self.ser.out;
                out.push(b'"');
                out.extend_from_slice(key.as_bytes());
                out.extend_from_slice(b"\":");
            } else {
                write_json_str(self.ser.out, key);
                self.ser.out.push(b':');
            }
            v.serialize(&mut *self.ser)
        }
        fn end(self) -> R {
            self.ser.out.push(b'}');
            Ok(())
        }
    }

    impl serde::ser::SerializeStructVariant for Items<'_, '_> {
        type Ok = ();
        type Error = WriteError;
        fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> R {
            serde::ser::SerializeStruct::serialize_field(self, key, v)
        }
        fn end(self) -> R {
            self.ser.out.extend_from_slice(b"}}");
            Ok(())
        }
    }
}

// ---- field helpers (`#[serde(serialize_with = "…")]`) ------------------------

/// The most characters of a decimal's text (see `rules::decimal`).
const DEC_TEXT: usize = crate::rules::decimal::TEXT_MAX;

/// `d` as text into `buf`, as its `Display` but a negative zero `0`: a
/// batch writes dozens of decimals a line, so this writes the digits
/// directly instead of going through `fmt`.
fn dec_text(d: &Decimal, buf: &mut [u8; DEC_TEXT]) -> usize {
    crate::rules::decimal::write(d, buf, false)
}

/// `d` as text (its `Display`) onto the end of `buf`: a batch line written
/// without a serializer (`--totals`; native builds only).
#[cfg(not(target_arch = "wasm32"))]
#[cfg_attr(not(feature = "assistant-hours"), allow(dead_code))]
pub(crate) fn push_dec(buf: &mut Vec<u8>, d: &Decimal) {
    let mut text = [0u8; DEC_TEXT];
    let len = dec_text(d, &mut text);
    buf.extend_from_slice(text.get(..len).unwrap_or_default());
}

/// `d` without trailing zeros onto the end of `buf`: the text of
/// `push_dec(buf, &d.normalize())`, written in one pass from the integer
/// for a non-negative value (every total a batch writes).
#[cfg(not(target_arch = "wasm32"))]
#[cfg_attr(not(feature = "assistant-hours"), allow(dead_code))]
pub(crate) fn push_dec_normalized(buf: &mut Vec<u8>, d: &Decimal) {
    let (mut m, mut scale) = match u64::try_from(d.mantissa()) {
        Ok(m) => (m, d.scale() as usize),
        Err(_) => return push_dec(buf, &d.normalize()),
    };
    while scale > 0 && m % 10 == 0 {
        m /= 10;
        scale -= 1;
    }
    // Digits from the last; at least one before the point.
    let mut digits = [b'0'; DEC_TEXT];
    let mut n = 0;
    while m > 0 || n <= scale {
        if let Some(slot) = digits.get_mut(n) {
            *slot = b'0' + (m % 10) as u8;
        }
        m /= 10;
        n += 1;
    }
    for i in (0..n).rev() {
        buf.push(digits.get(i).copied().unwrap_or(b'0'));
        if i == scale && scale > 0 {
            buf.push(b'.');
        }
    }
}

/// An ISO week as `YYYY-Www` onto the end of `buf`, as [`week`] writes it.
#[cfg(not(target_arch = "wasm32"))]
#[cfg_attr(not(feature = "assistant-hours"), allow(dead_code))]
pub(crate) fn push_week(buf: &mut Vec<u8>, w: &chrono::IsoWeek) {
    let (y, n) = (w.year(), w.week());
    match u32::try_from(y).ok().filter(|y| *y <= 9999) {
        Some(y) => {
            let digit = |v: u32| b'0' + (v % 10) as u8;
            buf.extend_from_slice(&[digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), b'-', b'W', digit(n / 10), digit(n)]);
        }
        None => buf.extend_from_slice(crate::rules::calendar::fmt_iso_week(*w).as_bytes()),
    }
}

fn write_dec<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let mut buf = [0u8; DEC_TEXT];
    let len = dec_text(d, &mut buf);
    // invariant: the text fits (`len` ≤ DEC_TEXT).
    ascii(s, buf.get(..len).unwrap_or_default())
}

/// The name that marks a string made by this module of digits, `-`, `.`,
/// `/` and `W` only (a decimal, a date, a week): [`Compact`] writes it
/// without looking for what to escape; any other serializer (serde_json's)
/// sees a plain string.
#[cfg(not(target_arch = "wasm32"))]
const ASCII: &str = "$socialrules::ascii";

/// `text` (ASCII that needs no escaping) as a JSON string.
fn ascii<S: Serializer>(s: S, text: &[u8]) -> Result<S::Ok, S::Error> {
    #[cfg(not(target_arch = "wasm32"))]
    return s.serialize_newtype_struct(ASCII, &AsciiText(text));
    // The page's module writes with serde_json alone: a plain string.
    #[cfg(target_arch = "wasm32")]
    match std::str::from_utf8(text) {
        Ok(t) => s.serialize_str(t),
        // invariant: not reached, ASCII (read byte by byte: no lossy conversion linked)
        Err(_) => s.serialize_str(&text.iter().map(|b| char::from(*b)).collect::<String>()),
    }
}

/// ASCII text: its bytes as they are for [`Compact`] (which says it is not
/// human-readable, for this alone), a string for any other serializer.
#[cfg(not(target_arch = "wasm32"))]
struct AsciiText<'a>(&'a [u8]);

#[cfg(not(target_arch = "wasm32"))]
impl Serialize for AsciiText<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            return s.serialize_bytes(self.0);
        }
        match std::str::from_utf8(self.0) {
            Ok(t) => s.serialize_str(t),
            Err(_) => s.serialize_str(&String::from_utf8_lossy(self.0)), // invariant: not reached, ASCII
        }
    }
}

/// A decimal as an exact string, without trailing zeros: `"3.5"`.
pub fn dec<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    write_dec(&d.normalize(), s)
}

/// An optional decimal: a string or `null`.
pub fn dec_opt<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => write_dec(&d.normalize(), s),
        None => s.serialize_none(),
    }
}

/// Money: a string with two decimals, or `null`.
pub fn money_opt<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => {
            let mut v = *d;
            v.rescale(2);
            #[cfg(not(target_arch = "wasm32"))]
            return s.collect_str(&v);
            // The same text, without `Decimal`'s `Display` in the page's module.
            #[cfg(target_arch = "wasm32")]
            s.serialize_str(&crate::rules::decimal::text(&v))
        }
        None => s.serialize_none(),
    }
}

/// `d` as `YYYY-MM-DD`, the same as its `Display`, for the years 0–9999
/// (every date the rules use); `None` for the others.
fn date_text(d: &NaiveDate) -> Option<[u8; 10]> {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return None;
    }
    let y = y as u32;
    let digit = |v: u32| b'0' + (v % 10) as u8;
    Some([
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(day / 10),
        digit(day),
    ])
}

/// A date as `YYYY-MM-DD`, the same as its `Display` (written directly for
/// the years 0–9999, which is every date the rules use).
pub fn date<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    match date_text(d) {
        Some(text) => ascii(s, &text),
        None => s.serialize_str(&crate::rules::calendar::iso_date(*d)),
    }
}

/// An ISO week as `YYYY-Www`, the same as [`crate::rules::calendar::fmt_iso_week`].
pub fn week<S: Serializer>(w: &chrono::IsoWeek, s: S) -> Result<S::Ok, S::Error> {
    let (y, n) = (w.year(), w.week());
    match u32::try_from(y).ok().filter(|y| *y <= 9999) {
        Some(y) => {
            let digit = |v: u32| b'0' + (v % 10) as u8;
            ascii(s, &[digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), b'-', b'W', digit(n / 10), digit(n)])
        }
        None => s.serialize_str(&crate::rules::calendar::fmt_iso_week(*w)),
    }
}

/// An optional date: `YYYY-MM-DD` or `null`.
pub fn date_opt<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => date(d, s),
        None => s.serialize_none(),
    }
}

// ---- explanations ------------------------------------------------------------

/// The values of a step, as a JSON object.
struct ValuesOut<'a>(&'a [(&'static str, Value)]);

impl Serialize for ValuesOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            #[cfg(not(target_arch = "wasm32"))]
            m.serialize_entry(k, &ValueOut(v))?;
            // The page's module: smaller this way, the same text.
            #[cfg(target_arch = "wasm32")]
            match v {
                Value::List { items, .. } => m.serialize_entry(k, items)?,
                other => m.serialize_entry(k, &other.json_text())?,
            }
        }
        m.end()
    }
}

/// One value of a step, written as [`Value::json_text`] says (`null` for
/// `None`, an array for a list), without building its text first.
#[cfg(not(target_arch = "wasm32"))]
struct ValueOut<'a>(&'a Value);

#[cfg(not(target_arch = "wasm32"))]
impl Serialize for ValueOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Num(d) => dec(d, s),
            Value::Date(d) | Value::Day(d) => date(d, s),
            #[cfg(feature = "assistant-hours")]
            Value::Days(a, b) => {
                let text = match (date_text(a), date_text(b)) {
                    (Some(x), Some(y)) => {
                        let mut text = [b'/'; 21];
                        text[..10].copy_from_slice(&x);
                        text[11..].copy_from_slice(&y);
                        Some(text)
                    }
                    _ => None,
                };
                match text {
                    Some(t) => ascii(s, &t),
                    None => s.serialize_str(&[crate::rules::calendar::iso_date(*a), crate::rules::calendar::iso_date(*b)].join("/")),
                }
            }
            #[cfg(feature = "assistant-hours")]
            Value::Week(w) => week(w, s),
            Value::Word(w) => s.serialize_str(w),
            Value::Text(t) => s.serialize_str(t),
            #[cfg(feature = "assistant-hours")]
            Value::Fraction { exact: t, .. } => s.serialize_str(t),
            Value::List { items, .. } => items.serialize(s),
            Value::None => s.serialize_none(),
            // Money and months: rare, as their text (a build with neither has no such value).
            #[allow(unreachable_patterns)]
            other => match other.json_text() {
                Some(t) => s.serialize_str(&t),
                None => s.serialize_none(),
            },
        }
    }
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "Quote"))]
struct QuoteOut {
    lang: &'static str,
    text: &'static str,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "ExplanationStep"))]
pub(crate) struct StepOut<'a> {
    id: &'static str,
    rule: &'static str,
    source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    source_text: Option<String>,
    interpretation: Option<&'static str>,
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string | Array<string> | null>"))]
    values: ValuesOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    quote: Option<QuoteOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    quote_translation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    text: Option<String>,
}

/// One step with its words (when `out.explain`).
pub struct StepJson<'a> {
    pub step: &'a Step,
    pub out: Out,
}

impl Serialize for StepJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let st = self.step;
        let words = self.out.explain.then(|| render(st, &self.out.words));
        let (text, source_text, quote_translation) = match words {
            Some(r) => (Some(r.text), Some(r.source_text), r.quote_translation),
            None => (None, None, None),
        };
        StepOut {
            id: st.id,
            rule: st.rule,
            source: st.source.cite,
            source_text,
            interpretation: st.interpretation,
            values: ValuesOut(&st.values),
            quote: st.quote.filter(|_| self.out.explain).map(|q| QuoteOut { lang: q.lang, text: q.text }),
            quote_translation,
            text,
        }
        .serialize(s)
    }
}

/// The steps of an explanation, each with its words when `out.explain`.
/// Left out of a brief answer (`#[serde(skip_serializing_if = "Explanation::left_out")]`).
pub struct Explanation<'a> {
    pub steps: &'a [Step],
    pub out: Out,
}

impl Explanation<'_> {
    /// Whether the answer is brief: written without its explanation.
    pub fn left_out(&self) -> bool {
        self.out.brief
    }
}

impl Serialize for Explanation<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.steps.iter().map(|step| StepJson { step, out: self.out }))
    }
}

/// A step's text alone (e.g. a criterion's `text`): `None` without `explain`.
pub fn step_text(step: &Step, out: Out) -> Option<String> {
    out.explain.then(|| render(step, &out.words).text)
}

// Test code only (never in the page or the command line): its asserts and
// unwraps are the tests' failures.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod push_tests {
    use super::*;

    #[test]
    fn a_decimal_written_without_trailing_zeros_in_one_pass_is_its_normalised_text() {
        let mut state = 11u64;
        for i in 0..20_000u64 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let m = (state >> 20) as i64 % [10, 1000, 1_000_000, i64::MAX][(i % 4) as usize];
            let d = Decimal::new(if i % 7 == 0 { -m } else { m }, (state % 12) as u32);
            let (mut fast, mut general) = (Vec::new(), Vec::new());
            push_dec_normalized(&mut fast, &d);
            push_dec(&mut general, &d.normalize());
            assert_eq!(fast, general, "{d}");
            assert_eq!(fast, d.normalize().to_string().into_bytes(), "{d}");
        }
    }
}
