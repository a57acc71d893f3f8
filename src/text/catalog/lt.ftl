# socialrules: the English catalog.
# One catalog per language (lv, lt, en, ru), the same message ids in each,
# with the same variables. Quotes of the law stay in their language in the
# rules; their translations are the messages quote-*. Terms follow
# GLOSSARY.md.

## Formats: dates, money. Variables: $d (day), $dd, $mm, $yyyy, $month
## (the month's name as a date needs it), $monthNom (nominative name).

format-date = { $yyyy }-{ $mm }-{ $dd }
format-day-month = { $month } { $d } d.
format-day-range = { $month } { $from }–{ $d } d.
format-range = { $from } – { $to }
format-month-year = { $yyyy } m. { $month }
format-money = { $amount } €

month-1 = sausis
month-2 = vasaris
month-3 = kovas
month-4 = balandis
month-5 = gegužė
month-6 = birželis
month-7 = liepa
month-8 = rugpjūtis
month-9 = rugsėjis
month-10 = spalis
month-11 = lapkritis
month-12 = gruodis
month-genitive-1 = sausio
month-genitive-2 = vasario
month-genitive-3 = kovo
month-genitive-4 = balandžio
month-genitive-5 = gegužės
month-genitive-6 = birželio
month-genitive-7 = liepos
month-genitive-8 = rugpjūčio
month-genitive-9 = rugsėjo
month-genitive-10 = spalio
month-genitive-11 = lapkričio
month-genitive-12 = gruodžio

hours = { $n ->
    [one] { $n } valanda
    [few] { $n } valandos
    [many] { $n } valandos
   *[other] { $n } valandų
}
interpretation-lead = Kaip ši skaičiuoklė supranta taisyklę:

## Fields, as error messages name them.

field-unknown = „{ $name }“
field- = įvestis
field-calculator = skaičiuoklė
field-month = mėnuo
field-weekly_allocation = skirtos valandos per savaitę
field-days = dienų sąrašas
field-date = data
field-hours = valandos
field-measure = priemonė
field-emergency = ekstremaliosios situacijos klausimai
field-activities_resumed = atsakymas, ar veikla buvo atnaujinta
field-previous_months = ankstesnių mėnesių valandos
field-daily_max = dienos maksimumas
field-granularity = apvalinimo žingsnis
field-paid_outside_month = gretimame mėnesyje jau apmokėtos valandos
field-hourly_rate = valandinis įkainis
field-birth_date = gimimo data
field-registered_since = įsiregistravimo data
field-last_employment_end = paskutinio darbo pabaigos data
field-employment_end = darbo santykių pabaigos data
field-cash_social_assistance = atsakymas dėl piniginės socialinės paramos
field-municipality = savivaldybė
field-disability = atsakymas dėl negalios
field-placement_date = date of placement
field-institution = kind of service
field-negative_test_date = date of the negative test
field-certificate_date = date of the doctor’s certificate
field-respiratory_symptoms = answer on signs of respiratory diseases
field-urgent_child_placement = answer on an urgent placement of a child
field-from_inpatient_treatment = answer on a transfer from inpatient treatment
field-education = education
field-english = English level
field-posts = list of posts
field-from = start date of the post
field-to = end date of the post
field-kind = kind of post
field-subordinates = number of subordinates
field-deadline = application deadline

## Input errors: what is wrong and what to do. $field names the field,
## $Field is the same capitalised, $date the day of a timesheet entry
## ("none" when there is none).

error-invalid_json = Įvestis nėra tinkamas JSON (baitas { $offset }: { $reason }). Patikrinkite skliaustus, kabutes ir kablelius.
error-not_an_object = Įvestis turi būti JSON objektas {"{"}…{"}"}.
error-duplicate_key = Laukas „{ $path }“ nurodytas du kartus. Palikite tik vieną.
error-unknown_field = Nežinomas laukas „{ $path }“. Patikrinkite jo pavadinimą arba jį pašalinkite.
error-required = { $date ->
    [none] Įveskite: { $field }.
   *[other] Įveskite: { $field } ({ $date }).
}
error-required-month = Pasirinkite mėnesį.
error-required-weekly_allocation = Įveskite per savaitę skirtų valandų skaičių.
error-required-emergency = This month has days of a period in which the average of the three previous months may apply: say whether the service could be used as contracted, and enter the hours of the three previous months.
error-required-activities_resumed = Nurodykite, ar ekstremaliosios situacijos dienomis veikla buvo atnaujinta.
error-required-previous_months = Įveskite kiekvieno iš trijų ankstesnių mėnesių panaudotas valandas.
error-wrong_type = { $date ->
    [none] { $Field }: netinkamo tipo reikšmė. Įveskite ją kaip tekstą arba skaičių.
   *[other] { $Field } ({ $date }): netinkamo tipo reikšmė. Įveskite ją kaip tekstą arba skaičių.
}
error-not_a_number = { $date ->
    [none] { $Field }: įveskite skaičių, pavyzdžiui, 3,5.
   *[other] { $Field } ({ $date }): įveskite skaičių, pavyzdžiui, 3,5.
}
error-negative = { $date ->
    [none] { $Field }: reikšmė negali būti neigiama, įveskite 0 arba daugiau.
   *[other] { $Field } ({ $date }): reikšmė negali būti neigiama, įveskite 0 arba daugiau.
}
error-must_be_positive = { $Field }: įveskite reikšmę, didesnę už 0.
error-too_large = { $date ->
    [none] { $Field }: įveskite skaičių nuo 0 iki { $max }.
   *[other] { $Field } ({ $date }): įveskite skaičių nuo 0 iki { $max }.
}
error-too_large- = Įvestis didesnė nei { $max } baitų (1 MiB). Siųskite po vieną apskaitos lapą arba po vieną klausimą.
error-too_large-municipality = Savivaldybės pavadinimas turi būti ne ilgesnis kaip { $max } simbolių.
error-too_small = { $Field }: įveskite ne mažiau kaip { $min }.
error-too_many_decimals = { $date ->
    [none] { $Field }: ne daugiau kaip 6 skaitmenys po kablelio.
   *[other] { $Field } ({ $date }): ne daugiau kaip 6 skaitmenys po kablelio.
}
error-not_a_whole_number = { $Field }: įveskite sveikąjį skaičių.
error-invalid_month = Įveskite mėnesį formatu MMMM-MM, pavyzdžiui, 2020-06.
error-invalid_date = { $Field }: įveskite datą formatu MMMM-MM-DD arba DD.MM.MMMM, pavyzdžiui, 2020-06-10.
error-no_such_day = Datos { $value } nėra. Įveskite tikrą kalendoriaus dieną.
error-date_outside_month = Data { $value } nepatenka į pasirinktą mėnesį ({ $month }). Įveskite to mėnesio dieną.
error-measure_out_of_range = { $date ->
    [none] Pasirinkite priemonę nuo 1 iki 7 (Ministrų kabineto taisyklių Nr. 942 1 priedas).
   *[other] { $date }: pasirinkite priemonę nuo 1 iki 7 (Ministrų kabineto taisyklių Nr. 942 1 priedas).
}
error-day_over_24 = { $date }: iš viso įvesta daugiau kaip 24 valandos. Sumažinkite tos dienos valandas.
error-not_covered = { $value } is not covered: the calculator encodes the assistant service from January 2013 on (Cabinet Regulation No. 942, and from July 2021 Cabinet Regulation No. 316).
error-previous_months_count = Įveskite lygiai tris skaičius: kiekvieno iš trijų ankstesnių mėnesių valandas, pradedant nuo seniausio.
error-invalid_week = Savaitė „{ $value }“: įveskite ISO savaitę formatu MMMM-Wss, pavyzdžiui, 2020-W23.
error-week_not_at_edge = Savaitė { $value } nekerta mėnesio ribos: jau apmokėtos valandos įvedamos tik tų savaičių, kurių dalis dienų yra gretimame mėnesyje.
error-granularity_over_daily_max = Apvalinimo žingsnis negali būti didesnis už dienos maksimumą.
error-too_many_entries = { $Field }: per daug įrašų (ne daugiau kaip { $max }).
error-not_one_of = { $Field }: pasirinkite iš šių: { $allowed }.
error-date_after_date = { $Field }: įveskite datą, kuri nėra vėlesnė už datą, apie kurią klausiama ({ $other }).
error-date_before_date = { $other_field ->
    [birth_date] The { $field } cannot be before the date of birth ({ $other }). Check both dates.
    [last_employment_end] The { $field } cannot be before the end of the last job ({ $other }): the job must end on or before the day of registration. Check both dates.
    [employment_end] The { $field } cannot be before the end of the employment ({ $other }): the employment must end on or before the day of registration. Check both dates.
   *[other] The { $field } cannot be before { $other }.
}
error-date_after_date-from = The post cannot start after it ends ({ $other }). Check its start and end dates.

