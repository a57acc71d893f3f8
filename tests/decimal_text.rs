#![cfg(not(target_arch = "wasm32"))]
//! The page's module writes decimals without `core::fmt` (README, "Size"):
//! every number a person reads is the same text as before, which was the
//! decimal's `Display`.

use proptest::prelude::*;
use rust_decimal::Decimal;
use socialrules::rules::decimal;

#[test]
fn a_decimal_reads_as_its_display_at_the_edges() {
    let mut negative_zero = Decimal::new(0, 2);
    negative_zero.set_sign_negative(true);
    for (d, text) in [
        (Decimal::new(350, 2), "3.50"),
        (Decimal::new(0, 0), "0"),
        (Decimal::new(0, 3), "0.000"),
        (negative_zero, "-0.00"),
        (Decimal::new(-25, 2), "-0.25"),
        (Decimal::new(5, 6), "0.000005"),
        (Decimal::new(1000, 0), "1000"),
        (Decimal::new(12_345_678, 2), "123456.78"),
        (Decimal::MAX, "79228162514264337593543950335"),
        (Decimal::MIN, "-79228162514264337593543950335"),
        (Decimal::from_i128_with_scale(1, 28), "0.0000000000000000000000000001"),
    ] {
        assert_eq!(decimal::text(&d), text, "{d:?}");
        assert_eq!(decimal::text(&d), d.to_string(), "{d:?}");
    }
}

proptest! {
    #[test]
    fn any_decimal_reads_as_its_display(lo in any::<u32>(), mid in any::<u32>(), hi in any::<u32>(), neg in any::<bool>(), scale in 0u32..=28) {
        let d = Decimal::from_parts(lo, mid, hi, neg, scale);
        prop_assert_eq!(decimal::text(&d), d.to_string());
    }

    #[test]
    fn an_amount_of_hours_or_money_reads_as_its_display(units in -10_000_000i64..10_000_000, scale in 0u32..=6, neg_zero in any::<bool>()) {
        let mut d = Decimal::new(units, scale);
        if units == 0 && neg_zero {
            d.set_sign_negative(true);
        }
        prop_assert_eq!(decimal::text(&d), d.to_string());
        prop_assert_eq!(decimal::text(&d.normalize()), d.normalize().to_string());
    }
}
