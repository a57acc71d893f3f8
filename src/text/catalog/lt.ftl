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

field-at-date = { $field } ({ $date })
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
field-placement_date = apgyvendinimo data
field-institution = paslaugos rūšis
field-negative_test_date = neigiamo tyrimo data
field-certificate_date = gydytojo pažymos data
field-respiratory_symptoms = atsakymas dėl kvėpavimo takų ligos požymių
field-urgent_child_placement = atsakymas dėl skubaus vaiko apgyvendinimo
field-from_inpatient_treatment = atsakymas dėl perkėlimo iš stacionarinio gydymo
field-education = išsilavinimas
field-english = anglų kalbos lygis
field-posts = pareigų sąrašas
field-from = pareigų pradžios data
field-to = pareigų pabaigos data
field-kind = pareigų rūšis
field-subordinates = pavaldžių darbuotojų skaičius
field-deadline = paraiškų pateikimo terminas

## Input errors: what is wrong and what to do. $field names the field,
## $Field is the same capitalised, $date the day of a timesheet entry
## ("none" when there is none).

error-invalid_json = Įvestis nėra tinkamas JSON (baitas { $offset }: { $reason }). Patikrinkite skliaustus, kabutes ir kablelius.
error-not_an_object = Įvestis turi būti JSON objektas {"{"}…{"}"}.
error-duplicate_key = Laukas „{ $path }“ nurodytas du kartus. Palikite tik vieną.
error-unknown_field = Nežinomas laukas „{ $path }“. Patikrinkite jo pavadinimą arba jį pašalinkite.
error-required = Įveskite: { $field }.
error-required-month = Pasirinkite mėnesį.
error-required-weekly_allocation = Įveskite per savaitę skirtų valandų skaičių.
error-required-emergency = Šį mėnesį yra dienų, patenkančių į laikotarpį, kai gali būti taikomas trijų ankstesnių mėnesių vidurkis: nurodykite, ar paslauga buvo galima naudotis taip, kaip numatyta sutartyje, ir įveskite trijų ankstesnių mėnesių valandas.
error-required-activities_resumed = Nurodykite, ar ekstremaliosios situacijos dienomis veikla buvo atnaujinta.
error-required-previous_months = Įveskite kiekvieno iš trijų ankstesnių mėnesių panaudotas valandas.
error-wrong_type = { $Field }: netinkamo tipo reikšmė. Įveskite ją kaip tekstą arba skaičių.
error-not_a_number = { $Field }: įveskite skaičių, pavyzdžiui, 3,5.
error-negative = { $Field }: reikšmė negali būti neigiama, įveskite 0 arba daugiau.
error-must_be_positive = { $Field }: įveskite reikšmę, didesnę už 0.
error-too_large = { $Field }: įveskite skaičių nuo 0 iki { $max }.
error-too_large- = Įvestis didesnė nei { $max } baitų (1 MiB). Siųskite po vieną apskaitos lapą arba po vieną klausimą.
error-too_large-municipality = Savivaldybės pavadinimas turi būti ne ilgesnis kaip { $max } simbolių.
error-too_small = { $Field }: įveskite ne mažiau kaip { $min }.
error-too_many_decimals = { $Field }: ne daugiau kaip 6 skaitmenys po kablelio.
error-not_a_whole_number = { $Field }: įveskite sveikąjį skaičių.
error-invalid_month = Įveskite mėnesį formatu MMMM-MM, pavyzdžiui, 2020-06.
error-invalid_date = { $Field }: įveskite datą formatu MMMM-MM-DD arba DD.MM.MMMM, pavyzdžiui, 2020-06-10.
error-no_such_day = Datos { $value } nėra. Įveskite tikrą kalendoriaus dieną.
error-date_outside_month = Data { $value } nepatenka į pasirinktą mėnesį ({ $month }). Įveskite to mėnesio dieną.
error-measure_out_of_range = { $date ->
    [none] Pasirinkite priemonę nuo 1 iki 7 (Ministrų kabineto taisyklių Nr. 942 1 priedas).
   *[other] Pasirinkite { $date } priemonę nuo 1 iki 7 (Ministrų kabineto taisyklių Nr. 942 1 priedas).
}
error-day_over_24 = Iš viso { $date } įvesta daugiau kaip 24 valandos. Sumažinkite tos dienos valandas.
error-not_covered = { $value } nepatenka į skaičiuoklės taikymo sritį: skaičiuoklėje įdiegta asistento paslauga nuo 2013 m. sausio (Ministrų kabineto taisyklės Nr. 942, o nuo 2021 m. liepos – Ministrų kabineto taisyklės Nr. 316).
error-previous_months_count = Įveskite lygiai tris skaičius: kiekvieno iš trijų ankstesnių mėnesių valandas, pradedant nuo seniausio.
error-invalid_week = Savaitė „{ $value }“: įveskite ISO savaitę formatu MMMM-Wss, pavyzdžiui, 2020-W23.
error-week_not_at_edge = Savaitė { $value } nekerta mėnesio ribos: jau apmokėtos valandos įvedamos tik tų savaičių, kurių dalis dienų yra gretimame mėnesyje.
error-granularity_over_daily_max = Apvalinimo žingsnis negali būti didesnis už dienos maksimumą.
error-too_many_entries = { $Field }: per daug įrašų (ne daugiau kaip { $max }).
error-not_one_of = { $Field }: pasirinkite iš šių: { $allowed }.
error-date_after_date = { $Field }: įveskite datą, kuri nėra vėlesnė už datą, apie kurią klausiama ({ $other }).
error-date_before_date = { $other_field ->
    [birth_date] { $Field } negali būti ankstesnė už gimimo datą ({ $other }). Patikrinkite abi datas.
    [last_employment_end] { $Field } negali būti ankstesnė už paskutinio darbo pabaigą ({ $other }): darbas turi būti pasibaigęs ne vėliau kaip įsiregistravimo dieną. Patikrinkite abi datas.
    [employment_end] { $Field } negali būti ankstesnė už darbo santykių pabaigą ({ $other }): darbo santykiai turi būti pasibaigę ne vėliau kaip įsiregistravimo dieną. Patikrinkite abi datas.
   *[other] { $Field } negali būti ankstesnė nei { $other }.
}
error-date_after_date-from = Pareigos negali prasidėti vėliau, nei baigiasi ({ $other }). Patikrinkite pareigų pradžios ir pabaigos datas.

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
source-a1-257 = Lietuvos Respublikos socialinės apsaugos ir darbo ministro įsakymas Nr. A1-257, pakeistas įsakymu Nr. A1-911 (savivaldybių užimtumo programos nuo 2023 m.)
source-lt-municipal-pages = Modelyje dalyvaujančių savivaldybių puslapiai apie modelį (Kazlų Rūdos, Alytaus miesto)
source-nva-apply = Latvijos valstybinė užimtumo agentūra (Nodarbinātības valsts aģentūra, NVA): kreipimasis dėl bedarbio statuso
source-nva-groups = Latvijos valstybinė užimtumo agentūra (Nodarbinātības valsts aģentūra, NVA): bedarbių grupės
source-state-pensions-law = Latvijos įstatymas „Par valsts pensijām“ („Dėl valstybinių pensijų“), pereinamosios nuostatos (senatvės pensijos amžius)
source-mk360 = Latvijos Ministrų kabineto 2020 m. birželio 9 d. taisyklės Nr. 360 „Epidemioloģiskās drošības pasākumi Covid-19 infekcijas izplatības ierobežošanai“ („Epidemiologinės saugos priemonės COVID-19 infekcijos plitimui riboti“)
source-mk360-p33 = Latvijos Ministrų kabineto taisyklių Nr. 360 33 punktas (2020 m. birželio 10 d. redakcija)
source-mk360-p34 = Latvijos Ministrų kabineto taisyklių Nr. 360 34 punktas (2020 m. birželio 10 d. redakcija)
source-mk662 = Latvijos Ministrų kabineto 2021 m. rugsėjo 28 d. taisyklės Nr. 662, įsigaliojusios 2021 m. spalio 11 d. ir pakeitusios Ministrų kabineto taisykles Nr. 360
source-vbtai-2020 = Latvijos valstybės kanceliarija: atviras konkursas Latvijos valstybinės vaiko teisių apsaugos inspekcijos vadovo pareigoms užimti, paskelbtas 2020 m. birželio 1 d. (Latvijos gerovės ministerijos naujiena)
source-esf-ex-prisoners = Latvijos teisingumo ministerija: naujiena apie ESF projektą „Bijušo ieslodzīto integrācija sabiedrībā un darba tirgū“ („Buvusių kalinių integracija į visuomenę ir darbo rinką“)

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
quote-r4-p33-1 = asmeniui, apgyvendinamam įstaigoje, bendradarbiaujant su šeimos gydytoju ne anksčiau kaip prieš dvi dienas iki apgyvendinimo atliktas COVID-19 tyrimas ir jo rezultatas neigiamas, išskyrus vaikus, kuriems nedelsiant (išimtiniais atvejais) būtina užtikrinti buvimą krizių centre arba ilgalaikės socialinės globos ir socialinės reabilitacijos įstaigoje
quote-r4-p33-2 = asmeniui, perkeliamam iš stacionarinio gydymo, ne anksčiau kaip prieš dvi dienas iki atvykimo į įstaigą atliktas COVID-19 tyrimas
quote-r4-p33-3 = asmuo po priėmimo į įstaigą 14 dienų būna izoliacijoje
quote-r4-p34 = kitos socialinės paslaugos su apgyvendinimu teikiamos asmeniui be kvėpavimo takų ligos požymių, jei jis atitinka vieną iš šių reikalavimų
quote-r4-p34-1 = asmuo gali pateikti dokumentą, kad ne anksčiau kaip prieš tris dienas iki atvykimo į įstaigą jam atliktas COVID-19 tyrimas ir jo rezultatas neigiamas
quote-r4-p34-2 = asmuo turi ne anksčiau kaip prieš savaitę iki atvykimo į įstaigą išduotą gydančiojo ar šeimos gydytojo pažymą apie kontraindikacijų paslaugai gauti nebuvimą
quote-r5-education = akademinis aukštasis arba antrosios pakopos profesinis aukštasis išsilavinimas
quote-r5-experience = per pastaruosius 10 metų pretendentai turi būti įgiję ne mažesnę kaip trejų metų nepertraukiamą darbo patirtį organizacijos vadovo pareigose arba kitose vadovaujamosiose pareigose, tiesiogiai pavaldžiose organizacijos vadovui, turint ne mažiau kaip 10 pavaldžių darbuotojų
quote-r5-english = anglų kalbos žinios turi būti ne žemesnio kaip B2 lygio
quote-r5-reputation = nepriekaištinga reputacija
quote-r5-deadline = Pretendentų paraiškos teikiamos elektroniniu būdu iki birželio 22 d.
quote-r6-budget = Bendras projekto biudžetas – 4 486 638 eurai, iš jų 85 % – Europos socialinio fondo finansavimas, o 15 % bendrai finansuoja valstybė.
quote-r6-partners = Nuo 2016 m. Latvijos įkalinimo įstaigų valdyba įgyvendina ESF bendrai finansuojamą projektą „Buvusių kalinių integracija į visuomenę ir darbo rinką“. […] Projekto partneriai – Latvijos valstybinė probacijos tarnyba ir Latvijos valstybinė užimtumo agentūra.
quote-r6-consultations = Latvijos valstybinės užimtumo agentūros darbuotojai teikia kaliniams karjeros konsultacijas tiek prieš įsitraukiant į profesinio mokymo programas, tiek prieš paleidimą iš įkalinimo įstaigos.

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
field-regulation = taisyklės (Ministrų kabineto taisyklės Nr. 942 arba Nr. 316)
field-service = paslauga
field-monthly_allocation = skirtos valandos per mėnesį
error-required-regulation = { $month }: taikytinas taisykles nustato asmens sutartis. Pasirinkite Ministrų kabineto taisykles Nr. 942 (valandos skiriamos per savaitę) arba Nr. 316 (valandos skiriamos per mėnesį).
error-required-monthly_allocation = Įveskite socialinės tarnybos sprendime per mėnesį skirtų valandų skaičių.
error-not_in_force = { $value ->
    [mk316] Ministrų kabineto taisyklės Nr. 316 taikomos nuo 2021 m. liepos, o { $month } patenka į Ministrų kabineto taisyklių Nr. 942 taikymo laikotarpį. Pasirinkite jas.
   *[mk942] Ministrų kabineto taisyklės Nr. 942 taikomos ne ilgiau kaip iki 2021 m. gruodžio pabaigos, o { $month } patenka į Ministrų kabineto taisyklių Nr. 316 taikymo laikotarpį. Pasirinkite jas.
}
error-other_module = { $month } patenka į Ministrų kabineto taisyklių Nr. 942 taikymo laikotarpį: šis modulis skaičiuoja tik Ministrų kabineto taisyklių Nr. 316 mėnesius. Visus mėnesius skaičiuoja modulis { $module }.
error-not_for_regime = { $regime ->
    [mk316] { $Field }: pagal Ministrų kabineto taisykles Nr. 316 ({ $month }) netaikoma. Pašalinkite šią įvestį.
   *[mk942] { $Field }: pagal Ministrų kabineto taisykles Nr. 942 ({ $month }) netaikoma. Pašalinkite šią įvestį.
}
error-not_for_regime-weekly_allocation = { $month } patenka į Ministrų kabineto taisyklių Nr. 316 taikymo laikotarpį: valandos skiriamos per mėnesį. Vietoj per savaitę skirtų valandų įveskite per mėnesį skirtas valandas.
error-not_for_regime-monthly_allocation = { $month } patenka į Ministrų kabineto taisyklių Nr. 942 taikymo laikotarpį: valandos skiriamos per savaitę. Vietoj per mėnesį skirtų valandų įveskite per savaitę skirtas valandas.
error-not_for_regime-emergency = { $month } patenka į Ministrų kabineto taisyklių Nr. 316 taikymo laikotarpį: 2020–2021 m. vidurkio taisyklė jam netaikoma. Pašalinkite ekstremaliosios situacijos klausimus.
error-not_for_regime-service = Ministrų kabineto taisyklėse Nr. 942 numatyta tik asistento paslauga; palydovo paslauga teikiama pagal Ministrų kabineto taisykles Nr. 316 (nuo 2021 m. liepos).
error-not_for_regime-measure = { $date ->
    [none] Pagal Ministrų kabineto taisykles Nr. 316 valandoms priemonė nenurodoma. Pašalinkite priemonę.
   *[other] Pagal Ministrų kabineto taisykles Nr. 316 valandoms priemonė nenurodoma. Pašalinkite { $date } nurodytą priemonę.
}
source-es-2020-21 = Ekstremalioji situacija Latvijoje nuo 2020 m. lapkričio 9 d. iki 2021 m. balandžio 6 d., kurios metu vėl taikytas Latvijos Ministrų kabineto taisyklių Nr. 942 11¹ punktas
source-mk360-p34-3 = Latvijos Ministrų kabineto taisyklių Nr. 360 „Epidemioloģiskās drošības pasākumi Covid-19 infekcijas izplatības ierobežošanai“ („Epidemiologinės saugos priemonės COVID-19 infekcijos plitimui riboti“) 34³ punktas (papildyta Ministrų kabineto 2021 m. balandžio 1 d. taisyklėmis Nr. 191)
source-mk662-p73-74 = Latvijos Ministrų kabineto 2021 m. rugsėjo 28 d. taisyklių Nr. 662 73–74 punktai (sutartims pagal Ministrų kabineto taisykles Nr. 942, ne ilgiau kaip iki 2021 m. gruodžio 31 d.)
source-mk316 = Latvijos Ministrų kabineto 2021 m. gegužės 18 d. taisyklės Nr. 316 „Noteikumi par asistenta, pavadoņa un aprūpes pakalpojumu personām ar invaliditāti“ („Asistento, palydovo ir priežiūros paslaugų asmenims su negalia taisyklės“)
source-mk316-p47 = Latvijos Ministrų kabineto taisyklių Nr. 316 47 punktas (sutartys pagal Ministrų kabineto taisykles Nr. 942 galioja iki sprendimo galiojimo termino pabaigos, bet ne ilgiau kaip iki 2021 m. gruodžio 31 d.)
source-mk316-annex1 = Latvijos Ministrų kabineto taisyklių Nr. 316 1 priedo 4.2 papunktis (bazinis valandų skaičius)
r1-regime = { $regime ->
    [mk316] { $month }: taikomos Ministrų kabineto taisyklės Nr. 316; valandos per mėnesį skiriamos socialinės tarnybos sprendimu{ $choice ->
        [contract] {" "}(nuo 2021 m. liepos iki gruodžio taikytinas taisykles nustato asmens sutartis)
       *[only] {""}
    }. Paslauga: { $service ->
        [companion] palydovo paslauga
       *[assistant] asistento paslauga
    }.
   *[mk942] { $month }: taikomos Ministrų kabineto taisyklės Nr. 942; valandos skiriamos per savaitę{ $choice ->
        [contract] {" "}(pagal jas sudaryta asmens sutartis galioja iki sprendimo galiojimo termino pabaigos, bet ne ilgiau kaip iki 2021 m. gruodžio 31 d.)
       *[only] {""}
    }.
}
r1-period = { $question ->
    [epidemiological_measures] Nuo { $from } iki { $to }, jei dėl epidemiologinės saugos priemonių paslauga negalima naudotis taip, kaip numatyta sutartyje, valandas galima panaudoti pagal trijų ankstesnių kalendorinių mėnesių vidurkį. Šio laikotarpio dienos šiame mėnesyje: { $days }. { $answer ->
        [resumed] Paslauga buvo galima naudotis taip, kaip numatyta sutartyje.
       *[other] Dėl epidemiologinės saugos priemonių paslauga nebuvo galima naudotis taip, kaip numatyta sutartyje: šiomis dienomis taikoma vidurkio taisyklė.
    }
   *[activities_resumed] Ekstremalioji situacija nuo { $from } iki { $to }; jos dienos šiame mėnesyje: { $days }. { $answer ->
        [resumed] Kliento veikla buvo atnaujinta (paslauga buvo galima naudotis taip, kaip numatyta sutartyje).
       *[other] Kliento veikla nebuvo atnaujinta: šiomis dienomis taikoma vidurkio taisyklė.
    }
}
r1-period-resumed = Paslauga buvo galima naudotis taip, kaip numatyta sutartyje, todėl visas mėnuo skaičiuojamas įprasta tvarka.
r1-zero-average = per tris ankstesnius mėnesius valandų nepanaudota, o šiam laikotarpiui 10 valandų per savaitę taisyklė netaikoma: trijų mėnesių be panaudotų valandų vidurkis yra 0 h, todėl už šias dienas ({ $days }) valandų nepridedama.
r1-monthly-cap = apmokama mažesnė iš šių reikšmių: per mėnesį patvirtintos valandos ({ $attested } h) arba sprendime per mėnesį skirtos valandos ({ $allocation } h), t. y. { $payable } h.{ $over ->
    [0] {""}
   *[other] {" "}{ $over } h viršija skirtą valandų skaičių: jos neapmokamos ir neperkeliamos į kitą mėnesį.
}
r1-monthly-pay = { $rate_source ->
    [verified] { $hours } h × { $rate } € už valandą (įkainis, galiojantis nuo { $from }, įskaitant visus mokesčius) = { $pay }, suapvalinta iki cento (pusė cento apvalinama į didesnę pusę).
    [entered] { $hours } h × { $rate } € už valandą (įvestas įkainis) = { $pay }, suapvalinta iki cento (pusė cento apvalinama į didesnę pusę). Paskutinis patikrintas įkainis – { $last } € už valandą nuo { $last_from }; patikrinkite, ar įvestas įkainis yra galiojantis.
   *[none] Užmokestis neapskaičiuojamas: paskutinis patikrintas valandinis įkainis – { $last } € nuo { $last_from }, vėlesnis įkainis nepatikrintas. Įveskite šį mėnesį galiojantį įkainį.
}
warning-verified_rate_used = Šį mėnesį galiojantis įkainis – { $rate } € už valandą (nuo { $from }); įvestas įkainis ({ $entered } €) nenaudojamas.
warning-rate_after_last_verified = { $entered ->
    [entered] Naudojamas įvestas valandinis įkainis: paskutinis patikrintas įkainis – { $last } € nuo { $from }, vėlesnis įkainis nepatikrintas.
   *[none] Kad pamatytumėte užmokestį, įveskite šį mėnesį galiojantį valandinį įkainį: paskutinis patikrintas įkainis – { $last } € nuo { $from }.
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
r2-outlook-from = Kol kas ne: jei niekas kita nepasikeis, visi kriterijai bus tenkinami nuo { $date }.
r2-outlook-at-the-latest = { $count ->
    [one] Jei niekas kita nepasikeis, pagal pateiktus duomenis visi kriterijai bus tenkinami vėliausiai nuo { $date }; trūkstamas duomuo ({ $missing }) šią datą galėtų paankstinti.
    [few] Jei niekas kita nepasikeis, pagal pateiktus duomenis visi kriterijai bus tenkinami vėliausiai nuo { $date }; trūkstami duomenys ({ $missing }) šią datą galėtų paankstinti.
    [many] Jei niekas kita nepasikeis, pagal pateiktus duomenis visi kriterijai bus tenkinami vėliausiai nuo { $date }; trūkstami duomenys ({ $missing }) šią datą galėtų paankstinti.
   *[other] Jei niekas kita nepasikeis, pagal pateiktus duomenis visi kriterijai bus tenkinami vėliausiai nuo { $date }; trūkstami duomenys ({ $missing }) šią datą galėtų paankstinti.
}
r2-outlook-cannot-tell = { $count ->
    [one] Negalima nustatyti: lemiamas duomuo – { $missing }.
    [few] Negalima nustatyti: lemiami duomenys – { $missing }.
    [many] Negalima nustatyti: lemiami duomenys – { $missing }.
   *[other] Negalima nustatyti: lemiami duomenys – { $missing }.
}
r2-outlook-never = { $reason ->
    [fails-for-good] Pagal šias taisykles – ne, nes { $criterion ->
        [cash_social_assistance] piniginės socialinės paramos kriterijus netenkinamas, ir vien laikui bėgant tai nepasikeis.
       *[other] netenkinamas kriterijus, o vien laikui bėgant tai nepasikeis.
    }
   *[only-after-window] Pagal šias taisykles – ne, nes { $date ->
        [none] visi kriterijai būtų tenkinami tik po to, kai modelis baigėsi { $until }.
       *[other] visi kriterijai būtų tenkinami tik nuo { $date }, t. y. po to, kai modelis baigėsi { $until }.
    }
}
r2-model-ended = Modelis veikė nuo { $from } iki { $to } ir { $date } jau nebeveikia: jo taisyklių šiai datai taikyti negalima. Klauskite apie datą nuo { $from } iki { $to }, kad pamatytumėte, kaip jos tada buvo taikomos.
r2-successor = Informacijai: nuo 2023 m. savivaldybės įgyvendina užimtumo programas pagal Lietuvos Respublikos socialinės apsaugos ir darbo ministro įsakymą Nr. A1-257, pakeistą įsakymu Nr. A1-911. Šioje skaičiuoklėje jos neįdiegtos: kreipkitės į savo savivaldybę.
fact-registered_since = įsiregistravimo Užimtumo tarnyboje data
fact-last_employment_end = paskutinio darbo pabaigos data
fact-cash_social_assistance = atsakymas dėl piniginės socialinės paramos
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
    [not-registered] Priešpensinio amžiaus sulauksite { $age_from } (likus penkeriems metams iki senatvės pensijos amžiaus sukakties dienos, { $retirement }); priešpensinio amžiaus bedarbių grupei priklausysite, kai NVA Jus įregistruos bedarbiu.
    [registered] Priešpensinis amžius – penkeri ar mažiau metų iki senatvės pensijos amžiaus sukakties dienos ({ $retirement }), t. y. nuo { $age_from }. Kadangi NVA Jus įregistravo bedarbiu, priešpensinio amžiaus bedarbių grupei priklausote nuo { $from } iki dienos, einančios prieš senatvės pensijos amžiaus sukakties dieną.
   *[registered-after-retirement] Įregistravimo bedarbiu diena sutampa su senatvės pensijos amžiaus sukakties diena ({ $retirement }) arba yra vėlesnė: priešpensinio amžiaus bedarbių grupei nepriklausote.
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
    [before-in-force] { $date } yra anksčiau nei { $from }, kai įsigaliojo Ministrų kabineto taisyklės Nr. 360: ši data neapimama.
   *[lost-force] Nuo { $lost } Ministrų kabineto taisyklės Nr. 360 nebetaikomos (jas pakeitė Ministrų kabineto taisyklės Nr. 662, kurios čia neįdiegtos): { $date } neapimama.
}
r4-point-33 = { $point ->
    [p33-2] Ilgalaikės socialinės globos ir socialinės reabilitacijos įstaiga, asmuo perkeliamas iš stacionarinio gydymo: taikomas 33.2 papunktis – COVID-19 tyrimas ne anksčiau kaip prieš dvi dienas iki atvykimo į įstaigą, be išimčių; po to 14 dienų izoliacijos (33.3 papunktis).
   *[p33-1] Ilgalaikės socialinės globos ir socialinės reabilitacijos įstaiga: taikomas 33.1 papunktis – neigiamas COVID-19 tyrimo rezultatas, tyrimą atlikus ne anksčiau kaip prieš dvi dienas iki apgyvendinimo, išskyrus vaikus, kuriuos būtina apgyvendinti nedelsiant; po to 14 dienų izoliacijos (33.3 papunktis).
}
r4-point-34 = Kitos socialinės paslaugos su apgyvendinimu: taikomas 34 punktas – asmeniui be kvėpavimo takų ligos požymių, atitinkančiam vieną iš jo reikalavimų: neigiamas COVID-19 tyrimo rezultatas, tyrimą atlikus ne anksčiau kaip prieš tris dienas iki atvykimo į įstaigą (34.1 papunktis), arba gydančiojo ar šeimos gydytojo pažyma apie kontraindikacijų nebuvimą, išduota ne anksčiau kaip prieš savaitę iki atvykimo (34.2 papunktis).
r4-one-of-reading = pakanka atitikti vieną iš 34 punkto reikalavimų („vienai no šādām prasībām“ – „vieną iš šių reikalavimų“): turėti neigiamą tyrimo rezultatą arba gydytojo pažymą. Latvijos gerovės ministerijos 2020 m. birželio 10 d. paaiškinime reikalaujama abiejų; viršenybę turi taisyklių tekstas.
r4-symptoms-reading = pagal 34 punktą priimamas tik asmuo be kvėpavimo takų ligos požymių: jei tokių požymių yra, joks tyrimas ar pažyma neleidžia asmens priimti pagal 34 punktą.
r4-exempt = Vaikas, kurį būtina apgyvendinti nedelsiant (išimtiniais atvejais), atleidžiamas nuo tyrimo (33.1 papunktis).
r4-test = { $state ->
    [valid] Įskaitomas { $document } atlikto COVID-19 tyrimo neigiamas rezultatas: tyrimas turi būti atliktas ne anksčiau kaip prieš { $days } d., t. y. nuo { $from } iki { $to }.
    [too-early] Tyrimas atliktas per anksti ({ $document }): jis turi būti atliktas ne anksčiau kaip prieš { $days } d., t. y. nuo { $from } iki { $to }.
    [after-placement] Tyrimo data { $document } yra vėlesnė už apgyvendinimo dieną ({ $to }): tyrimas įskaitomas, tik jei atliktas nuo { $from } iki { $to }.
   *[missing] Neigiamas COVID-19 tyrimo rezultatas nenurodytas: tyrimas įskaitomas, jei atliktas nuo { $from } iki { $to } (ne anksčiau kaip prieš { $days } d.).
}
r4-certificate = { $state ->
    [valid] Įskaitoma { $document } išduota gydytojo pažyma: ji turi būti išduota ne anksčiau kaip prieš savaitę ({ $days } d.) iki atvykimo, t. y. nuo { $from } iki { $to }.
    [too-early] Gydytojo pažyma išduota per anksti ({ $document }): ji turi būti išduota ne anksčiau kaip prieš savaitę ({ $days } d.) iki atvykimo, t. y. nuo { $from } iki { $to }.
    [after-placement] Pažymos data { $document } yra vėlesnė už atvykimo dieną ({ $to }): pažyma įskaitoma, tik jei išduota nuo { $from } iki { $to }.
   *[missing] Gydytojo pažyma nenurodyta: pažyma įskaitoma, jei išduota nuo { $from } iki { $to } (ne anksčiau kaip prieš savaitę, { $days } d., iki atvykimo).
}
r4-isolation-reading = „14 dienų“ izoliacijos – tai 14 dienų po priėmimo dienos (terminas pradedamas skaičiuoti nuo kitos dienos po įvykio): jei asmuo priimtas { $placement }, izoliacijoje jis būna iki { $until } imtinai ({ $days } d.).
r4-verdict = { $admissible ->
    [yes] { $by ->
        [test] Galima priimti { $date }: neigiamas tyrimo rezultatas atitinka reikalavimą.
        [certificate] Galima priimti { $date }: gydytojo pažyma atitinka reikalavimą.
       *[exempt] Galima priimti { $date }: vaikas atleidžiamas nuo tyrimo.
    }
   *[no] Negalima priimti { $date }: { $problems }.
}
r4-problem-respiratory_symptoms = asmuo turi kvėpavimo takų ligos požymių
r4-problem-no_test = neigiamas tyrimo rezultatas nenurodytas
r4-problem-no_document = nenurodytas nei neigiamas tyrimo rezultatas, nei gydytojo pažyma
r4-problem-test_too_early = tyrimas atliktas per anksti
r4-problem-test_after_placement = tyrimo data vėlesnė už apgyvendinimo dieną
r4-problem-certificate_too_early = pažyma išduota per anksti
r4-problem-certificate_after_placement = pažymos data vėlesnė už atvykimo dieną
r4-later-amendments = Įdiegta Ministrų kabineto taisyklių Nr. 360 redakcija, galiojanti nuo { $version }. Vėliau taisyklės buvo keistos (izoliacija sutrumpinta iki 10, paskui iki 7 dienų; datos čia nepatikrintos); šie pakeitimai neįdiegti: patikrinkite { $date } galiojusią redakciją.

