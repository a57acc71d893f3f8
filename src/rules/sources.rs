//! The legal sources the explanations cite: acts and their points, never a
//! file of this repository. `cite` is the neutral short citation written in
//! the JSON (`"MK 942 p. 11.¹"`); each source's name in the reader's
//! language is the catalog message `source-<id>`.
//!
//! Quotes of the law are kept here in their original language; their
//! translations are the catalog messages `quote-<id>`.

/// An act, or a point of one, or an official text that applies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Stable id; also names the catalog message `source-<id>`.
    pub id: &'static str,
    /// Neutral short citation.
    pub cite: &'static str,
}

/// Words of the law, in the language they were written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Stable id; also names the catalog message `quote-<id>` (translation).
    pub id: &'static str,
    /// The language of the original (`"lv"` or `"lt"`).
    pub lang: &'static str,
    pub text: &'static str,
}

// ---- R1: the assistant service ---------------------------------------------

/// Cabinet Regulation No. 942 of 18.12.2012, in force until 30.06.2021.
pub const MK942: Source = Source { id: "mk942", cite: "MK 942" };
/// MK 942 p. 11.¹ (added by Cabinet Regulation No. 134 of 17.03.2020).
pub const MK942_P11_1: Source = Source { id: "mk942-p11-1", cite: "MK 942 p. 11.¹" };
/// LM (Ministry of Welfare) guidance of 12.06.2020, case 1 (activities resumed).
pub const LM_2020_06_12_CASE1: Source = Source { id: "lm-2020-06-12-case1", cite: "LM guidance of 12.06.2020, case 1" };
/// LM guidance of 12.06.2020, case 2 (activities not resumed).
pub const LM_2020_06_12_CASE2: Source = Source { id: "lm-2020-06-12-case2", cite: "LM guidance of 12.06.2020, case 2" };
/// LM guidance for March and April 2020 (published by municipalities, 1.04.2020).
pub const LM_2020_04: Source = Source { id: "lm-2020-04", cite: "LM guidance of 1.04.2020" };
/// The emergency situation declared by the Cabinet Order of 12.03.2020, extended
/// by Order No. 254 until 9.06.2020.
pub const ES_2020: Source = Source { id: "es-2020", cite: "Cabinet Order of 12.03.2020 (emergency situation), Order No. 254" };

/// The second emergency situation, 9.11.2020–6.04.2021, during which MK 942
/// p. 11.¹ applied again.
pub const ES_2020_21: Source = Source { id: "es-2020-21", cite: "ES 2020-21 (emergency situation of 9.11.2020–6.04.2021)" };
/// MK 360 p. 34.³ (added by Cabinet Regulation No. 191 of 1.04.2021).
pub const MK360_P34_3: Source = Source { id: "mk360-p34-3", cite: "MK 360 p. 34.³" };
/// MK 662 (in force 11.10.2021) p. 73–74, for MK 942 contracts until 31.12.2021.
pub const MK662_P73_74: Source = Source { id: "mk662-p73-74", cite: "MK 662 p. 73–74" };
/// Cabinet Regulation No. 316 of 18.05.2021 (assistant, companion and care
/// services), in force 1.07.2021. Cited as a whole where the point is not
/// known (the monthly allocation, the hourly amount).
pub const MK316: Source = Source { id: "mk316", cite: "MK 316" };
/// MK 316 p. 47: MK 942 contracts continue until their decision period ends,
/// at the latest 31.12.2021.
pub const MK316_P47: Source = Source { id: "mk316-p47", cite: "MK 316 p. 47" };
/// MK 316 Annex 1, questionnaire item 4.2 (the base hours per purpose).
pub const MK316_ANNEX1: Source = Source { id: "mk316-annex1", cite: "MK 316 Annex 1 item 4.2" };

