#![cfg(not(target_arch = "wasm32"))]
//! The batch's fast reader of a timesheet gives the general reader's result
//! or leaves the timesheet to it: a batch answers every line as a single
//! document would be answered, whichever reader read it.

use socialrules::contract::assistant_hours::parse_general;
use socialrules::contract::plain_timesheet;

/// A small deterministic generator (the same cases on every run).
/// `pick(valid, invalid)` takes an invalid form one time in `noise` (never
/// when `noise` is 0), so that some timesheets are all valid.
struct Lcg {
    state: u64,
    noise: usize,
}

impl Lcg {
    fn roll(&mut self, n: usize) -> usize {
        self.state = self.state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.state >> 33) as usize % n.max(1)
    }
    fn pick<'a>(&mut self, valid: &[&'a str], invalid: &[&'a str]) -> &'a str {
        if self.noise > 0 && !invalid.is_empty() && self.roll(self.noise) == 0 {
            let i = self.roll(invalid.len());
            return invalid[i];
        }
        let i = self.roll(valid.len());
        valid[i]
    }
}

/// A timesheet from pieces, each picked among valid and invalid forms.
fn timesheet(g: &mut Lcg) -> String {
    let month = g.pick(&["2020-06", "2020-06", "2019-09", "2021-04", "2020-11", "2020-04", "2019-02"], &["2021-10", "2021-08", "2023-02", "2012-12", " 2020-06", "2020-6", "2020-13"]);
    let (y, m) = (month.trim().get(0..4).unwrap_or("2020"), month.trim().get(5..7).unwrap_or("06"));
    let mut fields: Vec<String> = vec![format!(r#""month":"{month}""#)];
    let alloc = g.pick(&[r#""10""#, r#""40""#, r#""7.5""#, "16", "12.25", r#""0""#, r#""168""#], &[r#""169""#, r#""-1""#, r#""3,5""#, "null", r#""""#, "1e1", r#"" 8 ""#, r#""10.0000001""#, "absent"]);
    if alloc != "absent" {
        fields.push(format!(r#""weekly_allocation":{alloc}"#));
    }
    let n = g.pick(&["0", "1", "3", "8"], &[]).parse::<usize>().unwrap_or(1);
    let mut days = Vec::new();
    for _ in 0..n {
        let day = g.pick(&["01", "02", "08", "15", "15", "28"], &["30", "31", "32"]);
        let date = g.pick(&["iso"], &["dotted", "spaced", "other"]);
        let date = match date {
            "iso" => format!("{y}-{m}-{day}"),
            "dotted" => format!("{day}.{m}.{y}"),
            "spaced" => format!(" {y}-{m}-{day}"),
            _ => format!("2019-01-{day}"),
        };
        let hours = g.pick(&[r#""4.5""#, r#""8""#, r#""0.25""#, "3", "2.50", r#""12""#, r#""24""#, r#""0""#], &[r#""25""#, r#""1.1234567""#, r#""x""#, "-1"]);
        let measure = g.pick(&["1", "7", r#""3""#, r#""7.0""#], &["8", "0", "1.5", "null"]);
        let entry = match g.pick(&["all", "spaced"], &["no-measure", "extra", "twice"]) {
            "no-measure" => format!(r#"{{"date":"{date}","hours":{hours}}}"#),
            "extra" => format!(r#"{{"date":"{date}","hours":{hours},"measure":{measure},"note":"x"}}"#),
            "twice" => format!(r#"{{"date":"{date}","hours":{hours},"measure":{measure},"hours":"1"}}"#),
            "spaced" => format!(r#"{{ "date" : "{date}", "hours":{hours},"measure":{measure}}}"#),
            _ => format!(r#"{{"date":"{date}","hours":{hours},"measure":{measure}}}"#),
        };
        days.push(entry);
    }
    if g.pick(&["days"], &["none"]) == "days" {
        fields.push(format!(r#""days":[{}]"#, days.join(",")));
    }
    let emergency = g.pick(
        &[
            "absent",
            r#"{"activities_resumed":false,"previous_months":["40","33.5","12"]}"#,
            r#"{"activities_resumed":false,"previous_months":["0","0","0"]}"#,
            r#"{"activities_resumed":false,"previous_months":[100,"50.25",1]}"#,
            r#"{"previous_months":["300","0.5","1"],"activities_resumed":false}"#,
            r#"{"activities_resumed":true}"#,
            r#"{"activities_resumed":true,"previous_months":["1","2","3"]}"#,
        ],
        &[
            r#"{"activities_resumed":true,"previous_months":["1"]}"#,
            r#"{"activities_resumed":false,"previous_months":["1","2"]}"#,
            r#"{"activities_resumed":false,"previous_months":["1","2","745"]}"#,
            r#"{"activities_resumed":"false","previous_months":["1","2","3"]}"#,
            r#"{"activities_resumed":false}"#,
            r#"{"activities_resumed":false,"previous_months":["1","2","3"],"x":1}"#,
            r#"{"activities_resumed":false,"activities_resumed":true}"#,
            "null",
        ],
    );
    if emergency != "absent" {
        fields.push(format!(r#""emergency":{emergency}"#));
    }
    let none: &[&str] = &[];
    for (key, values) in [
        ("daily_max", (&["absent", "absent", r#""8""#, r#""7.5""#, "null", r#""10""#][..], &[r#""0""#, r#""25""#, r#""0.1""#][..])),
        ("granularity", (&["absent", "absent", r#""0.5""#, r#""0.25""#, r#""1""#, "null", r#""0.1""#][..], &[r#""0.001""#, r#""9""#][..])),
        ("hourly_rate", (&["absent", "absent", r#""3.333""#, r#""""#, "null", "2.7044"][..], &[r#"" ""#, r#""1001""#][..])),
        ("regulation", (&["absent"][..], &[r#""mk942""#][..])),
        ("paid_outside_month", (&["absent"][..], &[r#"{"2020-W27":"1.5"}"#][..])),
        ("monthly_allocation", (&["absent"][..], &[r#""80""#][..])),
        ("unknown", (&["absent"][..], &["1"][..])),
        ("unused", (&["absent"][..], none)),
    ] {
        let v = g.pick(values.0, values.1);
        if v != "absent" {
            fields.push(format!(r#""{key}":{v}"#));
        }
    }
    if g.pick(&["once"], &["twice"]) == "twice" {
        fields.push(r#""month":"2020-07""#.to_string());
    }
    let text = format!("{{{}}}", fields.join(","));
    match g.pick(&["as is", "as is", "spaced"], &["cut", "trailing"]) {
        "spaced" => format!(" \t{}\r\n", text.replace(',', " ,\n ")),
        "cut" => text.get(..text.len() * 2 / 3).unwrap_or_default().to_string(),
        "trailing" => format!("{text} x"),
        _ => text,
    }
}

#[test]
fn the_fast_reader_gives_the_general_readers_timesheet_or_leaves_it_to_the_general_reader() {
    let mut g = Lcg { state: 20261201, noise: 0 };
    let (mut read, mut left) = (0, 0);
    for i in 0..40_000 {
        // All valid, then one piece in 40, in 10, in 3 invalid.
        g.noise = [0, 40, 10, 3][i % 4];
        let text = timesheet(&mut g);
        match plain_timesheet::parse(&text) {
            Some(request) => {
                read += 1;
                assert_eq!(parse_general(&text), Ok(request), "the fast reader read {text} differently");
            }
            None => left += 1,
        }
    }
    // Both kinds of case happen: the test cannot pass by reading nothing.
    assert!(read > 8_000, "the fast reader read {read} timesheets");
    assert!(left > 8_000, "the general reader was left {left}");
}

#[test]
fn the_fast_reader_reads_the_common_timesheet_of_a_month_with_the_average_rule() {
    let text = r#"{"month":"2020-06","weekly_allocation":"10","days":[{"date":"2020-06-01","hours":"4.5","measure":1},{"date":"2020-06-01","hours":"3","measure":7}],"emergency":{"activities_resumed":false,"previous_months":["40","33.5","12"]},"granularity":"0.25","daily_max":"8","hourly_rate":"3.333"}"#;
    let request = plain_timesheet::parse(text).expect("the common shape is read by the fast reader");
    assert_eq!(parse_general(text), Ok(request));
}

#[test]
fn the_fast_reader_leaves_every_timesheet_with_an_error_to_the_general_reader() {
    for text in [
        r#"{"month":"2020-06","weekly_allocation":"10","days":[{"date":"2020-06-01","hours":"24","measure":1},{"date":"2020-06-01","hours":"0.5","measure":2}],"emergency":{"activities_resumed":true}}"#,
        r#"{"month":"2020-06","weekly_allocation":"10","days":[],"emergency":null}"#,
        r#"{"month":"2020-06","weekly_allocation":"10","days":[]}"#,
        r#"{"month":"2019-06","weekly_allocation":"10","days":[],"granularity":"9"}"#,
        r#"{"month":"2019-06","weekly_allocation":"10","days":[{"date":"2019-07-01","hours":"1","measure":1}]}"#,
        r#"{"month":"2021-08","weekly_allocation":"10","days":[]}"#,
    ] {
        assert!(plain_timesheet::parse(text).is_none(), "{text}");
        assert!(parse_general(text).is_err(), "{text} has an error");
    }
}