## R5: Latvia, the competition for head of the State Inspectorate for Protection of Children’s Rights (2020).

r5-deadline = Paraiškas reikėjo pateikti iki { $deadline }: pastarieji 10 metų skaičiuojami atgal nuo šios dienos.
r5-window-reading = įskaitoma tik ta pareigų laikotarpio dalis, kuri patenka į pastaruosius 10 metų iki termino, nuo { $from } iki { $to }, abi dienos imtinai; treji metai trunka nuo tam tikros dienos iki dienos, einančios prieš tą pačią datą po trejų metų (pakanka nuo 2015 m. kovo 1 d. iki 2018 m. vasario 28 d.).
r5-subordinates-reading = „turint ne mažiau kaip { $min } pavaldžių darbuotojų“ taikoma abiem pareigų rūšims: organizacijos vadovo pareigoms ir kitoms vadovaujamosioms pareigoms, tiesiogiai pavaldžioms organizacijos vadovui.
r5-post = Pareigos Nr. { $n } (nuo { $from } iki { $to }, { $kind ->
    [head] organizacijos vadovo pareigos
    [under_head] vadovaujamosios pareigos, tiesiogiai pavaldžios organizacijos vadovui
   *[other] kitos pareigos
}, pavaldžių darbuotojų: { $subordinates }): { $state ->
    [counts] įskaitomos.
    [not-management] neįskaitomos: tai nėra nė vienos rūšies vadovaujamosios pareigos.
    [few-subordinates] neįskaitomos: mažiau nei 10 pavaldžių darbuotojų.
   *[outside-window] neįskaitomos: jos nepatenka į pastaruosius 10 metų.
}
r5-criterion-education = { $education ->
    [academic_higher] Akademinis aukštasis išsilavinimas – tenkinamas.
    [second_level_professional_higher] Antrosios pakopos profesinis aukštasis išsilavinimas – tenkinamas.
   *[other] Nėra nei akademinio aukštojo, nei antrosios pakopos profesinio aukštojo išsilavinimo – netenkinamas.
}
r5-criterion-english = { $level ->
    [none] Anglų kalbos lygis: nėra – netenkinamas (reikalaujama ne žemesnio kaip B2 lygio).
   *[other] Anglų kalbos lygis: { $level } – { $met ->
        [yes] tenkinamas (reikalaujama ne žemesnio kaip B2 lygio).
       *[no] netenkinamas (reikalaujama ne žemesnio kaip B2 lygio).
    }
}
r5-criterion-experience = { $from ->
    [none] Patirtis: per pastaruosius 10 metų neįskaitomos jokios pareigos – netenkinamas.
   *[other] Patirtis: ilgiausias nepertraukiamas laikotarpis – nuo { $from } iki { $to } (persidengiančios pareigos arba pareigos, prasidedančios kitą dieną po ankstesniųjų pabaigos, sudaro vieną laikotarpį); treji metai nuo { $from } baigiasi { $end } – { $met ->
        [yes] tenkinamas.
       *[no] netenkinamas.
    }
}
r5-reputation = Nepriekaištingos reputacijos skaičiuoklė nustatyti negali: ją deklaruoja pats pretendentas.
r5-verdict = { $meets ->
    [yes] Visi reikalavimai, kuriuos galima nustatyti, tenkinami (nepriekaištingą reputaciją pretendentas deklaruoja pats).
   *[no] Tenkinami ne visi reikalavimai: { $failed }.
}
r5-requirement-education = išsilavinimas
r5-requirement-experience = patirtis
r5-requirement-english = anglų kalba