pub const QUOTE_ORDINARY: Quote = Quote {
    id: "r1-ordinary",
    lang: "lv",
    text: "apmaksājot stundas atbilstoši apliecinājumiem un nepārsniedzot personai piešķirto stundu apjomu",
};
pub const QUOTE_DIFFERENCE: Quote = Quote {
    id: "r1-difference",
    lang: "lv",
    text: "starpība starp personas iepriekšējos trīs mēnešos vidēji mēnesī izmantoto stundu skaitu un mēneša dienās pēc ārkārtējās situācijas izmantoto skaitu",
};
pub const QUOTE_WEEK_CAP: Quote = Quote {
    id: "r1-week-cap",
    lang: "lv",
    text: "asistentam apmaksājamais stundu skaits nevar būt lielāks kā personai ar invaliditāti piešķirtais stundu skaits nedēļā",
};
pub const QUOTE_PROPORTION: Quote = Quote {
    id: "r1-proportion",
    lang: "lv",
    text: "ievērojams samērīguma princips attiecībā uz vienā dienā norādāmo pakalpojuma apjomu, pieņemot, ka persona noteiktu dienas daļu guļ un atrodas mājās",
};
pub const QUOTE_TEN_HOURS: Quote = Quote { id: "r1-ten-hours", lang: "lv", text: "ne vairāk kā 10 stundas nedēļā" };

// ---- R2: the Lithuanian employment model -------------------------------------

/// SADM order A1-269 of 13.05.2019, point 7 as amended by A1-48 of 21.01.2020.
pub const A1_269_P7: Source = Source { id: "a1-269-p7", cite: "SADM order A1-269 p. 7" };
/// SADM order A1-269 of 13.05.2019 (the model, its window); repealed from 31.12.2022.
pub const A1_269: Source = Source { id: "a1-269", cite: "SADM order A1-269" };
/// SADM order A1-48 of 21.01.2020 amending A1-269 point 7.
pub const A1_48: Source = Source { id: "a1-48", cite: "SADM order A1-48" };
/// SADM order A1-257 (as amended by A1-911), under which municipalities run
/// employment programmes from 2023, after the model: information only, not encoded.
pub const A1_257: Source = Source { id: "a1-257", cite: "SADM order A1-257 as amended by A1-911" };
/// The municipalities' own pages on the model (Kazlų Rūda, Alytus city).
pub const LT_MUNICIPAL_PAGES: Source = Source { id: "lt-municipal-pages", cite: "Kazlų Rūda and Alytus municipal pages on the model" };

// ---- R3: Latvia, unemployment ------------------------------------------------

/// NVA (State Employment Agency) on applying for unemployed status.
pub const NVA_APPLY: Source = Source { id: "nva-apply", cite: "NVA: applying for unemployed status" };
/// NVA on the groups of unemployed persons (long-term, pre-retirement, with a disability).
pub const NVA_GROUPS: Source = Source { id: "nva-groups", cite: "NVA: groups of unemployed persons" };
/// Law "On State Pensions", transitional provisions (the retirement age schedule).
pub const STATE_PENSIONS_LAW: Source = Source { id: "state-pensions-law", cite: "Law On State Pensions, transitional provisions" };

pub const QUOTE_APPLY: Quote = Quote {
    id: "r3-apply",
    lang: "lv",
    text: "ne agrāk kā nākamajā dienā pēc darba tiesisko attiecību izbeigšanas",
};
pub const QUOTE_LONG_TERM_LV: Quote = Quote { id: "r3-long-term", lang: "lv", text: "12 mēnešus un ilgāk" };

// ---- R4: Latvia, admission to services with accommodation (MK 360) ----------

/// Cabinet Regulation No. 360 of 9.06.2020, in force 10.06.2020–10.10.2021.
pub const MK360: Source = Source { id: "mk360", cite: "MK 360" };
/// MK 360 point 33 (long-term social care and social rehabilitation institutions).
pub const MK360_P33: Source = Source { id: "mk360-p33", cite: "MK 360 p. 33" };
/// MK 360 point 34 (other social services with accommodation).
pub const MK360_P34: Source = Source { id: "mk360-p34", cite: "MK 360 p. 34" };
/// Cabinet Regulation No. 662 of 28.09.2021, in force 11.10.2021, which replaced MK 360.
pub const MK662: Source = Source { id: "mk662", cite: "MK 662" };

pub const QUOTE_MK360_P33_1: Quote = Quote {
    id: "r4-p33-1",
    lang: "lv",
    text: "personai, kas tiek ievietota institūcijā, sadarbībā ar ģimenes ārstu ne agrāk kā divas dienas pirms ievietošanas veikts Covid-19 tests un tas ir negatīvs, izņemot bērnus, kuriem nekavējoties (ārkārtējos gadījumos) nepieciešams nodrošināt uzturēšanos krīzes centrā vai ilgstošas sociālās aprūpes un sociālās rehabilitācijas institūcijā",
};
pub const QUOTE_MK360_P33_2: Quote = Quote {
    id: "r4-p33-2",
    lang: "lv",
    text: "personai, kas tiek pārvesta no stacionārās ārstniecības, ne agrāk kā divas dienas pirms iestāšanās institūcijā veikts Covid-19 tests",
};
pub const QUOTE_MK360_P33_3: Quote =
    Quote { id: "r4-p33-3", lang: "lv", text: "persona pēc uzņemšanas institūcijā 14 dienas atrodas pašizolācijā" };