error-invalid_utf8 = Įvestis nėra UTF-8 tekstas (baitas { $offset }). Išsaugokite failą UTF-8 koduote ir bandykite dar kartą.
error-too_many_errors = { $more ->
    [one] Ir dar { $more } klaida, čia neišvardyta. Ištaisykite aukščiau nurodytas ir bandykite dar kartą.
    [few] Ir dar { $more } klaidos, čia neišvardytos. Ištaisykite aukščiau nurodytas ir bandykite dar kartą.
    [many] Ir dar { $more } klaidos, čia neišvardytos. Ištaisykite aukščiau nurodytas ir bandykite dar kartą.
   *[other] Ir dar { $more } klaidų, čia neišvardytų. Ištaisykite aukščiau nurodytas ir bandykite dar kartą.
}

## Why a text is not JSON (the reader's reasons).

json-text-after-the-end-of-the-json-value = tekstas po JSON reikšmės pabaigos
json-unexpected-character = netikėtas simbolis
json-nested-too-deeply = per gilus įdėjimas
json-unexpected-end-of-text = netikėta teksto pabaiga
json-expected-or = tikėtasi kablelio arba uždaromojo skliausto
json-expected-a-key-in-double-quotes = tikėtasi rakto dvigubose kabutėse
json-expected = tikėtasi dvitaškio
json-malformed-number = netaisyklingas skaičius
json-malformed-u-escape = netaisyklinga \u kaitos seka
json-unterminated-string = neužbaigta simbolių eilutė
json-unpaired-surrogate-in-u-escape = nesuporuotas pakaitinis kodas \u kaitos sekoje
json-unknown-escape = nežinoma kaitos seka
json-control-character-in-string = valdymo simbolis simbolių eilutėje
json-invalid-utf-8 = netinkamas UTF-8

## The legal sources, as the explanations name them.

source-mk942 = Latvijos Ministrų kabineto 2012 m. gruodžio 18 d. taisyklės Nr. 942 „Kārtība, kādā piešķir un finansē asistenta pakalpojumu pašvaldībā, augstskolā un koledžā“ („Asistento paslaugos savivaldybėje, aukštojoje mokykloje ir kolegijoje skyrimo ir finansavimo tvarka“)
source-mk942-p11-1 = Latvijos Ministrų kabineto taisyklių Nr. 942 11¹ punktas (papildyta Ministrų kabineto 2020 m. kovo 17 d. taisyklėmis Nr. 134)
source-lm-2020-06-12-case1 = Latvijos gerovės ministerijos 2020 m. birželio 12 d. paaiškinimas dėl asistento paslaugos, 1 atvejis
source-lm-2020-06-12-case2 = Latvijos gerovės ministerijos 2020 m. birželio 12 d. paaiškinimas dėl asistento paslaugos, 2 atvejis
source-lm-2020-04 = Latvijos gerovės ministerijos 2020 m. balandžio 1 d. paaiškinimas dėl 2020 m. kovo ir balandžio mėnesių
source-es-2020 = Latvijos Ministrų kabineto 2020 m. kovo 12 d. potvarkis „Par ārkārtējās situācijas izsludināšanu“ („Dėl ekstremaliosios situacijos paskelbimo“), pratęstas potvarkiu Nr. 254 iki 2020 m. birželio 9 d.
source-a1-269-p7 = Lietuvos Respublikos socialinės apsaugos ir darbo ministro 2019 m. gegužės 13 d. įsakymo Nr. A1-269 7 punktas (pakeistas įsakymu Nr. A1-48)
source-a1-269 = Lietuvos Respublikos socialinės apsaugos ir darbo ministro 2019 m. gegužės 13 d. įsakymas Nr. A1-269
source-a1-48 = Lietuvos Respublikos socialinės apsaugos ir darbo ministro 2020 m. sausio 21 d. įsakymas Nr. A1-48
source-a1-257 = Order No. A1-257 of the Minister of Social Security and Labour, as amended by Order No. A1-911 (municipal employment programmes from 2023)
source-lt-municipal-pages = Modelyje dalyvaujančių savivaldybių puslapiai apie modelį (Kazlų Rūdos, Alytaus miesto)
source-nva-apply = Latvijos valstybinė užimtumo agentūra (Nodarbinātības valsts aģentūra, NVA): kreipimasis dėl bedarbio statuso
source-nva-groups = Latvijos valstybinė užimtumo agentūra (Nodarbinātības valsts aģentūra, NVA): bedarbių grupės
source-state-pensions-law = Latvijos įstatymas „Par valsts pensijām“ („Dėl valstybinių pensijų“), pereinamosios nuostatos (senatvės pensijos amžius)
source-mk360 = Cabinet Regulation No. 360 of 9 June 2020 “Epidemiological Safety Measures for the Containment of the Spread of COVID-19 Infection”
source-mk360-p33 = Cabinet Regulation No. 360, Paragraph 33 (version of 10 June 2020)
source-mk360-p34 = Cabinet Regulation No. 360, Paragraph 34 (version of 10 June 2020)
source-mk662 = Cabinet Regulation No. 662 of 28 September 2021, in force from 11 October 2021, which replaced Cabinet Regulation No. 360
source-vbtai-2020 = State Chancellery: open competition for the post of head of the State Inspectorate for Protection of Children’s Rights, announced on 1 June 2020 (Ministry of Welfare news)
source-esf-ex-prisoners = Ministry of Justice: news on the ESF project “Bijušo ieslodzīto integrācija sabiedrībā un darba tirgū”

