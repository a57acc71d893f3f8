# socialrules: latviešu valodas katalogs.
# Viens katalogs katrai valodai (lv, lt, en, ru), visos tie paši ziņojumu
# identifikatori ar tiem pašiem mainīgajiem. Likuma citāti paliek to valodā
# (noteikumos), to tulkojumi ir ziņojumi quote-*. Termini: GLOSSARY.md.

## Formāti: datumi, nauda.

format-date = { $dd }.{ $mm }.{ $yyyy }
format-day-month = { $d }. { $month }
format-day-range = { $from }.–{ $d }. { $month }
format-range = { $from }–{ $to }
format-month-year = { $yyyy }. gada { $month }
format-money = { $amount } EUR

month-1 = janvāris
month-2 = februāris
month-3 = marts
month-4 = aprīlis
month-5 = maijs
month-6 = jūnijs
month-7 = jūlijs
month-8 = augusts
month-9 = septembris
month-10 = oktobris
month-11 = novembris
month-12 = decembris
month-genitive-1 = janvāra
month-genitive-2 = februāra
month-genitive-3 = marta
month-genitive-4 = aprīļa
month-genitive-5 = maija
month-genitive-6 = jūnija
month-genitive-7 = jūlija
month-genitive-8 = augusta
month-genitive-9 = septembra
month-genitive-10 = oktobra
month-genitive-11 = novembra
month-genitive-12 = decembra

hours = { $n ->
    [zero] { $n } stundu
    [one] { $n } stunda
   *[other] { $n } stundas
}
interpretation-lead = Kā šis kalkulators lasa noteikumu:

## Lauki, kā tos nosauc kļūdu ziņojumi.

field-at-date = { $field } ({ $date })
field-unknown = “{ $name }”
field- = ievade
field-calculator = kalkulators
field-month = mēnesis
field-weekly_allocation = piešķirtās stundas nedēļā
field-days = dienu saraksts
field-date = datums
field-hours = stundas
field-measure = pasākums
field-emergency = ārkārtējās situācijas jautājumi
field-activities_resumed = atbilde, vai aktivitātes bija atjaunojušās
field-previous_months = iepriekšējo mēnešu stundas
field-daily_max = dienas maksimums
field-granularity = noapaļošanas solis
field-paid_outside_month = blakus mēnesī jau apmaksātās stundas
field-hourly_rate = stundas likme
field-birth_date = dzimšanas datums
field-registered_since = reģistrācijas datums
field-last_employment_end = pēdējā darba beigu datums
field-employment_end = darba attiecību beigu datums
field-cash_social_assistance = atbilde par sociālo palīdzību naudā
field-municipality = pašvaldība
field-disability = atbilde par invaliditāti
field-placement_date = ievietošanas datums
field-institution = pakalpojuma veids
field-negative_test_date = negatīvā testa datums
field-certificate_date = ārsta izziņas datums
field-respiratory_symptoms = atbilde par elpceļu saslimšanas pazīmēm
field-urgent_child_placement = atbilde par bērna steidzamu ievietošanu
field-from_inpatient_treatment = atbilde par pārvešanu no stacionārās ārstniecības
field-education = izglītība
field-english = angļu valodas līmenis
field-posts = amatu saraksts
field-from = amata sākuma datums
field-to = amata beigu datums
field-kind = amata veids
field-subordinates = padoto darbinieku skaits
field-deadline = pieteikumu iesniegšanas termiņš

## Ievades kļūdas: kas nav labi un kas jādara.

error-invalid_json = Ievade nav derīgs JSON (pozīcijā { $offset }: { $reason }). Pārbaudiet iekavas, pēdiņas un komatus.
error-not_an_object = Ievadei jābūt JSON objektam {"{"}…{"}"}.
error-duplicate_key = Lauks “{ $path }” norādīts divreiz. Atstājiet tikai vienu.
error-unknown_field = Nezināms lauks “{ $path }”. Pārbaudiet nosaukumu vai izdzēsiet to.
error-required = Aizpildiet: { $field }.
error-required-month = Izvēlieties mēnesi.
error-required-weekly_allocation = Ievadiet piešķirto stundu skaitu nedēļā.
error-required-emergency = Šajā mēnesī ir dienas periodā, kurā var piemērot iepriekšējo trīs mēnešu vidējo: atbildiet, vai pakalpojumu varēja izmantot kā paredzēts, un ievadiet iepriekšējo trīs mēnešu stundas.
error-required-activities_resumed = Atbildiet, vai aktivitātes ārkārtējās situācijas dienās bija atjaunojušās.
error-required-previous_months = Ievadiet izmantotās stundas katrā no trim iepriekšējiem mēnešiem.
error-wrong_type = { $Field }: nepareiza veida vērtība. Ievadiet to kā tekstu vai skaitli.
error-not_a_number = { $Field }: ievadiet skaitli, piemēram, 3,5.
error-negative = { $Field }: skaitlis nevar būt negatīvs.
error-must_be_positive = { $Field }: ievadiet skaitli, kas lielāks par 0.
error-too_large = { $Field }: ievadiet skaitli no 0 līdz { $max }.
error-too_large- = Ievade ir lielāka par 1 MiB ({ $max } baitu). Sūtiet vienu uzskaites lapu vai vienu jautājumu reizē.
error-too_large-municipality = Pašvaldības nosaukumu ierakstiet ne vairāk kā { $max } rakstzīmēs.
error-too_small = { $Field }: ievadiet vismaz { $min }.
error-too_many_decimals = { $Field }: ne vairāk kā 6 cipari aiz komata.
error-not_a_whole_number = { $Field }: ievadiet veselu skaitli.
error-invalid_month = Ievadiet mēnesi formā GGGG-MM, piemēram, 2020-06.
error-invalid_date = { $Field }: ievadiet datumu kā DD.MM.GGGG vai GGGG-MM-DD, piemēram, 10.06.2020.
error-no_such_day = Datums { $value } neeksistē. Ievadiet reālu kalendāra dienu.
error-date_outside_month = Datums { $value } nav izvēlētajā mēnesī ({ $month }). Ievadiet šī mēneša dienu.
error-measure_out_of_range = { $date ->
    [none] Pasākums: izvēlieties pasākumu no 1 līdz 7 (MK noteikumu Nr. 942 1. pielikums).
   *[other] Pasākums ({ $date }): izvēlieties pasākumu no 1 līdz 7 (MK noteikumu Nr. 942 1. pielikums).
}
error-day_over_24 = { $date } kopā norādītas vairāk nekā 24 stundas. Samaziniet stundas šajā dienā.
error-not_covered = { $value } nav aptverts: kalkulators ietver asistenta pakalpojumu no 2013. gada janvāra (MK noteikumi Nr. 942, bet no 2021. gada jūlija MK noteikumi Nr. 316).
error-previous_months_count = Ievadiet tieši trīs skaitļus: stundas katrā no trim iepriekšējiem mēnešiem, sākot ar agrāko.
error-invalid_week = Nedēļa “{ $value }”: ievadiet ISO nedēļu formā GGGG-Wnn, piemēram, 2020-W23.
error-week_not_at_edge = Nedēļa { $value } nešķērso mēneša robežu: jau apmaksātās stundas norāda tikai nedēļām, kuru dienas ir arī blakus mēnesī.
error-granularity_over_daily_max = Noapaļošanas solis nevar būt lielāks par dienas maksimumu.
error-too_many_entries = { $Field }: pārāk daudz ierakstu (ne vairāk kā { $max }).
error-not_one_of = { $Field }: izvēlieties vienu no: { $allowed }.
error-date_after_date = { $Field }: ievadiet datumu, kas nav vēlāks par jautājuma datumu ({ $other }).
error-date_before_date = { $other_field ->
    [birth_date] { $Field } nevar būt pirms dzimšanas datuma ({ $other }). Pārbaudiet abus datumus.
    [last_employment_end] { $Field } nevar būt pirms pēdējā darba beigām ({ $other }): darbam jābeidzas ne vēlāk kā reģistrācijas dienā. Pārbaudiet abus datumus.
    [employment_end] { $Field } nevar būt pirms darba attiecību beigām ({ $other }): darba attiecībām jābeidzas ne vēlāk kā reģistrācijas dienā. Pārbaudiet abus datumus.
   *[other] { $Field } nevar būt pirms { $other }.
}
error-date_after_date-from = Amats nevar sākties pēc tā beigām ({ $other }). Pārbaudiet sākuma un beigu datumu.

error-invalid_utf8 = Ievade nav UTF-8 teksts (baits { $offset }). Saglabājiet failu UTF-8 kodējumā un mēģiniet vēlreiz.
error-too_many_errors = { $more ->
    [zero] Un vēl { $more } kļūdu, kas šeit nav uzskaitītas. Izlabojiet iepriekšējās un mēģiniet vēlreiz.
    [one] Un vēl { $more } kļūda, kas šeit nav uzskaitīta. Izlabojiet iepriekšējās un mēģiniet vēlreiz.
   *[other] Un vēl { $more } kļūdas, kas šeit nav uzskaitītas. Izlabojiet iepriekšējās un mēģiniet vēlreiz.
}

## Kāpēc teksts nav JSON.

json-text-after-the-end-of-the-json-value = teksts aiz JSON vērtības beigām
json-unexpected-character = negaidīta rakstzīme
json-nested-too-deeply = pārāk dziļa ligzdošana
json-unexpected-end-of-text = negaidītas teksta beigas
json-expected-or = gaidīts komats vai noslēdzošā iekava
json-expected-a-key-in-double-quotes = gaidīta atslēga dubultpēdiņās
json-expected = gaidīts kols
json-malformed-number = nepareizs skaitlis
json-malformed-u-escape = nepareiza \u atsauce
json-unterminated-string = nenoslēgta virkne
json-unpaired-surrogate-in-u-escape = nesapārots aizstājējkods \u atsaucē
json-unknown-escape = nezināma atsauce
json-control-character-in-string = vadības rakstzīme virknē
json-invalid-utf-8 = nederīgs UTF-8

