// The page's message catalog: every label, hint and heading of the
// calculators, in Latvian (the default) and English. What the rules say
// (results, explanations, error messages) comes from the Rust core in the
// same language. Lithuanian and Russian are to come: add a block per language.

const MONTHS = {
  lv: ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const MONTHS_GEN_LV = ['janvāra', 'februāra', 'marta', 'aprīļa', 'maija', 'jūnija', 'jūlija', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra'];
const WEEKDAYS = {
  lv: ['Pirmdiena', 'Otrdiena', 'Trešdiena', 'Ceturtdiena', 'Piektdiena', 'Sestdiena', 'Svētdiena'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const WEEKDAYS_SHORT = {
  lv: ['P', 'O', 'T', 'C', 'Pk', 'S', 'Sv'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

const MESSAGES = {
  lv: {
    languageName: 'Latviešu',
    skipToContent: 'Pāriet uz saturu',
    startPrivacy: 'Lapa darbojas bez servera un bez interneta pieslēguma pēc ielādes.',
    languageNav: 'Valoda',
    appName: 'Sociālo pakalpojumu kalkulatori',
    startIntro: 'Aprēķini pēc Latvijas un Lietuvas sociālo pakalpojumu noteikumiem. Viss notiek jūsu pārlūkā: nekas, ko ievadāt, netiek nosūtīts.',
    startAssistantTitle: 'Asistenta pakalpojuma stundas mēnesī',
    startAssistantText: 'Asistentam un klientam: cik stundu no mēneša uzskaites lapas ir apmaksājamas, ieskaitot 2020. gada ārkārtējās situācijas mēnešus (MK 942).',
    title: 'Asistenta pakalpojuma stundas mēnesī',
    intro: 'Ievadiet mēneša uzskaites lapu. Kalkulators parāda apmaksājamās stundas katrā nedēļā un 2020. gada ārkārtējās situācijas mēnešos arī 7. pasākuma stundas. Nekas netiek nosūtīts: aprēķins notiek jūsu pārlūkā.',
    loading: 'Ielādē kalkulatoru…',
    loadFailed: 'Kalkulatoru neizdevās ielādēt. Pārlādējiet lapu.',
    errorSummaryTitle: 'Ir problēma',
    errorPrefix: 'Kļūda:',
    monthLegend: 'Mēnesis',
    year: 'Gads',
    month: 'Mēnesis',
    choose: 'Izvēlieties',
    monthHint: 'Kalkulators aptver MK 942 noteikumus no 2013. gada janvāra līdz 2021. gada jūnijam.',
    allocation: 'Piešķirtās stundas nedēļā',
    allocationHint: 'Piemēram, 40 vai 17,5. No valsts budžeta finansē ne vairāk kā 40 stundas nedēļā.',
    calendarCaption: 'Apliecinātās stundas pa dienām: {month}',
    calendarHint: 'Katrai dienai ievadiet apliecinātās stundas un pasākumu. Tukša diena nozīmē 0 stundu. Decimāldaļu var rakstīt ar komatu.',
    week: 'Nedēļa',
    weekShort: '{n}. ned.',
    hoursFor: '{date}, stundas',
    measureFor: '{date}, pasākums',
    measure: 'Pasākums {n}',
    measure7: 'Pasākums 7 (sociālās iekļaušanas pasākumi)',
    emergencyDay: 'ārkārtējā situācija',
    emergencyPlaced: '7. pasākums: {h} h',
    emergencyLegend: 'Ārkārtējā situācija ({from}–{to})',
    emergencyIntro: 'Šajā mēnesī ir ārkārtējās situācijas dienas: {days}.',
    resumedQuestion: 'Vai klienta aktivitātes ārkārtējās situācijas dienās bija atjaunojušās?',
    resumedYes: 'Jā, atjaunojušās (stundas uzskaita parastajā kārtībā)',
    resumedNo: 'Nē, nebija atjaunojušās',
    previousLegend: 'Izmantotās stundas trīs iepriekšējos mēnešos',
    previousHint: 'No tām aprēķina vidējo (LM 12.06.2020). Ja visos trijos ir 0, piemēro 10 stundas nedēļā (MK 942 11.¹ punkts).',
    previousMonth: 'Stundas: {month}',
    settingsLegend: 'Aprēķina iestatījumi',
    dailyMax: 'Dienas maksimums (stundas)',
    dailyMaxHint: 'INTERPRETĀCIJA: cik stundu kopā (apliecinātās un 7. pasākuma) var būt vienā ārkārtējās situācijas dienā, jo “persona noteiktu dienas daļu guļ”. Noklusējums: 8.',
    granularity: 'Noapaļošanas solis (stundas)',
    granularityHint: 'INTERPRETĀCIJA: katra dienas vērtība ir šī soļa daudzkārtnis. Noklusējums: 0,5.',
    rate: 'Stundas likme, EUR (nav obligāti)',
    rateHint: 'MK 942: minimālā alga ÷ mēneša normālās darba stundas, piemēram, 2021. gada jūnijā 3,1447 (pilngadīgs klients). 2020. gada likmes ievadiet paši.',
    paidLegend: 'Nedēļas uz mēneša robežas (nav obligāti)',
    paidHint: 'Ja šīs nedēļas dienās blakus mēnesī stundas jau apmaksātas, tās samazina nedēļas limitu.',
    paidFor: 'Jau apmaksāts nedēļā {week} ({from}–{to} ir šajā mēnesī)',
    calculate: 'Aprēķināt',
    resultTitle: 'Rezultāts',
    resultPending: 'Rezultāts parādīsies, kad būs aizpildīts mēnesis un piešķirtās stundas nedēļā.',
    resultBlocked: 'Izlabojiet kļūdas, lai redzētu rezultātu.',
    totalPayable: 'Apmaksājamas kopā',
    attestedPayable: 'Apliecinātās, apmaksājamas',
    emergencyHours: 'Ārkārtējās situācijas stundas (7. pasākums)',
    emergencyEntitlement: 'Tiesības uz ārkārtējās situācijas stundām',
    notPayable: 'Pārsniedz nedēļas limitu, netiek apmaksātas',
    unplaced: 'Neietilpst limitos',
    pay: 'Samaksa',
    hoursUnit: '{h} h',
    weeksTitle: 'Pa nedēļām',
    weekLine: '{week} ({from}–{to}): limits {cap} h; apliecinātas {attested} h, no tām apmaksājamas {payable} h; 7. pasākums {emergency} h; netiek apmaksātas {over} h.',
    legendAttested: 'apliecinātās, apmaksājamas',
    legendEmergency: '7. pasākums',
    legendOver: 'pārsniedz limitu',
    legendCap: 'nedēļas limits',
    emergencyDaysTitle: '7. pasākuma stundas pa dienām',
    explanationTitle: 'Kā tas aprēķināts',
    source: 'Avots',
    interpretation: 'Interpretācija',
    warnings: 'Jāpievērš uzmanība',
    optional: '(nav obligāti)',
    check: 'Pārbaudīt',
    dateHint: 'Piemēram, 10.03.1985.',
    birthDate: 'Dzimšanas datums',
    aboutYou: 'Par jums',
    notApplicable: '—',
    met: 'izpildīts',
    notMet: 'nav izpildīts',
    unknown: 'nevar noteikt',
    criteriaTitle: 'Nosacījumi',
    startLtTitle: 'Lietuvas nodarbinātības modelis: vai varu piedalīties?',
    startLtText: 'Lietuvā, 2019–2022: vai atbilstat “Užimtumo skatinimo ir motyvavimo” modelim un no kura datuma.',
    startLvTitle: 'Bezdarbnieka statuss Latvijā: jūsu datumi',
    startLvText: 'Kad var pieteikties NVA, no kura datuma esat ilgstošais vai pirmspensijas vecuma bezdarbnieks.',
    ltTitle: 'Lietuvas nodarbinātības modelis: vai varu piedalīties?',
    ltIntro: 'Modelis “Užimtumo skatinimo ir motyvavimo paslaugų nedirbantiems ir socialinę paramą gaunantiems asmenims modelis” darbojās Lietuvas pašvaldībās no 13.05.2019 līdz 30.12.2022. Atbildiet uz jautājumiem: kalkulators pasaka, vai atbilstat, un ja vēl ne, no kura datuma.',
    ltPending: 'Atbilde parādīsies, kad būs ievadīts datums un dzimšanas datums.',
    ltWhen: 'Kurā dienā',
    ltDate: 'Datums, par kuru jautājat',
    ltDateHint: 'Nosūtīšanas pie atvejo vadītāja vai līguma parakstīšanas diena. Piemēram, 01.06.2020.',
    ltWork: 'Darbs un reģistrācija',
    ltRegistered: 'Reģistrēts Užimtumo tarnybā kopš',
    ltRegisteredHint: 'Reģistrācijas diena. Piemēram, 15.01.2019.',
    ltLastJob: 'Pēdējais darbs beidzās',
    ltLastJobHint: 'Pēdējās darba dienas datums. Piemēram, 31.05.2017.',
    ltSupport: 'Sociālā palīdzība',
    ltCash: 'Vai saņemat sociālo palīdzību naudā (piniginė socialinė parama)?',
    ltCashHint: 'Kopš A1-48 (2020. gada janvāris) pietiek ar tiesībām to saņemt.',
    ltCashReceives: 'Jā, saņemu',
    ltCashEntitled: 'Nesaņemu, bet man ir tiesības saņemt',
    ltCashNo: 'Nē',
    ltWhere: 'Pašvaldība',
    ltMunicipality: 'Pašvaldība',
    ltMunicipalityHint: 'Tikai informācijai: modelis darbojās ne visās pašvaldībās.',
    ltFrom: 'Ja nekas cits nemainās, atbildīsiet no {date}.',
    ltNever: 'Modeļa darbības laikā visi nosacījumi neizpildīsies.',
    verdict_eligible: 'Atbilst: varat piedalīties.',
    verdict_not_eligible: 'Vēl neatbilst.',
    verdict_cannot_tell: 'Nevar pateikt: trūkst ziņu.',
    verdict_not_covered: 'Datums ir ārpus modeļa darbības laika (13.05.2019–30.12.2022).',
    crit_age: '30 gadi vai vairāk',
    crit_long_term_unemployed: 'Ilgstošais bezdarbnieks',
    crit_cash_social_assistance: 'Sociālā palīdzība naudā',
    lvTitle: 'Bezdarbnieka statuss Latvijā: jūsu datumi',
    lvIntro: 'Kad var pieteikties bezdarbnieka statusam NVA, kad sasniedzat pensijas vecumu, un no kura datuma esat pirmspensijas vecuma vai ilgstošais bezdarbnieks.',
    lvPending: 'Atbilde parādīsies, kad būs ievadīts datums un dzimšanas datums.',
    lvWhen: 'Kurā dienā',
    lvDate: 'Datums, par kuru jautājat',
    lvDisability: 'Man ir invaliditāte',
    lvJobEnd: 'Darba attiecības beidzās',
    lvJobEndHint: 'Pēdējā darba diena. Piemēram, 31.12.2022.',
    lvRegistered: 'Reģistrēts NVA kā bezdarbnieks kopš',
    lvRegisteredHint: 'Piemēram, 05.01.2023.',
    lvStatus: 'Pensionēšanās vecumu sasniedzat {date}.',
    lvApply: 'Var pieteikties bezdarbnieka statusam no',
    lvRetirementAge: 'Pensionēšanās vecums',
    lvRetirementDate: 'Pensionēšanās vecumu sasniedzat',
    lvPreRetirement: 'Pirmspensijas vecuma bezdarbnieks no',
    lvLongTerm: 'Ilgstošais bezdarbnieks no',
    lvGroups: 'Grupas {date}',
    yearsMonths: '{y} g. {m} mēn.',
    group_long_term_unemployed: 'ilgstošais bezdarbnieks',
    group_pre_retirement_age: 'pirmspensijas vecuma bezdarbnieks',
    group_with_disability: 'bezdarbnieks ar invaliditāti',
    groupsNone: 'neviena',
    groupsNotRegistered: 'neattiecas: šajā datumā neesat reģistrēts kā bezdarbnieks',
    notCoveredDate: 'datums nav aptverts (pirms 2014. gada)',
  },
  en: {
    languageName: 'English',
    skipToContent: 'Skip to content',
    startPrivacy: 'The page works with no server and, once loaded, with no internet connection.',
    languageNav: 'Language',
    appName: 'Social services calculators',
    startIntro: 'Calculations under the rules of Latvian and Lithuanian social services. Everything happens in your browser: nothing you type is sent anywhere.',
    startAssistantTitle: 'Assistant-service hours of a month',
    startAssistantText: 'For assistants and clients: how many hours of the monthly timesheet are payable, including the 2020 emergency months (MK 942).',
    title: 'Assistant-service hours of a month',
    intro: 'Enter the monthly timesheet. The calculator shows the payable hours of each week and, in the 2020 emergency months, the hours under measure 7. Nothing is sent: the calculation happens in your browser.',
    loading: 'Loading the calculator…',
    loadFailed: 'The calculator could not be loaded. Reload the page.',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    monthLegend: 'Month',
    year: 'Year',
    month: 'Month',
    choose: 'Choose',
    monthHint: 'The calculator covers MK 942, from January 2013 to June 2021.',
    allocation: 'Hours allocated per week',
    allocationHint: 'For example 40 or 17.5. The state budget funds at most 40 hours a week.',
    calendarCaption: 'Attested hours by day: {month}',
    calendarHint: 'For each day enter the attested hours and the measure. An empty day means 0 hours. A decimal comma is fine.',
    week: 'Week',
    weekShort: 'Week {n}',
    hoursFor: '{date}, hours',
    measureFor: '{date}, measure',
    measure: 'Measure {n}',
    measure7: 'Measure 7 (social inclusion measures)',
    emergencyDay: 'emergency',
    emergencyPlaced: 'Measure 7: {h} h',
    emergencyLegend: 'Emergency situation ({from} to {to})',
    emergencyIntro: 'This month has emergency days: {days}.',
    resumedQuestion: 'Had the client’s activities resumed on the emergency days?',
    resumedYes: 'Yes, they had resumed (hours are counted the ordinary way)',
    resumedNo: 'No, they had not resumed',
    previousLegend: 'Hours used in the three previous months',
    previousHint: 'Their average is used (LM, 12 June 2020). If all three are 0, 10 hours a week apply (MK 942 point 11.¹).',
    previousMonth: 'Hours: {month}',
    settingsLegend: 'Calculation settings',
    dailyMax: 'Daily maximum (hours)',
    dailyMaxHint: 'INTERPRETATION: how many hours in total (attested and measure 7) one emergency day may hold, since “the person sleeps part of the day”. Default: 8.',
    granularity: 'Rounding step (hours)',
    granularityHint: 'INTERPRETATION: every day’s value is a multiple of this step. Default: 0.5.',
    rate: 'Hourly rate, EUR (optional)',
    rateHint: 'MK 942: minimum wage ÷ normal working hours of the month, e.g. 3.1447 in June 2021 (adult client). Enter 2020 rates yourself.',
    paidLegend: 'Weeks at the month’s edge (optional)',
    paidHint: 'If hours on this week’s days in the neighbouring month were already paid, they reduce the week’s cap.',
    paidFor: 'Already paid in week {week} ({from} to {to} are in this month)',
    calculate: 'Calculate',
    resultTitle: 'Result',
    resultPending: 'The result appears once the month and the weekly allocation are filled in.',
    resultBlocked: 'Correct the errors to see the result.',
    totalPayable: 'Payable in total',
    attestedPayable: 'Attested, payable',
    emergencyHours: 'Emergency hours (measure 7)',
    emergencyEntitlement: 'Entitlement to emergency hours',
    notPayable: 'Over the weekly cap, not payable',
    unplaced: 'Does not fit the limits',
    pay: 'Pay',
    hoursUnit: '{h} h',
    weeksTitle: 'By week',
    weekLine: '{week} ({from} to {to}): cap {cap} h; attested {attested} h, of which payable {payable} h; measure 7 {emergency} h; not payable {over} h.',
    legendAttested: 'attested, payable',
    legendEmergency: 'measure 7',
    legendOver: 'over the cap',
    legendCap: 'weekly cap',
    emergencyDaysTitle: 'Measure 7 hours by day',
    explanationTitle: 'How this was worked out',
    source: 'Source',
    interpretation: 'Interpretation',
    warnings: 'Please note',
    optional: '(optional)',
    check: 'Check',
    dateHint: 'For example 10.03.1985.',
    birthDate: 'Date of birth',
    aboutYou: 'About you',
    notApplicable: '—',
    met: 'met',
    notMet: 'not met',
    unknown: 'cannot tell',
    criteriaTitle: 'Criteria',
    startLtTitle: 'Lithuanian employment model: can I take part?',
    startLtText: 'Lithuania, 2019–2022: whether you qualify for the “Užimtumo skatinimo ir motyvavimo” model, and from which date.',
    startLvTitle: 'Unemployment in Latvia: your dates',
    startLvText: 'When you can apply to NVA, and from when you count as long-term or pre-retirement unemployed.',
    ltTitle: 'Lithuanian employment model: can I take part?',
    ltIntro: 'The “Užimtumo skatinimo ir motyvavimo paslaugų nedirbantiems ir socialinę paramą gaunantiems asmenims modelis” ran in Lithuanian municipalities from 13 May 2019 to 30 December 2022. Answer the questions: the calculator says whether you qualify and, if not yet, from which date.',
    ltPending: 'The answer appears once the date and the date of birth are entered.',
    ltWhen: 'Which day',
    ltDate: 'The date you ask about',
    ltDateHint: 'The day of referral to the case manager or of signing the agreement. For example 01.06.2020.',
    ltWork: 'Work and registration',
    ltRegistered: 'Registered with the Employment Service since',
    ltRegisteredHint: 'The day you registered. For example 15.01.2019.',
    ltLastJob: 'Your last job ended on',
    ltLastJobHint: 'The last working day. For example 31.05.2017.',
    ltSupport: 'Social assistance',
    ltCash: 'Do you receive cash social assistance (piniginė socialinė parama)?',
    ltCashHint: 'Since A1-48 (January 2020) being entitled to it is enough.',
    ltCashReceives: 'Yes, I receive it',
    ltCashEntitled: 'No, but I am entitled to it',
    ltCashNo: 'No',
    ltWhere: 'Municipality',
    ltMunicipality: 'Municipality',
    ltMunicipalityHint: 'For information only: the model did not run in every municipality.',
    ltFrom: 'If nothing else changes, you will qualify from {date}.',
    ltNever: 'The criteria will not all hold while the model runs.',
    verdict_eligible: 'Eligible: you can take part.',
    verdict_not_eligible: 'Not eligible yet.',
    verdict_cannot_tell: 'Cannot tell: facts are missing.',
    verdict_not_covered: 'The date is outside the model’s period (13 May 2019 to 30 December 2022).',
    crit_age: 'Aged 30 or older',
    crit_long_term_unemployed: 'Long-term unemployed',
    crit_cash_social_assistance: 'Cash social assistance',
    lvTitle: 'Unemployment in Latvia: your dates',
    lvIntro: 'When you can apply for unemployed status at NVA, when you reach the retirement age, and from when you count as pre-retirement or long-term unemployed.',
    lvPending: 'The answer appears once the date and the date of birth are entered.',
    lvWhen: 'Which day',
    lvDate: 'The date you ask about',
    lvDisability: 'I have a disability',
    lvJobEnd: 'Your employment ended on',
    lvJobEndHint: 'The last working day. For example 31.12.2022.',
    lvRegistered: 'Registered with NVA as unemployed since',
    lvRegisteredHint: 'For example 05.01.2023.',
    lvStatus: 'You reach the retirement age on {date}.',
    lvApply: 'You can apply for unemployed status from',
    lvRetirementAge: 'Retirement age',
    lvRetirementDate: 'You reach the retirement age on',
    lvPreRetirement: 'Pre-retirement age unemployed from',
    lvLongTerm: 'Long-term unemployed from',
    lvGroups: 'Groups on {date}',
    yearsMonths: '{y} years {m} months',
    group_long_term_unemployed: 'long-term unemployed',
    group_pre_retirement_age: 'pre-retirement age',
    group_with_disability: 'with disability',
    groupsNone: 'none',
    groupsNotRegistered: 'do not apply: on that date you are not registered as unemployed',
    notCoveredDate: 'the date is not covered (before 2014)',
  },
};

export const LANGS = ['lv', 'en'];

/** Picks a supported language, Latvian by default. */
export function pickLang(code) {
  const c = String(code || '').slice(0, 2).toLowerCase();
  return LANGS.includes(c) ? c : 'lv';
}

/** The message `key` in `lang`, with `{name}` replaced from `params`. */
export function t(lang, key, params = {}) {
  const table = MESSAGES[lang] || MESSAGES.lv;
  const text = table[key] ?? MESSAGES.lv[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => (k in params ? String(params[k]) : `{${k}}`));
}

/** A decimal string from the rules, written as people of `lang` write it. */
export function num(lang, s) {
  if (s === null || s === undefined) return '';
  return lang === 'lv' ? String(s).replace('.', ',') : String(s);
}

/** Money from a decimal string with two decimals. */
export function money(lang, s) {
  return lang === 'lv' ? `${num(lang, s)} EUR` : `EUR ${s}`;
}

function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/** "3. jūnijs" / "3 June" style label of an ISO date (no year). */
export function dayMonth(lang, iso) {
  const { m, d } = parts(iso);
  return lang === 'lv' ? `${d}. ${MONTHS_GEN_LV[m - 1]}` : `${d} ${MONTHS.en[m - 1]}`;
}

/** "2020. gada jūnijs" / "June 2020". */
export function monthName(lang, ym) {
  const [y, m] = ym.split('-').map(Number);
  return lang === 'lv' ? `${y}. gada ${MONTHS.lv[m - 1]}` : `${MONTHS.en[m - 1]} ${y}`;
}

export function monthNames(lang) {
  return MONTHS[lang] || MONTHS.lv;
}

export function weekdays(lang) {
  return WEEKDAYS[lang] || WEEKDAYS.lv;
}

export function weekdaysShort(lang) {
  return WEEKDAYS_SHORT[lang] || WEEKDAYS_SHORT.lv;
}

/** A full date from the rules (ISO), as people of `lang` write it. */
export function fmtDate(lang, iso) {
  const { y, m, d } = parts(iso);
  return lang === 'lv' ? `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}` : `${d} ${MONTHS.en[m - 1]} ${y}`;
}

/** Monday = 0 … Sunday = 6 for an ISO date, in UTC so no time zone moves it. */
export function weekdayIndex(iso) {
  const { y, m, d } = parts(iso);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}