## Translations of the quoted law (the quotes stay in their language).

quote-r1-ordinary = apmokant valandas pagal patvirtinimus ir neviršijant asmeniui skirto valandų skaičiaus
quote-r1-difference = skirtumas tarp asmens per ankstesnius tris mėnesius vidutiniškai per mėnesį panaudoto valandų skaičiaus ir skaičiaus, panaudoto mėnesio dienomis po ekstremaliosios situacijos
quote-r1-week-cap = asistentui apmokamų valandų skaičius negali būti didesnis už asmeniui su negalia skirtą valandų skaičių per savaitę
quote-r1-proportion = laikomasi proporcingumo principo dėl vienai dienai nurodomos paslaugos apimties, darant prielaidą, kad asmuo tam tikrą dienos dalį miega ir būna namuose
quote-r1-ten-hours = ne daugiau kaip 10 valandų per savaitę
quote-r3-apply = ne anksčiau kaip kitą dieną po darbo santykių pasibaigimo
quote-r3-long-term = 12 mėnesių ir ilgiau
quote-r2-age = yra 30 m. ir vyresni
quote-r2-long-term = ilgalaikiai bedarbiai, kurių nedarbo trukmė ilgesnė kaip 12 mėnesių, skaičiuojant nuo įsiregistravimo Užimtumo tarnyboje … dienos, ar nedirba daugiau kaip 2 metus
quote-r2-cash = yra piniginės socialinės paramos gavėjai (A1-48: arba turi teisę gauti)
quote-r4-p33-1 = a person placed in the institution has, in cooperation with the family doctor, taken a Covid-19 test not earlier than two days before placement and it is negative, except for children who must be provided at once (in exceptional cases) with a stay in a crisis centre or a long-term social care and social rehabilitation institution
quote-r4-p33-2 = a person transferred from inpatient treatment has taken a Covid-19 test not earlier than two days before entering the institution
quote-r4-p33-3 = after admission to the institution the person stays in self-isolation for 14 days
quote-r4-p34 = other social services with accommodation are provided to a person without signs of respiratory diseases if they meet one of the following requirements
quote-r4-p34-1 = the person can show a document that they took a Covid-19 test not earlier than three days before entering the institution and it is negative
quote-r4-p34-2 = the person has a certificate from the attending physician or family doctor on the absence of contraindications to receiving the service, issued not earlier than a week before arrival at the institution
quote-r5-education = academic higher education or second-level professional higher education
quote-r5-experience = in the last 10 years, applicants must have gained at least three years’ continuous experience as head of an organisation or in another management post directly subordinate to the head of the organisation, with at least 10 subordinates
quote-r5-english = English must be at least at level B2
quote-r5-reputation = a perfect reputation
quote-r5-deadline = Applications are to be submitted electronically by 22 June
quote-r6-budget = The project’s total budget is EUR 4,486,638, of which 85% is European Social Fund financing and 15% is co-financed by the state.
quote-r6-partners = Since 2016 the Latvian Prison Administration has been implementing the ESF co-financed project “Integration of former prisoners into society and the labour market”. […] The project’s partners are the State Probation Service and the State Employment Agency.
quote-r6-consultations = Staff of the State Employment Agency provide prisoners with career consultations both before they join vocational education programmes and before release from prison.

## R1: assistant-service hours, explanation steps.