## Tiesību avoti, kā tos nosauc skaidrojumi.

source-mk942 = Ministru kabineta 2012. gada 18. decembra noteikumi Nr. 942 „Kārtība, kādā piešķir un finansē asistenta pakalpojumu pašvaldībā, augstskolā un koledžā”
source-mk942-p11-1 = MK noteikumu Nr. 942 11.¹ punkts (papildināts ar MK 2020. gada 17. marta noteikumiem Nr. 134)
source-lm-2020-06-12-case1 = Labklājības ministrijas 2020. gada 12. jūnija skaidrojums par asistenta pakalpojumu, 1. gadījums
source-lm-2020-06-12-case2 = Labklājības ministrijas 2020. gada 12. jūnija skaidrojums par asistenta pakalpojumu, 2. gadījums
source-lm-2020-04 = Labklājības ministrijas 2020. gada 1. aprīļa skaidrojums par martu un aprīli
source-es-2020 = Ministru kabineta 2020. gada 12. marta rīkojums „Par ārkārtējās situācijas izsludināšanu”, pagarināts ar rīkojumu Nr. 254 līdz 2020. gada 9. jūnijam
source-a1-269-p7 = Lietuvas sociālās drošības un darba ministra 2019. gada 13. maija rīkojuma Nr. A1-269 7. punkts (grozīts ar rīkojumu Nr. A1-48)
source-a1-269 = Lietuvas sociālās drošības un darba ministra 2019. gada 13. maija rīkojums Nr. A1-269
source-a1-48 = Lietuvas sociālās drošības un darba ministra 2020. gada 21. janvāra rīkojums Nr. A1-48
source-a1-257 = Lietuvas sociālās drošības un darba ministra rīkojums Nr. A1-257, grozīts ar rīkojumu Nr. A1-911 (pašvaldību nodarbinātības programmas no 2023. gada)
source-lt-municipal-pages = Modelī iesaistīto pašvaldību lapas (Kazlų Rūda, Alitas pilsēta)
source-nva-apply = Nodarbinātības valsts aģentūra (NVA): pieteikšanās bezdarbnieka statusam
source-nva-groups = Nodarbinātības valsts aģentūra (NVA): bezdarbnieku grupas
source-state-pensions-law = Likums „Par valsts pensijām”, pārejas noteikumi (pensionēšanās vecums)
source-mk360 = Ministru kabineta 2020. gada 9. jūnija noteikumi Nr. 360 „Epidemioloģiskās drošības pasākumi Covid-19 infekcijas izplatības ierobežošanai”
source-mk360-p33 = MK noteikumu Nr. 360 33. punkts (2020. gada 10. jūnija redakcija)
source-mk360-p34 = MK noteikumu Nr. 360 34. punkts (2020. gada 10. jūnija redakcija)
source-mk662 = Ministru kabineta 2021. gada 28. septembra noteikumi Nr. 662, spēkā no 2021. gada 11. oktobra, kas aizstāja MK noteikumus Nr. 360
source-vbtai-2020 = Valsts kanceleja: atklāts konkurss uz Valsts bērnu tiesību aizsardzības inspekcijas priekšnieka amatu, izsludināts 2020. gada 1. jūnijā (Labklājības ministrijas ziņa)
source-esf-ex-prisoners = Tieslietu ministrija: ziņa par ESF projektu „Bijušo ieslodzīto integrācija sabiedrībā un darba tirgū”

## Citātu tulkojumi (citāti paliek savā valodā).

quote-r1-ordinary = apmaksājot stundas atbilstoši apliecinājumiem un nepārsniedzot personai piešķirto stundu apjomu
quote-r1-difference = starpība starp personas iepriekšējos trīs mēnešos vidēji mēnesī izmantoto stundu skaitu un mēneša dienās pēc ārkārtējās situācijas izmantoto skaitu
quote-r1-week-cap = asistentam apmaksājamais stundu skaits nevar būt lielāks kā personai ar invaliditāti piešķirtais stundu skaits nedēļā
quote-r1-proportion = ievērojams samērīguma princips attiecībā uz vienā dienā norādāmo pakalpojuma apjomu, pieņemot, ka persona noteiktu dienas daļu guļ un atrodas mājās
quote-r1-ten-hours = ne vairāk kā 10 stundas nedēļā
quote-r3-apply = ne agrāk kā nākamajā dienā pēc darba tiesisko attiecību izbeigšanas
quote-r3-long-term = 12 mēnešus un ilgāk
quote-r2-age = 30 gadus veci un vecāki
quote-r2-long-term = ilgstošie bezdarbnieki, kuru bezdarba ilgums ir vairāk nekā 12 mēneši, skaitot no reģistrācijas Užimtumo tarnyba … dienas, vai kuri nestrādā vairāk nekā 2 gadus
quote-r2-cash = ir naudas sociālās palīdzības saņēmēji (A1-48: vai kuriem ir tiesības to saņemt)
quote-r4-p33-1 = personai, kas tiek ievietota institūcijā, sadarbībā ar ģimenes ārstu ne agrāk kā divas dienas pirms ievietošanas veikts Covid-19 tests un tas ir negatīvs, izņemot bērnus, kuriem nekavējoties (ārkārtējos gadījumos) nepieciešams nodrošināt uzturēšanos krīzes centrā vai ilgstošas sociālās aprūpes un sociālās rehabilitācijas institūcijā
quote-r4-p33-2 = personai, kas tiek pārvesta no stacionārās ārstniecības, ne agrāk kā divas dienas pirms iestāšanās institūcijā veikts Covid-19 tests
quote-r4-p33-3 = persona pēc uzņemšanas institūcijā 14 dienas atrodas pašizolācijā
quote-r4-p34 = pārējos sociālos pakalpojumus ar izmitināšanu sniedz personai bez elpceļu saslimšanas pazīmēm, ja viņa atbilst vienai no šādām prasībām
quote-r4-p34-1 = persona var uzrādīt dokumentu, ka viņai veikts Covid-19 tests ne agrāk kā trīs dienas pirms iestāšanās institūcijā un tas ir negatīvs
quote-r4-p34-2 = personai ir ne agrāk kā nedēļu pirms ierašanās institūcijā izsniegta ārstējošā vai ģimenes ārsta izziņa par kontrindikāciju neesību pakalpojuma saņemšanai
quote-r5-education = augstākā akadēmiskā vai otrā līmeņa profesionālā augstākā izglītība
quote-r5-experience = pēdējo 10 gadu laikā jābūt guvušiem vismaz triju gadu nepārtrauktu pieredzi organizācijas vadītāja amatā vai citā vadošā amatā organizācijas vadītāja tiešā pakļautībā ar vismaz 10 padotajiem darbiniekiem
quote-r5-english = Angļu valodas zināšanām jābūt vismaz B2 līmenī
quote-r5-reputation = nevainojama reputācija
quote-r5-deadline = Pretendentu pieteikumi iesniedzami elektroniski līdz 22. jūnijam
quote-r6-budget = Kopējais projekta budžets ir 4 486 638 Eiro no tiem 85 % ir Eiropas Sociālā fonda finansējums, un 15 % līdzfinansē valsts.
quote-r6-partners = Kopš 2016. gada Ieslodzījuma vietu pārvalde, īsteno ESF līdzfinansētu projektu "Bijušo ieslodzīto integrācija sabiedrībā un darba tirgū". […] Projekta partneris ir Valsts probācijas dienests un Nodarbinātības valsts aģentūra.
quote-r6-consultations = Nodarbinātības valsts aģentūras darbinieki nodrošina ieslodzītajiem karjeras konsultācijas gan pirms iesaistes profesionālās izglītības programmās, gan pirms atbrīvošanās no ieslodzījuma.

## R1: asistenta pakalpojuma stundas, skaidrojuma soļi.