## R6: Latvia, the ESF project for prisoners and former prisoners.

r6-title = ESF projektas „{ $name }“ (buvusių kalinių integracija į visuomenę ir darbo rinką)
r6-no-verdict = Tai programos kortelė, o ne sprendimas: šaltinyje dalyvavimo sąlygos nenustatytos.
r6-for-whom = Kam skirta: { $groups }.
r6-offers = Siūloma: { $offers }.
r6-run-by = Projektą nuo { $since } m. vykdo { $run_by }; partneriai: { $partners }.
r6-budget = Biudžetas: iš viso { $total }; { $esf_percent } % – Europos socialinio fondo lėšos ({ $esf }), { $state_percent } % – valstybės lėšos ({ $state }), apskaičiuota cento tikslumu.
r6-contact = Šaltinyje nurodytas kontaktinis asmuo: { $name }, Latvijos teisingumo ministerija, tel. { $phone }, el. paštas { $email } (ES fondų viešųjų ryšių specialistė, parengusi informaciją). Dėl dalyvavimo kreipkitės į projektą vykdančią instituciją – { $run_by }.
r6-group-prisoners = kaliniai
r6-group-former_prisoners = buvę kaliniai
r6-offer-career_consultation_before_vocational_education = Latvijos valstybinės užimtumo agentūros karjeros konsultacijos prieš profesinį mokymą įkalinimo įstaigoje
r6-offer-career_consultation_before_release = Latvijos valstybinės užimtumo agentūros karjeros konsultacijos prieš paleidimą į laisvę
r6-offer-specific_support_measures = specifinės paramos priemonės
r6-offer-volunteering = savanorystė
r6-offer-family_involvement = aktyvių šeimos narių įtraukimas
r6-body-prison_administration = Latvijos įkalinimo įstaigų valdyba
r6-body-state_probation_service = Latvijos valstybinė probacijos tarnyba
r6-body-state_employment_agency = Latvijos valstybinė užimtumo agentūra
r6-body-ministry_of_justice = Latvijos teisingumo ministerija

