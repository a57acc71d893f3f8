//! R4. Latvia: admission to social services with accommodation (Cabinet
//! Regulation No. 360 "Epidemioloģiskās drošības pasākumi Covid-19 infekcijas
//! izplatības ierobežošanai", version of 10.06.2020, points 33–34).
//!
//! > "33. Ilgstošas sociālās aprūpes un sociālās rehabilitācijas institūcija
//! > sniedz pakalpojumus, ja:
//! > 33.1. personai, kas tiek ievietota institūcijā, sadarbībā ar ģimenes ārstu
//! > ne agrāk kā divas dienas pirms ievietošanas veikts Covid-19 tests un tas
//! > ir negatīvs, izņemot bērnus, kuriem nekavējoties (ārkārtējos gadījumos)
//! > nepieciešams nodrošināt uzturēšanos krīzes centrā vai ilgstošas sociālās
//! > aprūpes un sociālās rehabilitācijas institūcijā;
//! > 33.2. personai, kas tiek pārvesta no stacionārās ārstniecības, ne agrāk
//! > kā divas dienas pirms iestāšanās institūcijā veikts Covid-19 tests;
//! > 33.3. persona pēc uzņemšanas institūcijā 14 dienas atrodas pašizolācijā.
//! >
//! > 34. Pārējos sociālos pakalpojumus ar izmitināšanu sniedz personai bez
//! > elpceļu saslimšanas pazīmēm, ja viņa atbilst vienai no šādām prasībām:
//! > 34.1. persona var uzrādīt dokumentu, ka viņai veikts Covid-19 tests ne
//! > agrāk kā trīs dienas pirms iestāšanās institūcijā un tas ir negatīvs;
//! > 34.2. personai ir ne agrāk kā nedēļu pirms ierašanās institūcijā izsniegta
//! > ārstējošā vai ģimenes ārsta izziņa par kontrindikāciju neesību
//! > pakalpojuma saņemšanai."
//! > — MK 360 as quoted by the Ministry of Welfare on 10.06.2020 (source `004`).
//!
//! LM's guidance in the same text asks, for other services, for the test
//! **and** the certificate; the regulation says "one of" (see [`assess`]).
//! The day counts are dated parameters ([`params::mk360_terms`]); the period
//! MK 360 applies is [`params::mk360_period`].

use chrono::{Duration, NaiveDate};

use crate::rules::params;

/// The kind of service, which decides the point that applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Institution {
    /// "ilgstošas sociālās aprūpes un sociālās rehabilitācijas institūcija" (point 33).
    LongTermCare,
    /// "pārējie sociālie pakalpojumi ar izmitināšanu" (point 34).
    OtherAccommodation,
}

/// The facts a person gives. Dates are checked by the input layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    /// The day of placement (arrival) in the institution.
    pub placement_date: NaiveDate,
    pub institution: Institution,
    /// The day a negative Covid-19 test was taken, if any.
    pub negative_test_date: Option<NaiveDate>,
    /// The day a doctor's certificate of no contraindications was issued, if any.
    pub certificate_date: Option<NaiveDate>,
    pub respiratory_symptoms: bool,
    /// A child who must be placed at once (in exceptional cases).
    pub urgent_child_placement: bool,
    /// Transferred from inpatient treatment ("pārvesta no stacionārās ārstniecības").
    pub from_inpatient_treatment: bool,
}

/// Whether MK 360 applies on the placement date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    Covered,
    /// Before 10.06.2020, when MK 360 entered into force.
    BeforeInForce,
    /// From 11.10.2021, when MK 360 lost force (replaced by MK 662).
    LostForce,
}

/// The (sub-)point that decides the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    /// 33.1: a test, except for children placed urgently.
    P33_1,
    /// 33.2: a person transferred from inpatient treatment: a test.
    P33_2,
    /// 34: one of a test (34.1) or a doctor's certificate (34.2).
    P34,
}

/// What makes the person admissible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Test,
    Certificate,
    /// A child placed urgently (33.1, "izņemot bērnus …").
    Exempt,
}

/// Why a person is not admissible (several may hold at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Point 34 admits only a person "bez elpceļu saslimšanas pazīmēm".
    RespiratorySymptoms,
    /// Point 33: no test given.
    NoTest,
    /// Point 34: neither a test nor a certificate given.
    NoDocument,
    /// The test was taken before `test_valid_from`.
    TestTooEarly,
    /// The test date is after the placement.
    TestAfterPlacement,
    /// The certificate was issued before `certificate_valid_from`.
    CertificateTooEarly,
    /// The certificate date is after the arrival.
    CertificateAfterPlacement,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admission {
    pub coverage: Coverage,
    /// `coverage == Covered`.
    pub covered: bool,
    /// The point that decides; `None` when not covered.
    pub point: Option<Point>,
    /// `None` when not covered.
    pub admissible: Option<bool>,
    pub by: Option<By>,
    /// The first day a test may be taken (the last is the placement date);
    /// `None` when no test can make the person admissible.
    pub test_valid_from: Option<NaiveDate>,
    /// The first day a certificate may be issued (point 34; the last is the
    /// arrival date); `None` when no certificate can.
    pub certificate_valid_from: Option<NaiveDate>,
    /// The last day of self-isolation (point 33.3), when admissible to a
    /// long-term care institution.
    pub isolation_until: Option<NaiveDate>,
    pub problems: Vec<Problem>,
    /// The placement is after 10.06.2020: later amendments of MK 360 (which
    /// shortened isolation to 10 and then 7 days, on dates not verified)
    /// are not encoded.
    pub later_amendments_not_encoded: bool,
    /// Point 34 was read as "one of" against LM's "both" (the result must
    /// say so).
    pub one_of_prevails: bool,
}