r1-ordinary = Apmaksā apliecinātās stundas, nepārsniedzot piešķirto stundu apjomu nedēļā ({ $allocation } h).
r1-week-reading = nedēļa ir kalendāra nedēļa no pirmdienas līdz svētdienai (ISO nedēļa). Nedēļai, kas šķērso mēneša robežu, limitu piemēro tās dienām šajā mēnesī, atskaitot stundas, kas šīs nedēļas dienās jau apmaksātas blakus mēnesī.
r1-week = Nedēļa { $week } ({ $days }): limits { $cap } h{ $paid ->
    [0] {""}
   *[other] {" "}({ $allocation } − { $paid } h jau apmaksātas blakus mēnesī)
}; apliecinātas { $attested } h, apmaksājamas { $payable } h{ $over ->
    [0] {""}
   *[other] ; { $over } h pārsniedz limitu un netiek apmaksātas
}{ $emergency ->
    [0] {""}
   *[other] ; ārkārtējās situācijas stundas { $emergency } h
}.
r1-average = Vidēji mēnesī iepriekšējos trīs mēnešos izmantotās stundas: ({ $m1 } + { $m2 } + { $m3 }) / 3 = { $average } h.
r1-general-form = ārkārtējās situācijas dienu stundas = vidējais − visā mēnesī apliecinātās stundas = { $average } − { $attested } = { $entitlement } h (ne mazāk kā 0). Ārkārtējās situācijas dienās apliecinātās stundas skaitās tāpat kā citas.
r1-no-previous-use = Iepriekšējos trīs mēnešos stundas nav izmantotas: vidējā vietā ārkārtējās situācijas dienās piemēro ne vairāk kā { $limit } stundas nedēļā.
r1-edge-week-reading = nedēļā, kas šķērso mēneša robežu, blakus mēnesī šajā nedēļā jau apmaksātās stundas samazina arī šīs 10 stundas.
r1-week-cap = Katrā kalendāra nedēļā apliecinātās un ārkārtējās situācijas stundas kopā nepārsniedz nedēļas limitu.
r1-daily-maximum = katrā ārkārtējās situācijas dienā ārkārtējās situācijas un apliecinātās stundas kopā nepārsniedz { $daily_max } h.
r1-spreading = stundas sadala pa dienām pēc iespējas vienmērīgi (max-min taisnīgs sadalījums), katras dienas daļu noapaļojot uz leju līdz { $granularity } h daudzkārtnim; atlikumu pa vienam solim piešķir dienai ar vismazāk stundām (vienādām — agrākajai), kurā tas vēl ietilpst. Stundas norāda pie 7. pasākuma (sociālās iekļaušanas pasākumi).
r1-rounding = { $unplaced ->
    [0] izvietotas { $placed } h, nekad vairāk par tiesībām.
   *[other] izvietotas { $placed } h; { $unplaced } h neietilpst limitos (vai ir mazākas par { $granularity } h soli) un netiek piedāvātas.
}
r1-total = Kopā apmaksājamas { $total } h: apliecinātās { $attested } h + ārkārtējās situācijas { $emergency } h.
r1-pay = { $hours } h × { $rate } EUR stundā = { $pay }, noapaļots līdz centam (pusi uz augšu).
warning-over_state_funded_max = No valsts budžeta MK noteikumi Nr. 942 finansē ne vairāk kā { $max } stundas nedēļā; vairāk var apmaksāt pašvaldība no sava budžeta.
field-regulation = noteikumi (MK noteikumi Nr. 942 vai Nr. 316)
field-service = pakalpojums
field-monthly_allocation = piešķirtās stundas mēnesī
error-required-regulation = Par { $month } piemērojamos noteikumus nosaka personas līgums: izvēlieties MK noteikumus Nr. 942 (stundas piešķirtas nedēļā) vai Nr. 316 (stundas piešķirtas mēnesī).
error-required-monthly_allocation = Ievadiet sociālā dienesta lēmumā piešķirto stundu skaitu mēnesī.
error-not_in_force = { $value ->
    [mk316] MK noteikumi Nr. 316 ir piemērojami no 2021. gada jūlija: { $month } piemēro MK noteikumus Nr. 942. Izvēlieties tos.
   *[mk942] MK noteikumi Nr. 942 ir piemērojami ne ilgāk kā līdz 2021. gada decembrim: { $month } piemēro MK noteikumus Nr. 316. Izvēlieties tos.
}
error-other_module = { $month } piemēro MK noteikumus Nr. 942: šis modulis aprēķina tikai MK noteikumu Nr. 316 mēnešus. Visus mēnešus aprēķina modulis { $module }.
error-not_for_regime = { $regime ->
    [mk316] { $Field }: saskaņā ar MK noteikumiem Nr. 316 ({ $month }) netiek piemērots. Izdzēsiet to.
   *[mk942] { $Field }: saskaņā ar MK noteikumiem Nr. 942 ({ $month }) netiek piemērots. Izdzēsiet to.
}
error-not_for_regime-weekly_allocation = { $month } piemēro MK noteikumus Nr. 316: stundas piešķir mēnesī. Nedēļas stundu vietā ievadiet mēnesī piešķirtās stundas.
error-not_for_regime-monthly_allocation = { $month } piemēro MK noteikumus Nr. 942: stundas piešķir nedēļā. Mēneša stundu vietā ievadiet nedēļā piešķirtās stundas.
error-not_for_regime-emergency = { $month } piemēro MK noteikumus Nr. 316: 2020.–2021. gada vidējā aprēķina kārtība tam nav piemērojama. Izdzēsiet ārkārtējās situācijas jautājumus.
error-not_for_regime-service = MK noteikumi Nr. 942 paredz tikai asistenta pakalpojumu; pavadoņa pakalpojums ir saskaņā ar MK noteikumiem Nr. 316 (no 2021. gada jūlija).
error-not_for_regime-measure = { $date ->
    [none] Saskaņā ar MK noteikumiem Nr. 316 stundām nav pasākuma. Izdzēsiet pasākumu.
   *[other] Saskaņā ar MK noteikumiem Nr. 316 stundām nav pasākuma. Izdzēsiet pasākumu ({ $date }).
}
source-es-2020-21 = Ārkārtējā situācija no 2020. gada 9. novembra līdz 2021. gada 6. aprīlim, kuras laikā atkal piemēroja MK noteikumu Nr. 942 11.¹ punktu
source-mk360-p34-3 = Ministru kabineta noteikumu Nr. 360 „Epidemioloģiskās drošības pasākumi Covid-19 infekcijas izplatības ierobežošanai” 34.³ punkts (papildināts ar MK 2021. gada 1. aprīļa noteikumiem Nr. 191)
source-mk662-p73-74 = Ministru kabineta 2021. gada 28. septembra noteikumu Nr. 662 73.–74. punkts (līgumiem saskaņā ar MK noteikumiem Nr. 942, ne ilgāk kā līdz 2021. gada 31. decembrim)
source-mk316 = Ministru kabineta 2021. gada 18. maija noteikumi Nr. 316 „Noteikumi par asistenta, pavadoņa un aprūpes pakalpojumu personām ar invaliditāti”
source-mk316-p47 = MK noteikumu Nr. 316 47. punkts (līgumi saskaņā ar MK noteikumiem Nr. 942 turpinās līdz lēmuma termiņa beigām, bet ne ilgāk kā līdz 2021. gada 31. decembrim)
source-mk316-annex1 = MK noteikumu Nr. 316 1. pielikuma 4.2. punkts (bāzes stundu skaits)
r1-regime = { $regime ->
    [mk316] { $month }: piemēro MK noteikumus Nr. 316; stundas mēnesī piešķir sociālā dienesta lēmums{ $choice ->
        [contract] {" "}(no 2021. gada jūlija līdz decembrim piemērojamos noteikumus nosaka personas līgums)
       *[only] {""}
    }. Pakalpojums: { $service ->
        [companion] pavadoņa pakalpojums
       *[assistant] asistenta pakalpojums
    }.
   *[mk942] { $month }: piemēro MK noteikumus Nr. 942; stundas piešķir nedēļā{ $choice ->
        [contract] {" "}(personas līgums saskaņā ar tiem turpinās līdz lēmuma termiņa beigām, bet ne ilgāk kā līdz 2021. gada 31. decembrim)
       *[only] {""}
    }.
}
r1-period = { $question ->
    [epidemiological_measures] No { $from } līdz { $to }, ja epidemioloģiskās drošības pasākumi neļauj pakalpojumu izmantot kā paredzēts, stundas var izmantot atbilstoši iepriekšējo trīs kalendāra mēnešu vidējam apjomam. Šī perioda dienas mēnesī: { $days }. { $answer ->
        [resumed] Pakalpojumu varēja izmantot kā paredzēts.
       *[other] Pasākumi neļāva pakalpojumu izmantot kā paredzēts: šajās dienās piemēro vidējā aprēķina kārtību.
    }
   *[activities_resumed] Ārkārtējā situācija no { $from } līdz { $to }; tās dienas šajā mēnesī: { $days }. { $answer ->
        [resumed] Klienta aktivitātes bija atjaunojušās (pakalpojumu varēja izmantot kā paredzēts).
       *[other] Klienta aktivitātes nebija atjaunojušās: šajās dienās piemēro vidējā aprēķina kārtību.
    }
}
r1-period-resumed = Pakalpojumu varēja izmantot kā paredzēts, tāpēc visu mēnesi uzskaita parastajā kārtībā.
r1-zero-average = { $days } iepriekšējos trīs mēnešos stundas nav izmantotas, un šajā periodā nav 10 stundu nedēļā noteikuma: trīs mēnešu bez izmantošanas vidējais ir 0 h, tāpēc par šīm dienām stundas netiek pievienotas.
r1-monthly-cap = apmaksājamas ir mazākās no mēnesī apliecinātajām stundām ({ $attested } h) un lēmumā piešķirtajām stundām mēnesī ({ $allocation } h): { $payable } h.{ $over ->
    [0] {""}
   *[other] {" "}{ $over } h virs piešķirtā apjoma netiek apmaksātas un netiek pārnestas uz citu mēnesi.
}
r1-monthly-pay = { $rate_source ->
    [verified] { $hours } h × { $rate } EUR stundā (summa, kas piemērojama no { $from }, ieskaitot visus nodokļus) = { $pay }, noapaļots līdz centam (pusi uz augšu).
    [entered] { $hours } h × { $rate } EUR stundā, kā ievadīts = { $pay }, noapaļots līdz centam (pusi uz augšu). Pēdējā pārbaudītā summa ir { $last } EUR stundā no { $last_from }; pārliecinieties, ka ievadītā summa ir spēkā esošā.
   *[none] Samaksa netiek aprēķināta: pēdējā pārbaudītā stundas summa ir { $last } EUR no { $last_from }, vēlāka summa nav pārbaudīta. Ievadiet šim mēnesim piemērojamo summu.
}
warning-verified_rate_used = Šajā mēnesī piemērojamā summa ir { $rate } EUR stundā (no { $from }); ievadītā summa { $entered } EUR netiek izmantota.
warning-rate_after_last_verified = { $entered ->
    [entered] Izmantota ievadītā stundas summa: pēdējā pārbaudītā summa ir { $last } EUR no { $from }, vēlāka summa nav pārbaudīta.
   *[none] Lai redzētu samaksu, ievadiet šim mēnesim piemērojamo stundas summu: pēdējā pārbaudītā summa ir { $last } EUR no { $from }.
}

## R2: Lietuvas nodarbinātības modelis.

