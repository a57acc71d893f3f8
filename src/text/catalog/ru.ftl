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
field-placement_date = дата помещения
field-institution = вид услуги
field-negative_test_date = дата отрицательного теста
field-certificate_date = дата справки врача
field-respiratory_symptoms = ответ о признаках респираторного заболевания
field-urgent_child_placement = ответ о срочном помещении ребёнка
field-from_inpatient_treatment = ответ о переводе со стационарного лечения
field-education = образование
field-english = уровень английского языка
field-posts = список должностей
field-from = дата начала работы в должности
field-to = дата окончания работы в должности
field-kind = вид должности
field-subordinates = число подчинённых сотрудников
field-deadline = срок подачи заявок

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
    [birth_date] { $Field } не может быть раньше даты рождения ({ $other }). Проверьте обе даты.
    [last_employment_end] { $Field } не может быть раньше окончания последней работы ({ $other }): работа должна закончиться не позднее дня регистрации. Проверьте обе даты.
    [employment_end] { $Field } не может быть раньше прекращения трудовых отношений ({ $other }): трудовые отношения должны прекратиться не позднее дня регистрации. Проверьте обе даты.
   *[other] { $Field } не может быть раньше { $other }.
}
error-date_after_date-from = Работа в должности не может начинаться позже её окончания ({ $other }). Проверьте даты начала и окончания.

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
source-a1-257 = Приказ министра социальной защиты и труда Литовской Республики № A1-257 в редакции приказа № A1-911 (программы занятости самоуправлений с 2023 года)
source-lt-municipal-pages = Страницы участвующих самоуправлений о модели (Казлу-Руда, город Алитус)
source-nva-apply = Государственное агентство занятости (NVA): подача заявления на статус безработного
source-nva-groups = Государственное агентство занятости (NVA): группы безработных
source-state-pensions-law = Закон „Par valsts pensijām“ («О государственных пенсиях»), переходные положения (пенсионный возраст)
source-mk360 = Правила Кабинета министров № 360 от 9 июня 2020 года „Epidemioloģiskās drošības pasākumi Covid-19 infekcijas izplatības ierobežošanai“ («Эпидемиологические меры безопасности для ограничения распространения инфекции Covid-19»)
source-mk360-p33 = Правила Кабинета министров № 360, пункт 33 (в редакции от 10 июня 2020 года)
source-mk360-p34 = Правила Кабинета министров № 360, пункт 34 (в редакции от 10 июня 2020 года)
source-mk662 = Правила Кабинета министров № 662 от 28 сентября 2021 года, действующие с 11 октября 2021 года, которые заменили Правила Кабинета министров № 360
source-vbtai-2020 = Государственная канцелярия: открытый конкурс на должность руководителя Государственной инспекции по защите прав детей, объявленный 1 июня 2020 года (сообщение Министерства благосостояния)
source-esf-ex-prisoners = Министерство юстиции: сообщение о проекте ЕСФ „Bijušo ieslodzīto integrācija sabiedrībā un darba tirgū“ («Интеграция бывших заключённых в общество и на рынок труда»)

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
quote-r4-p33-1 = лицу, помещаемому в учреждение, в сотрудничестве с семейным врачом не ранее чем за два дня до помещения сделан тест на Covid-19, и он отрицательный, за исключением детей, которым незамедлительно (в исключительных случаях) необходимо обеспечить пребывание в кризисном центре или учреждении долгосрочного социального ухода и социальной реабилитации
quote-r4-p33-2 = лицу, переводимому со стационарного лечения, не ранее чем за два дня до поступления в учреждение сделан тест на Covid-19
quote-r4-p33-3 = после принятия в учреждение лицо 14 дней находится в самоизоляции
quote-r4-p34 = остальные социальные услуги с предоставлением проживания оказываются лицу без признаков респираторного заболевания, если оно соответствует одному из следующих требований
quote-r4-p34-1 = лицо может предъявить документ о том, что ему не ранее чем за три дня до поступления в учреждение сделан тест на Covid-19 и он отрицательный
quote-r4-p34-2 = у лица есть выданная не ранее чем за неделю до прибытия в учреждение справка лечащего или семейного врача об отсутствии противопоказаний для получения услуги
quote-r5-education = академическое высшее или профессиональное высшее образование второго уровня
quote-r5-experience = за последние 10 лет претенденты должны приобрести не менее чем трёхлетний непрерывный опыт работы в должности руководителя организации или на другой руководящей должности в непосредственном подчинении руководителя организации не менее чем с 10 подчинёнными сотрудниками
quote-r5-english = Знание английского языка должно быть не ниже уровня B2
quote-r5-reputation = безупречная репутация
quote-r5-deadline = Заявки претендентов подаются в электронном виде не позднее 22 июня
quote-r6-budget = Общий бюджет проекта составляет 4 486 638 евро, из них 85% — финансирование Европейского социального фонда, а 15% софинансирует государство.
quote-r6-partners = С 2016 года Управление мест заключения реализует софинансируемый ЕСФ проект «Интеграция бывших заключённых в общество и на рынок труда». […] Партнёры проекта — Государственная служба пробации и Государственное агентство занятости.
quote-r6-consultations = Сотрудники Государственного агентства занятости проводят для заключённых консультации по вопросам карьеры как перед включением в программы профессионального образования, так и перед освобождением из мест заключения.

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
r2-outlook-from = Пока нет: если ничего больше не изменится, все критерии будут выполнены с { $date }.
r2-outlook-at-the-latest = { $count ->
    [one] Если ничего больше не изменится, по указанным сведениям все критерии начнут выполняться не позднее { $date }; если указать недостающее ({ $missing }), эта дата может оказаться более ранней.
    [few] Если ничего больше не изменится, по указанным сведениям все критерии начнут выполняться не позднее { $date }; если указать недостающие сведения ({ $missing }), эта дата может оказаться более ранней.
    [many] Если ничего больше не изменится, по указанным сведениям все критерии начнут выполняться не позднее { $date }; если указать недостающие сведения ({ $missing }), эта дата может оказаться более ранней.
   *[other] Если ничего больше не изменится, по указанным сведениям все критерии начнут выполняться не позднее { $date }; если указать недостающие сведения ({ $missing }), эта дата может оказаться более ранней.
}
r2-outlook-cannot-tell = { $count ->
    [one] Нельзя определить: решающее значение имеет { $missing }.
    [few] Нельзя определить: решающее значение имеют { $missing }.
    [many] Нельзя определить: решающее значение имеют { $missing }.
   *[other] Нельзя определить: решающее значение имеют { $missing }.
}
r2-outlook-never = { $reason ->
    [fails-for-good] По этим правилам участвовать нельзя, потому что { $criterion ->
        [cash_social_assistance] критерий о денежной социальной поддержке не выполнен, и одно лишь течение времени этого не изменит.
       *[other] один из критериев не выполнен, и одно лишь течение времени этого не изменит.
    }
   *[only-after-window] По этим правилам участвовать нельзя, потому что { $date ->
        [none] все критерии были бы выполнены только после окончания действия модели ({ $until }).
       *[other] все критерии были бы выполнены только с { $date }, уже после окончания действия модели ({ $until }).
    }
}
r2-model-ended = Модель действовала с { $from } по { $to } и на { $date } уже не действует: её правила к этой дате применить нельзя. Укажите дату в период с { $from } по { $to }, чтобы увидеть, как они применялись тогда.
r2-successor = Для информации: с 2023 года самоуправления реализуют программы занятости по приказу министра социальной защиты и труда № A1-257 в редакции приказа № A1-911. Этот калькулятор их не охватывает: обратитесь в своё самоуправление.
fact-registered_since = дата регистрации в Службе занятости
fact-last_employment_end = дата окончания последней работы
fact-cash_social_assistance = ответ о денежной социальной поддержке
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
    [not-registered] Предпенсионного возраста вы достигаете { $age_from } (за пять лет до даты выхода на пенсию, { $retirement }); безработным предпенсионного возраста вы будете считаться, когда зарегистрируетесь как безработный.
    [registered] Предпенсионный возраст: пять лет или меньше до даты выхода на пенсию ({ $retirement }), то есть с { $age_from }. Как зарегистрированный безработный вы считаетесь безработным предпенсионного возраста с { $from } по день накануне даты выхода на пенсию.
   *[registered-after-retirement] Вы зарегистрированы в дату выхода на пенсию или позже ({ $retirement }): безработным предпенсионного возраста вы не считаетесь.
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
    [before-in-force] { $date } — ранее { $from }, даты вступления в силу Правил Кабинета министров № 360: эта дата не охватывается.
   *[lost-force] С { $lost } Правила Кабинета министров № 360 больше не действуют (их заменили Правила Кабинета министров № 662, которые здесь не реализованы): дата { $date } не охватывается.
}
r4-point-33 = { $point ->
    [p33-2] Учреждение долгосрочного социального ухода и социальной реабилитации, лицо переводится со стационарного лечения: применяется подпункт 33.2 — тест на Covid-19 не ранее чем за два дня до поступления в учреждение, без исключений; затем 14 дней самоизоляции (подпункт 33.3).
   *[p33-1] Учреждение долгосрочного социального ухода и социальной реабилитации: применяется подпункт 33.1 — отрицательный тест на Covid-19 не ранее чем за два дня до помещения, кроме детей, которых необходимо поместить незамедлительно; затем 14 дней самоизоляции (подпункт 33.3).
}
r4-point-34 = Остальные социальные услуги с предоставлением проживания: применяется пункт 34 — для лица без признаков респираторного заболевания, которое соответствует одному из его требований: отрицательный тест на Covid-19 не ранее чем за три дня до поступления в учреждение (34.1) или справка лечащего или семейного врача об отсутствии противопоказаний, выданная не ранее чем за неделю до прибытия (34.2).
r4-one-of-reading = достаточно соответствовать одному из требований пункта 34 («vienai no šādām prasībām» — «одному из следующих требований»): нужен отрицательный тест или справка врача. В разъяснении Министерства благосостояния от 10 июня 2020 года требуется и то и другое; решающим является текст правил.
r4-symptoms-reading = по пункту 34 принимается только лицо без признаков респираторного заболевания: при наличии таких признаков ни тест, ни справка не позволяют принять лицо по пункту 34.
r4-exempt = Ребёнок, которого необходимо поместить незамедлительно (в исключительных случаях), освобождается от теста (подпункт 33.1).
r4-test = { $state ->
    [valid] Отрицательный тест на Covid-19 от { $document } засчитывается: он должен быть сделан не ранее чем за { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } до помещения, то есть с { $from } по { $to }.
    [too-early] Тест от { $document } сделан слишком рано: он должен быть сделан не ранее чем за { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } до помещения, то есть с { $from } по { $to }.
    [after-placement] Дата теста { $document } — позже помещения в учреждение ({ $to }): тест засчитывается, только если он сделан с { $from } по { $to }.
   *[missing] Отрицательный тест на Covid-19 не указан: тест засчитывается, если он сделан с { $from } по { $to } (не ранее чем за { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } до помещения).
}
r4-certificate = { $state ->
    [valid] Справка врача от { $document } засчитывается: она должна быть выдана не ранее чем за неделю ({ $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }) до прибытия, то есть с { $from } по { $to }.
    [too-early] Справка врача от { $document } выдана слишком рано: она должна быть выдана не ранее чем за неделю ({ $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }) до прибытия, то есть с { $from } по { $to }.
    [after-placement] Дата справки { $document } — позже прибытия ({ $to }): справка засчитывается, только если она выдана с { $from } по { $to }.
   *[missing] Справка врача не указана: справка засчитывается, если она выдана с { $from } по { $to } (не ранее чем за неделю, { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }, до прибытия).
}
r4-isolation-reading = «14 дней» самоизоляции — это 14 дней после дня принятия в учреждение (срок начинает течь со дня, следующего за событием): если лицо принято { $placement }, оно находится в самоизоляции по { $until } включительно ({ $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}).
r4-verdict = { $admissible ->
    [yes] { $by ->
        [test] Можно принять { $date }: отрицательный тест соответствует требованию.
        [certificate] Можно принять { $date }: справка врача соответствует требованию.
       *[exempt] Можно принять { $date }: ребёнок освобождён от теста.
    }
   *[no] Принять { $date } нельзя: { $problems }.
}
r4-problem-respiratory_symptoms = у лица есть признаки респираторного заболевания
r4-problem-no_test = отрицательный тест не указан
r4-problem-no_document = не указан ни отрицательный тест, ни справка врача
r4-problem-test_too_early = тест сделан слишком рано
r4-problem-test_after_placement = дата теста — позже помещения в учреждение
r4-problem-certificate_too_early = справка выдана слишком рано
r4-problem-certificate_after_placement = дата справки — позже прибытия
r4-later-amendments = Здесь реализованы Правила Кабинета министров № 360 в редакции, действующей с { $version }. Позже в них вносились изменения (самоизоляция была сокращена до 10, а затем до 7 дней; даты здесь не проверены); эти изменения не реализованы: проверьте редакцию, действовавшую { $date }.