## The pages: labels, hints and headings.


ui-skip-to-content = Pereiti prie turinio
ui-start-privacy = Puslapis veikia be serverio, o įkeltas – ir be interneto ryšio.
ui-language-nav = Kalba
ui-app-name = Socialinių paslaugų skaičiuoklės
ui-start-intro = Skaičiavimai pagal Latvijos ir Lietuvos socialinių paslaugų taisykles. Viskas vyksta Jūsų naršyklėje: nieko, ką įvedate, niekur nesiunčiama.
ui-start-assistant-title = Asistento paslaugos valandos per mėnesį
ui-start-assistant-text = Asistentams ir klientams: kiek mėnesio apskaitos lapo valandų apmokama, ir koks užmokestis, nuo 2013 m. iki šiol: pagal Latvijos Ministrų kabineto taisykles Nr. 942, įskaitant 2020–2021 m. vidurkio taisyklę, ir pagal Latvijos Ministrų kabineto taisykles Nr. 316.
ui-title = Asistento paslaugos valandos per mėnesį
ui-intro-regimes = Įveskite mėnesio apskaitos lapą. Forma atitinka pasirinkto mėnesio taisykles: Ministrų kabineto taisyklės Nr. 942 (valandos skiriamos per savaitę, su 2020–2021 m. vidurkio taisykle) arba Ministrų kabineto taisyklės Nr. 316 (valandos skiriamos per mėnesį, nuo 2021 m. liepos). Nieko nesiunčiama: skaičiuojama Jūsų naršyklėje.
ui-month-hint-any = Skaičiuoklė apima mėnesius: { $from } – { $to }.
ui-month-not-offered = Puslapis nurodė mėnesį „{ $value }“, kurio skaičiuoklė nesiūlo. Pasirinkite mėnesį iš laikotarpio { $from } – { $to }.
ui-regime = { $regime ->
    [mk316] { $month }: taikomos Ministrų kabineto taisyklės Nr. 316. Valandos per mėnesį skiriamos socialinės tarnybos sprendimu.
   *[mk942] { $month }: taikomos Ministrų kabineto taisyklės Nr. 942. Valandos skiriamos per savaitę.
}
ui-regime-name = { $regime ->
    [mk316] Ministrų kabineto taisyklės Nr. 316
   *[mk942] Ministrų kabineto taisyklės Nr. 942
}
ui-regulation-legend = Pagal kurias taisykles sudaryta asmens sutartis?
ui-regulation-hint = 2021 m. liepos–gruodžio mėn. sutartis pagal Ministrų kabineto taisykles Nr. 942 galiojo iki sprendimo termino pabaigos; naujas sprendimas priimamas pagal Ministrų kabineto taisykles Nr. 316. Žr. sprendimą arba sutartį.
ui-regulation-mk942 = Ministrų kabineto taisyklės Nr. 942 (valandos skirtos per savaitę)
ui-regulation-mk316 = Ministrų kabineto taisyklės Nr. 316 (valandos skirtos per mėnesį)
ui-service-legend = Paslauga
ui-service-assistant = Asistento paslauga
ui-service-companion = Palydovo paslauga
ui-monthly-allocation = Skirtos valandos per mėnesį
ui-monthly-allocation-hint = Skaičius socialinės tarnybos sprendime, pavyzdžiui, 80.
ui-help-title = Pagalba: bazinis valandų skaičius
ui-help-intro = Bazinis valandų skaičius per mėnesį kiekvienam tikslui, kai paramos intensyvumo koeficientas yra 1 arba 2 (Ministrų kabineto taisyklių Nr. 316 1 priedo 4.2 punktas). Pažymėkite, kas tinka, ir pamatysite sumą.
ui-help-not-verified = Tai pagalba, o ne sprendimas: ar kelių tikslų valandos sumuojamos, nepatikrinta. Įveskite skirtas valandas taip, kaip nurodyta sprendime.
ui-help-group-adult = Suaugusieji
ui-help-group-child = 5–18 metų vaikai
ui-help-group-group_i_from_childhood = Asmenys, turintys I grupės negalią nuo vaikystės, kuriems reikia ypatingos priežiūros
ui-help-coefficient-1 = Koeficientas 1: { $h } h
ui-help-coefficient-2 = Koeficientas 2: { $h } h
ui-help-base = { $h } h
ui-help-sum = Pažymėtų valandų suma: { $h } h per mėnesį (tik pagalba, ne sprendimas).
ui-purpose-paid-work-studies-paralympic-sport = Apmokamas darbas, studijos arba parolimpinis sportas
ui-purpose-school-or-board-member = Mokykla arba nevyriausybinės organizacijos ar bendrovės valdybos nario pareigos
ui-purpose-volunteering-day-care-workshop-dialysis-chemotherapy = Savanoriška veikla, dienos centras ar specializuotos dirbtuvės, reguliari hemodializė ar chemoterapija
ui-purpose-child-5-18 = 5–18 metų vaikas
ui-purpose-child-5-18-weekly-procedures-or-rehabilitation = 5–18 metų vaikas, kuriam gydytojas paskyrė procedūras ar reabilitaciją bent kartą per savaitę
ui-purpose-day-care-or-workshop = Dienos centras ar specializuotos dirbtuvės
ui-purpose-other-activities = Kita veikla
ui-purpose-companion-child-5-18 = 5–18 metų vaikas (palydovas)
ui-calendar-hint-monthly = Kiekvienai dienai įveskite patvirtintas valandas. Tuščia diena reiškia 0 valandų. Galima rašyti dešimtainį kablelį.
ui-rate-verified = Valandos suma šį mėnesį: { $amount } (nuo { $from }), įskaitant visus mokesčius. Skaičiuoklė ją naudoja.
ui-rate-amount = Valandos suma, €
ui-rate-amount-hint = Paskutinė patikrinta suma – { $amount } per valandą nuo { $from } (įskaitant visus mokesčius). Vėlesnė suma nepatikrinta: norėdami pamatyti užmokestį, įveskite šį mėnesį galiojančią sumą.
ui-period-legend = Dienos, kurioms taikoma vidurkio taisyklė
ui-period-name-es-2020 = 2020 m. ekstremalioji situacija
ui-period-name-es-2020-21 = 2020–2021 m. ekstremalioji situacija
ui-period-name-mk360-p34-3 = Ministrų kabineto taisyklių Nr. 360 34³ punktas
ui-period-name-mk662-p73-74 = Ministrų kabineto taisyklių Nr. 662 73–74 punktai
ui-period-line = { $name }: { $from } – { $to }. Laikotarpio dienos šį mėnesį: { $days }.
ui-period-dates = { $name } ({ $from } – { $to })
ui-period-question = { $question ->
    [epidemiological_measures] Ar epidemiologinės saugos priemonės šiomis dienomis trukdė naudotis paslauga taip, kaip numatyta sutartyje?
    [mixed] Ar šiomis dienomis buvo galima naudotis paslauga taip, kaip numatyta sutartyje?
   *[activities_resumed] Ar šiomis dienomis kliento veikla buvo atnaujinta?
}
ui-period-measures-yes = Taip, priemonės trukdė
ui-period-measures-no = Ne, paslauga naudotis buvo galima kaip numatyta (valandos skaičiuojamos įprasta tvarka)
ui-period-mixed-yes = Taip, buvo galima (valandos skaičiuojamos įprasta tvarka)
ui-period-mixed-no = Ne, nebuvo galima
ui-measures-day = epidemiologinės priemonės
ui-previous-hint-average = Naudojamas jų vidurkis. Šiuo laikotarpiu 10 valandų per savaitę taisyklė netaikoma: jei visos trys reikšmės lygios 0, valandų nepridedama.
ui-week-of = ISO savaitė { $week }
ui-week-days-line = { $days } ({ $n } savaitė): limitas { $cap } h; patvirtinta { $attested } h, iš jų apmokama { $payable } h; 7 priemonė { $emergency } h; neapmokama { $over } h.
ui-result-pending-any = Rezultatas bus parodytas, kai užpildysite mėnesį ir skirtas valandas.
ui-result-pending-open = Rezultatas bus parodytas, kai atsakysite į likusius klausimus.
ui-result-rules = Taikomos taisyklės
ui-result-period = Vidurkio taisyklės laikotarpis
ui-monthly-cap = Skirtos valandos per mėnesį (limitas)
ui-attested = Patvirtinta
ui-not-payable-monthly = Viršija per mėnesį skirtas valandas, neapmokama
ui-hourly-amount = Valandos suma
ui-rate-used = { $source ->
    [verified] { $amount } per valandą (taikoma nuo { $from })
   *[entered] { $amount } per valandą (kaip įvesta)
}
ui-last-verified = Paskutinė patikrinta valandos suma
ui-amount-from = { $amount } nuo { $from }
ui-loading = Įkeliama skaičiuoklė…
ui-error-summary-title = Kilo problema
ui-error-prefix = Klaida:
ui-month-legend = Mėnuo
ui-year = Metai
ui-month = Mėnuo
ui-choose = Pasirinkite
ui-allocation = Skirtos valandos per savaitę
ui-allocation-hint = Pavyzdžiui, 40 arba 17,5. Iš valstybės biudžeto finansuojama ne daugiau kaip 40 valandų per savaitę.
ui-calendar-caption = Patvirtintos valandos pagal dienas: { $month }
ui-calendar-hint = Kiekvienai dienai įveskite patvirtintas valandas ir priemonę. Tuščia diena reiškia 0 valandų. Galima rašyti dešimtainį kablelį.
ui-week = Savaitė
ui-hours-for = { $date }, valandos
ui-measure-for = { $date }, priemonė
ui-measure = { $n } priemonė
ui-measure7 = 7 priemonė (socialinės įtraukties veiklos)
ui-emergency-day = ekstremalioji situacija
ui-emergency-placed = 7 priemonė: { $h } h
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
ui-result-blocked = Ištaisykite klaidas, kad pamatytumėte rezultatą.
ui-result-loading = Įkeliamas Ministrų kabineto taisyklių Nr. 942 skaičiavimas…
ui-result-not-loaded = Nepavyko įkelti Ministrų kabineto taisyklių Nr. 942 skaičiavimo. Patikrinkite ryšį ir bandykite dar kartą.
ui-retry = Bandyti dar kartą
ui-total-payable = Iš viso apmokama
ui-attested-payable = Patvirtinta, apmokama
ui-emergency-hours = Ekstremaliosios situacijos valandos (7 priemonė)
ui-emergency-entitlement = Priklausančios ekstremaliosios situacijos valandos
ui-not-payable = Viršija savaitės limitą, neapmokama
ui-unplaced = Netelpa į apribojimus
ui-pay = Užmokestis
ui-hours-unit = { $h } h
ui-weeks-title = Pagal savaites
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
ui-lt-status-from = Kol kas ne: jei niekas kita nepasikeis, sąlygas atitiksite nuo { $date }.
ui-lt-status-at-the-latest = { $count ->
    [one] Vėliausiai nuo { $date } (duomuo, kuris galėtų tai paankstinti: { $missing }).
   *[other] Vėliausiai nuo { $date } (duomenys, kurie galėtų tai paankstinti: { $missing }).
}
ui-lt-status-cannot-tell = { $count ->
    [one] Negalima nustatyti: lemiamas duomuo – { $missing }.
   *[other] Negalima nustatyti: lemiami duomenys – { $missing }.
}
ui-lt-status-ended = Modelis veikė nuo { $from } iki { $to } ir { $date } nebeveikia.
ui-lt-status-fails = Pagal šias taisykles – ne, nes kriterijus „{ $criterion }“ netenkinamas, ir vien laikas to nepakeis.
ui-lt-status-after-window = { $date ->
    [none] Pagal šias taisykles – ne, nes visi kriterijai būtų tenkinami tik modeliui pasibaigus { $until }.
   *[other] Pagal šias taisykles – ne, nes visi kriterijai būtų tenkinami tik nuo { $date }, modeliui jau pasibaigus { $until }.
}
ui-lt-ask-last-day = Atsakyti apie { $date }, paskutinę modelio dieną
ui-lt-ask-first-day = Atsakyti apie { $date }, pirmąją modelio dieną
ui-verdict-eligible = Atitinkate: galite dalyvauti.
ui-crit-age = 30 metų ir vyresni
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
ui-lv-pre-retirement-age = Priešpensinį amžių pasiekiate
ui-lv-pre-retirement = Priešpensinio amžiaus bedarbių grupei priklausote nuo
ui-lv-pre-retirement-once-registered = kai tik įsiregistruosite kaip bedarbis
ui-lv-pre-retirement-after-retirement = netaikoma: įsiregistravote senatvės pensijos amžiaus sukakties dieną ar vėliau
ui-lv-long-term = Ilgalaikis bedarbis nuo
ui-lv-groups = Grupės { $date } dieną
ui-years-months = { $y } m. { $m } mėn.