r2-criterion-met = { $met ->
    [yes] izpildīts
    [no] nav izpildīts
   *[unknown] nevar noteikt (trūkst ziņu)
}
r2-criterion-age = { $birthday ->
    [none] Vecums: nevar aprēķināt.
   *[other] Vecums: 30 gadi aprit { $birthday } — { r2-criterion-met }.
}
r2-criterion-long-term = Ilgstošais bezdarbnieks: { $registered_from ->
    [none] { $not_working_from ->
        [none] nav norādīts ne reģistrācijas datums, ne pēdējā darba beigas
       *[other] nestrādā vairāk nekā 2 gadus no { $not_working_from }
    }
   *[other] reģistrēts vairāk nekā 12 mēnešus no { $registered_from }{ $not_working_from ->
        [none] {""}
       *[other] ; vai nestrādā vairāk nekā 2 gadus no { $not_working_from }
    }
} — { r2-criterion-met }.
r2-criterion-cash = { $answer ->
    [receives] Saņem naudas sociālo palīdzību — izpildīts.
    [entitled] Ir tiesības saņemt naudas sociālo palīdzību: tas skaitās no { $entitled_from } (rīkojums Nr. A1-48; spēkā stāšanās datums nav pārbaudīts) — { r2-criterion-met }.
    [no] Nesaņem un nav tiesību saņemt naudas sociālo palīdzību — nav izpildīts.
   *[none] Nav atbildēts par naudas sociālo palīdzību — nevar noteikt.
}
r2-criteria = Piedalīties var, ja nosūtīšanas pie gadījuma vadītāja dienā un vienošanās parakstīšanas dienā izpildās visi trīs nosacījumi. Modelis darbojās no { $from } līdz { $to }.
r2-age-reading = 30. dzimšanas diena ir dzimšanas datums plus 360 mēneši; ja mēnesī tādas dienas nav, tā ir mēneša pēdējā diena (29. februāris → 28. februāris).
r2-months-reading = “vairāk nekā 12 mēneši” no reģistrācijas dienas r izpildās no nākamās dienas pēc r + 12 kalendāra mēnešiem; “vairāk nekā 2 gadi” ir 24 mēneši pēc pēdējā darba beigām, skaitot tāpat.
r2-verdict = { $verdict ->
    [eligible] { $date }: visi nosacījumi izpildīti.
    [not_eligible] { $date }: ne visi nosacījumi izpildīti.
    [cannot_tell] Trūkst ziņu, lai pateiktu: atbildiet uz jautājumiem, kas atzīmēti ar “?”.
   *[not_covered] { $date } ir ārpus laika, kad modelis darbojās ({ $from }–{ $to }): šis datums nav aptverts.
}
r2-outlook-from = Vēl ne: ja nekas cits nemainās, visi nosacījumi izpildīsies no { $date }.
r2-outlook-at-the-latest = { $count ->
    [one] Ja nekas cits nemainās, pēc norādītajām ziņām visi nosacījumi izpildīsies vēlākais no { $date }; trūkstošā ziņa ({ $missing }) to varētu padarīt agrāku.
   *[other] Ja nekas cits nemainās, pēc norādītajām ziņām visi nosacījumi izpildīsies vēlākais no { $date }; trūkstošās ziņas ({ $missing }) to varētu padarīt agrāku.
}
r2-outlook-cannot-tell = { $count ->
    [one] Nevar pateikt: izšķirošā ziņa ir { $missing }.
   *[other] Nevar pateikt: izšķirošās ziņas ir { $missing }.
}
r2-outlook-never = { $reason ->
    [fails-for-good] Pēc šiem noteikumiem piedalīties nevar, jo { $criterion ->
        [cash_social_assistance] nosacījums par naudas sociālo palīdzību nav izpildīts, un laika gaitā tas nemainīsies.
       *[other] kāds nosacījums nav izpildīts, un laika gaitā tas nemainīsies.
    }
   *[only-after-window] Pēc šiem noteikumiem piedalīties nevar, jo { $date ->
        [none] visi nosacījumi izpildītos tikai pēc tam, kad modelis beidzās ({ $until }).
       *[other] visi nosacījumi izpildītos tikai no { $date }, pēc tam, kad modelis beidzās ({ $until }).
    }
}
r2-model-ended = Modelis darbojās no { $from } līdz { $to } un { $date } vairs nedarbojas: tā noteikumus šim datumam piemērot nevar. Jautājiet par datumu no { $from } līdz { $to }, lai redzētu, kā tie tika piemēroti.
r2-successor = Informācijai: no 2023. gada pašvaldības īsteno nodarbinātības programmas saskaņā ar Lietuvas sociālās drošības un darba ministra rīkojumu Nr. A1-257, kas grozīts ar rīkojumu Nr. A1-911. Šis kalkulators tās neaptver: jautājiet savai pašvaldībai.
fact-registered_since = reģistrācijas datums Užimtumo tarnyba
fact-last_employment_end = pēdējā darba beigu datums
fact-cash_social_assistance = atbilde par naudas sociālo palīdzību
r2-municipality-known = “{ $name }”: { $participation ->
    [pilot-2019] 2019. gada izmēģinājuma pašvaldība
    [named-by-ministry] ministrija to min kā dalībnieci
   *[joined-2020] viena no 19 pašvaldībām, kas pievienojās 2020.–2021. gadā
}{ $since ->
    [none] {""}
   *[other] ; no { $since }
}{ $months ->
    [none] {""}
   *[other] , uz { $months } mēnešiem
}{ $people ->
    [none] {""}
   *[other] , līdz { $people } cilvēkiem
} (kā saka avoti). Tā ir informācija, nevis lēmums: jautājiet savai pašvaldībai.
r2-municipality-unknown = “{ $name }” nav starp pašvaldībām, kuras min avoti (saraksts ir nepilnīgs: 2020.–2021. gadā pievienojās vēl 19). Jautājiet savai pašvaldībai.

## R3: Latvija, bezdarba datumi.

r3-apply = Bezdarbnieka statusam var pieteikties ne agrāk kā nākamajā dienā pēc darba tiesisko attiecību izbeigšanas: tās beidzās { $end }, tātad no { $from }.
r3-retirement = Pensionēšanās vecums ir tas, kas noteikts gadā, kurā iekrīt pensionēšanās diena: { $years } g. { $months } mēn.; pensionēšanās diena ir { $date }.
r3-pre-retirement = { $situation ->
    [not-registered] Pirmspensijas vecumu sasniedzat { $age_from } (piecus gadus pirms pensionēšanās dienas, { $retirement }); kad reģistrēsieties kā bezdarbnieks, skaitīsieties pirmspensijas vecuma bezdarbnieks.
    [registered] Pirmspensijas vecums: pieci gadi vai mazāk līdz pensionēšanās dienai ({ $retirement }), t. i., no { $age_from }. Reģistrēts kā bezdarbnieks, jūs esat pirmspensijas vecuma bezdarbnieks no { $from } līdz dienai pirms pensionēšanās dienas.
   *[registered-after-retirement] Reģistrēts pensionēšanās dienā vai vēlāk ({ $retirement }): jūs neesat pirmspensijas vecuma bezdarbnieks.
}
r3-long-term = “12 mēnešus un ilgāk” no reģistrācijas ({ $registered }): no { $from }; ja mēnesī tādas dienas nav, mēneša pēdējā diena.
r3-groups = { $state ->
    [not-covered] { $date } ir pirms 2014. gada: noteikumi pirms tam šeit nav iekodēti, datums nav aptverts.
    [not-registered] { $date } persona nav reģistrēta kā bezdarbnieks, tāpēc grupas neattiecas; datumi augstāk rāda, kad tās sāktos.
    [none] { $date }: neviena no grupām.
   *[groups] { $date }: { $groups }.
}
group-long_term_unemployed = ilgstošais bezdarbnieks
group-pre_retirement_age = pirmspensijas vecuma bezdarbnieks
group-with_disability = bezdarbnieks ar invaliditāti (kā norādīts)

## R4: Latvija, uzņemšana sociālajos pakalpojumos ar izmitināšanu (MK noteikumi Nr. 360).

