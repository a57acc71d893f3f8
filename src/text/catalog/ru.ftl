# socialrules: the English catalog.
# One catalog per language (lv, lt, en, ru), the same message ids in each,
# with the same variables. Quotes of the law stay in their language in the
# rules; their translations are the messages quote-*. Terms follow
# GLOSSARY.md.

## Formats: dates, money. Variables: $d (day), $dd, $mm, $yyyy, $month
## (the month's name as a date needs it), $monthNom (nominative name).

format-date = { $dd }.{ $mm }.{ $yyyy }
format-day-month = { $d } { $month }
format-day-range = { $from }–{ $d } { $month }
format-range = { $from } – { $to }
format-month-year = { $month } { $yyyy } г.
format-money = { $amount } евро

month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь
month-genitive-1 = января
month-genitive-2 = февраля
month-genitive-3 = марта
month-genitive-4 = апреля
month-genitive-5 = мая
month-genitive-6 = июня
month-genitive-7 = июля
month-genitive-8 = августа
month-genitive-9 = сентября
month-genitive-10 = октября
month-genitive-11 = ноября
month-genitive-12 = декабря

hours = { $n ->
    [one] { $n } час
    [few] { $n } часа
    [many] { $n } часов
   *[other] { $n } часа
}
interpretation-lead = Как этот калькулятор понимает правило:

## Fields, as error messages name them.

field-unknown = «{ $name }»
field- = входные данные
field-calculator = калькулятор
field-month = месяц
field-weekly_allocation = назначенные часы в неделю
field-days = список дней
field-date = дата
field-hours = часы
field-measure = мероприятие
field-emergency = вопросы о чрезвычайной ситуации
field-activities_resumed = ответ, возобновилась ли деятельность
field-previous_months = часы предыдущих месяцев
field-daily_max = дневной максимум
field-granularity = шаг округления
field-paid_outside_month = часы, уже оплаченные в соседнем месяце
field-hourly_rate = почасовая ставка
field-birth_date = дата рождения
field-registered_since = дата регистрации
field-last_employment_end = дата окончания последней работы
field-employment_end = дата прекращения трудовых отношений
field-cash_social_assistance = ответ о денежной социальной поддержке
field-municipality = самоуправление
field-disability = ответ об инвалидности
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