ui-groups-none = nė vienos
ui-groups-not-registered = netaikomos: tą dieną neturite bedarbio statuso
ui-not-covered-date = data neapimama (ankstesnė nei { $from })

## The pages: the total bar on a phone (the total payable and the pay at the screen's bottom, a link to the result).
ui-totalbar-link = Žiūrėti rezultatą

## Each language's own name (the same in every catalog).

language-name-lv = Latviešu
language-name-lt = Lietuvių
language-name-en = English
language-name-ru = Русский
ui-translation = Vertimas
ui-quoted = „{ $text }“

## The pages: the self-assessments (start page groups, R4, R5 and R6 pages).

ui-start-group-assistant = Asistentai ir asistento paslaugos gavėjai
ui-start-group-work = Ieškantys darbo ir registruoti bedarbiai
ui-start-group-care = Pradedantys gauti socialinę globą
ui-start-group-applicants = Pretendentai į pareigas
ui-start-group-prisoners = Kaliniai ir buvę kaliniai
ui-start-mk-title = Priėmimas į socialinę globą (2020–2021): kokių dokumentų reikia?
ui-start-mk-text = Latvija, Ministrų kabineto taisyklės Nr. 360: ar neigiamas COVID-19 tyrimas arba gydytojo pažyma leidžia priimti į socialinę paslaugą su apgyvendinimu ir iki kada trunka izoliacija.
ui-start-vb-title = Vaiko teisių apsaugos inspekcijos vadovas (2020): ar atitinku reikalavimus?
ui-start-vb-text = Latvija, 2020 m. konkursas į Latvijos valstybinės vaiko teisių apsaugos inspekcijos vadovo pareigas: išsilavinimas, trejų metų nepertraukiama vadovavimo patirtis, anglų kalba.
ui-start-esf-title = Buvusių kalinių integracija: ESF projektas
ui-start-esf-text = Latvija: kam skirtas projektas, ką jis siūlo, kas jį vykdo, jo biudžetas ir į ką kreiptis.