r4-not-covered = { $coverage ->
    [before-in-force] { $date } ir pirms { $from }, kad stājās spēkā MK noteikumi Nr. 360: šis datums nav aptverts.
   *[lost-force] No { $lost } MK noteikumi Nr. 360 vairs nav spēkā (tos aizstāja MK noteikumi Nr. 662, kas šeit nav iekodēti): { $date } nav aptverts.
}
r4-point-33 = { $point ->
    [p33-2] Ilgstošas sociālās aprūpes un sociālās rehabilitācijas institūcija, persona tiek pārvesta no stacionārās ārstniecības: piemēro 33.2. apakšpunktu — Covid-19 tests ne agrāk kā divas dienas pirms iestāšanās institūcijā, bez izņēmuma; pēc tam 14 dienas pašizolācijā (33.3. apakšpunkts).
   *[p33-1] Ilgstošas sociālās aprūpes un sociālās rehabilitācijas institūcija: piemēro 33.1. apakšpunktu — negatīvs Covid-19 tests ne agrāk kā divas dienas pirms ievietošanas, izņemot bērnus, kuri jāievieto nekavējoties; pēc tam 14 dienas pašizolācijā (33.3. apakšpunkts).
}
r4-point-34 = Pārējie sociālie pakalpojumi ar izmitināšanu: piemēro 34. punktu — personai bez elpceļu saslimšanas pazīmēm, kura atbilst vienai no prasībām: negatīvs Covid-19 tests ne agrāk kā trīs dienas pirms iestāšanās institūcijā (34.1.) vai ārstējošā vai ģimenes ārsta izziņa par kontrindikāciju neesību, izsniegta ne agrāk kā nedēļu pirms ierašanās (34.2.).
r4-one-of-reading = pietiek atbilst vienai no 34. punkta prasībām (“vienai no šādām prasībām”): negatīvs tests vai ārsta izziņa. Labklājības ministrijas 2020. gada 10. jūnija skaidrojums prasa abus; noteicošs ir noteikumu teksts.
r4-symptoms-reading = pēc 34. punkta uzņem tikai personu bez elpceļu saslimšanas pazīmēm: ja tādas pazīmes ir, ne tests, ne izziņa personu pēc 34. punkta uzņemt neļauj.
r4-exempt = Bērnam, kurš jāievieto nekavējoties (ārkārtējos gadījumos), tests nav vajadzīgs (33.1. apakšpunkts).
r4-test = { $state ->
    [valid] Negatīvais Covid-19 tests, kas veikts { $document }, der: tam jābūt veiktam ne agrāk kā { $days } dienas pirms, t. i., no { $from } līdz { $to }.
    [too-early] Tests, kas veikts { $document }, veikts par agru: tam jābūt veiktam ne agrāk kā { $days } dienas pirms, t. i., no { $from } līdz { $to }.
    [after-placement] Testa datums { $document } ir pēc ievietošanas ({ $to }): tests der tikai tad, ja veikts no { $from } līdz { $to }.
   *[missing] Negatīvs Covid-19 tests nav norādīts: tests der, ja veikts no { $from } līdz { $to } (ne agrāk kā { $days } dienas pirms).
}
r4-certificate = { $state ->
    [valid] Ārsta izziņa, kas izsniegta { $document }, der: tai jābūt izsniegtai ne agrāk kā nedēļu ({ $days } dienas) pirms ierašanās, t. i., no { $from } līdz { $to }.
    [too-early] Ārsta izziņa, kas izsniegta { $document }, izsniegta par agru: tai jābūt izsniegtai ne agrāk kā nedēļu ({ $days } dienas) pirms ierašanās, t. i., no { $from } līdz { $to }.
    [after-placement] Izziņas datums { $document } ir pēc ierašanās ({ $to }): izziņa der tikai tad, ja izsniegta no { $from } līdz { $to }.
   *[missing] Ārsta izziņa nav norādīta: izziņa der, ja izsniegta no { $from } līdz { $to } (ne agrāk kā nedēļu, { $days } dienas, pirms ierašanās).
}
r4-isolation-reading = “14 dienas” pašizolācijā ir 14 dienas pēc uzņemšanas dienas (termiņš sākas nākamajā dienā pēc notikuma): uzņemta { $placement }, persona atrodas pašizolācijā līdz { $until } ieskaitot ({ $days } dienas).
r4-verdict = { $admissible ->
    [yes] { $by ->
        [test] { $date } var uzņemt: negatīvais tests atbilst prasībai.
        [certificate] { $date } var uzņemt: ārsta izziņa atbilst prasībai.
       *[exempt] { $date } var uzņemt: bērnam tests nav vajadzīgs.
    }
   *[no] { $date } uzņemt nevar: { $problems }.
}
r4-problem-respiratory_symptoms = personai ir elpceļu saslimšanas pazīmes
r4-problem-no_test = negatīvs tests nav norādīts
r4-problem-no_document = nav norādīts ne negatīvs tests, ne ārsta izziņa
r4-problem-test_too_early = tests veikts par agru
r4-problem-test_after_placement = testa datums ir pēc ievietošanas
r4-problem-certificate_too_early = izziņa izsniegta par agru
r4-problem-certificate_after_placement = izziņas datums ir pēc ierašanās
r4-later-amendments = Iekodēti MK noteikumi Nr. 360 redakcijā, kas stājās spēkā { $version }. Vēlāk tie grozīti (pašizolācija saīsināta līdz 10 un tad līdz 7 dienām; datumi šeit nav pārbaudīti); šie grozījumi nav iekodēti: pārbaudiet redakciju, kas bija spēkā { $date }.

## R5: Latvija, konkurss uz Valsts bērnu tiesību aizsardzības inspekcijas priekšnieka amatu (2020).

r5-deadline = Pieteikumi bija jāiesniedz līdz { $deadline }: pēdējos 10 gadus skaita atpakaļ no šīs dienas.
r5-window-reading = skaitās tikai tā amata daļa, kas ir pēdējos 10 gados pirms termiņa, no { $from } līdz { $to }, abas dienas ieskaitot; trīs gadi ilgst no kādas dienas līdz dienai pirms tā paša datuma trīs gadus vēlāk (no 2015. gada 1. marta līdz 2018. gada 28. februārim pietiek).
r5-subordinates-reading = “ar vismaz { $min } padotajiem darbiniekiem” attiecas uz abiem amatu veidiem: organizācijas vadītāja amatu un citu vadošu amatu organizācijas vadītāja tiešā pakļautībā.
r5-post = { $n }. amats ({ $from }–{ $to }, { $kind ->
    [head] organizācijas vadītājs
    [under_head] vadošs amats organizācijas vadītāja tiešā pakļautībā
   *[other] cits amats
}, padotie: { $subordinates }): { $state ->
    [counts] skaitās.
    [not-management] neskaitās: tas nav neviena veida vadošs amats.
    [few-subordinates] neskaitās: mazāk nekā 10 padoto.
   *[outside-window] neskaitās: tas ir ārpus pēdējiem 10 gadiem.
}
r5-criterion-education = { $education ->
    [academic_higher] Augstākā akadēmiskā izglītība — izpildīts.
    [second_level_professional_higher] Otrā līmeņa profesionālā augstākā izglītība — izpildīts.
   *[other] Nav ne augstākās akadēmiskās, ne otrā līmeņa profesionālās augstākās izglītības — nav izpildīts.
}
r5-criterion-english = { $level ->
    [none] Angļu valoda: nav — nav izpildīts (vajag vismaz B2).
   *[other] Angļu valoda: { $level } — { $met ->
        [yes] izpildīts (vajag vismaz B2).
       *[no] nav izpildīts (vajag vismaz B2).
    }
}
r5-criterion-experience = { $from ->
    [none] Pieredze: pēdējos 10 gados neviens amats neskaitās — nav izpildīts.
   *[other] Pieredze: garākais nepārtrauktais posms ir no { $from } līdz { $to } (amati, kas pārklājas vai kur viens sākas nākamajā dienā pēc otra beigām, veido vienu posmu); trīs gadi no { $from } beidzas { $end } — { $met ->
        [yes] izpildīts.
       *[no] nav izpildīts.
    }
}
r5-reputation = Nevainojamu reputāciju kalkulators aprēķināt nevar: to apliecina pats pretendents.
r5-verdict = { $meets ->
    [yes] Visas prasības, kuras var aprēķināt, ir izpildītas (nevainojamu reputāciju apliecina pats pretendents).
   *[no] Ne visas prasības ir izpildītas: { $failed }.
}
r5-requirement-education = izglītība
r5-requirement-experience = pieredze
r5-requirement-english = angļu valoda

## R6: Latvija, ESF projekts ieslodzītajiem un bijušajiem ieslodzītajiem.

r6-title = ESF projekts „{ $name }”
r6-no-verdict = Šī ir programmas kartīte, nevis lēmums: avots nenosaka atbilstības nosacījumus.
r6-for-whom = Kam: { $groups }.
r6-offers = Ko piedāvā: { $offers }.
r6-run-by = Īsteno: { $run_by } kopš { $since }. gada; partneri: { $partners }.
r6-budget = Budžets: kopā { $total }; { $esf_percent } % Eiropas Sociālā fonda finansējums ({ $esf }) un { $state_percent } % valsts līdzfinansējums ({ $state }), aprēķināts līdz centam.
r6-contact = Avotā norādītā kontaktpersona: { $name }, Tieslietu ministrija, tālrunis { $phone }, e-pasts { $email } (sabiedrisko attiecību speciāliste ES fondu jautājumos, kas sagatavoja informāciju). Par dalību jautājiet iestādei, kas projektu īsteno: { $run_by }.
r6-group-prisoners = ieslodzītie
r6-group-former_prisoners = bijušie ieslodzītie
r6-offer-career_consultation_before_vocational_education = Nodarbinātības valsts aģentūras karjeras konsultācijas pirms profesionālās izglītības ieslodzījuma vietā
r6-offer-career_consultation_before_release = Nodarbinātības valsts aģentūras karjeras konsultācijas pirms atbrīvošanas
r6-offer-specific_support_measures = specifiski atbalsta pasākumi
r6-offer-volunteering = brīvprātīgais darbs
r6-offer-family_involvement = aktīvu ģimenes locekļu iesaistīšana
r6-body-prison_administration = Ieslodzījuma vietu pārvalde
r6-body-state_probation_service = Valsts probācijas dienests
r6-body-state_employment_agency = Nodarbinātības valsts aģentūra
r6-body-ministry_of_justice = Tieslietu ministrija

## Lapas: nosaukumi, norādes un virsraksti.