r1-ordinary = Apmokamos patvirtintos valandos, bet ne daugiau, nei skirta per savaitę ({ $allocation } h).
r1-week-reading = savaitė – tai kalendorinė savaitė nuo pirmadienio iki sekmadienio (ISO savaitė). Savaitei, kertančiai mėnesio ribą, limitas taikomas jos dienoms šiame mėnesyje, atėmus valandas, jau apmokėtas už tos savaitės dienas gretimame mėnesyje.
r1-week = Savaitė { $week } ({ $days }): limitas { $cap } h{ $paid ->
    [0] {""}
   *[other] {" "}({ $allocation } − { $paid } h jau apmokėta gretimame mėnesyje)
}; patvirtinta { $attested } h, apmokama { $payable } h{ $over ->
    [0] {""}
   *[other] ; { $over } h viršija limitą ir neapmokamos
}{ $emergency ->
    [0] {""}
   *[other] ; ekstremaliosios situacijos valandos: { $emergency } h
}.
r1-average = Per tris ankstesnius mėnesius vidutiniškai per mėnesį panaudota valandų: ({ $m1 } + { $m2 } + { $m3 }) / 3 = { $average } h.
r1-general-form = ekstremaliosios situacijos dienų valandos = vidurkis − viso mėnesio patvirtintos valandos = { $average } − { $attested } = { $entitlement } h (ne mažiau kaip 0). Ekstremaliosios situacijos dienomis patvirtintos valandos skaičiuojamos kaip ir visos kitos.
r1-no-previous-use = Per tris ankstesnius mėnesius valandų nepanaudota: vietoj vidurkio ekstremaliosios situacijos dienomis taikoma ne daugiau kaip { $limit } h per savaitę.
r1-edge-week-reading = savaitėje, kertančioje mėnesio ribą, valandos, už tą savaitę jau apmokėtos gretimame mėnesyje, taip pat įskaitomos į šias 10 valandų.
r1-week-cap = Kiekvieną kalendorinę savaitę patvirtintos ir ekstremaliosios situacijos valandos kartu neviršija savaitės limito.
r1-daily-maximum = kiekvieną ekstremaliosios situacijos dieną ekstremaliosios situacijos valandos ir patvirtintos valandos kartu sudaro ne daugiau kaip { $daily_max } h.
r1-spreading = valandos paskirstomos dienoms kuo tolygiau, kiek leidžia apribojimai (max-min teisingas padalijimas), kiekvienos dienos dalį suapvalinant žemyn iki { $granularity } h kartotinio; likę vienetai po vieną skiriami dienai, kurioje mažiausiai valandų ir kuri dar gali priimti vienetą (iš lygių – ankstesnei). Jos nurodomos prie 7 priemonės (socialinės įtraukties veiklos).
r1-rounding = { $unplaced ->
    [0] { $placed } h paskirstyta; niekada ne daugiau, nei priklauso.
   *[other] { $placed } h paskirstyta; { $unplaced } h netelpa į apribojimus (arba yra mažiau nei vienas { $granularity } h žingsnis) ir nesiūlomos.
}
r1-total = Iš viso apmokama: { $total } h = patvirtinta { $attested } h + ekstremaliosios situacijos { $emergency } h.
r1-pay = { $hours } h × { $rate } € už valandą = { $pay }, suapvalinta iki cento (pusė cento apvalinama į didesnę pusę).
warning-over_state_funded_max = Pagal Ministrų kabineto taisykles Nr. 942 iš valstybės biudžeto finansuojama ne daugiau kaip { $max } h per savaitę; savivaldybė gali mokėti daugiau iš savo biudžeto.
field-regulation = regulation (Cabinet Regulation No. 942 or No. 316)
field-service = service
field-monthly_allocation = monthly allocation
error-required-regulation = In { $month } the person’s contract decides which rules apply: choose Cabinet Regulation No. 942 (hours allocated per week) or No. 316 (hours allocated per month).
error-required-monthly_allocation = Enter the hours allocated per month in the social service office’s decision.
error-not_in_force = { $value ->
    [mk316] Cabinet Regulation No. 316 applies from July 2021: { $month } is under Cabinet Regulation No. 942. Choose that one.
   *[mk942] Cabinet Regulation No. 942 applies until December 2021 at the latest: { $month } is under Cabinet Regulation No. 316. Choose that one.
}
error-not_for_regime = { $regime ->
    [mk316] The { $field } does not apply under Cabinet Regulation No. 316 ({ $month }). Remove it.
   *[mk942] The { $field } does not apply under Cabinet Regulation No. 942 ({ $month }). Remove it.
}
error-not_for_regime-weekly_allocation = { $month } is under Cabinet Regulation No. 316: hours are allocated per month. Enter the monthly allocation instead of the weekly one.
error-not_for_regime-monthly_allocation = { $month } is under Cabinet Regulation No. 942: hours are allocated per week. Enter the weekly allocation instead of the monthly one.
error-not_for_regime-emergency = { $month } is under Cabinet Regulation No. 316: the average rule of 2020–2021 does not apply to it. Remove the emergency questions.
error-not_for_regime-service = Cabinet Regulation No. 942 knows only the assistant service; the companion service exists under Cabinet Regulation No. 316 (from July 2021).
error-not_for_regime-measure = { $date ->
    [none] Under Cabinet Regulation No. 316 the hours have no measure. Remove the measure.
   *[other] Under Cabinet Regulation No. 316 the hours have no measure. Remove the measure for { $date }.
}
source-es-2020-21 = The emergency situation of 9 November 2020 to 6 April 2021, during which Paragraph 11.1 of Cabinet Regulation No. 942 applied again
source-mk360-p34-3 = Cabinet Regulation No. 360 “Epidemiological Safety Measures for the Containment of the Spread of COVID-19 Infection”, Paragraph 34.3 (added by Cabinet Regulation No. 191 of 1 April 2021)
source-mk662-p73-74 = Cabinet Regulation No. 662 of 28 September 2021, Paragraphs 73–74 (for contracts under Cabinet Regulation No. 942, until 31 December 2021 at the latest)
source-mk316 = Cabinet Regulation No. 316 of 18 May 2021 “Regulations Regarding Assistant, Companion and Care Services for Persons with Disabilities”
source-mk316-p47 = Cabinet Regulation No. 316, Paragraph 47 (contracts under Cabinet Regulation No. 942 continue until their decision period ends, at the latest 31 December 2021)
source-mk316-annex1 = Cabinet Regulation No. 316, Annex 1, item 4.2 (base number of hours)
r1-regime = { $regime ->
    [mk316] { $month }: Cabinet Regulation No. 316 applies; hours are allocated per month by the social service office’s decision{ $choice ->
        [contract] {" "}(from July to December 2021 the person’s contract decides which regulation applies)
       *[only] {""}
    }. Service: { $service ->
        [companion] companion service
       *[assistant] assistant service
    }.
   *[mk942] { $month }: Cabinet Regulation No. 942 applies; hours are allocated per week{ $choice ->
        [contract] {" "}(the person’s contract under it continues until its decision period ends, at the latest 31 December 2021)
       *[only] {""}
    }.
}
r1-period = { $question ->
    [epidemiological_measures] From { $from } to { $to }, where epidemiological safety measures prevent using the service as contracted, the hours may be used according to the average of the three previous calendar months. Days of this period in the month: { $days }. { $answer ->
        [resumed] The service could be used as contracted.
       *[other] The measures prevented using the service as contracted: the average rule applies on these days.
    }
   *[activities_resumed] Emergency situation from { $from } to { $to }; its days in this month: { $days }. { $answer ->
        [resumed] The client’s activities had resumed (the service could be used as contracted).
       *[other] The client’s activities had not resumed: the average rule applies on these days.
    }
}
r1-period-resumed = The service could be used as contracted, so the whole month is counted the ordinary way.
r1-zero-average = on { $days } no hours were used in the three previous months, and this period has no rule of 10 hours a week: the average of three months of no use is 0 h, so no hours are added for these days.
r1-monthly-cap = the payable hours are the smaller of the hours attested in the month ({ $attested } h) and the monthly allocation in the decision ({ $allocation } h): { $payable } h.{ $over ->
    [0] {""}
   *[other] {" "}{ $over } h over the allocation are not payable and are not carried over to another month.
}
r1-monthly-pay = { $rate_source ->
    [verified] { $hours } h × EUR { $rate } an hour (the amount in force from { $from }, all taxes included) = { $pay }, rounded half up to the cent.
    [entered] { $hours } h × EUR { $rate } an hour, as entered = { $pay }, rounded half up to the cent. The last verified amount is EUR { $last } an hour from { $last_from }; check that the entered amount is the one in force.
   *[none] No pay is worked out: the last verified hourly amount is EUR { $last } from { $last_from }, and no later amount was verified. Enter the amount in force for this month.
}
warning-verified_rate_used = The amount in force in this month is EUR { $rate } an hour (from { $from }); the entered amount, EUR { $entered }, is not used.
warning-rate_after_last_verified = { $entered ->
    [entered] The entered hourly amount is used: the last verified amount is EUR { $last } from { $from }, and no later amount was verified.
   *[none] Enter the hourly amount in force for this month to see the pay: the last verified amount is EUR { $last } from { $from }.
}

