//! A decimal's text without `core::fmt`: the page's WebAssembly then links
//! neither `Decimal`'s `Display` nor the formatter's padding code (see the
//! README, "Size").

use rust_decimal::Decimal;

/// The longest text of a decimal: a sign, 29 digits and a point.
pub const TEXT_MAX: usize = 32;

/// `d` as text, exactly as its `Display` writes it (`d.to_string()`):
/// `-0.25`, `3`, `3.50`, the scale kept, the sign of a negative zero too.
pub fn text(d: &Decimal) -> String {
    let mut buf = [0u8; TEXT_MAX];
    let len = write(d, &mut buf, true);
    // The bytes are ASCII digits, a sign and a point.
    buf.get(..len).map(|b| b.iter().map(|&c| char::from(c)).collect()).unwrap_or_default()
}

/// `d`'s text into `buf`, its length returned: `Display`'s text, with the
/// sign of a negative zero only when `signed_zero` (the JSON output writes
/// `0`). The digits are written directly, not through `fmt`.
pub fn write(d: &Decimal, buf: &mut [u8; TEXT_MAX], signed_zero: bool) -> usize {
    let scale = d.scale() as usize; // ≤ 28
    let mut m = d.mantissa().unsigned_abs(); // < 2^96: at most 29 digits
    // The digits, last first; at least one before the point (scale + 1 ≤ 29).
    let mut digits = [b'0'; 30];
    let mut n = 0;
    // Hours and money fit 64 bits: divided as such on the command line (a
    // 128-bit division is slow there; the batch writes dozens a line).
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(mut small) = u64::try_from(m) {
        while small > 0 || n <= scale {
            if let Some(slot) = digits.get_mut(n) {
                *slot = b'0' + (small % 10) as u8;
            }
            small /= 10;
            n += 1;
        }
        m = 0;
    }
    while m > 0 || n <= scale {
        if let Some(slot) = digits.get_mut(n) {
            *slot = b'0' + (m % 10) as u8;
        }
        m /= 10;
        n += 1;
    }
    let mut len = 0;
    let mut put = |b: u8| {
        if let Some(slot) = buf.get_mut(len) {
            *slot = b;
            len += 1;
        }
    };
    if d.is_sign_negative() && (signed_zero || !d.is_zero()) {
        put(b'-');
    }
    for i in (0..n).rev() {
        put(digits.get(i).copied().unwrap_or(b'0'));
        if i == scale && scale > 0 {
            put(b'.');
        }
    }
    len
}

/// `d` in millionths, when it is a whole number of them from 0 to below
/// 10^12 (10^6 hours); `None` otherwise. Hours always are (the reader
/// allows at most 6 decimals), and no sum of a month's such values
/// overflows 64 bits. (The batch's integer paths, and the MK 316 months of
/// the page's first timesheet module: no decimal arithmetic linked there.)
pub fn millionths(d: Decimal) -> Option<i64> {
    const POW10: [i64; 7] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
    let m = i64::try_from(d.mantissa()).ok().filter(|m| (0..1_000_000_000_000).contains(m))?;
    Some(m * POW10.get(6usize.checked_sub(d.scale() as usize)?)?).filter(|v| *v < 1_000_000_000_000)
}

/// `v` millionths as a decimal, normalised (`4.500000` is `4.5`).
pub fn from_millionths(v: i64) -> Decimal {
    Decimal::new(v, 6).normalize()
}