/// Where a document's date stands against its term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Document {
    Valid,
    Missing,
    TooEarly,
    AfterPlacement,
}

fn check(date: Option<NaiveDate>, valid_from: Option<NaiveDate>, placement: NaiveDate) -> Document {
    match (date, valid_from) {
        (None, _) => Document::Missing,
        (Some(d), _) if d > placement => Document::AfterPlacement,
        // valid_from is None only past chrono's range: any date then is late enough.
        (Some(d), Some(from)) if d < from => Document::TooEarly,
        (Some(_), _) => Document::Valid,
    }
}

fn days_before(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_sub_signed(Duration::days(n))
}

/// Decides admission on the placement date.
pub fn assess(f: &Facts) -> Admission {
    let period = params::mk360_period();
    let terms = params::mk360_terms();
    let placement = f.placement_date;
    let coverage = if placement < period.from {
        Coverage::BeforeInForce
    } else if period.applies_on(placement) {
        Coverage::Covered
    } else {
        Coverage::LostForce
    };
    let later_amendments_not_encoded = coverage == Coverage::Covered && placement > params::mk360_encoded_version();
    let mut a = Admission {
        coverage,
        covered: coverage == Coverage::Covered,
        point: None,
        admissible: None,
        by: None,
        test_valid_from: None,
        certificate_valid_from: None,
        isolation_until: None,
        problems: Vec::new(),
        later_amendments_not_encoded,
        one_of_prevails: false,
    };
    if !a.covered {
        return a;
    }
    match f.institution {
        Institution::LongTermCare => {
            // 33.2 names the person transferred from inpatient treatment with
            // no exception; the exception for children is in 33.1 only.
            let point = if f.from_inpatient_treatment { Point::P33_2 } else { Point::P33_1 };
            a.point = Some(point);
            if point == Point::P33_1 && f.urgent_child_placement {
                a.admissible = Some(true);
                a.by = Some(By::Exempt);
            } else {
                // "ne agrāk kā divas dienas pirms": test date ≥ placement − 2 days
                // and ≤ placement.
                a.test_valid_from = days_before(placement, terms.p33_test_days);
                match check(f.negative_test_date, a.test_valid_from, placement) {
                    Document::Valid => {
                        a.admissible = Some(true);
                        a.by = Some(By::Test);
                    }
                    Document::Missing => a.problems.push(Problem::NoTest),
                    Document::TooEarly => a.problems.push(Problem::TestTooEarly),
                    Document::AfterPlacement => a.problems.push(Problem::TestAfterPlacement),
                }
            }
            if a.admissible == Some(true) {
                // INTERPRETATION (isolation): "14 dienas" are the 14 days after
                // the day of admission (a term runs from the day after the
                // event): the last day of isolation is admission + 14 days.
                a.isolation_until = placement.checked_add_signed(Duration::days(terms.p33_isolation_days));
            } else {
                a.admissible = Some(false);
            }
        }
        Institution::OtherAccommodation => {
            a.point = Some(Point::P34);
            // INTERPRETATION: "vienai no šādām prasībām" (one of) prevails over
            // LM's guidance in source 004, which asks for both documents.
            a.one_of_prevails = true;
            if f.respiratory_symptoms {
                // INTERPRETATION (symptoms): point 34 admits only a person
                // without respiratory symptoms; no document makes up for them.
                a.admissible = Some(false);
                a.problems.push(Problem::RespiratorySymptoms);
                return a;
            }
            a.test_valid_from = days_before(placement, terms.p34_test_days);
            a.certificate_valid_from = days_before(placement, terms.p34_certificate_days);
            let test = check(f.negative_test_date, a.test_valid_from, placement);
            let certificate = check(f.certificate_date, a.certificate_valid_from, placement);
            // Either document suffices; with both valid the test (34.1) is named.
            if test == Document::Valid {
                a.by = Some(By::Test);
            } else if certificate == Document::Valid {
                a.by = Some(By::Certificate);
            }
            a.admissible = Some(a.by.is_some());
            if a.by.is_none() {
                match test {
                    Document::TooEarly => a.problems.push(Problem::TestTooEarly),
                    Document::AfterPlacement => a.problems.push(Problem::TestAfterPlacement),
                    Document::Valid | Document::Missing => {}
                }
                match certificate {
                    Document::TooEarly => a.problems.push(Problem::CertificateTooEarly),
                    Document::AfterPlacement => a.problems.push(Problem::CertificateAfterPlacement),
                    Document::Valid | Document::Missing => {}
                }
                if a.problems.is_empty() {
                    a.problems.push(Problem::NoDocument);
                }
            }
        }
    }
    a
}