## R2: the Lithuanian employment model.

r2-criterion-met = { $met ->
    [yes] tenkinamas
    [no] netenkinamas
   *[unknown] negalima nustatyti (trūksta duomenų)
}
r2-criterion-age = { $birthday ->
    [none] Amžius: negalima apskaičiuoti.
   *[other] Amžius: 30 metų sukanka { $birthday } – { r2-criterion-met }.
}
r2-criterion-long-term = Ilgalaikis bedarbis: { $registered_from ->
    [none] { $not_working_from ->
        [none] nenurodyta nei įsiregistravimo data, nei paskutinio darbo pabaiga
       *[other] nedirba daugiau kaip 2 metus, skaičiuojant nuo { $not_working_from }
    }
   *[other] įsiregistravęs ilgiau kaip 12 mėnesių, skaičiuojant nuo { $registered_from }{ $not_working_from ->
        [none] {""}
       *[other] ; arba nedirba daugiau kaip 2 metus, skaičiuojant nuo { $not_working_from }
    }
} – { r2-criterion-met }.
r2-criterion-cash = { $answer ->
    [receives] Gauna piniginę socialinę paramą – tenkinamas.
    [entitled] Turi teisę gauti piniginę socialinę paramą: tai įskaitoma nuo { $entitled_from } (įsakymas Nr. A1-48; jo įsigaliojimo data nepatikrinta) – { r2-criterion-met }.
    [no] Negauna ir neturi teisės gauti piniginės socialinės paramos – netenkinamas.
   *[none] Į klausimą apie piniginę socialinę paramą neatsakyta – negalima nustatyti.
}
r2-criteria = Asmuo gali dalyvauti, jei visi trys kriterijai tenkinami nukreipimo pas atvejo vadybininką dieną ir susitarimo pasirašymo dieną. Modelis veikė nuo { $from } iki { $to }.
r2-age-reading = 30-asis gimtadienis – tai gimimo data plius 360 mėnesių; jei mėnesyje tokios dienos nėra, imama paskutinė mėnesio diena (vasario 29 d. → vasario 28 d.).
r2-months-reading = „ilgesnė kaip 12 mėnesių“ nuo įsiregistravimo dienos r tenkinama nuo kitos dienos po r + 12 kalendorinių mėnesių; „daugiau kaip 2 metus“ reiškia 24 mėnesius po paskutinio darbo pabaigos, skaičiuojant taip pat.
r2-verdict = { $verdict ->
    [eligible] { $date }: visi kriterijai tenkinami.
    [not_eligible] { $date }: ne visi kriterijai tenkinami.
    [cannot_tell] Trūksta duomenų, todėl negalima nustatyti: atsakykite į klausimus, pažymėtus „?“.
   *[not_covered] { $date } nepatenka į modelio veikimo laikotarpį (nuo { $from } iki { $to }): ši data neapimama.
}
r2-outlook-from = Not yet: if nothing else changes, every criterion will hold from { $date }.
r2-outlook-at-the-latest = { $count ->
    [one] If nothing else changes, the facts given make every criterion hold from { $date } at the latest; the missing fact ({ $missing }) might make it earlier.
   *[other] If nothing else changes, the facts given make every criterion hold from { $date } at the latest; the missing facts ({ $missing }) might make it earlier.
}
r2-outlook-cannot-tell = { $count ->
    [one] Cannot tell: the fact that would decide it is { $missing }.
   *[other] Cannot tell: the facts that would decide it are { $missing }.
}
r2-outlook-never = { $reason ->
    [fails-for-good] Not under these rules, because { $criterion ->
        [cash_social_assistance] the criterion on cash social assistance is not met, and time alone will not change that.
       *[other] a criterion is not met that time alone will not change.
    }
   *[only-after-window] Not under these rules, because { $date ->
        [none] the criteria would all hold only after the model ended on { $until }.
       *[other] the criteria would all hold only from { $date }, after the model ended on { $until }.
    }
}
r2-model-ended = The model ran from { $from } to { $to } and no longer runs on { $date }: its rules cannot be applied to that date. Ask about a date from { $from } to { $to } to see how they applied then.
r2-successor = For information: from 2023 municipalities run employment programmes under Order No. A1-257 of the Minister of Social Security and Labour, as amended by Order No. A1-911. This calculator does not encode them: ask your municipality.
fact-registered_since = the date of registration with the Employment Service
fact-last_employment_end = the end date of the last job
fact-cash_social_assistance = the answer on cash social assistance
r2-municipality-known = „{ $name }“: { $participation ->
    [pilot-2019] 2019 m. pilotinė savivaldybė
    [named-by-ministry] ministerija ją nurodo kaip dalyvaujančią
   *[joined-2020] viena iš 19 savivaldybių, prisijungusių 2020–2021 m.
}{ $since ->
    [none] {""}
   *[other] ; nuo { $since }
}{ $months ->
    [none] {""}
   *[other] , { $months } mėn. laikotarpiui
}{ $people ->
    [none] {""}
   *[other] , iki { $people } žmonių
} (kaip nurodo šaltiniai). Tai informacija, o ne sprendimas: kreipkitės į savo savivaldybę.
r2-municipality-unknown = „{ $name }“ nėra tarp šaltiniuose nurodytų savivaldybių (sąrašas neišsamus: 2020–2021 m. prisijungė dar 19). Kreipkitės į savo savivaldybę.

## R3: Latvia, unemployment dates.

r3-apply = Dėl bedarbio statuso galima kreiptis ne anksčiau kaip kitą dieną po darbo santykių pasibaigimo: jie pasibaigė { $end }, todėl – nuo { $from }.
r3-retirement = Taikomas senatvės pensijos amžius, galiojantis tais metais, į kuriuos patenka jo sukakties diena: { $years } m. { $months } mėn.; šis amžius sukanka { $date }.
r3-pre-retirement = { $situation ->
    [not-registered] You reach pre-retirement age on { $age_from } (five years before the retirement date, { $retirement }); you count as a pre-retirement unemployed person once registered as unemployed.
    [registered] Pre-retirement age: five years or less before the retirement date ({ $retirement }), that is, from { $age_from }. Registered as unemployed, you count as a pre-retirement unemployed person from { $from } until the day before the retirement date.
   *[registered-after-retirement] Registered on or after the retirement date ({ $retirement }): you do not count as a pre-retirement unemployed person.
}
r3-long-term = „12 mėnesių ir ilgiau“ nuo įsiregistravimo (įregistruota { $registered }): nuo { $from }; jei mėnesyje tokios dienos nėra, imama paskutinė mėnesio diena.
r3-groups = { $state ->
    [not-covered] { $date } yra iki 2014 m.: ankstesnės taisyklės neįdiegtos, todėl ši data neapimama.
    [not-registered] { $date } asmuo nėra įregistruotas kaip bedarbis, todėl grupės netaikomos; aukščiau nurodytos datos rodo, kada jos prasidėtų.
    [none] { $date }: nė viena iš grupių.
   *[groups] { $date }: { $groups }.
}
group-long_term_unemployed = ilgalaikis bedarbis
group-pre_retirement_age = priešpensinio amžiaus bedarbis
group-with_disability = bedarbis, turintis negalią (kaip nurodyta)

