//! A decimal's text without `core::fmt`: the page's WebAssembly then links
//! neither `Decimal`'s `Display` nor the formatter's padding code (see the
//! README, "Size").

use rust_decimal::Decimal;

/// `d` as text, exactly as its `Display` writes it (`d.to_string()`):
/// `-0.25`, `3`, `3.50`, the scale kept, the sign of a negative zero too.
pub fn text(d: &Decimal) -> String {
    let scale = d.scale() as usize; // ≤ 28
    let mut m = d.mantissa().unsigned_abs(); // < 2^96: at most 29 digits
    // The digits, last first; at least one before the point.
    let mut digits: Vec<u8> = Vec::with_capacity(30);
    while m > 0 || digits.len() <= scale {
        digits.push(b'0' + (m % 10) as u8);
        m /= 10;
    }
    let mut s = String::with_capacity(digits.len() + 2);
    if d.is_sign_negative() {
        s.push('-');
    }
    for (i, b) in digits.iter().enumerate().rev() {
        s.push(char::from(*b));
        if i == scale && scale > 0 {
            s.push('.');
        }
    }
    s
}