pub const QUOTE_MK360_P34: Quote = Quote {
    id: "r4-p34",
    lang: "lv",
    text: "pārējos sociālos pakalpojumus ar izmitināšanu sniedz personai bez elpceļu saslimšanas pazīmēm, ja viņa atbilst vienai no šādām prasībām",
};
pub const QUOTE_MK360_P34_1: Quote = Quote {
    id: "r4-p34-1",
    lang: "lv",
    text: "persona var uzrādīt dokumentu, ka viņai veikts Covid-19 tests ne agrāk kā trīs dienas pirms iestāšanās institūcijā un tas ir negatīvs",
};
pub const QUOTE_MK360_P34_2: Quote = Quote {
    id: "r4-p34-2",
    lang: "lv",
    text: "personai ir ne agrāk kā nedēļu pirms ierašanās institūcijā izsniegta ārstējošā vai ģimenes ārsta izziņa par kontrindikāciju neesību pakalpojuma saņemšanai",
};

// ---- R5: Latvia, the competition for head of VBTAI (2020) --------------------

/// The State Chancellery's open competition for head of VBTAI, announced
/// 1.06.2020 (as the Ministry of Welfare published it).
pub const VBTAI_2020: Source = Source { id: "vbtai-2020", cite: "VBTAI competition notice of 1.06.2020" };

pub const QUOTE_VBTAI_EDUCATION: Quote =
    Quote { id: "r5-education", lang: "lv", text: "augstākā akadēmiskā vai otrā līmeņa profesionālā augstākā izglītība" };
pub const QUOTE_VBTAI_EXPERIENCE: Quote = Quote {
    id: "r5-experience",
    lang: "lv",
    text: "pēdējo 10 gadu laikā jābūt guvušiem vismaz triju gadu nepārtrauktu pieredzi organizācijas vadītāja amatā vai citā vadošā amatā organizācijas vadītāja tiešā pakļautībā ar vismaz 10 padotajiem darbiniekiem",
};
pub const QUOTE_VBTAI_ENGLISH: Quote = Quote { id: "r5-english", lang: "lv", text: "Angļu valodas zināšanām jābūt vismaz B2 līmenī" };
pub const QUOTE_VBTAI_REPUTATION: Quote = Quote { id: "r5-reputation", lang: "lv", text: "nevainojama reputācija" };
pub const QUOTE_VBTAI_DEADLINE: Quote =
    Quote { id: "r5-deadline", lang: "lv", text: "Pretendentu pieteikumi iesniedzami elektroniski līdz 22. jūnijam" };

// ---- R6: Latvia, the ESF project for (former) prisoners ----------------------

/// The Ministry of Justice's news on the ESF project "Bijušo ieslodzīto
/// integrācija sabiedrībā un darba tirgū".
pub const ESF_EX_PRISONERS: Source = Source { id: "esf-ex-prisoners", cite: "Ministry of Justice, ESF project notice" };

pub const QUOTE_ESF_BUDGET: Quote = Quote {
    id: "r6-budget",
    lang: "lv",
    text: "Kopējais projekta budžets ir 4 486 638 Eiro no tiem 85 % ir Eiropas Sociālā fonda finansējums, un 15 % līdzfinansē valsts.",
};
pub const QUOTE_ESF_PARTNERS: Quote = Quote {
    id: "r6-partners",
    lang: "lv",
    text: "Kopš 2016. gada Ieslodzījuma vietu pārvalde, īsteno ESF līdzfinansētu projektu \"Bijušo ieslodzīto integrācija sabiedrībā un darba tirgū\". […] Projekta partneris ir Valsts probācijas dienests un Nodarbinātības valsts aģentūra.",
};
pub const QUOTE_ESF_CONSULTATIONS: Quote = Quote {
    id: "r6-consultations",
    lang: "lv",
    text: "Nodarbinātības valsts aģentūras darbinieki nodrošina ieslodzītajiem karjeras konsultācijas gan pirms iesaistes profesionālās izglītības programmās, gan pirms atbrīvošanās no ieslodzījuma.",
};