## R4: Latvia, admission to social services with accommodation (Cabinet Regulation No. 360).

r4-not-covered = { $coverage ->
    [before-in-force] { $date } is before { $from }, when Cabinet Regulation No. 360 entered into force: the date is not covered.
   *[lost-force] Cabinet Regulation No. 360 no longer applies from { $lost } (it was replaced by Cabinet Regulation No. 662, which is not encoded here): { $date } is not covered.
}
r4-point-33 = { $point ->
    [p33-2] Long-term social care and social rehabilitation institution, a person transferred from inpatient treatment: Paragraph 33.2 applies, a Covid-19 test no earlier than two days before entering the institution, with no exception; afterwards 14 days of self-isolation (Paragraph 33.3).
   *[p33-1] Long-term social care and social rehabilitation institution: Paragraph 33.1 applies, a negative Covid-19 test no earlier than two days before placement, except for children who must be placed at once; afterwards 14 days of self-isolation (Paragraph 33.3).
}
r4-point-34 = Other social services with accommodation: Paragraph 34 applies, for a person without signs of respiratory diseases who meets one of its requirements: a negative Covid-19 test no earlier than three days before entering the institution (34.1), or a certificate from the attending physician or family doctor on the absence of contraindications, issued no earlier than a week before arrival (34.2).
r4-one-of-reading = one of the requirements of Paragraph 34 is enough (“vienai no šādām prasībām”): a negative test or a doctor’s certificate. The Ministry of Welfare’s guidance of 10 June 2020 asks for both; the words of the regulation prevail.
r4-symptoms-reading = only a person without signs of respiratory diseases is admitted under Paragraph 34: with such signs, no test or certificate makes the person admissible under Paragraph 34.
r4-exempt = A child who must be placed at once (in exceptional cases) is exempt from the test (Paragraph 33.1).
r4-test = { $state ->
    [valid] The negative Covid-19 test of { $document } counts: it must be taken no earlier than { $days } days before, that is, from { $from } to { $to }.
    [too-early] The test of { $document } was taken too early: it must be taken no earlier than { $days } days before, that is, from { $from } to { $to }.
    [after-placement] The test date { $document } is after the placement on { $to }: a test counts only if taken from { $from } to { $to }.
   *[missing] No negative Covid-19 test is given: a test counts if taken from { $from } to { $to } ({ $days } days before at the earliest).
}
r4-certificate = { $state ->
    [valid] The doctor’s certificate of { $document } counts: it must be issued no earlier than a week ({ $days } days) before arrival, that is, from { $from } to { $to }.
    [too-early] The doctor’s certificate of { $document } was issued too early: it must be issued no earlier than a week ({ $days } days) before arrival, that is, from { $from } to { $to }.
    [after-placement] The certificate date { $document } is after the arrival on { $to }: a certificate counts only if issued from { $from } to { $to }.
   *[missing] No doctor’s certificate is given: a certificate counts if issued from { $from } to { $to } (a week, { $days } days, before arrival at the earliest).
}
r4-isolation-reading = the “14 days” of self-isolation are the 14 days after the day of admission (a term runs from the day after the event): admitted on { $placement }, the person stays in self-isolation until { $until } inclusive ({ $days } days).
r4-verdict = { $admissible ->
    [yes] { $by ->
        [test] Admissible on { $date }: the negative test meets the requirement.
        [certificate] Admissible on { $date }: the doctor’s certificate meets the requirement.
       *[exempt] Admissible on { $date }: the child is exempt from the test.
    }
   *[no] Not admissible on { $date }: { $problems }.
}
r4-problem-respiratory_symptoms = the person has signs of a respiratory disease
r4-problem-no_test = no negative test is given
r4-problem-no_document = neither a negative test nor a doctor’s certificate is given
r4-problem-test_too_early = the test was taken too early
r4-problem-test_after_placement = the test date is after the placement
r4-problem-certificate_too_early = the certificate was issued too early
r4-problem-certificate_after_placement = the certificate date is after the arrival
r4-later-amendments = The rules encoded are Cabinet Regulation No. 360 as in force from { $version }. It was amended later (self-isolation was shortened, to 10 and then 7 days, on dates not verified here); these amendments are not encoded: check the version in force on { $date }.

## R5: Latvia, the competition for head of the State Inspectorate for Protection of Children’s Rights (2020).

r5-deadline = The applications were due by { $deadline }: the last 10 years are counted back from that day.
r5-window-reading = only the part of a post inside the last 10 years before the deadline counts, from { $from } to { $to }, both days included; three years run from a day to the day before the same date three years later (1 March 2015 to 28 February 2018 is enough).
r5-subordinates-reading = “with at least { $min } subordinates” applies to both kinds of post: head of the organisation, and another management post directly subordinate to the head.
r5-post = Post { $n } ({ $from } to { $to }, { $kind ->
    [head] head of the organisation
    [under_head] management post directly subordinate to the head
   *[other] another post
}, { $subordinates } subordinates): { $state ->
    [counts] counts.
    [not-management] does not count: it is not a management post of either kind.
    [few-subordinates] does not count: fewer than 10 subordinates.
   *[outside-window] does not count: it lies outside the last 10 years.
}
r5-criterion-education = { $education ->
    [academic_higher] Academic higher education — met.
    [second_level_professional_higher] Second-level professional higher education — met.
   *[other] Neither academic higher nor second-level professional higher education — not met.
}
r5-criterion-english = { $level ->
    [none] English: none — not met (at least B2 is required).
   *[other] English: { $level } — { $met ->
        [yes] met (at least B2 is required).
       *[no] not met (at least B2 is required).
    }
}
r5-criterion-experience = { $from ->
    [none] Experience: no post counts within the last 10 years — not met.
   *[other] Experience: the longest continuous period is { $from } to { $to } (posts that overlap, or where one starts the day after another ends, make one period); three years from { $from } end on { $end } — { $met ->
        [yes] met.
       *[no] not met.
    }
}
r5-reputation = A perfect reputation cannot be worked out by a calculator: it is for the applicant to declare.
r5-verdict = { $meets ->
    [yes] Every requirement that can be worked out is met (a perfect reputation is self-declared).
   *[no] Not every requirement is met: { $failed }.
}
r5-requirement-education = education
r5-requirement-experience = experience
r5-requirement-english = English