error-invalid_json = Входные данные не являются корректным JSON (байт { $offset }: { $reason }). Проверьте скобки, кавычки и запятые.
error-not_an_object = Входные данные должны быть объектом JSON {"{"}…{"}"}.
error-duplicate_key = Поле «{ $path }» указано дважды. Оставьте только одно.
error-unknown_field = Неизвестное поле «{ $path }». Проверьте его название или удалите его.
error-required = { $date ->
    [none] Укажите: { $field }.
   *[other] Укажите: { $field } ({ $date }).
}
error-required-month = Выберите месяц.
error-required-weekly_allocation = Введите количество часов, назначенных в неделю.
error-required-emergency = This month has days of a period in which the average of the three previous months may apply: say whether the service could be used as contracted, and enter the hours of the three previous months.
error-required-activities_resumed = Ответьте, возобновилась ли деятельность в дни чрезвычайной ситуации.
error-required-previous_months = Введите часы, использованные в каждом из трёх предыдущих месяцев.
error-wrong_type = { $date ->
    [none] { $Field }: значение неверного типа. Введите его как текст или число.
   *[other] { $Field } ({ $date }): значение неверного типа. Введите его как текст или число.
}
error-not_a_number = { $date ->
    [none] { $Field }: введите число, например 3,5.
   *[other] { $Field } ({ $date }): введите число, например 3,5.
}
error-negative = { $date ->
    [none] { $Field }: значение не может быть отрицательным, введите 0 или больше.
   *[other] { $Field } ({ $date }): значение не может быть отрицательным, введите 0 или больше.
}
error-must_be_positive = { $Field }: введите значение больше 0.
error-too_large = { $date ->
    [none] { $Field }: введите число от 0 до { $max }.
   *[other] { $Field } ({ $date }): введите число от 0 до { $max }.
}
error-too_large- = Объём входных данных превышает { $max } байт (1 МиБ). Отправляйте один лист учёта или один вопрос за раз.
error-too_large-municipality = Введите название самоуправления длиной не более { $max } символов.
error-too_small = { $Field }: введите значение не менее { $min }.
error-too_many_decimals = { $date ->
    [none] { $Field }: введите не более 6 знаков после запятой.
   *[other] { $Field } ({ $date }): введите не более 6 знаков после запятой.
}
error-not_a_whole_number = { $Field }: введите целое число.
error-invalid_month = Введите месяц в формате ГГГГ-ММ, например 2020-06.
error-invalid_date = { $Field }: введите дату в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, например 10.06.2020.
error-no_such_day = Даты { $value } не существует. Введите реальную календарную дату.
error-date_outside_month = Дата { $value } не входит в выбранный месяц ({ $month }). Введите день этого месяца.
error-measure_out_of_range = { $date ->
    [none] Выберите мероприятие от 1 до 7 (Правила КМ № 942, приложение 1).
   *[other] Выберите мероприятие от 1 до 7 (Правила КМ № 942, приложение 1) на { $date }.
}
error-day_over_24 = За { $date } всего введено более 24 часов. Уменьшите количество часов в этот день.
error-not_covered = { $value } is not covered: the calculator encodes the assistant service from January 2013 on (Cabinet Regulation No. 942, and from July 2021 Cabinet Regulation No. 316).
error-previous_months_count = Введите ровно три числа: часы каждого из трёх предыдущих месяцев, начиная с самого раннего.
error-invalid_week = Неделя «{ $value }»: введите неделю ISO в формате ГГГГ-Wнн, например 2020-W23.
error-week_not_at_edge = Неделя { $value } не пересекает границу месяца: уже оплаченные часы указываются только для недель, часть дней которых приходится на соседний месяц.
error-granularity_over_daily_max = Шаг округления не может быть больше дневного максимума.
error-too_many_entries = { $Field }: слишком много записей (не более { $max }).
error-not_one_of = { $Field }: выберите один из вариантов: { $allowed }.
error-date_after_date = { $Field }: введите дату не позднее даты, о которой вы спрашиваете ({ $other }).
error-date_before_date = { $other_field ->
    [birth_date] The { $field } cannot be before the date of birth ({ $other }). Check both dates.
    [last_employment_end] The { $field } cannot be before the end of the last job ({ $other }): the job must end on or before the day of registration. Check both dates.
    [employment_end] The { $field } cannot be before the end of the employment ({ $other }): the employment must end on or before the day of registration. Check both dates.
   *[other] The { $field } cannot be before { $other }.
}
error-date_after_date-from = The post cannot start after it ends ({ $other }). Check its start and end dates.

error-invalid_utf8 = Введённые данные не являются текстом в кодировке UTF-8 (байт { $offset }). Сохраните файл в кодировке UTF-8 и попробуйте ещё раз.
error-too_many_errors = { $more ->
    [one] И ещё { $more } ошибка, не указанная здесь. Исправьте ошибки выше и попробуйте ещё раз.
    [few] И ещё { $more } ошибки, не указанные здесь. Исправьте ошибки выше и попробуйте ещё раз.
   *[many] И ещё { $more } ошибок, не указанных здесь. Исправьте ошибки выше и попробуйте ещё раз.
}

## Why a text is not JSON (the reader's reasons).

json-text-after-the-end-of-the-json-value = текст после конца значения JSON
json-unexpected-character = неожиданный символ
json-nested-too-deeply = слишком глубокая вложенность
json-unexpected-end-of-text = неожиданный конец текста
json-expected-or = ожидалась запятая или закрывающая скобка
json-expected-a-key-in-double-quotes = ожидался ключ в двойных кавычках
json-expected = ожидалось двоеточие
json-malformed-number = некорректное число
json-malformed-u-escape = некорректная escape-последовательность \u
json-unterminated-string = незакрытая строка
json-unpaired-surrogate-in-u-escape = непарный суррогат в escape-последовательности \u
json-unknown-escape = неизвестная escape-последовательность
json-control-character-in-string = управляющий символ в строке
json-invalid-utf-8 = недопустимый UTF-8

## The legal sources, as the explanations name them.

