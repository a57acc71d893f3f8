//! The generated timesheets of the batch benchmark (`benches/batch.rs`) and
//! of the training run of the profile-guided build (`cargo xtask release`,
//! xtask/src/pgo.rs): a deterministic generator, so every run sees the
//! same timesheets. (Not the OpenFisca peer's `gen.py`, whose timesheets
//! the side-by-side benchmark measures: the build is not trained on them.)

/// A small deterministic generator (xorshift64*), so every run sees the same timesheets.
pub struct Rng(pub u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn days_in(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// One timesheet: half in the 2020 emergency months, half in ordinary months.
pub fn timesheet(r: &mut Rng) -> String {
    let (year, month) = if r.below(2) == 0 {
        (2020, 3 + r.below(4) as u32)
    } else {
        (2013 + r.below(8) as i32, 1 + r.below(12) as u32)
    };
    let mut days = Vec::new();
    for d in 1..=days_in(year, month) {
        if r.below(3) > 0 {
            let q = r.below(33); // quarter hours, 0–8 h
            days.push(format!(
                r#"{{"date":"{year}-{month:02}-{d:02}","hours":"{}.{:02}","measure":{}}}"#,
                q / 4,
                (q % 4) * 25,
                1 + r.below(7)
            ));
        }
    }
    let emergency = if year == 2020 && (3..=6).contains(&month) {
        let p = |r: &mut Rng| format!("\"{}.{}\"", r.below(200), r.below(10));
        format!(
            r#","emergency":{{"activities_resumed":{},"previous_months":[{},{},{}]}}"#,
            r.below(5) == 0,
            p(r),
            p(r),
            p(r)
        )
    } else {
        String::new()
    };
    format!(
        r#"{{"month":"{year}-{month:02}","weekly_allocation":"{}","days":[{}]{emergency},"hourly_rate":"3.1447"}}"#,
        5 + r.below(40),
        days.join(",")
    )
}