## R6: Latvia, the ESF project for prisoners and former prisoners.

r6-title = ESF project “{ $name }” (integration of former prisoners into society and the labour market)
r6-no-verdict = This is a programme card, not a decision: the source sets no eligibility conditions.
r6-for-whom = For: { $groups }.
r6-offers = It offers: { $offers }.
r6-run-by = Run by the { $run_by } since { $since }; its partners: { $partners }.
r6-budget = Budget: { $total } in total; { $esf_percent }% from the European Social Fund ({ $esf }) and { $state_percent }% from the state ({ $state }), computed to the cent.
r6-contact = Contact named in the source: { $name }, Ministry of Justice, phone { $phone }, e-mail { $email } (the public-relations specialist for EU funds who prepared the information). For taking part, ask the { $run_by }, which runs the project.
r6-group-prisoners = prisoners
r6-group-former_prisoners = former prisoners
r6-offer-career_consultation_before_vocational_education = career consultations by the State Employment Agency before vocational education in prison
r6-offer-career_consultation_before_release = career consultations by the State Employment Agency before release
r6-offer-specific_support_measures = specific support measures
r6-offer-volunteering = volunteering
r6-offer-family_involvement = involving active family members
r6-body-prison_administration = Latvian Prison Administration
r6-body-state_probation_service = State Probation Service
r6-body-state_employment_agency = State Employment Agency
r6-body-ministry_of_justice = Ministry of Justice

## The pages: labels, hints and headings.


ui-skip-to-content = Pereiti prie turinio
ui-start-privacy = Puslapis veikia be serverio, o įkeltas – ir be interneto ryšio.
ui-language-nav = Kalba
ui-app-name = Socialinių paslaugų skaičiuoklės
ui-start-intro = Skaičiavimai pagal Latvijos ir Lietuvos socialinių paslaugų taisykles. Viskas vyksta Jūsų naršyklėje: niekas, ką įvedate, niekur nesiunčiama.
ui-start-assistant-title = Asistento paslaugos valandos per mėnesį
ui-start-assistant-text = Asistentams ir klientams: kiek mėnesio apskaitos lapo valandų apmokama, įskaitant 2020 m. ekstremaliosios situacijos mėnesius (Latvijos Ministrų kabineto taisyklės Nr. 942).
ui-title = Asistento paslaugos valandos per mėnesį
ui-intro = Įveskite mėnesio apskaitos lapą. Skaičiuoklė parodo kiekvienos savaitės apmokamas valandas, o 2020 m. ekstremaliosios situacijos mėnesiais – ir 7 priemonės valandas. Niekas nesiunčiama: skaičiuojama Jūsų naršyklėje.
ui-loading = Įkeliama skaičiuoklė…
ui-load-failed = Skaičiuoklės įkelti nepavyko. Įkelkite puslapį iš naujo.
ui-error-summary-title = Kilo problema
ui-error-prefix = Klaida:
ui-month-legend = Mėnuo
ui-year = Metai
ui-month = Mėnuo
ui-choose = Pasirinkite
ui-month-hint = Skaičiuoklė apima Latvijos Ministrų kabineto taisyklių Nr. 942 laikotarpį: { $from } – { $to }.
ui-allocation = Skirtos valandos per savaitę
ui-allocation-hint = Pavyzdžiui, 40 arba 17,5. Iš valstybės biudžeto finansuojama ne daugiau kaip 40 valandų per savaitę.
ui-calendar-caption = Patvirtintos valandos pagal dienas: { $month }
ui-calendar-hint = Kiekvienai dienai įveskite patvirtintas valandas ir priemonę. Tuščia diena reiškia 0 valandų. Galima rašyti dešimtainį kablelį.
ui-week = Savaitė
ui-week-short = { $n } sav.
ui-hours-for = { $date }, valandos
ui-measure-for = { $date }, priemonė
ui-measure = { $n } priemonė
ui-measure7 = 7 priemonė (socialinės įtraukties veiklos)
ui-emergency-day = ekstremalioji situacija
ui-emergency-placed = 7 priemonė: { $h } h
ui-emergency-legend = Ekstremalioji situacija (nuo { $from } iki { $to })
ui-emergency-intro = Šį mėnesį yra ekstremaliosios situacijos dienų: { $days }.
ui-resumed-question = Ar ekstremaliosios situacijos dienomis kliento veikla buvo atnaujinta?
ui-resumed-yes = Taip, buvo atnaujinta (valandos skaičiuojamos įprasta tvarka)
ui-resumed-no = Ne, nebuvo atnaujinta
ui-previous-legend = Per tris ankstesnius mėnesius panaudotos valandos
ui-previous-hint = Naudojamas jų vidurkis (Latvijos gerovės ministerija, 2020-06-12). Jei visos trys reikšmės lygios 0, taikoma ne daugiau kaip 10 valandų per savaitę (Ministrų kabineto taisyklių Nr. 942 11¹ punktas).
ui-previous-month = Valandos: { $month }
ui-settings-legend = Skaičiavimo nustatymai
ui-daily-max = Dienos maksimumas (valandomis)
ui-daily-max-hint = Kiek iš viso valandų (patvirtintų ir 7 priemonės) gali būti per vieną ekstremaliosios situacijos dieną; taip skaičiuoklė supranta žodžius „asmuo tam tikrą dienos dalį miega“. Numatytoji reikšmė: 8.
ui-granularity = Apvalinimo žingsnis (valandomis)
ui-granularity-hint = Kiekvienos dienos valandos yra šio žingsnio kartotinis; taip skaičiuoklė apvalina paskirstymą. Numatytoji reikšmė: 0,5.
ui-rate = Valandinis įkainis, € (neprivaloma)
ui-rate-hint = Pagal Ministrų kabineto taisykles Nr. 942: minimalioji mėnesinė alga ÷ mėnesio darbo valandų norma, pavyzdžiui, 2021 m. birželį – 3,1447 (pilnametis klientas). 2020 m. įkainius įveskite patys.
ui-paid-legend = Savaitės mėnesio sandūroje (neprivaloma)
ui-paid-hint = Jei už šios savaitės dienas gretimame mėnesyje valandos jau apmokėtos, jos mažina savaitės limitą.
ui-paid-for = Jau apmokėta savaitę { $week } (šiame mėnesyje – nuo { $from } iki { $to })
ui-calculate = Apskaičiuoti
ui-result-title = Rezultatas
ui-result-pending = Rezultatas bus parodytas, kai užpildysite mėnesį ir per savaitę skirtas valandas.
ui-result-blocked = Ištaisykite klaidas, kad pamatytumėte rezultatą.
ui-total-payable = Iš viso apmokama
ui-attested-payable = Patvirtinta, apmokama
ui-emergency-hours = Ekstremaliosios situacijos valandos (7 priemonė)
ui-emergency-entitlement = Priklausančios ekstremaliosios situacijos valandos
ui-not-payable = Viršija savaitės limitą, neapmokama
ui-unplaced = Netelpa į apribojimus
ui-pay = Užmokestis
ui-hours-unit = { $h } h
ui-weeks-title = Pagal savaites
ui-week-line = { $week } (nuo { $from } iki { $to }): limitas { $cap } h; patvirtinta { $attested } h, iš jų apmokama { $payable } h; 7 priemonė { $emergency } h; neapmokama { $over } h.
ui-legend-attested = patvirtinta, apmokama
ui-legend-emergency = 7 priemonė
ui-legend-over = viršija limitą
ui-legend-cap = savaitės limitas
ui-emergency-days-title = 7 priemonės valandos pagal dienas
ui-explanation-title = Kaip tai apskaičiuota
ui-source = Šaltinis