ui-skip-to-content = Pāriet uz saturu
ui-start-privacy = Lapa darbojas bez servera un bez interneta pieslēguma pēc ielādes.
ui-language-nav = Valoda
ui-app-name = Sociālo pakalpojumu kalkulatori
ui-start-intro = Aprēķini pēc Latvijas un Lietuvas sociālo pakalpojumu noteikumiem. Viss notiek jūsu pārlūkā: nekas, ko ievadāt, netiek nosūtīts.
ui-start-assistant-title = Asistenta pakalpojuma stundas mēnesī
ui-start-assistant-text = Asistentam un klientam: cik stundu no mēneša uzskaites lapas ir apmaksājamas, un kāda ir samaksa, no 2013. gada līdz šodienai: pēc MK noteikumiem Nr. 942, ieskaitot 2020.–2021. gada vidējā aprēķina kārtību, un pēc MK noteikumiem Nr. 316.
ui-title = Asistenta pakalpojuma stundas mēnesī
ui-intro-regimes = Ievadiet mēneša uzskaites lapu. Veidlapa seko izvēlētā mēneša noteikumiem: MK noteikumi Nr. 942 (stundas piešķir nedēļā, ar 2020.–2021. gada vidējā aprēķina kārtību) vai MK noteikumi Nr. 316 (stundas piešķir mēnesī, no 2021. gada jūlija). Nekas netiek nosūtīts: aprēķins notiek jūsu pārlūkā.
ui-month-hint-any = Kalkulators aptver mēnešus { $from } – { $to }.
ui-month-not-offered = Tīmekļa lapa norādīja mēnesi “{ $value }”, kuru kalkulators nepiedāvā. Izvēlieties mēnesi no perioda { $from } – { $to }.
ui-regime = { $regime ->
    [mk316] { $month }: piemēro MK noteikumus Nr. 316. Stundas mēnesī piešķir ar sociālā dienesta lēmumu.
   *[mk942] { $month }: piemēro MK noteikumus Nr. 942. Stundas piešķir nedēļā.
}
ui-regime-name = { $regime ->
    [mk316] MK noteikumi Nr. 316
   *[mk942] MK noteikumi Nr. 942
}
ui-regulation-legend = Saskaņā ar kuriem noteikumiem noslēgts personas līgums?
ui-regulation-hint = No 2021. gada jūlija līdz decembrim līgums saskaņā ar MK noteikumiem Nr. 942 turpinājās līdz lēmuma termiņa beigām; jauns lēmums ir saskaņā ar MK noteikumiem Nr. 316. Skatiet lēmumu vai līgumu.
ui-regulation-mk942 = MK noteikumi Nr. 942 (stundas piešķirtas nedēļā)
ui-regulation-mk316 = MK noteikumi Nr. 316 (stundas piešķirtas mēnesī)
ui-service-legend = Pakalpojums
ui-service-assistant = Asistenta pakalpojums
ui-service-companion = Pavadoņa pakalpojums
ui-monthly-allocation = Piešķirtās stundas mēnesī
ui-monthly-allocation-hint = Skaitlis sociālā dienesta lēmumā, piemēram, 80.
ui-help-title = Palīdzība: bāzes stundu skaits
ui-help-intro = Bāzes stundu skaits mēnesī katram mērķim ar atbalsta intensitātes koeficientu 1 vai 2 (MK noteikumu Nr. 316 1. pielikuma 4.2. punkts). Atzīmējiet, kas attiecas, lai redzētu summu.
ui-help-not-verified = Tā ir palīdzība, nevis lēmums: vai vairāku mērķu stundas summējas, nav pārbaudīts. Ievadiet piešķirtās stundas tā, kā norādīts lēmumā.
ui-help-group-adult = Pilngadīgas personas
ui-help-group-child = Bērni no 5 līdz 18 gadu vecumam
ui-help-group-group_i_from_childhood = Personas ar I grupas invaliditāti kopš bērnības, kurām nepieciešama īpaša kopšana
ui-help-coefficient-1 = Koeficients 1: { $h } h
ui-help-coefficient-2 = Koeficients 2: { $h } h
ui-help-base = { $h } h
ui-help-sum = Atzīmēto stundu summa: { $h } h mēnesī (tikai palīdzība, nevis lēmums).
ui-purpose-paid-work-studies-paralympic-sport = Algots darbs, mācības vai paralimpiskais sports
ui-purpose-school-or-board-member = Skola vai biedrības vai kapitālsabiedrības valdes locekļa pienākumi
ui-purpose-volunteering-day-care-workshop-dialysis-chemotherapy = Brīvprātīgais darbs, dienas aprūpes centrs vai specializētā darbnīca, regulāra hemodialīze vai ķīmijterapija
ui-purpose-child-5-18 = Bērns no 5 līdz 18 gadu vecumam
ui-purpose-child-5-18-weekly-procedures-or-rehabilitation = Bērns no 5 līdz 18 gadu vecumam ar ārsta nozīmētām procedūrām vai rehabilitāciju vismaz reizi nedēļā
ui-purpose-day-care-or-workshop = Dienas aprūpes centrs vai specializētā darbnīca
ui-purpose-other-activities = Citas aktivitātes
ui-purpose-companion-child-5-18 = Bērns no 5 līdz 18 gadu vecumam (pavadonis)
ui-calendar-hint-monthly = Katrai dienai ievadiet apliecinātās stundas. Tukša diena nozīmē 0 stundu. Decimāldaļu var rakstīt ar komatu.
ui-rate-verified = Stundas summa šajā mēnesī: { $amount } (no { $from }), ieskaitot visus nodokļus. Kalkulators to izmanto.
ui-rate-amount = Stundas summa, EUR
ui-rate-amount-hint = Pēdējā pārbaudītā summa ir { $amount } stundā no { $from } (ieskaitot visus nodokļus). Vēlāka summa nav pārbaudīta: lai redzētu samaksu, ievadiet šim mēnesim piemērojamo summu.
ui-period-legend = Dienas, kurās piemēro vidējā aprēķina kārtību
ui-period-name-es-2020 = 2020. gada ārkārtējā situācija
ui-period-name-es-2020-21 = 2020.–2021. gada ārkārtējā situācija
ui-period-name-mk360-p34-3 = MK noteikumu Nr. 360 34.³ punkts
ui-period-name-mk662-p73-74 = MK noteikumu Nr. 662 73.–74. punkts
ui-period-line = { $name }: { $from } – { $to }. Perioda dienas šajā mēnesī: { $days }.
ui-period-dates = { $name } ({ $from } – { $to })
ui-period-question = { $question ->
    [epidemiological_measures] Vai epidemioloģiskās drošības pasākumi šajās dienās neļāva pakalpojumu izmantot, kā paredzēts līgumā?
    [mixed] Vai šajās dienās pakalpojumu varēja izmantot, kā paredzēts līgumā?
   *[activities_resumed] Vai klienta aktivitātes šajās dienās bija atjaunojušās?
}
ui-period-measures-yes = Jā, pasākumi to neļāva
ui-period-measures-no = Nē, pakalpojumu varēja izmantot, kā paredzēts (stundas uzskaita parastajā kārtībā)
ui-period-mixed-yes = Jā, varēja izmantot, kā paredzēts (stundas uzskaita parastajā kārtībā)
ui-period-mixed-no = Nē, nevarēja
ui-measures-day = epidemioloģiskie pasākumi
ui-previous-hint-average = No tām aprēķina vidējo. Šajā periodā nav noteikuma par 10 stundām nedēļā: ja visos trijos ir 0, stundas netiek pievienotas.
ui-week-of = ISO nedēļa { $week }
ui-week-days-line = { $days } ({ $n }. nedēļa): limits { $cap } h; apliecinātas { $attested } h, no tām apmaksājamas { $payable } h; 7. pasākums { $emergency } h; netiek apmaksātas { $over } h.
ui-result-pending-any = Rezultāts parādīsies, kad būs aizpildīts mēnesis un piešķirtās stundas.
ui-result-pending-open = Rezultāts parādīsies, kad būs atbildēti atlikušie jautājumi.
ui-result-rules = Piemērotie noteikumi
ui-result-period = Vidējā aprēķina periods
ui-monthly-cap = Piešķirtās stundas mēnesī (limits)
ui-attested = Apliecinātas
ui-not-payable-monthly = Pārsniedz mēnesī piešķirtās stundas, netiek apmaksātas
ui-hourly-amount = Stundas summa
ui-rate-used = { $source ->
    [verified] { $amount } stundā (piemēro no { $from })
   *[entered] { $amount } stundā (kā ievadīts)
}
ui-last-verified = Pēdējā pārbaudītā stundas summa
ui-amount-from = { $amount } no { $from }
ui-loading = Ielādē kalkulatoru…
ui-error-summary-title = Ir problēma
ui-error-prefix = Kļūda:
ui-month-legend = Mēnesis
ui-year = Gads
ui-month = Mēnesis
ui-choose = Izvēlieties
ui-allocation = Piešķirtās stundas nedēļā
ui-allocation-hint = Piemēram, 40 vai 17,5. No valsts budžeta finansē ne vairāk kā 40 stundas nedēļā.
ui-calendar-caption = Apliecinātās stundas pa dienām: { $month }
ui-calendar-hint = Katrai dienai ievadiet apliecinātās stundas un pasākumu. Tukša diena nozīmē 0 stundu. Decimāldaļu var rakstīt ar komatu.
ui-week = Nedēļa
ui-hours-for = { $date }, stundas
ui-measure-for = { $date }, pasākums
ui-measure = Pasākums { $n }
ui-measure7 = Pasākums 7 (sociālās iekļaušanas pasākumi)
ui-emergency-day = ārkārtējā situācija
ui-emergency-placed = 7. pasākums: { $h } h
ui-resumed-yes = Jā, atjaunojušās (stundas uzskaita parastajā kārtībā)
ui-resumed-no = Nē, nebija atjaunojušās
ui-previous-legend = Izmantotās stundas trīs iepriekšējos mēnešos
ui-previous-hint = No tām aprēķina vidējo (Labklājības ministrija, 12.06.2020.). Ja visos trijos ir 0, piemēro ne vairāk kā 10 stundas nedēļā (MK noteikumu Nr. 942 11.¹ punkts).
ui-previous-month = Stundas: { $month }
ui-settings-legend = Aprēķina iestatījumi
ui-daily-max = Dienas maksimums (stundas)
ui-daily-max-hint = Cik stundu kopā (apliecinātās un 7. pasākuma) var būt vienā ārkārtējās situācijas dienā; tā kalkulators lasa “persona noteiktu dienas daļu guļ”. Noklusējums: 8.
ui-granularity = Noapaļošanas solis (stundas)
ui-granularity-hint = Katras dienas stundas ir šī soļa daudzkārtnis; tā kalkulators noapaļo sadalījumu. Noklusējums: 0,5.
ui-rate = Stundas likme, EUR (nav obligāti)
ui-rate-hint = Pēc MK noteikumiem Nr. 942: minimālā alga ÷ mēneša normālās darba stundas, piemēram, 2021. gada jūnijā 3,1447 (pilngadīgs klients). 2020. gada likmes ievadiet paši.
ui-paid-legend = Nedēļas uz mēneša robežas (nav obligāti)
ui-paid-hint = Ja šīs nedēļas dienās blakus mēnesī stundas jau apmaksātas, tās samazina nedēļas limitu.
ui-paid-for = Jau apmaksāts nedēļā { $week } ({ $from }–{ $to } ir šajā mēnesī)
ui-calculate = Aprēķināt
ui-result-title = Rezultāts
ui-result-blocked = Izlabojiet kļūdas, lai redzētu rezultātu.
ui-result-loading = Ielādē MK noteikumu Nr. 942 aprēķinu…
ui-result-not-loaded = MK noteikumu Nr. 942 aprēķinu neizdevās ielādēt. Pārbaudiet savienojumu un mēģiniet vēlreiz.
ui-retry = Mēģināt vēlreiz
ui-total-payable = Apmaksājamas kopā
ui-attested-payable = Apliecinātās, apmaksājamas
ui-emergency-hours = Ārkārtējās situācijas stundas (7. pasākums)
ui-emergency-entitlement = Tiesības uz ārkārtējās situācijas stundām
ui-not-payable = Pārsniedz nedēļas limitu, netiek apmaksātas
ui-unplaced = Neietilpst limitos
ui-pay = Samaksa
ui-hours-unit = { $h } h
ui-weeks-title = Pa nedēļām
ui-legend-attested = apliecinātās, apmaksājamas
ui-legend-emergency = 7. pasākums
ui-legend-over = pārsniedz limitu
ui-legend-cap = nedēļas limits
ui-emergency-days-title = 7. pasākuma stundas pa dienām
ui-explanation-title = Kā tas aprēķināts
ui-source = Avots