ui-mk-title = Priėmimas į socialinę globą: tyrimas, pažyma, izoliacija
ui-mk-intro = Pagal Latvijos Ministrų kabineto taisykles Nr. 360 nuo { $from } iki { $to } asmeniui, priimamam į socialinę paslaugą su apgyvendinimu, reikėjo neigiamo COVID-19 tyrimo arba gydytojo pažymos, o po priėmimo jis turėjo būti izoliacijoje. Atsakykite į klausimus: skaičiuoklė pasakys, ar dokumentai leidžia asmenį priimti.
ui-mk-pending = Atsakymas pasirodys, kai įvesite apgyvendinimo datą ir įstaigos rūšį.
ui-mk-placement = Apgyvendinimas
ui-mk-placement-date = Apgyvendinimo (atvykimo) data
ui-mk-placement-date-hint = Diena, kai asmuo atvyksta į įstaigą. Pavyzdžiui, 2020-06-15.
ui-mk-institution = Kur asmuo apgyvendinamas?
ui-mk-institution-long-term-care = Ilgalaikės socialinės globos ir socialinės reabilitacijos įstaigoje
ui-mk-institution-other = Kitoje socialinėje paslaugoje su apgyvendinimu
ui-mk-documents = Dokumentai
ui-mk-test-date = Neigiamo COVID-19 tyrimo data
ui-mk-test-date-hint = Diena, kai atliktas tyrimas. Palikite tuščią, jei tyrimo nėra.
ui-mk-certificate-date = Gydytojo pažymos apie kontraindikacijų nebuvimą data
ui-mk-certificate-date-hint = Diena, kai gydantysis ar šeimos gydytojas ją išdavė. Palikite tuščią, jei pažymos nėra.
ui-mk-questions = Apie asmenį
ui-mk-symptoms = Asmuo turi kvėpavimo takų ligos požymių
ui-mk-urgent-child = Vaikas, kurį reikia apgyvendinti nedelsiant (išimtiniu atveju)
ui-mk-inpatient = Asmuo perkeliamas iš stacionarinio gydymo
ui-mk-status-not-covered = Netaikoma: Ministrų kabineto taisyklės Nr. 360 galiojo nuo { $from } iki { $to }, o { $date } nepatenka į šį laikotarpį.
ui-mk-status-admissible = { $by ->
    [test] Galima priimti: neigiamas tyrimas atitinka reikalavimą.
    [certificate] Galima priimti: gydytojo pažyma atitinka reikalavimą.
   *[exempt] Galima priimti: vaikui tyrimo nereikia.
}
ui-mk-status-not-admissible = Negalima priimti: { $problems }.
ui-mk-point = Taikytas punktas
ui-mk-point-value = { $point } punktas
ui-mk-by = Priėmimo pagrindas
ui-mk-by-value = { $by ->
    [test] neigiamas tyrimas
    [certificate] gydytojo pažyma
    [exempt] atleidimas nuo tyrimo
   *[none] negalima priimti
}
ui-mk-test-window = Tyrimas tinka, jei atliktas
ui-mk-certificate-window = Pažyma tinka, jei išduota
ui-mk-isolation = Izoliacija iki (imtinai)