## R5: Latvia, the competition for head of the State Inspectorate for Protection of Children’s Rights (2020).

r5-deadline = Заявки нужно было подать не позднее { $deadline }: последние 10 лет отсчитываются назад от этого дня.
r5-window-reading = засчитывается только та часть работы в должности, которая приходится на последние 10 лет до окончания срока подачи заявок, — с { $from } по { $to }, включая оба дня; три года длятся с какого-либо дня по день, предшествующий той же дате через три года (с 1 марта 2015 года по 28 февраля 2018 года — достаточно).
r5-subordinates-reading = слова «не менее чем с { $min } подчинёнными сотрудниками» относятся к обоим видам должностей: к должности руководителя организации и к другой руководящей должности в непосредственном подчинении руководителя.
r5-post = Должность { $n } (с { $from } по { $to }, { $kind ->
    [head] руководитель организации
    [under_head] руководящая должность в непосредственном подчинении руководителя
   *[other] другая должность
}, подчинённых сотрудников: { $subordinates }): { $state ->
    [counts] засчитывается.
    [not-management] не засчитывается: это не руководящая должность ни одного из двух видов.
    [few-subordinates] не засчитывается: менее 10 подчинённых сотрудников.
   *[outside-window] не засчитывается: находится за пределами последних 10 лет.
}
r5-criterion-education = { $education ->
    [academic_higher] Образование: академическое высшее — выполнен.
    [second_level_professional_higher] Образование: профессиональное высшее второго уровня — выполнен.
   *[other] Образование: нет ни академического высшего, ни профессионального высшего образования второго уровня — не выполнен.
}
r5-criterion-english = { $level ->
    [none] Английский язык: нет — не выполнен (требуется не ниже B2).
   *[other] Английский язык: { $level } — { $met ->
        [yes] выполнен (требуется не ниже B2).
       *[no] не выполнен (требуется не ниже B2).
    }
}
r5-criterion-experience = { $from ->
    [none] Опыт: за последние 10 лет не засчитывается ни одна должность — не выполнен.
   *[other] Опыт: самый длинный непрерывный период — с { $from } по { $to } (должности, которые пересекаются или одна из которых начинается на следующий день после окончания другой, образуют один период); три года начиная с { $from } заканчиваются { $end } — { $met ->
        [yes] выполнен.
       *[no] не выполнен.
    }
}
r5-reputation = Безупречную репутацию калькулятор определить не может: её подтверждает сам претендент.
r5-verdict = { $meets ->
    [yes] Все требования, которые можно определить, выполнены (безупречную репутацию претендент подтверждает сам).
   *[no] Выполнены не все требования: { $failed }.
}
r5-requirement-education = образование
r5-requirement-experience = опыт
r5-requirement-english = английский язык