ui-warnings = Jāpievērš uzmanība
ui-optional = (nav obligāti)
ui-check = Pārbaudīt
ui-date-hint = Piemēram, 10.03.1985.
ui-birth-date = Dzimšanas datums
ui-about-you = Par jums
ui-not-applicable = —
ui-met = izpildīts
ui-not-met = nav izpildīts
ui-unknown = nevar noteikt
ui-criteria-title = Nosacījumi
ui-start-lt-title = Lietuvas nodarbinātības modelis: vai varu piedalīties?
ui-start-lt-text = Lietuvā, 2019–2022: vai atbilstat “Užimtumo skatinimo ir motyvavimo” modelim un no kura datuma.
ui-start-lv-title = Bezdarbnieka statuss Latvijā: jūsu datumi
ui-start-lv-text = Kad var pieteikties NVA, no kura datuma esat ilgstošais vai pirmspensijas vecuma bezdarbnieks.
ui-lt-title = Lietuvas nodarbinātības modelis: vai varu piedalīties?
ui-lt-intro = Modelis “Užimtumo skatinimo ir motyvavimo paslaugų nedirbantiems ir socialinę paramą gaunantiems asmenims modelis” (nodarbinātības veicināšanas un motivēšanas pakalpojumu modelis nestrādājošām un sociālo palīdzību saņemošām personām) darbojās Lietuvas pašvaldībās no { $from } līdz { $to }. Atbildiet uz jautājumiem: kalkulators pasaka, vai atbilstat, un, ja vēl ne, no kura datuma.
ui-lt-pending = Atbilde parādīsies, kad būs ievadīts datums un dzimšanas datums.
ui-lt-when = Kurā dienā
ui-lt-date = Datums, par kuru jautājat
ui-lt-date-hint = Nosūtīšanas pie atvejo vadītāja vai līguma parakstīšanas diena. Piemēram, 01.06.2020.
ui-lt-work = Darbs un reģistrācija
ui-lt-registered = Reģistrēts Užimtumo tarnyba (Lietuvas Nodarbinātības dienestā) kopš
ui-lt-registered-hint = Reģistrācijas diena. Piemēram, 15.01.2019.
ui-lt-last-job = Pēdējais darbs beidzās
ui-lt-last-job-hint = Pēdējās darba dienas datums. Piemēram, 31.05.2017.
ui-lt-support = Naudas sociālā palīdzība
ui-lt-cash = Vai saņemat naudas sociālo palīdzību (piniginė socialinė parama)?
ui-lt-cash-hint = Kopš rīkojuma Nr. A1-48 (2020. gada janvāris) pietiek ar tiesībām to saņemt.
ui-lt-cash-receives = Jā, saņemu
ui-lt-cash-entitled = Nesaņemu, bet man ir tiesības saņemt
ui-lt-cash-no = Nē
ui-lt-where = Pašvaldība
ui-lt-municipality = Pašvaldība
ui-lt-municipality-hint = Tikai informācijai: modelis darbojās ne visās pašvaldībās.
ui-lt-status-from = Vēl ne: ja nekas cits nemainās, atbildīsiet no { $date }.
ui-lt-status-at-the-latest = { $count ->
    [one] Vēlākais no { $date } (fakts, kas varētu to padarīt agrāku: { $missing }).
   *[other] Vēlākais no { $date } (fakti, kas varētu to padarīt agrāku: { $missing }).
}
ui-lt-status-cannot-tell = { $count ->
    [one] Nevar pateikt: izšķirošais fakts ir { $missing }.
   *[other] Nevar pateikt: izšķirošie fakti ir { $missing }.
}
ui-lt-status-ended = Modelis darbojās no { $from } līdz { $to } un { $date } vairs nedarbojas.
ui-lt-status-fails = Pēc šiem noteikumiem ne, jo nosacījums “{ $criterion }” nav izpildīts, un laiks vien to nemainīs.
ui-lt-status-after-window = { $date ->
    [none] Pēc šiem noteikumiem ne, jo visi nosacījumi izpildītos tikai pēc tam, kad modelis beidzās { $until }.
   *[other] Pēc šiem noteikumiem ne, jo visi nosacījumi izpildītos tikai no { $date }, kad modelis jau bija beidzies ({ $until }).
}
ui-lt-ask-last-day = Atbildēt par { $date }, modeļa pēdējo dienu
ui-lt-ask-first-day = Atbildēt par { $date }, modeļa pirmo dienu
ui-verdict-eligible = Atbilst: varat piedalīties.
ui-crit-age = 30 gadi vai vairāk
ui-crit-long-term-unemployed = Ilgstošais bezdarbnieks
ui-crit-cash-social-assistance = Naudas sociālā palīdzība
ui-lv-title = Bezdarbnieka statuss Latvijā: jūsu datumi
ui-lv-intro = Kad var pieteikties bezdarbnieka statusam NVA, kad sasniedzat pensijas vecumu, un no kura datuma esat pirmspensijas vecuma vai ilgstošais bezdarbnieks.
ui-lv-pending = Atbilde parādīsies, kad būs ievadīts datums un dzimšanas datums.
ui-lv-when = Kurā dienā
ui-lv-date = Datums, par kuru jautājat
ui-lv-date-hint = Diena, par kuru vēlaties atbildi. Piemēram, 01.01.2024.
ui-lv-disability = Man ir invaliditāte
ui-lv-job-end = Darba attiecības beidzās
ui-lv-job-end-hint = Pēdējā darba diena. Piemēram, 31.12.2022.
ui-lv-registered = Reģistrēts NVA kā bezdarbnieks kopš
ui-lv-registered-hint = Piemēram, 05.01.2023.
ui-lv-status = Pensionēšanās vecumu sasniedzat { $date }.
ui-lv-apply = Var pieteikties bezdarbnieka statusam no
ui-lv-retirement-age = Pensionēšanās vecums
ui-lv-retirement-date = Pensionēšanās vecumu sasniedzat
ui-lv-pre-retirement-age = Pirmspensijas vecumu sasniedzat
ui-lv-pre-retirement = Pirmspensijas vecuma bezdarbnieks esat no
ui-lv-pre-retirement-once-registered = tiklīdz reģistrējaties kā bezdarbnieks
ui-lv-pre-retirement-after-retirement = neattiecas: reģistrējāties pensijas vecuma sasniegšanas dienā vai vēlāk
ui-lv-long-term = Ilgstošais bezdarbnieks no
ui-lv-groups = Grupas { $date }
ui-years-months = { $y } g. { $m } mēn.

ui-groups-none = neviena
ui-groups-not-registered = neattiecas: šajā datumā neesat reģistrēts kā bezdarbnieks
ui-not-covered-date = datums nav aptverts (pirms { $from })

## The pages: the total bar on a phone (the total payable and the pay at the screen's bottom, a link to the result).
ui-totalbar-link = Skatīt rezultātu

## Each language's own name (the same in every catalog).

language-name-lv = Latviešu
language-name-lt = Lietuvių
language-name-en = English
language-name-ru = Русский
ui-translation = Tulkojums
ui-quoted = „{ $text }”

## The pages: the self-assessments (start page groups, R4, R5 and R6 pages).

ui-start-group-assistant = Asistenti un asistenta pakalpojuma klienti
ui-start-group-work = Darba meklētāji un reģistrētie bezdarbnieki
ui-start-group-care = Personas, kuras uzsāk sociālo aprūpi
ui-start-group-applicants = Pretendenti uz amatu
ui-start-group-prisoners = Ieslodzītie un bijušie ieslodzītie
ui-start-mk-title = Uzņemšana sociālajā aprūpē (2020–2021): kādi dokumenti vajadzīgi?
ui-start-mk-text = Latvijā, MK noteikumi Nr. 360: vai negatīvs Covid-19 tests vai ārsta izziņa ļauj uzņemt sociālajā pakalpojumā ar izmitināšanu un līdz kuram datumam ilgst pašizolācija.
ui-start-vb-title = Bērnu tiesību aizsardzības inspekcijas vadītājs (2020): vai atbilstu prasībām?
ui-start-vb-text = Latvijā, 2020. gada konkurss uz Valsts bērnu tiesību aizsardzības inspekcijas vadītāja amatu: izglītība, triju gadu nepārtraukta vadības pieredze, angļu valoda.
ui-start-esf-title = Bijušo ieslodzīto integrācija: ESF projekts
ui-start-esf-text = Latvijā: kam projekts paredzēts, ko tas piedāvā, kas to īsteno, tā budžets un pie kā vērsties.