ui-vb-title = Vaiko teisių apsaugos inspekcijos vadovas (2020): ar atitinku reikalavimus?
ui-vb-intro = 2020 m. konkurse į Latvijos valstybinės vaiko teisių apsaugos inspekcijos vadovo pareigas buvo reikalaujama aukštojo išsilavinimo, per pastaruosius 10 metų ne mažesnės kaip trejų metų nepertraukiamos organizacijos vadovo arba tiesiogiai vadovui pavaldžių vadovaujamų pareigų patirties, turint ne mažiau kaip 10 pavaldžių darbuotojų, ne žemesnio kaip B2 lygio anglų kalbos ir nepriekaištingos reputacijos. Atsakykite į klausimus: skaičiuoklė patikrins tai, ką galima apskaičiuoti.
ui-vb-pending = Atsakymas pasirodys, kai atsakysite apie išsilavinimą ir anglų kalbos lygį.
ui-vb-about = Išsilavinimas ir kalbos
ui-vb-education = Jūsų išsilavinimas
ui-vb-education-academic = Akademinis aukštasis išsilavinimas
ui-vb-education-professional = Antrosios pakopos profesinis aukštasis išsilavinimas
ui-vb-education-other = Kitas išsilavinimas
ui-vb-english = Jūsų anglų kalbos lygis
ui-vb-english-hint = Bendrųjų Europos kalbų metmenų lygiai nuo A1 (žemiausias) iki C2 (aukščiausias).
ui-vb-english-none = Anglų kalbos nemoku
ui-vb-posts = Jūsų pareigos
ui-vb-posts-hint = Nurodykite pastarųjų 10 metų pareigas. Pareigos, kurios sutampa arba kai vienos prasideda kitą dieną po kitų pabaigos, sudaro vieną nepertraukiamą laikotarpį.
ui-vb-post = { $n }-osios pareigos
ui-vb-post-from = Pradžia
ui-vb-post-to = Pabaiga
ui-vb-post-to-hint = Palikite tuščią, jei šias pareigas einate iki šiol.
ui-vb-post-kind = Pareigų rūšis
ui-vb-kind-head = Organizacijos vadovas
ui-vb-kind-under-head = Vadovaujamos pareigos, tiesiogiai pavaldžios vadovui
ui-vb-kind-other = Kitos pareigos
ui-vb-post-subordinates = Pavaldžių darbuotojų skaičius
ui-vb-post-subordinates-hint = Kitoms pareigoms nereikia.
ui-vb-post-add = Pridėti pareigas
ui-vb-post-remove = Pašalinti { $n }-ąsias pareigas
ui-vb-competition = Konkursas
ui-vb-deadline = Paraiškų pateikimo terminas
ui-vb-deadline-hint = Įrašytas konkurso terminas; pastarieji 10 metų skaičiuojami atgal nuo jo.
ui-vb-status = { $meets ->
    [yes] Visi reikalavimai, kuriuos galima apskaičiuoti, tenkinami; nepriekaištingą reputaciją deklaruojate patys.
   *[no] Ne visi reikalavimai tenkinami: { $failed }.
}
ui-vb-crit-education = Aukštasis išsilavinimas
ui-vb-crit-experience = Trejų metų nepertraukiama vadovavimo patirtis
ui-vb-crit-english = Anglų kalba ne žemesniu kaip B2 lygiu
ui-vb-longest = Ilgiausias nepertraukiamas laikotarpis
ui-vb-three-years-end = Treji metai nuo jo pirmosios dienos baigiasi
ui-vb-window = Pareigos įskaitomos laikotarpiu
ui-vb-reputation = Nepriekaištinga reputacija
ui-vb-reputation-value = deklaruojama pačių: skaičiuoklė to negali apskaičiuoti
ui-vb-none = nėra