## R6: Latvia, the ESF project for prisoners and former prisoners.

r6-title = Проект ЕСФ «{ $name }» (интеграция бывших заключённых в общество и на рынок труда)
r6-no-verdict = Это карточка программы, а не решение: источник не устанавливает условий участия.
r6-for-whom = Для кого: { $groups }.
r6-offers = Что предлагается: { $offers }.
r6-run-by = Реализует: { $run_by } (с { $since } года); партнёры: { $partners }.
r6-budget = Бюджет: всего { $total }; { $esf_percent }% — из Европейского социального фонда ({ $esf }), { $state_percent }% — от государства ({ $state }), с точностью до цента.
r6-contact = Контактное лицо, указанное в источнике: { $name }, Министерство юстиции, телефон { $phone }, e-mail { $email } (специалист по связям с общественностью по вопросам фондов ЕС, которая подготовила информацию). По вопросам участия обращайтесь в учреждение, которое реализует проект: { $run_by }.
r6-group-prisoners = заключённые
r6-group-former_prisoners = бывшие заключённые
r6-offer-career_consultation_before_vocational_education = консультации Государственного агентства занятости по вопросам карьеры перед получением профессионального образования в месте заключения
r6-offer-career_consultation_before_release = консультации Государственного агентства занятости по вопросам карьеры перед освобождением
r6-offer-specific_support_measures = специальные меры поддержки
r6-offer-volunteering = волонтёрская работа
r6-offer-family_involvement = вовлечение активных членов семьи
r6-body-prison_administration = Управление мест заключения
r6-body-state_probation_service = Государственная служба пробации
r6-body-state_employment_agency = Государственное агентство занятости
r6-body-ministry_of_justice = Министерство юстиции

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
ui-lt-status-from = Пока нет: если ничего больше не изменится, вы будете соответствовать критериям с { $date }.
ui-lt-status-at-the-latest = { $count ->
    [one] Не позднее чем с { $date } (сведение, которое могло бы сделать это раньше: { $missing }).
   *[other] Не позднее чем с { $date } (сведения, которые могли бы сделать это раньше: { $missing }).
}
ui-lt-status-cannot-tell = { $count ->
    [one] Нельзя определить: решающее сведение — { $missing }.
   *[other] Нельзя определить: решающие сведения — { $missing }.
}
ui-lt-status-ended = Модель действовала с { $from } по { $to } и { $date } уже не действует.
ui-lt-status-fails = По этим правилам — нет, потому что критерий «{ $criterion }» не выполнен, и одно лишь время этого не изменит.
ui-lt-status-after-window = { $date ->
    [none] По этим правилам — нет, потому что все критерии выполнялись бы только после окончания модели { $until }.
   *[other] По этим правилам — нет, потому что все критерии выполнялись бы только с { $date }, уже после окончания модели { $until }.
}
ui-lt-ask-last-day = Ответить на { $date }, последний день модели
ui-lt-ask-first-day = Ответить на { $date }, первый день модели
ui-verdict-eligible = Подходите: вы можете участвовать.
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
ui-lv-pre-retirement-age = Предпенсионного возраста вы достигаете
ui-lv-pre-retirement = Безработным предпенсионного возраста вы считаетесь с
ui-lv-pre-retirement-once-registered = как только зарегистрируетесь как безработный
ui-lv-pre-retirement-after-retirement = не применяется: вы зарегистрировались в день достижения пенсионного возраста или позже
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