source-mk942 = Правила Кабинета министров № 942 от 18 декабря 2012 года „Kārtība, kādā piešķir un finansē asistenta pakalpojumu pašvaldībā, augstskolā un koledžā“ («Порядок предоставления и финансирования услуги ассистента в самоуправлении, высшем учебном заведении и колледже»)
source-mk942-p11-1 = Правила Кабинета министров № 942, пункт 11.1 (дополнены Правилами Кабинета министров № 134 от 17 марта 2020 года)
source-lm-2020-06-12-case1 = Министерство благосостояния, разъяснение от 12 июня 2020 года об услуге ассистента, случай 1
source-lm-2020-06-12-case2 = Министерство благосостояния, разъяснение от 12 июня 2020 года об услуге ассистента, случай 2
source-lm-2020-04 = Министерство благосостояния, разъяснение от 1 апреля 2020 года на март и апрель 2020 года
source-es-2020 = Распоряжение Кабинета министров от 12 марта 2020 года „Par ārkārtējās situācijas izsludināšanu“ («Об объявлении чрезвычайной ситуации»), продлено распоряжением № 254 по 9 июня 2020 года
source-a1-269-p7 = Приказ министра социальной защиты и труда Литовской Республики от 13 мая 2019 г. № A1-269, пункт 7 (в редакции приказа № A1-48)
source-a1-269 = Приказ министра социальной защиты и труда Литовской Республики от 13 мая 2019 г. № A1-269
source-a1-48 = Приказ министра социальной защиты и труда Литовской Республики от 21 января 2020 г. № A1-48
source-a1-257 = Order No. A1-257 of the Minister of Social Security and Labour, as amended by Order No. A1-911 (municipal employment programmes from 2023)
source-lt-municipal-pages = Страницы участвующих самоуправлений о модели (Казлу-Руда, город Алитус)
source-nva-apply = Государственное агентство занятости (NVA): подача заявления на статус безработного
source-nva-groups = Государственное агентство занятости (NVA): группы безработных
source-state-pensions-law = Закон „Par valsts pensijām“ («О государственных пенсиях»), переходные положения (пенсионный возраст)
source-mk360 = Cabinet Regulation No. 360 of 9 June 2020 “Epidemiological Safety Measures for the Containment of the Spread of COVID-19 Infection”
source-mk360-p33 = Cabinet Regulation No. 360, Paragraph 33 (version of 10 June 2020)
source-mk360-p34 = Cabinet Regulation No. 360, Paragraph 34 (version of 10 June 2020)
source-mk662 = Cabinet Regulation No. 662 of 28 September 2021, in force from 11 October 2021, which replaced Cabinet Regulation No. 360
source-vbtai-2020 = State Chancellery: open competition for the post of head of the State Inspectorate for Protection of Children’s Rights, announced on 1 June 2020 (Ministry of Welfare news)
source-esf-ex-prisoners = Ministry of Justice: news on the ESF project “Bijušo ieslodzīto integrācija sabiedrībā un darba tirgū”

## Translations of the quoted law (the quotes stay in their language).

quote-r1-ordinary = оплачивая часы в соответствии с подтверждениями и не превышая назначенного лицу количества часов
quote-r1-difference = разница между средним количеством часов в месяц, использованных лицом за предыдущие три месяца, и количеством часов, использованных в дни месяца после чрезвычайной ситуации
quote-r1-week-cap = количество часов, подлежащих оплате ассистенту, не может превышать назначенного лицу с инвалидностью количества часов в неделю
quote-r1-proportion = соблюдается принцип соразмерности в отношении объёма услуги, указываемого за один день, исходя из того, что определённую часть суток лицо спит и находится дома
quote-r1-ten-hours = не более 10 часов в неделю
quote-r3-apply = не ранее чем на следующий день после прекращения трудовых отношений
quote-r3-long-term = 12 месяцев и дольше
quote-r2-age = в возрасте 30 лет и старше
quote-r2-long-term = долговременные безработные, продолжительность безработицы которых превышает 12 месяцев, считая со дня регистрации в Службе занятости …, или которые не работают более 2 лет
quote-r2-cash = являются получателями денежной социальной поддержки (A1-48: или имеют право её получать)
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

