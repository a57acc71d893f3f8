//! A decimal's text without `core::fmt`: the page's WebAssembly then links
//! neither `Decimal`'s `Display` nor the formatter's padding code (see the
//! README, "Size").

use rust_decimal::Decimal;

/// `d` as text, exactly as its `Display` writes it (`d.to_string()`):
/// `-0.25`, `3`, `3.50`, the scale kept, the sign of a negative zero too.
pub fn text(d: &Decimal) -> String {
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
    let mut s = String::with_capacity(n + 2);
    if d.is_sign_negative() {
        s.push('-');
    }
    for i in (0..n).rev() {
        s.push(char::from(digits.get(i).copied().unwrap_or(b'0')));
        if i == scale && scale > 0 {
            s.push('.');
        }
    }
    s
}