## The pages: the self-assessments (start page groups, R4, R5 and R6 pages).

ui-start-group-assistant = Ассистенты и клиенты услуги ассистента
ui-start-group-work = Ищущие работу и зарегистрированные безработные
ui-start-group-care = Поступающие в социальный уход
ui-start-group-applicants = Кандидаты на должность
ui-start-group-prisoners = Заключённые и бывшие заключённые
ui-start-mk-title = Приём в социальный уход (2020–2021): какие документы нужны?
ui-start-mk-text = Латвия, правила Кабинета министров № 360: позволяет ли отрицательный тест на Covid-19 или справка врача принять человека в социальную услугу с предоставлением проживания и до какого дня длится самоизоляция.
ui-start-vb-title = Руководитель инспекции по защите прав детей (2020): соответствую ли я требованиям?
ui-start-vb-text = Латвия, конкурс 2020 года на должность руководителя Государственной инспекции по защите прав детей: образование, три года непрерывного опыта руководства, английский язык.
ui-start-esf-title = Интеграция бывших заключённых: проект ЕСФ
ui-start-esf-text = Латвия: для кого проект, что он предлагает, кто его осуществляет, его бюджет и к кому обращаться.

ui-mk-title = Приём в социальный уход: тест, справка, самоизоляция
ui-mk-intro = По правилам Кабинета министров № 360 с { $from } по { $to } человеку, поступающему в социальную услугу с предоставлением проживания, был нужен отрицательный тест на Covid-19 или справка врача, а после приёма он находился на самоизоляции. Ответьте на вопросы: калькулятор скажет, позволяют ли документы принять человека.
ui-mk-pending = Ответ появится, когда будут введены дата помещения и вид учреждения.
ui-mk-placement = Помещение в учреждение
ui-mk-placement-date = Дата помещения (прибытия)
ui-mk-placement-date-hint = День, когда человек поступает в учреждение. Например, 15.06.2020.
ui-mk-institution = Куда помещают человека?
ui-mk-institution-long-term-care = В учреждение длительного социального ухода и социальной реабилитации
ui-mk-institution-other = В другую социальную услугу с предоставлением проживания
ui-mk-documents = Документы
ui-mk-test-date = Дата отрицательного теста на Covid-19
ui-mk-test-date-hint = День, когда сделан тест. Оставьте пустым, если теста нет.
ui-mk-certificate-date = Дата справки врача об отсутствии противопоказаний
ui-mk-certificate-date-hint = День, когда лечащий или семейный врач её выдал. Оставьте пустым, если справки нет.
ui-mk-questions = О человеке
ui-mk-symptoms = У человека есть признаки респираторного заболевания
ui-mk-urgent-child = Ребёнок, которого нужно поместить немедленно (в исключительном случае)
ui-mk-inpatient = Человека переводят со стационарного лечения
ui-mk-status-not-covered = Не охватывается: правила Кабинета министров № 360 применялись с { $from } по { $to }, а { $date } вне этого периода.
ui-mk-status-admissible = { $by ->
    [test] Можно принять: отрицательный тест отвечает требованию.
    [certificate] Можно принять: справка врача отвечает требованию.
   *[exempt] Можно принять: ребёнку тест не нужен.
}
ui-mk-status-not-admissible = Принять нельзя: { $problems }.
ui-mk-point = Применённый пункт
ui-mk-point-value = пункт { $point }
ui-mk-by = Основание приёма
ui-mk-by-value = { $by ->
    [test] отрицательный тест
    [certificate] справка врача
    [exempt] освобождение от теста
   *[none] принять нельзя
}
ui-mk-test-window = Тест подходит, если сделан
ui-mk-certificate-window = Справка подходит, если выдана
ui-mk-isolation = Самоизоляция до (включительно)