r1-ordinary = Оплачиваются подтверждённые часы, но не больше часов, назначенных на неделю ({ $allocation } ч).
r1-week-reading = неделя — это календарная неделя с понедельника по воскресенье (неделя ISO). Для недели, которая пересекает границу месяца, лимит применяется к её дням внутри месяца за вычетом часов, уже оплаченных за её дни в соседнем месяце.
r1-week = Неделя { $week } ({ $days }): лимит { $cap } ч{ $paid ->
    [0] {""}
   *[other] {" "}({ $allocation } − { $paid } ч, уже оплаченных в соседнем месяце)
}; подтверждено { $attested } ч, к оплате { $payable } ч{ $over ->
    [0] {""}
   *[other] ; { $over } ч сверх лимита не оплачиваются
}{ $emergency ->
    [0] {""}
   *[other] ; часы чрезвычайной ситуации: { $emergency } ч
}.
r1-average = Среднее количество часов в месяц, использованных за три предыдущих месяца: ({ $m1 } + { $m2 } + { $m3 }) / 3 = { $average } ч.
r1-general-form = часы за дни чрезвычайной ситуации = среднее − часы, подтверждённые за весь месяц = { $average } − { $attested } = { $entitlement } ч (не меньше 0). Часы, подтверждённые в дни чрезвычайной ситуации, учитываются так же, как любые другие.
r1-no-previous-use = За три предыдущих месяца часы не использовались: вместо среднего в дни чрезвычайной ситуации применяется не более { $limit } ч в неделю.
r1-edge-week-reading = в неделе, которая пересекает границу месяца, часы, уже оплаченные за эту неделю в соседнем месяце, тоже засчитываются в эти 10 часов.
r1-week-cap = В каждой календарной неделе подтверждённые часы и часы чрезвычайной ситуации вместе не превышают лимита недели.
r1-daily-maximum = в каждый день чрезвычайной ситуации часы чрезвычайной ситуации и подтверждённые часы вместе составляют не более { $daily_max } ч.
r1-spreading = часы распределяются по дням как можно равномернее в пределах ограничений (справедливое распределение max-min), доля каждого дня округляется вниз до числа, кратного { $granularity } ч; оставшиеся единицы по одной получает день с наименьшим числом часов, который ещё может её принять (при равенстве — более ранний). Эти часы указываются по мероприятию 7 (мероприятия социальной интеграции).
r1-rounding = { $unplaced ->
    [0] распределено { $placed } ч; никогда не больше, чем положено.
   *[other] распределено { $placed } ч; { $unplaced } ч не укладываются в ограничения (или меньше одного шага в { $granularity } ч) и не предлагаются.
}
r1-total = Всего к оплате: { $total } ч = подтверждено { $attested } ч + часы чрезвычайной ситуации { $emergency } ч.
r1-pay = { $hours } ч × { $rate } евро в час = { $pay }, с округлением до цента (половина цента — в большую сторону).
warning-over_state_funded_max = По Правилам Кабинета министров № 942 из государственного бюджета финансируется не более { $max } ч в неделю; самоуправление может оплатить больше из своего бюджета.
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
    [yes] выполнен
    [no] не выполнен
   *[unknown] нельзя определить (не хватает сведений)
}
r2-criterion-age = { $birthday ->
    [none] Возраст: рассчитать нельзя.
   *[other] Возраст: 30 лет исполняется { $birthday } — { r2-criterion-met }.
}
r2-criterion-long-term = Долговременный безработный: { $registered_from ->
    [none] { $not_working_from ->
        [none] не указаны ни дата регистрации, ни дата окончания последней работы
       *[other] без работы более 2 лет начиная с { $not_working_from }
    }
   *[other] зарегистрирован более 12 месяцев начиная с { $registered_from }{ $not_working_from ->
        [none] {""}
       *[other] ; или без работы более 2 лет начиная с { $not_working_from }
    }
} — { r2-criterion-met }.
r2-criterion-cash = { $answer ->
    [receives] Получает денежную социальную поддержку — выполнен.
    [entitled] Имеет право на денежную социальную поддержку: это учитывается с { $entitled_from } (приказ № A1-48; дата вступления в силу не проверена) — { r2-criterion-met }.
    [no] Не получает денежную социальную поддержку и не имеет права на неё — не выполнен.
   *[none] Нет ответа о денежной социальной поддержке — нельзя определить.
}
r2-criteria = Участвовать можно, если в день направления к кейс-менеджеру и в день подписания соглашения выполняются все три критерия. Модель действовала с { $from } по { $to }.
r2-age-reading = день 30-летия — это дата рождения плюс 360 месяцев; если такого дня в месяце нет, берётся последний день месяца (29 февраля → 28 февраля).
r2-months-reading = «более 12 месяцев» после регистрации в день r выполняется со дня, следующего за датой r + 12 календарных месяцев; «более 2 лет» — это 24 месяца после окончания последней работы, считая так же.
r2-verdict = { $verdict ->
    [eligible] { $date }: все критерии выполнены.
    [not_eligible] { $date }: выполнены не все критерии.
    [cannot_tell] Не хватает сведений, поэтому определить нельзя: ответьте на вопросы, отмеченные «?».
   *[not_covered] { $date } — вне периода действия модели (с { $from } по { $to }): эта дата не охватывается.
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
r2-municipality-known = «{ $name }»: { $participation ->
    [pilot-2019] пилотное самоуправление 2019 года
    [named-by-ministry] министерство называет его среди участников
   *[joined-2020] одно из 19 самоуправлений, присоединившихся в 2020–2021 годах
}{ $since ->
    [none] {""}
   *[other] ; с { $since }
}{ $months ->
    [none] {""}
   *[other] , на { $months } мес.
}{ $people ->
    [none] {""}
   *[other] , не более чем для { $people } человек
} (по данным источников). Это информация, а не решение: обратитесь в своё самоуправление.
r2-municipality-unknown = «{ $name }» нет среди самоуправлений, которые называют источники (список неполный: в 2020–2021 годах присоединились ещё 19). Обратитесь в своё самоуправление.

## R3: Latvia, unemployment dates.

r3-apply = Подать заявление на статус безработного можно не ранее чем на следующий день после прекращения трудовых отношений: они прекратились { $end }, значит, с { $from }.
r3-retirement = Пенсионный возраст — тот, что действует в году, на который приходится дата выхода на пенсию: { $years } г. { $months } мес.; дата выхода на пенсию — { $date }.
r3-pre-retirement = { $situation ->
    [not-registered] You reach pre-retirement age on { $age_from } (five years before the retirement date, { $retirement }); you count as a pre-retirement unemployed person once registered as unemployed.
    [registered] Pre-retirement age: five years or less before the retirement date ({ $retirement }), that is, from { $age_from }. Registered as unemployed, you count as a pre-retirement unemployed person from { $from } until the day before the retirement date.
   *[registered-after-retirement] Registered on or after the retirement date ({ $retirement }): you do not count as a pre-retirement unemployed person.
}
r3-long-term = «12 месяцев и дольше» с регистрации (дата регистрации — { $registered }): с { $from }; если такого дня в месяце нет, берётся последний день месяца.
r3-groups = { $state ->
    [not-covered] { $date } — ранее 2014 года: правила до этого времени здесь не реализованы, поэтому дата не охватывается.
    [not-registered] На { $date } лицо не зарегистрировано как безработный, поэтому группы не применяются; даты выше показывают, когда они начались бы.
    [none] { $date }: ни одна из групп.
   *[groups] { $date }: { $groups }.
}
group-long_term_unemployed = долговременный безработный
group-pre_retirement_age = безработный предпенсионного возраста
group-with_disability = безработный с инвалидностью (по введённым данным)

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


ui-skip-to-content = Перейти к содержанию
ui-start-privacy = Страница работает без сервера, а после загрузки — и без подключения к интернету.
ui-language-nav = Язык
ui-app-name = Калькуляторы социальных услуг
ui-start-intro = Расчёты по правилам социальных услуг Латвии и Литвы. Всё происходит в вашем браузере: ничего из того, что вы вводите, никуда не отправляется.
ui-start-assistant-title = Часы услуги ассистента за месяц
ui-start-assistant-text = Для ассистентов и клиентов: сколько часов из месячного листа учёта подлежит оплате, включая месяцы чрезвычайной ситуации 2020 года (Правила Кабинета министров № 942).
ui-title = Часы услуги ассистента за месяц
ui-intro = Введите месячный лист учёта. Калькулятор покажет часы к оплате по каждой неделе, а в месяцы чрезвычайной ситуации 2020 года — и часы по мероприятию 7. Ничего не отправляется: расчёт выполняется в вашем браузере.
ui-loading = Загрузка калькулятора…
ui-load-failed = Не удалось загрузить калькулятор. Перезагрузите страницу.
ui-error-summary-title = Возникла проблема
ui-error-prefix = Ошибка:
ui-month-legend = Месяц
ui-year = Год
ui-month = Месяц
ui-choose = Выберите
ui-month-hint = Калькулятор охватывает Правила Кабинета министров № 942 за период { $from } – { $to }.
ui-allocation = Назначено часов в неделю
ui-allocation-hint = Например, 40 или 17,5. Из государственного бюджета финансируется не более 40 часов в неделю.
ui-calendar-caption = Подтверждённые часы по дням: { $month }
ui-calendar-hint = Для каждого дня введите подтверждённые часы и мероприятие. Пустой день означает 0 часов. Дробную часть можно отделять запятой.
ui-week = Неделя
ui-week-short = Нед. { $n }
ui-hours-for = { $date }, часы
ui-measure-for = { $date }, мероприятие
ui-measure = Мероприятие { $n }
ui-measure7 = Мероприятие 7 (мероприятия социальной интеграции)
ui-emergency-day = чрезвычайная ситуация
ui-emergency-placed = Мероприятие 7: { $h } ч
ui-emergency-legend = Чрезвычайная ситуация ({ $from } – { $to })
ui-emergency-intro = В этом месяце есть дни чрезвычайной ситуации: { $days }.
ui-resumed-question = Возобновилась ли деятельность клиента в дни чрезвычайной ситуации?
ui-resumed-yes = Да, возобновилась (часы учитываются в обычном порядке)
ui-resumed-no = Нет, не возобновилась
ui-previous-legend = Часы, использованные за три предыдущих месяца
ui-previous-hint = Используется их среднее (Министерство благосостояния, 12 июня 2020 года). Если все три равны 0, применяется не более 10 часов в неделю (Правила Кабинета министров № 942, пункт 11.1).
ui-previous-month = Часы: { $month }
ui-settings-legend = Настройки расчёта
ui-daily-max = Дневной максимум (ч)
ui-daily-max-hint = Сколько всего часов (подтверждённых и по мероприятию 7) может приходиться на один день чрезвычайной ситуации; так калькулятор понимает слова «часть суток лицо спит». По умолчанию: 8.
ui-granularity = Шаг округления (ч)
ui-granularity-hint = Часы каждого дня кратны этому шагу; так калькулятор округляет распределение. По умолчанию: 0,5.
ui-rate = Почасовая ставка, евро (необязательно)
ui-rate-hint = По Правилам Кабинета министров № 942: минимальная зарплата ÷ норма рабочих часов месяца, например 3,1447 в июне 2021 года (совершеннолетний клиент). Ставки 2020 года введите сами.
ui-paid-legend = Недели на границе месяца (необязательно)
ui-paid-hint = Если часы за дни этой недели в соседнем месяце уже оплачены, они уменьшают лимит недели.
ui-paid-for = Уже оплачено за неделю { $week } (в этот месяц входят дни { $from } – { $to })
ui-calculate = Рассчитать
ui-result-title = Результат
ui-result-pending = Результат появится, когда будут заполнены месяц и назначенные часы в неделю.
ui-result-blocked = Исправьте ошибки, чтобы увидеть результат.
ui-total-payable = Всего к оплате
ui-attested-payable = Подтверждено, к оплате
ui-emergency-hours = Часы чрезвычайной ситуации (мероприятие 7)
ui-emergency-entitlement = Право на часы чрезвычайной ситуации
ui-not-payable = Сверх недельного лимита, не оплачивается
ui-unplaced = Не укладывается в ограничения
ui-pay = Оплата
ui-hours-unit = { $h } ч
ui-weeks-title = По неделям
ui-week-line = { $week } ({ $from } – { $to }): лимит { $cap } ч; подтверждено { $attested } ч, из них к оплате { $payable } ч; мероприятие 7: { $emergency } ч; не оплачивается { $over } ч.
ui-legend-attested = подтверждено, к оплате
ui-legend-emergency = мероприятие 7
ui-legend-over = сверх лимита
ui-legend-cap = недельный лимит
ui-emergency-days-title = Часы по мероприятию 7 по дням
ui-explanation-title = Как это рассчитано
ui-source = Источник

ui-warnings = Обратите внимание
ui-optional = (необязательно)
ui-check = Проверить
ui-date-hint = Например, 10.03.1985.
ui-birth-date = Дата рождения
ui-about-you = О вас
ui-not-applicable = —
ui-met = выполнен
ui-not-met = не выполнен
ui-unknown = нельзя определить
ui-criteria-title = Критерии
ui-start-lt-title = Литовская модель занятости: могу ли я участвовать?
ui-start-lt-text = Литва, 2019–2022: подходите ли вы для модели «Užimtumo skatinimo ir motyvavimo» (содействие занятости и мотивация) и с какой даты.
ui-start-lv-title = Безработица в Латвии: ваши даты
ui-start-lv-text = Когда можно обратиться в NVA и с какой даты вы считаетесь долговременным безработным или безработным предпенсионного возраста.
ui-lt-title = Литовская модель занятости: могу ли я участвовать?
ui-lt-intro = Модель «Užimtumo skatinimo ir motyvavimo paslaugų nedirbantiems ir socialinę paramą gaunantiems asmenims modelis» (модель услуг по содействию занятости и мотивации для неработающих лиц, получающих социальную помощь) действовала в самоуправлениях Литвы с { $from } по { $to }. Ответьте на вопросы: калькулятор скажет, подходите ли вы, а если пока нет — с какой даты.
ui-lt-pending = Ответ появится, когда будут введены дата и дата рождения.
ui-lt-when = Какой день
ui-lt-date = Дата, о которой вы спрашиваете
ui-lt-date-hint = День направления к кейс-менеджеру или подписания соглашения. Например, 01.06.2020.
ui-lt-work = Работа и регистрация
ui-lt-registered = Дата регистрации в Службе занятости (Užimtumo tarnyba)
ui-lt-registered-hint = День, когда вы зарегистрировались. Например, 15.01.2019.
ui-lt-last-job = Дата окончания последней работы
ui-lt-last-job-hint = Последний рабочий день. Например, 31.05.2017.
ui-lt-support = Денежная социальная поддержка
ui-lt-cash = Получаете ли вы денежную социальную поддержку (piniginė socialinė parama)?
ui-lt-cash-hint = После приказа № A1-48 (январь 2020 года) достаточно иметь право на неё.
ui-lt-cash-receives = Да, получаю
ui-lt-cash-entitled = Нет, но имею на неё право
ui-lt-cash-no = Нет
ui-lt-where = Самоуправление
ui-lt-municipality = Самоуправление
ui-lt-municipality-hint = Только для информации: модель действовала не во всех самоуправлениях.
ui-lt-from = Если ничего больше не изменится, вы будете соответствовать критериям с { $date }.
ui-lt-never = Пока модель действует, все критерии одновременно выполнены не будут.
ui-verdict-eligible = Подходите: вы можете участвовать.
ui-verdict-not-eligible = Пока не подходите.
ui-verdict-cannot-tell = Нельзя определить: не хватает сведений.
ui-verdict-not-covered = Дата вне периода действия модели ({ $from } – { $to }).
ui-crit-age = 30 лет и старше
ui-crit-long-term-unemployed = Долговременный безработный
ui-crit-cash-social-assistance = Денежная социальная поддержка
ui-lv-title = Безработица в Латвии: ваши даты
ui-lv-intro = Когда можно подать заявление на статус безработного в Государственное агентство занятости (NVA), когда вы достигнете пенсионного возраста и с какой даты вы считаетесь безработным предпенсионного возраста или долговременным безработным.
ui-lv-pending = Ответ появится, когда будут введены дата и дата рождения.
ui-lv-when = Какой день
ui-lv-date = Дата, о которой вы спрашиваете
ui-lv-date-hint = День, на который нужен ответ. Например, 01.01.2024.
ui-lv-disability = У меня есть инвалидность
ui-lv-job-end = Дата прекращения трудовых отношений
ui-lv-job-end-hint = Последний рабочий день. Например, 31.12.2022.
ui-lv-registered = Дата регистрации в NVA в качестве безработного
ui-lv-registered-hint = Например, 05.01.2023.
ui-lv-status = Вы достигаете пенсионного возраста { $date }.
ui-lv-apply = Подать заявление на статус безработного можно с
ui-lv-retirement-age = Пенсионный возраст
ui-lv-retirement-date = Вы достигаете пенсионного возраста
ui-lv-pre-retirement = Безработный предпенсионного возраста с
ui-lv-long-term = Долговременный безработный с
ui-lv-groups = Группы на { $date }
ui-years-months = { $y } г. { $m } мес.

ui-groups-none = нет
ui-groups-not-registered = не применяются: на эту дату вы не зарегистрированы как безработный
ui-not-covered-date = дата не охватывается (ранее { $from })

## Each language's own name (the same in every catalog).

language-name-lv = Latviešu
language-name-lt = Lietuvių
language-name-en = English
language-name-ru = Русский
ui-translation = Перевод
ui-quote-label = Текст гласит