ui-esf-title = Buvusių kalinių integracija: ESF projektas
ui-esf-intro = Projekto aprašas, kaip jį pateikia Latvijos teisingumo ministerija: kam jis skirtas, ką siūlo, kas jį vykdo, jo biudžetas ir į ką kreiptis.
ui-esf-status = Programos aprašas, ne sprendimas: šaltinis nenustato dalyvavimo sąlygų.
ui-esf-project = Projektas
ui-esf-for-whom = Kam skirtas
ui-esf-offers = Ką siūlo
ui-esf-run-by = Kas vykdo
ui-esf-partners = Partneriai
ui-esf-since = Nuo
ui-esf-budget = Biudžetas
ui-esf-total = Iš viso
ui-esf-esf = Europos socialinis fondas ({ $percent })
ui-esf-state = Valstybė ({ $percent })
ui-esf-contact = Į ką kreiptis
ui-esf-phone = Telefonas
ui-esf-email = El. paštas

## Keep your work: answers saved in this browser, clear, export and import
## of a file (the command line's input format), the printed summary.
## $file is the file's name.
ui-keep-saved = Jūsų atsakymai išsaugomi šioje naršyklėje Jums rašant ir vėl parodomi, kai šį puslapį atidarote iš naujo. Niekur nieko nesiunčiama.
ui-keep-session = Jūsų atsakymai saugomi tik šiame naršyklės skirtuke, kol jį uždarysite. Niekur nieko nesiunčiama.
ui-keep-not-saved = Jūsų atsakymai neišsaugomi: uždarius puslapį jie dings. Niekur nieko nesiunčiama.
ui-keep-full = Naršyklės saugykla pilna: naujausi atsakymai neišsaugoti. Niekur nieko nesiunčiama.
ui-keep-other-tab = Šis puslapis atidarytas ir kitame šios naršyklės skirtuke ar lange, kuriame atsakymai buvo pakeisti. Naršyklė išsaugo tik paskutinius pakeistus atsakymus: tęskite tik viename skirtuke ar lange.
ui-keep-export = Eksportuoti į failą
ui-keep-import = Importuoti failą
ui-keep-clear = Išvalyti formą
ui-keep-confirm = Išvalyti visus šios formos atsakymus ir tai, ką ši naršyklė iš jų išsaugojo? To nebus galima atšaukti.
ui-keep-confirm-yes = Taip, išvalyti
ui-keep-confirm-no = Atšaukti
ui-keep-cleared = Forma tuščia ir nieko iš jos neišsaugota.
ui-keep-exported = Failas { $file } eksportuotas.
ui-keep-export-errors = Neeksportuota: pirmiausia ištaisykite klaidas (failo su klaidomis nebūtų galima nei importuoti, nei apdoroti kartu su kitais).
ui-keep-imported = Failas { $file } importuotas.
ui-keep-import-unreadable = Failo { $file } nepavyko perskaityti. Nieko nepakeista.
ui-keep-import-too-large = Failas { $file } per didelis: ši skaičiuoklė nuskaito ne didesnius kaip 1 MiB failus. Nieko nepakeista.
ui-keep-import-errors = Failas { $file } neimportuotas, nieko nepakeista. { $errors }
ui-keep-import-month = Failas { $file } skirtas mėnesiui, kurio ši forma nesiūlo: { $month }. Nieko nepakeista.
ui-keep-import-two-entries = Faile { $file } yra keli įrašai { $date }: formoje kiekvienai dienai gali būti tik vienas įrašas. Nieko nepakeista.
ui-print-title = Suvestinė pateikti: { $month }
ui-print-date = Data
ui-print-attested = Patvirtintos valandos
ui-print-measure = Priemonė
ui-print-measure7 = 7 priemonės valandos
## Offline and install (issue 11, item 4): the notice of a new version (www/sr/page.js)
ui-offline-update-ready = Parengta nauja skaičiuoklių versija.
ui-offline-reload = Įkelti puslapį iš naujo