ui-mk-title = Uzņemšana sociālajā aprūpē: tests, izziņa, pašizolācija
ui-mk-intro = Saskaņā ar MK noteikumiem Nr. 360 no { $from } līdz { $to } personai, kuru uzņēma sociālajā pakalpojumā ar izmitināšanu, bija vajadzīgs negatīvs Covid-19 tests vai ārsta izziņa, un pēc uzņemšanas tā atradās pašizolācijā. Atbildiet uz jautājumiem: kalkulators pasaka, vai dokumenti ļauj personu uzņemt.
ui-mk-pending = Atbilde parādīsies, kad būs ievadīts ievietošanas datums un iestādes veids.
ui-mk-placement = Ievietošana
ui-mk-placement-date = Ievietošanas (ierašanās) datums
ui-mk-placement-date-hint = Diena, kad persona iestājas institūcijā. Piemēram, 15.06.2020.
ui-mk-institution = Kur personu ievieto?
ui-mk-institution-long-term-care = Ilgstošas sociālās aprūpes un sociālās rehabilitācijas institūcijā
ui-mk-institution-other = Citā sociālajā pakalpojumā ar izmitināšanu
ui-mk-documents = Dokumenti
ui-mk-test-date = Negatīvā Covid-19 testa datums
ui-mk-test-date-hint = Diena, kad tests veikts. Atstājiet tukšu, ja testa nav.
ui-mk-certificate-date = Ārsta izziņas par kontrindikāciju neesību datums
ui-mk-certificate-date-hint = Diena, kad ārstējošais vai ģimenes ārsts to izsniedza. Atstājiet tukšu, ja izziņas nav.
ui-mk-questions = Par personu
ui-mk-symptoms = Personai ir elpceļu saslimšanas pazīmes
ui-mk-urgent-child = Bērns, kurš jāievieto nekavējoties (ārkārtējā gadījumā)
ui-mk-inpatient = Persona tiek pārvesta no stacionārās ārstēšanas
ui-mk-status-not-covered = Netiek aptverts: MK noteikumi Nr. 360 bija piemērojami no { $from } līdz { $to }, un { $date } ir ārpus šī laika.
ui-mk-status-admissible = { $by ->
    [test] Var uzņemt: negatīvs tests atbilst prasībai.
    [certificate] Var uzņemt: ārsta izziņa atbilst prasībai.
   *[exempt] Var uzņemt: bērnam tests nav vajadzīgs.
}
ui-mk-status-not-admissible = Nevar uzņemt: { $problems }.
ui-mk-point = Piemērotais punkts
ui-mk-point-value = { $point }. punkts
ui-mk-by = Uzņemšanas pamats
ui-mk-by-value = { $by ->
    [test] negatīvs tests
    [certificate] ārsta izziņa
    [exempt] atbrīvojums no testa
   *[none] nevar uzņemt
}
ui-mk-test-window = Tests der, ja veikts
ui-mk-certificate-window = Izziņa der, ja izsniegta
ui-mk-isolation = Pašizolācija līdz (ieskaitot)

ui-vb-title = Bērnu tiesību aizsardzības inspekcijas vadītājs (2020): vai atbilstu prasībām?
ui-vb-intro = 2020. gada konkursā uz Valsts bērnu tiesību aizsardzības inspekcijas vadītāja amatu prasīja augstāko izglītību, pēdējo 10 gadu laikā vismaz triju gadu nepārtrauktu pieredzi iestādes vadītāja vai tieši vadītājam pakļauta vadošā amatā ar vismaz 10 padotajiem darbiniekiem, angļu valodu vismaz B2 līmenī un nevainojamu reputāciju. Atbildiet uz jautājumiem: kalkulators pārbauda to, ko var aprēķināt.
ui-vb-pending = Atbilde parādīsies, kad būs atbildēts par izglītību un angļu valodas līmeni.
ui-vb-about = Izglītība un valodas
ui-vb-education = Jūsu izglītība
ui-vb-education-academic = Augstākā akadēmiskā izglītība
ui-vb-education-professional = Otrā līmeņa profesionālā augstākā izglītība
ui-vb-education-other = Cita izglītība
ui-vb-english = Jūsu angļu valodas līmenis
ui-vb-english-hint = Eiropas kopīgo pamatnostādņu līmeņi, no A1 (zemākais) līdz C2 (augstākais).
ui-vb-english-none = Angļu valodu neprotu
ui-vb-posts = Jūsu amati
ui-vb-posts-hint = Norādiet pēdējo 10 gadu amatus. Amati, kas pārklājas vai kur viens sākas nākamajā dienā pēc otra beigām, veido vienu nepārtrauktu periodu.
ui-vb-post = { $n }. amats
ui-vb-post-from = Sākums
ui-vb-post-to = Beigas
ui-vb-post-to-hint = Atstājiet tukšu, ja amatu ieņemat joprojām.
ui-vb-post-kind = Amata veids
ui-vb-kind-head = Iestādes vadītājs
ui-vb-kind-under-head = Vadošs amats, kas tieši pakļauts vadītājam
ui-vb-kind-other = Cits amats
ui-vb-post-subordinates = Padoto darbinieku skaits
ui-vb-post-subordinates-hint = Citam amatam nav vajadzīgs.
ui-vb-post-add = Pievienot amatu
ui-vb-post-remove = Dzēst { $n }. amatu
ui-vb-competition = Konkurss
ui-vb-deadline = Pieteikumu iesniegšanas termiņš
ui-vb-deadline-hint = Aizpildīts ar konkursa termiņu; pēdējie 10 gadi tiek skaitīti atpakaļ no tā.
ui-vb-status = { $meets ->
    [yes] Visas prasības, ko var aprēķināt, ir izpildītas; nevainojamu reputāciju apliecināt varat tikai jūs pats.
   *[no] Ne visas prasības ir izpildītas: { $failed }.
}
ui-vb-crit-education = Augstākā izglītība
ui-vb-crit-experience = Triju gadu nepārtraukta vadības pieredze
ui-vb-crit-english = Angļu valoda vismaz B2 līmenī
ui-vb-longest = Garākais nepārtrauktais periods
ui-vb-three-years-end = Trīs gadi no tā pirmās dienas beidzas
ui-vb-window = Amatus ieskaita laikā
ui-vb-reputation = Nevainojama reputācija
ui-vb-reputation-value = jāapliecina pašam: kalkulators to nevar aprēķināt
ui-vb-none = nav

ui-esf-title = Bijušo ieslodzīto integrācija: ESF projekts
ui-esf-intro = Projekta apraksts, kā to sniedz Tieslietu ministrija: kam tas paredzēts, ko tas piedāvā, kas to īsteno, tā budžets un pie kā vērsties.
ui-esf-status = Programmas apraksts, nevis lēmums: avots nenosaka dalības nosacījumus.
ui-esf-project = Projekts
ui-esf-for-whom = Kam paredzēts
ui-esf-offers = Ko piedāvā
ui-esf-run-by = Kas īsteno
ui-esf-partners = Partneri
ui-esf-since = Kopš
ui-esf-budget = Budžets
ui-esf-total = Kopā
ui-esf-esf = Eiropas Sociālais fonds ({ $percent })
ui-esf-state = Valsts ({ $percent })
ui-esf-contact = Pie kā vērsties
ui-esf-phone = Tālrunis
ui-esf-email = E-pasts

## Keep your work: answers saved in this browser, clear, export and import
## of a file (the command line's input format), the printed summary.
## $file is the file's name.
ui-keep-saved = Jūsu atbildes tiek saglabātas šajā pārlūkā, kamēr rakstāt, un atkal parādās, kad šo lapu atverat no jauna. Nekas netiek nekur nosūtīts.
ui-keep-session = Jūsu atbildes tiek glabātas tikai šajā pārlūka cilnē, līdz to aizverat. Nekas netiek nekur nosūtīts.
ui-keep-not-saved = Jūsu atbildes netiek saglabātas: aizverot lapu, tās zudīs. Nekas netiek nekur nosūtīts.
ui-keep-full = Pārlūka krātuve ir pilna: jaunākās atbildes nav saglabātas. Nekas netiek nekur nosūtīts.
ui-keep-other-tab = Šī lapa ir atvērta arī citā šī pārlūka cilnē vai logā, un atbildes tur tika mainītas. Pārlūks saglabā tikai pēdējās mainītās atbildes: turpiniet tikai vienā cilnē vai logā.
ui-keep-export = Eksportēt failā
ui-keep-import = Importēt failu
ui-keep-clear = Notīrīt veidlapu
ui-keep-confirm = Notīrīt visas šīs veidlapas atbildes un to, ko šis pārlūks no tām saglabājis? To nevarēs atsaukt.
ui-keep-confirm-yes = Jā, notīrīt
ui-keep-confirm-no = Atcelt
ui-keep-cleared = Veidlapa ir tukša, un nekas no tās nav saglabāts.
ui-keep-exported = Fails { $file } eksportēts.
ui-keep-export-errors = Nav eksportēts: vispirms izlabojiet kļūdas (failu ar kļūdām nevarētu ne importēt, ne apstrādāt kopā ar citiem).
ui-keep-imported = Fails { $file } importēts.
ui-keep-import-unreadable = Failu { $file } nevarēja nolasīt. Nekas netika mainīts.
ui-keep-import-too-large = Fails { $file } ir par lielu: šis kalkulators nolasa failus, kas nav lielāki par 1 MiB. Nekas netika mainīts.
ui-keep-import-errors = Fails { $file } netika importēts, un nekas netika mainīts. { $errors }
ui-keep-import-month = Fails { $file } attiecas uz mēnesi, ko šī veidlapa nepiedāvā: { $month }. Nekas netika mainīts.
ui-keep-import-two-entries = Failā { $file } ir vairāki { $date } ieraksti: veidlapā katrai dienai var būt tikai viens ieraksts. Nekas netika mainīts.
ui-print-title = Kopsavilkums iesniegšanai: { $month }
ui-print-date = Datums
ui-print-attested = Apliecinātās stundas
ui-print-measure = Pasākums
ui-print-measure7 = 7. pasākuma stundas
## Offline and install (issue 11, item 4): the notice of a new version (www/sr/page.js)
ui-offline-update-ready = Ir gatava jauna kalkulatoru versija.
ui-offline-reload = Pārlādēt lapu