ui-vb-title = Руководитель инспекции по защите прав детей (2020): соответствую ли я требованиям?
ui-vb-intro = В конкурсе 2020 года на должность руководителя Государственной инспекции по защите прав детей требовались высшее образование, не менее трёх лет непрерывного опыта за последние 10 лет в должности руководителя учреждения или на руководящей должности в прямом подчинении руководителю, не менее чем с 10 подчинёнными, английский язык не ниже уровня B2 и безупречная репутация. Ответьте на вопросы: калькулятор проверит то, что можно рассчитать.
ui-vb-pending = Ответ появится, когда вы ответите об образовании и уровне английского языка.
ui-vb-about = Образование и языки
ui-vb-education = Ваше образование
ui-vb-education-academic = Академическое высшее образование
ui-vb-education-professional = Профессиональное высшее образование второго уровня
ui-vb-education-other = Другое образование
ui-vb-english = Ваш уровень английского языка
ui-vb-english-hint = Уровни Общеевропейской компетенции владения языком, от A1 (низший) до C2 (высший).
ui-vb-english-none = Английским не владею
ui-vb-posts = Ваши должности
ui-vb-posts-hint = Укажите должности за последние 10 лет. Должности, которые пересекаются или где одна начинается на следующий день после окончания другой, составляют один непрерывный период.
ui-vb-post = Должность { $n }
ui-vb-post-from = Начало
ui-vb-post-to = Окончание
ui-vb-post-to-hint = Оставьте пустым, если вы всё ещё занимаете эту должность.
ui-vb-post-kind = Вид должности
ui-vb-kind-head = Руководитель учреждения
ui-vb-kind-under-head = Руководящая должность в прямом подчинении руководителю
ui-vb-kind-other = Другая должность
ui-vb-post-subordinates = Число подчинённых
ui-vb-post-subordinates-hint = Для другой должности не нужно.
ui-vb-post-add = Добавить должность
ui-vb-post-remove = Удалить должность { $n }
ui-vb-competition = Конкурс
ui-vb-deadline = Срок подачи заявлений
ui-vb-deadline-hint = Заполнено сроком конкурса; последние 10 лет отсчитываются назад от него.
ui-vb-status = { $meets ->
    [yes] Все требования, которые можно рассчитать, выполнены; безупречную репутацию вы заявляете сами.
   *[no] Выполнены не все требования: { $failed }.
}
ui-vb-crit-education = Высшее образование
ui-vb-crit-experience = Три года непрерывного опыта руководства
ui-vb-crit-english = Английский язык не ниже B2
ui-vb-longest = Самый длинный непрерывный период
ui-vb-three-years-end = Три года с его первого дня заканчиваются
ui-vb-window = Должности засчитываются в период
ui-vb-reputation = Безупречная репутация
ui-vb-reputation-value = заявляется самим кандидатом: калькулятор не может её рассчитать
ui-vb-none = нет

ui-esf-title = Интеграция бывших заключённых: проект ЕСФ
ui-esf-intro = Карточка проекта по сообщению Министерства юстиции: для кого он, что предлагает, кто его осуществляет, его бюджет и к кому обращаться.
ui-esf-status = Карточка программы, а не решение: источник не устанавливает условий участия.
ui-esf-project = Проект
ui-esf-for-whom = Для кого
ui-esf-offers = Что предлагает
ui-esf-run-by = Кто осуществляет
ui-esf-partners = Партнёры
ui-esf-since = С
ui-esf-budget = Бюджет
ui-esf-total = Всего
ui-esf-esf = Европейский социальный фонд ({ $percent })
ui-esf-state = Государство ({ $percent })
ui-esf-contact = К кому обращаться
ui-esf-phone = Телефон
ui-esf-email = Эл. почта