ui-warnings = Atkreipkite dėmesį
ui-optional = (neprivaloma)
ui-check = Tikrinti
ui-date-hint = Pavyzdžiui, 1985-03-10.
ui-birth-date = Gimimo data
ui-about-you = Apie Jus
ui-not-applicable = —
ui-met = tenkinamas
ui-not-met = netenkinamas
ui-unknown = negalima nustatyti
ui-criteria-title = Kriterijai
ui-start-lt-title = Lietuvos užimtumo modelis: ar galiu dalyvauti?
ui-start-lt-text = Lietuva, 2019–2022 m.: ar atitinkate „Užimtumo skatinimo ir motyvavimo“ modelio sąlygas ir nuo kurios datos.
ui-start-lv-title = Nedarbas Latvijoje: Jūsų datos
ui-start-lv-text = Kada galite kreiptis į NVA (Latvijos valstybinę užimtumo agentūrą) ir nuo kada Jums taikomas ilgalaikio ar priešpensinio amžiaus bedarbio statusas.
ui-lt-title = Lietuvos užimtumo modelis: ar galiu dalyvauti?
ui-lt-intro = „Užimtumo skatinimo ir motyvavimo paslaugų nedirbantiems ir socialinę paramą gaunantiems asmenims modelis“ Lietuvos savivaldybėse veikė nuo { $from } iki { $to }. Atsakykite į klausimus: skaičiuoklė parodys, ar atitinkate sąlygas, o jei dar ne – nuo kurios datos.
ui-lt-pending = Atsakymas bus parodytas, kai įvesite datą ir gimimo datą.
ui-lt-when = Kuri diena
ui-lt-date = Data, apie kurią klausiate
ui-lt-date-hint = Nukreipimo pas atvejo vadybininką arba susitarimo pasirašymo diena. Pavyzdžiui, 2020-06-01.
ui-lt-work = Darbas ir registracija
ui-lt-registered = Įsiregistravimo Užimtumo tarnyboje data
ui-lt-registered-hint = Diena, kurią įsiregistravote. Pavyzdžiui, 2019-01-15.
ui-lt-last-job = Jūsų paskutinis darbas baigėsi
ui-lt-last-job-hint = Paskutinė darbo diena. Pavyzdžiui, 2017-05-31.
ui-lt-support = Socialinė parama
ui-lt-cash = Ar gaunate piniginę socialinę paramą?
ui-lt-cash-hint = Nuo įsakymo Nr. A1-48 (2020 m. sausio) pakanka turėti teisę ją gauti.
ui-lt-cash-receives = Taip, gaunu
ui-lt-cash-entitled = Ne, bet turiu teisę ją gauti
ui-lt-cash-no = Ne
ui-lt-where = Savivaldybė
ui-lt-municipality = Savivaldybė
ui-lt-municipality-hint = Tik informacijai: modelis veikė ne visose savivaldybėse.
ui-lt-from = Jei niekas kita nepasikeis, sąlygas atitiksite nuo { $date }.
ui-lt-never = Modelio veikimo laikotarpiu visi kriterijai kartu nebus tenkinami.
ui-verdict-eligible = Atitinkate: galite dalyvauti.
ui-verdict-not-eligible = Kol kas neatitinkate.
ui-verdict-cannot-tell = Negalima nustatyti: trūksta duomenų.
ui-verdict-not-covered = Data nepatenka į modelio veikimo laikotarpį (nuo { $from } iki { $to }).
ui-crit-age = 30 metų ir daugiau
ui-crit-long-term-unemployed = Ilgalaikis bedarbis
ui-crit-cash-social-assistance = Piniginė socialinė parama
ui-lv-title = Nedarbas Latvijoje: Jūsų datos
ui-lv-intro = Kada galite kreiptis į NVA dėl bedarbio statuso, kada sukaksite senatvės pensijos amžių ir nuo kada priklausysite priešpensinio amžiaus ar ilgalaikių bedarbių grupei.
ui-lv-pending = Atsakymas bus parodytas, kai įvesite datą ir gimimo datą.
ui-lv-when = Kuri diena
ui-lv-date = Data, apie kurią klausiate
ui-lv-date-hint = Diena, kuriai norite gauti atsakymą. Pavyzdžiui, 2024-01-01.
ui-lv-disability = Turiu negalią
ui-lv-job-end = Jūsų darbo santykiai baigėsi
ui-lv-job-end-hint = Paskutinė darbo diena. Pavyzdžiui, 2022-12-31.
ui-lv-registered = Įregistravimo NVA kaip bedarbio data
ui-lv-registered-hint = Pavyzdžiui, 2023-01-05.
ui-lv-status = Senatvės pensijos amžių sukaksite { $date }.
ui-lv-apply = Dėl bedarbio statuso galite kreiptis nuo
ui-lv-retirement-age = Senatvės pensijos amžius
ui-lv-retirement-date = Senatvės pensijos amžių sukaksite
ui-lv-pre-retirement = Priešpensinio amžiaus bedarbis nuo
ui-lv-long-term = Ilgalaikis bedarbis nuo
ui-lv-groups = Grupės { $date } dieną
ui-years-months = { $y } m. { $m } mėn.

ui-groups-none = nė vienos
ui-groups-not-registered = netaikomos: tą dieną neturite bedarbio statuso
ui-not-covered-date = data neapimama (ankstesnė nei { $from })

## Each language's own name (the same in every catalog).

language-name-lv = Latviešu
language-name-lt = Lietuvių
language-name-en = English
language-name-ru = Русский
ui-translation = Vertimas
ui-quote-label = Tekste rašoma
