# socialrules: the English catalog.
# One catalog per language (lv, lt, en, ru), the same message ids in each,
# with the same variables. Quotes of the law stay in their language in the
# rules; their translations are the messages quote-*. Terms follow
# GLOSSARY.md.

## Formats: dates, money. Variables: $d (day), $dd, $mm, $yyyy, $month
## (the month's name as a date needs it), $monthNom (nominative name).

format-date = { $d } { $month } { $yyyy }
format-day-month = { $d } { $month }
format-day-range = { $from }–{ $d } { $month }
format-range = { $from } to { $to }
format-month-year = { $month } { $yyyy }
format-money = EUR { $amount }

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-genitive-1 = January
month-genitive-2 = February
month-genitive-3 = March
month-genitive-4 = April
month-genitive-5 = May
month-genitive-6 = June
month-genitive-7 = July
month-genitive-8 = August
month-genitive-9 = September
month-genitive-10 = October
month-genitive-11 = November
month-genitive-12 = December

hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
interpretation-lead = How this calculator reads the rule:

## Fields, as error messages name them.

field-at-date = { $field } for { $date }
field-unknown = “{ $name }”
field- = input
field-calculator = calculator
field-month = month
field-weekly_allocation = weekly allocation
field-days = list of days
field-date = date
field-hours = hours
field-measure = measure
field-emergency = emergency questions
field-activities_resumed = answer whether activities had resumed
field-previous_months = hours of the previous months
field-daily_max = daily maximum
field-granularity = rounding step
field-paid_outside_month = hours already paid in the neighbouring month
field-hourly_rate = hourly rate
field-birth_date = date of birth
field-registered_since = registration date
field-last_employment_end = end date of the last job
field-employment_end = end date of the employment
field-cash_social_assistance = answer on cash social assistance
field-municipality = municipality
field-disability = answer on disability
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

error-invalid_json = The input is not valid JSON (at byte { $offset }: { $reason }). Check the brackets, quotes and commas.
error-not_an_object = The input must be a JSON object {"{"}…{"}"}.
error-duplicate_key = The field “{ $path }” is given twice. Keep only one.
error-unknown_field = Unknown field “{ $path }”. Check its name or remove it.
error-required = Enter the { $field }.
error-required-month = Choose the month.
error-required-weekly_allocation = Enter the hours allocated per week.
error-required-emergency = This month has days of a period in which the average of the three previous months may apply: say whether the service could be used as contracted, and enter the hours of the three previous months.
error-required-activities_resumed = Say whether activities had resumed on the emergency days.
error-required-previous_months = Enter the hours used in each of the three previous months.
error-wrong_type = The value of the { $field } is of the wrong kind. Enter it as text or a number.
error-not_a_number = Enter the { $field } as a number, for example 3.5.
error-negative = The { $field } cannot be negative: enter 0 or more.
error-must_be_positive = Enter a { $field } greater than 0.
error-too_large = Enter the { $field } as a number from 0 to { $max }.
error-too_large- = The input is larger than 1 MiB ({ $max } bytes). Send one timesheet or one question at a time.
error-too_large-municipality = Enter the municipality’s name in at most { $max } characters.
error-too_small = Enter a { $field } of at least { $min }.
error-too_many_decimals = Enter the { $field } with at most 6 digits after the decimal point.
error-not_a_whole_number = Enter the { $field } as a whole number.
error-invalid_month = Enter the month as YYYY-MM, for example 2020-06.
error-invalid_date = Enter the { $field } as DD.MM.YYYY or YYYY-MM-DD, for example 10.06.2020.
error-no_such_day = There is no such day as { $value }. Enter a real calendar day.
error-date_outside_month = The date { $value } is not in the chosen month ({ $month }). Enter a day of that month.
error-measure_out_of_range = { $date ->
    [none] Choose a measure from 1 to 7 (MK 942, Annex 1).
   *[other] Choose a measure from 1 to 7 (MK 942, Annex 1) for { $date }.
}
error-day_over_24 = More than 24 hours in total are entered for { $date }. Reduce the hours of that day.
error-not_covered = { $value } is not covered: the calculator encodes the assistant service from January 2013 on (Cabinet Regulation No. 942, and from July 2021 Cabinet Regulation No. 316).
error-previous_months_count = Enter exactly three numbers: the hours of each of the three previous months, oldest first.
error-invalid_week = Week “{ $value }”: enter an ISO week as YYYY-Www, for example 2020-W23.
error-week_not_at_edge = Week { $value } does not cross the month’s edge: hours already paid are entered only for weeks with days in the neighbouring month.
error-granularity_over_daily_max = The rounding step cannot be larger than the daily maximum.
error-too_many_entries = Too many entries in the { $field } (at most { $max }).
error-not_one_of = Choose the { $field } from: { $allowed }.
error-date_after_date = { $Field }: enter a date that is not after the date asked about ({ $other }).
error-date_before_date = { $other_field ->
    [birth_date] The { $field } cannot be before the date of birth ({ $other }). Check both dates.
    [last_employment_end] The { $field } cannot be before the end of the last job ({ $other }): the job must end on or before the day of registration. Check both dates.
    [employment_end] The { $field } cannot be before the end of the employment ({ $other }): the employment must end on or before the day of registration. Check both dates.
   *[other] The { $field } cannot be before { $other }.
}
error-date_after_date-from = The post cannot start after it ends ({ $other }). Check its start and end dates.

error-invalid_utf8 = The input is not UTF-8 text (at byte { $offset }). Save the file as UTF-8 and try again.
error-too_many_errors = { $more ->
    [one] And { $more } more error not listed here. Correct the ones above and try again.
   *[other] And { $more } more errors not listed here. Correct the ones above and try again.
}

## Why a text is not JSON (the reader's reasons).

json-text-after-the-end-of-the-json-value = text after the end of the JSON value
json-unexpected-character = unexpected character
json-nested-too-deeply = nested too deeply
json-unexpected-end-of-text = unexpected end of text
json-expected-or = expected a comma or a closing bracket
json-expected-a-key-in-double-quotes = expected a key in double quotes
json-expected = expected a colon
json-malformed-number = malformed number
json-malformed-u-escape = malformed \u escape
json-unterminated-string = unterminated string
json-unpaired-surrogate-in-u-escape = unpaired surrogate in \u escape
json-unknown-escape = unknown escape
json-control-character-in-string = control character in a string
json-invalid-utf-8 = invalid UTF-8

## The legal sources, as the explanations name them.

source-mk942 = Cabinet Regulation No. 942 of 18 December 2012 “Procedures for Granting and Financing the Assistant Service in the Local Government, Higher Education Institution and College”
source-mk942-p11-1 = Cabinet Regulation No. 942, Paragraph 11.1 (added by Cabinet Regulation No. 134 of 17 March 2020)
source-lm-2020-06-12-case1 = Ministry of Welfare, guidance of 12 June 2020 on the assistant service, case 1
source-lm-2020-06-12-case2 = Ministry of Welfare, guidance of 12 June 2020 on the assistant service, case 2
source-lm-2020-04 = Ministry of Welfare, guidance of 1 April 2020 for March and April 2020
source-es-2020 = Cabinet Order of 12 March 2020 “On the Declaration of the Emergency Situation”, extended by Order No. 254 until 9 June 2020
source-a1-269-p7 = Order No. A1-269 of the Minister of Social Security and Labour of 13 May 2019, Paragraph 7 (as amended by Order No. A1-48)
source-a1-269 = Order No. A1-269 of the Minister of Social Security and Labour of 13 May 2019
source-a1-48 = Order No. A1-48 of the Minister of Social Security and Labour of 21 January 2020
source-a1-257 = Order No. A1-257 of the Minister of Social Security and Labour, as amended by Order No. A1-911 (municipal employment programmes from 2023)
source-lt-municipal-pages = The participating municipalities’ pages on the model (Kazlų Rūda, Alytus city)
source-nva-apply = State Employment Agency (NVA): applying for the status of an unemployed person
source-nva-groups = State Employment Agency (NVA): groups of unemployed persons
source-state-pensions-law = Law “On State Pensions”, transitional provisions (the retirement age)
source-mk360 = Cabinet Regulation No. 360 of 9 June 2020 “Epidemiological Safety Measures for the Containment of the Spread of COVID-19 Infection”
source-mk360-p33 = Cabinet Regulation No. 360, Paragraph 33 (version of 10 June 2020)
source-mk360-p34 = Cabinet Regulation No. 360, Paragraph 34 (version of 10 June 2020)
source-mk662 = Cabinet Regulation No. 662 of 28 September 2021, in force from 11 October 2021, which replaced Cabinet Regulation No. 360
source-vbtai-2020 = State Chancellery: open competition for the post of head of the State Inspectorate for Protection of Children’s Rights, announced on 1 June 2020 (Ministry of Welfare news)
source-esf-ex-prisoners = Ministry of Justice: news on the ESF project “Bijušo ieslodzīto integrācija sabiedrībā un darba tirgū”

## Translations of the quoted law (the quotes stay in their language).

quote-r1-ordinary = paying the hours according to the confirmations and not exceeding the number of hours allocated to the person
quote-r1-difference = the difference between the average number of hours the person used per month in the previous three months and the number used on the days of the month after the emergency situation
quote-r1-week-cap = the number of hours payable to the assistant cannot be greater than the number of hours per week allocated to the person with a disability
quote-r1-proportion = the principle of proportion is to be observed as to the amount of service reported for one day, assuming that the person sleeps and stays at home for a certain part of the day
quote-r1-ten-hours = no more than 10 hours a week
quote-r3-apply = no earlier than the day after the termination of the employment relationship
quote-r3-long-term = 12 months or more
quote-r2-age = aged 30 or older
quote-r2-long-term = long-term unemployed whose unemployment has lasted more than 12 months, counted from the day of registration with the Employment Service …, or who have not worked for more than 2 years
quote-r2-cash = are recipients of cash social assistance (A1-48: or are entitled to receive it)
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

r1-ordinary = The attested hours are paid, never more than the hours allocated per week ({ $allocation } h).
r1-week-reading = a week is a calendar week, Monday to Sunday (ISO week). A week that crosses the month’s edge is capped on its days inside the month, less the hours already paid on its days in the neighbouring month.
r1-week = Week { $week } ({ $days }): cap { $cap } h{ $paid ->
    [0] {""}
   *[other] {" "}({ $allocation } − { $paid } h already paid in the neighbouring month)
}; attested { $attested } h, payable { $payable } h{ $over ->
    [0] {""}
   *[other] ; { $over } h over the cap are not payable
}{ $emergency ->
    [0] {""}
   *[other] ; emergency hours { $emergency } h
}.
r1-average = Average hours used per month in the three previous months: ({ $m1 } + { $m2 } + { $m3 }) / 3 = { $average } h.
r1-general-form = hours for the emergency days = the average − the hours attested in the whole month = { $average } − { $attested } = { $entitlement } h (never below 0). Hours attested on emergency days count like any other.
r1-no-previous-use = No hours were used in the three previous months: instead of the average, at most { $limit } hours a week apply on the days of the emergency situation.
r1-edge-week-reading = in a week that crosses the month’s edge, hours already paid in that week in the neighbouring month count against these 10 hours too.
r1-week-cap = In every calendar week, attested hours and emergency hours together stay within the week’s cap.
r1-daily-maximum = on each day of the emergency situation, emergency hours and attested hours together are at most { $daily_max } h.
r1-spreading = the hours are spread over the days as evenly as the limits allow (the max-min fair split), each day’s share rounded down to a multiple of { $granularity } h; the units left over go one at a time to the day with the fewest hours that can still take one (the earliest among equals). They are reported under measure 7 (social inclusion activities).
r1-rounding = { $unplaced ->
    [0] { $placed } h placed; never more than the entitlement.
   *[other] { $placed } h placed; { $unplaced } h do not fit the limits (or are less than one step of { $granularity } h) and are not proposed.
}
r1-total = Payable in total: { $total } h = attested { $attested } h + emergency { $emergency } h.
r1-pay = { $hours } h × EUR { $rate } an hour = { $pay }, rounded half up to the cent.
warning-over_state_funded_max = Cabinet Regulation No. 942 funds at most { $max } hours a week from the state budget; a municipality may pay more from its own budget.
field-regulation = regulation (Cabinet Regulation No. 942 or No. 316)
field-service = service
field-monthly_allocation = monthly allocation
error-required-regulation = In { $month } the person’s contract decides which rules apply: choose Cabinet Regulation No. 942 (hours allocated per week) or No. 316 (hours allocated per month).
error-required-monthly_allocation = Enter the hours allocated per month in the social service office’s decision.
error-not_in_force = { $value ->
    [mk316] Cabinet Regulation No. 316 applies from July 2021: { $month } is under Cabinet Regulation No. 942. Choose that one.
   *[mk942] Cabinet Regulation No. 942 applies until December 2021 at the latest: { $month } is under Cabinet Regulation No. 316. Choose that one.
}
error-other_module = { $month } is under Cabinet Regulation No. 942: this module computes the months of Cabinet Regulation No. 316 only. The module { $module } computes every month.
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
    [yes] met
    [no] not met
   *[unknown] cannot tell (a fact is missing)
}
r2-criterion-age = { $birthday ->
    [none] Age: cannot be worked out.
   *[other] Age: the 30th birthday is { $birthday } — { r2-criterion-met }.
}
r2-criterion-long-term = Long-term unemployed: { $registered_from ->
    [none] { $not_working_from ->
        [none] neither the registration date nor the end of the last job is given
       *[other] not working for more than 2 years from { $not_working_from }
    }
   *[other] registered for more than 12 months from { $registered_from }{ $not_working_from ->
        [none] {""}
       *[other] ; or not working for more than 2 years from { $not_working_from }
    }
} — { r2-criterion-met }.
r2-criterion-cash = { $answer ->
    [receives] Receives cash social assistance — met.
    [entitled] Entitled to cash social assistance: this counts from { $entitled_from } (Order No. A1-48; the date it took effect is not verified) — { r2-criterion-met }.
    [no] Neither receives nor is entitled to cash social assistance — not met.
   *[none] Cash social assistance not answered — cannot tell.
}
r2-criteria = A person may take part if all three criteria hold on the day of referral to the case manager and on the day the agreement is signed. The model ran from { $from } to { $to }.
r2-age-reading = the 30th birthday is the date of birth plus 360 months; a day the month lacks falls on its last day (29 February → 28 February).
r2-months-reading = “more than 12 months” from registration on day r holds from the day after r + 12 calendar months; “more than 2 years” means 24 months after the end of the last job, counted the same way.
r2-verdict = { $verdict ->
    [eligible] { $date }: every criterion holds.
    [not_eligible] { $date }: not every criterion holds.
    [cannot_tell] Some facts are missing, so this cannot be told: answer the questions marked “?”.
   *[not_covered] { $date } is outside the time the model ran ({ $from } to { $to }): the date is not covered.
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
r2-municipality-known = “{ $name }”: { $participation ->
    [pilot-2019] a pilot municipality of 2019
    [named-by-ministry] named by the ministry as taking part
   *[joined-2020] one of the 19 municipalities that joined in 2020–2021
}{ $since ->
    [none] {""}
   *[other] ; from { $since }
}{ $months ->
    [none] {""}
   *[other] , for { $months } months
}{ $people ->
    [none] {""}
   *[other] , for up to { $people } people
} (as the sources say). This is information, not a decision: ask your municipality.
r2-municipality-unknown = “{ $name }” is not among the municipalities the sources name (the list is incomplete: 19 more joined in 2020–2021). Ask your municipality.

## R3: Latvia, unemployment dates.

r3-apply = The status of an unemployed person can be applied for no earlier than the day after the employment relationship ended: it ended on { $end }, so from { $from }.
r3-retirement = The retirement age is the one in force in the year in which the retirement date falls: { $years } years { $months } months; the retirement date is { $date }.
r3-pre-retirement = { $situation ->
    [not-registered] You reach pre-retirement age on { $age_from } (five years before the retirement date, { $retirement }); you count as a pre-retirement unemployed person once registered as unemployed.
    [registered] Pre-retirement age: five years or less before the retirement date ({ $retirement }), that is, from { $age_from }. Registered as unemployed, you count as a pre-retirement unemployed person from { $from } until the day before the retirement date.
   *[registered-after-retirement] Registered on or after the retirement date ({ $retirement }): you do not count as a pre-retirement unemployed person.
}
r3-long-term = “12 months or more” of registration (registered on { $registered }): from { $from }; a day the month lacks falls on its last day.
r3-groups = { $state ->
    [not-covered] { $date } is before 2014: the rules before then are not encoded, so the date is not covered.
    [not-registered] On { $date } the person is not registered as unemployed, so the groups do not apply; the dates above say when they would begin.
    [none] { $date }: none of the groups.
   *[groups] { $date }: { $groups }.
}
group-long_term_unemployed = long-term unemployed person
group-pre_retirement_age = unemployed person of pre-retirement age
group-with_disability = unemployed person with a disability (as entered)

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


ui-skip-to-content = Skip to content
ui-start-privacy = The page works with no server and, once loaded, with no internet connection.
ui-language-nav = Language
ui-app-name = Social services calculators
ui-start-intro = Calculations under the rules of Latvian and Lithuanian social services. Everything happens in your browser: nothing you type is sent anywhere.
ui-start-assistant-title = Assistant-service hours of a month
ui-start-assistant-text = For assistants and clients: how many hours of the monthly timesheet are payable, and the pay, from 2013 to today: under Cabinet Regulation No. 942, with the average rule of 2020–2021, and under Cabinet Regulation No. 316.
ui-title = Assistant-service hours of a month
ui-intro-regimes = Enter the monthly timesheet. The form follows the rules of the month you choose: Cabinet Regulation No. 942 (hours allocated per week, with the average rule of 2020–2021) or Cabinet Regulation No. 316 (hours allocated per month, from July 2021). Nothing is sent: the calculation happens in your browser.
ui-month-hint-any = The calculator covers the months from { $from } to { $to }.
ui-month-not-offered = The page gave the month “{ $value }”, which the calculator does not offer. Choose a month from { $from } to { $to }.
ui-regime = { $regime ->
    [mk316] { $month }: Cabinet Regulation No. 316 applies. Hours are allocated per month by the social service office’s decision.
   *[mk942] { $month }: Cabinet Regulation No. 942 applies. Hours are allocated per week.
}
ui-regime-name = { $regime ->
    [mk316] Cabinet Regulation No. 316
   *[mk942] Cabinet Regulation No. 942
}
ui-regulation-legend = Which regulation is the person’s contract under?
ui-regulation-hint = From July to December 2021 a contract under Cabinet Regulation No. 942 continued until its decision period ended; a new decision is under Cabinet Regulation No. 316. Check the decision or the contract.
ui-regulation-mk942 = Cabinet Regulation No. 942 (hours allocated per week)
ui-regulation-mk316 = Cabinet Regulation No. 316 (hours allocated per month)
ui-service-legend = Service
ui-service-assistant = Assistant service
ui-service-companion = Companion service
ui-monthly-allocation = Hours allocated per month
ui-monthly-allocation-hint = The number in the social service office’s decision, for example 80.
ui-help-title = Help: the base number of hours
ui-help-intro = The base number of hours a month for each purpose, at intensity coefficient 1 or 2 (Cabinet Regulation No. 316, Annex 1, item 4.2). Tick what applies to see the sum.
ui-help-not-verified = This is help, not the decision: whether the hours of several purposes add up was not verified. Enter the allocation as the decision states it.
ui-help-group-adult = Adults
ui-help-group-child = Children aged 5 to 18
ui-help-group-group_i_from_childhood = Persons with a group I disability from childhood who need special care
ui-help-coefficient-1 = Coefficient 1: { $h } h
ui-help-coefficient-2 = Coefficient 2: { $h } h
ui-help-base = { $h } h
ui-help-sum = Sum of what you ticked: { $h } h a month (help only, not the decision).
ui-purpose-paid-work-studies-paralympic-sport = Paid work, studies or Paralympic sport
ui-purpose-school-or-board-member = School, or board member of an NGO or a company
ui-purpose-volunteering-day-care-workshop-dialysis-chemotherapy = Volunteering, a day-care centre or specialised workshop, regular haemodialysis or chemotherapy
ui-purpose-child-5-18 = A child aged 5 to 18
ui-purpose-child-5-18-weekly-procedures-or-rehabilitation = A child aged 5 to 18 with procedures or rehabilitation prescribed by a doctor at least once a week
ui-purpose-day-care-or-workshop = A day-care centre or specialised workshop
ui-purpose-other-activities = Other activities
ui-purpose-companion-child-5-18 = A child aged 5 to 18 (companion)
ui-calendar-hint-monthly = For each day enter the attested hours. An empty day means 0 hours. A decimal comma is fine.
ui-rate-verified = The hourly amount in this month: { $amount } (from { $from }), all taxes included. The calculator uses it.
ui-rate-amount = Hourly amount, EUR
ui-rate-amount-hint = The last verified amount is { $amount } an hour, from { $from } (all taxes included). No later amount was verified: enter the amount in force in this month to see the pay.
ui-period-legend = Days under the average rule
ui-period-name-es-2020 = The emergency situation of 2020
ui-period-name-es-2020-21 = The emergency situation of 2020–2021
ui-period-name-mk360-p34-3 = Cabinet Regulation No. 360, Paragraph 34.3
ui-period-name-mk662-p73-74 = Cabinet Regulation No. 662, Paragraphs 73–74
ui-period-line = { $name }: { $from } to { $to }. Its days in this month: { $days }.
ui-period-dates = { $name } ({ $from } to { $to })
ui-period-question = { $question ->
    [epidemiological_measures] Did epidemiological safety measures prevent using the service as contracted on these days?
    [mixed] Could the service be used as contracted on these days?
   *[activities_resumed] Had the client’s activities resumed on these days?
}
ui-period-measures-yes = Yes, the measures prevented it
ui-period-measures-no = No, the service could be used as contracted (hours are counted the ordinary way)
ui-period-mixed-yes = Yes, it could be used as contracted (hours are counted the ordinary way)
ui-period-mixed-no = No, it could not
ui-measures-day = epidemiological measures
ui-previous-hint-average = Their average is used. This period has no rule of 10 hours a week: if all three are 0, no hours are added.
ui-week-of = ISO week { $week }
ui-week-days-line = { $days } (week { $n }): cap { $cap } h; attested { $attested } h, of which payable { $payable } h; measure 7 { $emergency } h; not payable { $over } h.
ui-result-pending-any = The result appears once the month and the allocation are filled in.
ui-result-pending-open = The result appears once the questions still open are answered.
ui-result-rules = Rules applied
ui-result-period = Average-rule period
ui-monthly-cap = Monthly allocation (cap)
ui-attested = Attested
ui-not-payable-monthly = Over the monthly allocation, not payable
ui-hourly-amount = Hourly amount
ui-rate-used = { $source ->
    [verified] { $amount } an hour (in force from { $from })
   *[entered] { $amount } an hour (as entered)
}
ui-last-verified = Last verified hourly amount
ui-amount-from = { $amount } from { $from }
ui-loading = Loading the calculator…
ui-error-summary-title = There is a problem
ui-error-prefix = Error:
ui-month-legend = Month
ui-year = Year
ui-month = Month
ui-choose = Choose
ui-allocation = Hours allocated per week
ui-allocation-hint = For example 40 or 17.5. The state budget funds at most 40 hours a week.
ui-calendar-caption = Attested hours by day: { $month }
ui-calendar-hint = For each day enter the attested hours and the measure. An empty day means 0 hours. A decimal comma is fine.
ui-week = Week
ui-hours-for = { $date }, hours
ui-measure-for = { $date }, measure
ui-measure = Measure { $n }
ui-measure7 = Measure 7 (social inclusion activities)
ui-emergency-day = emergency situation
ui-emergency-placed = Measure 7: { $h } h
ui-resumed-yes = Yes, they had resumed (hours are counted the ordinary way)
ui-resumed-no = No, they had not resumed
ui-previous-legend = Hours used in the three previous months
ui-previous-hint = Their average is used (Ministry of Welfare, 12 June 2020). If all three are 0, at most 10 hours a week apply (Cabinet Regulation No. 942, Paragraph 11.1).
ui-previous-month = Hours: { $month }
ui-settings-legend = Calculation settings
ui-daily-max = Daily maximum (hours)
ui-daily-max-hint = How many hours in total (attested and measure 7) one day of the emergency situation may hold; this is how the calculator reads “the person sleeps part of the day”. Default: 8.
ui-granularity = Rounding step (hours)
ui-granularity-hint = Every day’s hours are a multiple of this step; this is how the calculator rounds the spread. Default: 0.5.
ui-rate = Hourly rate, EUR (optional)
ui-rate-hint = Under Cabinet Regulation No. 942: the minimum wage ÷ the normal working hours of the month, for example 3.1447 in June 2021 (adult client). Enter the 2020 rates yourself.
ui-paid-legend = Weeks at the month’s edge (optional)
ui-paid-hint = If hours on this week’s days in the neighbouring month were already paid, they reduce the week’s cap.
ui-paid-for = Already paid in week { $week } ({ $from } to { $to } are in this month)
ui-calculate = Calculate
ui-result-title = Result
ui-result-blocked = Correct the errors to see the result.
ui-result-loading = Loading the rules of Cabinet Regulation No. 942…
ui-result-not-loaded = The rules of Cabinet Regulation No. 942 could not be loaded. Check the connection, then try again.
ui-retry = Try again
ui-total-payable = Payable in total
ui-attested-payable = Attested, payable
ui-emergency-hours = Emergency hours (measure 7)
ui-emergency-entitlement = Entitlement to emergency hours
ui-not-payable = Over the weekly cap, not payable
ui-unplaced = Does not fit the limits
ui-pay = Pay
ui-hours-unit = { $h } h
ui-weeks-title = By week
ui-legend-attested = attested, payable
ui-legend-emergency = measure 7
ui-legend-over = over the cap
ui-legend-cap = weekly cap
ui-emergency-days-title = Measure 7 hours by day
ui-explanation-title = How this was worked out
ui-source = Source

ui-warnings = Please note
ui-optional = (optional)
ui-check = Check
ui-date-hint = For example 10.03.1985.
ui-birth-date = Date of birth
ui-about-you = About you
ui-not-applicable = —
ui-met = met
ui-not-met = not met
ui-unknown = cannot tell
ui-criteria-title = Criteria
ui-start-lt-title = Lithuanian employment model: can I take part?
ui-start-lt-text = Lithuania, 2019–2022: whether you qualify for the “Užimtumo skatinimo ir motyvavimo” model, and from which date.
ui-start-lv-title = Unemployment in Latvia: your dates
ui-start-lv-text = When you can apply to NVA, and from when you count as long-term or pre-retirement unemployed.
ui-lt-title = Lithuanian employment model: can I take part?
ui-lt-intro = The “Užimtumo skatinimo ir motyvavimo paslaugų nedirbantiems ir socialinę paramą gaunantiems asmenims modelis” (model of employment promotion and motivation services for non-working persons receiving social assistance) ran in Lithuanian municipalities from { $from } to { $to }. Answer the questions: the calculator says whether you qualify and, if not yet, from which date.
ui-lt-pending = The answer appears once the date and the date of birth are entered.
ui-lt-when = Which day
ui-lt-date = The date you ask about
ui-lt-date-hint = The day of referral to the case manager or of signing the agreement. For example 01.06.2020.
ui-lt-work = Work and registration
ui-lt-registered = Registered with the Employment Service since
ui-lt-registered-hint = The day you registered. For example 15.01.2019.
ui-lt-last-job = Your last job ended on
ui-lt-last-job-hint = The last working day. For example 31.05.2017.
ui-lt-support = Social assistance
ui-lt-cash = Do you receive cash social assistance (piniginė socialinė parama)?
ui-lt-cash-hint = Since Order No. A1-48 (January 2020), being entitled to it is enough.
ui-lt-cash-receives = Yes, I receive it
ui-lt-cash-entitled = No, but I am entitled to it
ui-lt-cash-no = No
ui-lt-where = Municipality
ui-lt-municipality = Municipality
ui-lt-municipality-hint = For information only: the model did not run in every municipality.
ui-lt-status-from = Not yet: you will qualify from { $date }, if nothing else changes.
ui-lt-status-at-the-latest = { $count ->
    [one] At the latest from { $date } (the fact that would decide it sooner: { $missing }).
   *[other] At the latest from { $date } (the facts that would decide it sooner: { $missing }).
}
ui-lt-status-cannot-tell = { $count ->
    [one] Cannot tell: the fact that would decide it is { $missing }.
   *[other] Cannot tell: the facts that would decide it are { $missing }.
}
ui-lt-status-ended = The model ran from { $from } to { $to } and no longer runs on { $date }.
ui-lt-status-fails = Not under these rules, because “{ $criterion }” is not met, and time alone will not change that.
ui-lt-status-after-window = { $date ->
    [none] Not under these rules, because the criteria would all hold only after the model ended on { $until }.
   *[other] Not under these rules, because the criteria would all hold only from { $date }, after the model ended on { $until }.
}
ui-lt-ask-last-day = Answer for { $date }, the model’s last day
ui-lt-ask-first-day = Answer for { $date }, the model’s first day
ui-verdict-eligible = Eligible: you can take part.
ui-crit-age = Aged 30 or older
ui-crit-long-term-unemployed = Long-term unemployed
ui-crit-cash-social-assistance = Cash social assistance
ui-lv-title = Unemployment in Latvia: your dates
ui-lv-intro = When you can apply for unemployed status at NVA, when you reach the retirement age, and from when you count as pre-retirement or long-term unemployed.
ui-lv-pending = The answer appears once the date and the date of birth are entered.
ui-lv-when = Which day
ui-lv-date = The date you ask about
ui-lv-date-hint = The day you want the answer for. For example 01.01.2024.
ui-lv-disability = I have a disability
ui-lv-job-end = Your employment ended on
ui-lv-job-end-hint = The last working day. For example 31.12.2022.
ui-lv-registered = Registered with NVA as unemployed since
ui-lv-registered-hint = For example 05.01.2023.
ui-lv-status = You reach the retirement age on { $date }.
ui-lv-apply = You can apply for unemployed status from
ui-lv-retirement-age = Retirement age
ui-lv-retirement-date = You reach the retirement age on
ui-lv-pre-retirement-age = You reach pre-retirement age on
ui-lv-pre-retirement = You count as a pre-retirement unemployed person from
ui-lv-pre-retirement-once-registered = once you register as unemployed
ui-lv-pre-retirement-after-retirement = does not apply: you registered on or after the retirement date
ui-lv-long-term = Long-term unemployed from
ui-lv-groups = Groups on { $date }
ui-years-months = { $y } years { $m } months

ui-groups-none = none
ui-groups-not-registered = do not apply: on that date you are not registered as unemployed
ui-not-covered-date = the date is not covered (before { $from })

## The pages: the total bar on a phone (the total payable and the pay at the screen's bottom, a link to the result).
ui-totalbar-link = See the result

## Each language's own name (the same in every catalog).

language-name-lv = Latviešu
language-name-lt = Lietuvių
language-name-en = English
language-name-ru = Русский
ui-translation = Translation
ui-quoted = “{ $text }”

## The pages: the self-assessments (start page groups, R4, R5 and R6 pages).

ui-start-group-assistant = Assistants and clients of the assistant service
ui-start-group-work = People looking for work or registered as unemployed
ui-start-group-care = People entering social care
ui-start-group-applicants = Job applicants
ui-start-group-prisoners = Prisoners and former prisoners
ui-start-mk-title = Admission to social care (2020–2021): which documents?
ui-start-mk-text = Latvia, Cabinet Regulation No. 360: whether a negative Covid-19 test or a doctor’s certificate allows admission to a social service with accommodation, and until when self-isolation lasts.
ui-start-vb-title = Head of the children’s rights inspectorate (2020): do I meet the requirements?
ui-start-vb-text = Latvia, the 2020 competition for head of the State Inspectorate for Protection of Children’s Rights: education, three years’ continuous management experience, English.
ui-start-esf-title = Integration of former prisoners: the ESF project
ui-start-esf-text = Latvia: who the project is for, what it offers, who runs it, its budget, and whom to contact.

ui-mk-title = Admission to social care: test, certificate, self-isolation
ui-mk-intro = Under Cabinet Regulation No. 360, from { $from } to { $to }, a person entering a social service with accommodation needed a negative Covid-19 test or a doctor’s certificate, and afterwards stayed in self-isolation. Answer the questions: the calculator says whether the documents allow admission.
ui-mk-pending = The answer appears once the date of placement and the kind of institution are entered.
ui-mk-placement = Placement
ui-mk-placement-date = Date of placement (arrival)
ui-mk-placement-date-hint = The day the person enters the institution. For example 15.06.2020.
ui-mk-institution = Where is the person placed?
ui-mk-institution-long-term-care = A long-term social care and social rehabilitation institution
ui-mk-institution-other = Another social service with accommodation
ui-mk-documents = Documents
ui-mk-test-date = Date of the negative Covid-19 test
ui-mk-test-date-hint = The day the test was taken. Leave it empty if there is none.
ui-mk-certificate-date = Date of the doctor’s certificate of no contraindications
ui-mk-certificate-date-hint = The day the attending physician or family doctor issued it. Leave it empty if there is none.
ui-mk-questions = About the person
ui-mk-symptoms = The person has signs of a respiratory disease
ui-mk-urgent-child = A child who must be placed at once (in an exceptional case)
ui-mk-inpatient = The person is transferred from inpatient treatment
ui-mk-status-not-covered = Not covered: Cabinet Regulation No. 360 applied from { $from } to { $to }, and { $date } is outside that time.
ui-mk-status-admissible = { $by ->
    [test] Admissible: the negative test meets the requirement.
    [certificate] Admissible: the doctor’s certificate meets the requirement.
   *[exempt] Admissible: the child is exempt from the test.
}
ui-mk-status-not-admissible = Not admissible: { $problems }.
ui-mk-point = Rules applied
ui-mk-point-value = Paragraph { $point }
ui-mk-by = Admissible by
ui-mk-by-value = { $by ->
    [test] the negative test
    [certificate] the doctor’s certificate
    [exempt] exemption from the test
   *[none] not admissible
}
ui-mk-test-window = A test counts if taken
ui-mk-certificate-window = A certificate counts if issued
ui-mk-isolation = Self-isolation until (inclusive)

ui-vb-title = Head of the children’s rights inspectorate (2020): do I meet the requirements?
ui-vb-intro = The 2020 competition for head of the State Inspectorate for Protection of Children’s Rights asked for higher education, at least three years’ continuous experience in the last 10 years as head of an organisation or in a management post directly under the head, with at least 10 subordinates, English at least B2, and a perfect reputation. Answer the questions: the calculator checks what can be worked out.
ui-vb-pending = The answer appears once your education and English level are answered.
ui-vb-about = Education and languages
ui-vb-education = Your education
ui-vb-education-academic = Academic higher education
ui-vb-education-professional = Second-level professional higher education
ui-vb-education-other = Other education
ui-vb-english = Your English level
ui-vb-english-hint = The levels of the Common European Framework of Reference, from A1 (the lowest) to C2 (the highest).
ui-vb-english-none = No English
ui-vb-posts = Your posts
ui-vb-posts-hint = List your posts of the last 10 years. Posts that overlap, or where one starts the day after another ends, make one continuous period.
ui-vb-post = Post { $n }
ui-vb-post-from = Started on
ui-vb-post-to = Ended on
ui-vb-post-to-hint = Leave it empty if you still hold the post.
ui-vb-post-kind = Kind of post
ui-vb-kind-head = Head of the organisation
ui-vb-kind-under-head = A management post directly under the head
ui-vb-kind-other = Another post
ui-vb-post-subordinates = Number of subordinates
ui-vb-post-subordinates-hint = Not needed for another post.
ui-vb-post-add = Add a post
ui-vb-post-remove = Remove post { $n }
ui-vb-competition = The competition
ui-vb-deadline = Application deadline
ui-vb-deadline-hint = Filled in with the competition’s deadline; the last 10 years are counted back from it.
ui-vb-status = { $meets ->
    [yes] Every requirement that can be worked out is met; a perfect reputation is for you to declare.
   *[no] Not every requirement is met: { $failed }.
}
ui-vb-crit-education = Higher education
ui-vb-crit-experience = Three years’ continuous management experience
ui-vb-crit-english = English at least B2
ui-vb-longest = Longest continuous period
ui-vb-three-years-end = Three years from its first day end on
ui-vb-window = Posts count within
ui-vb-reputation = Perfect reputation
ui-vb-reputation-value = self-declared: a calculator cannot work it out
ui-vb-none = none

ui-esf-title = Integration of former prisoners: the ESF project
ui-esf-intro = The programme card of the project, as the Ministry of Justice describes it: who it is for, what it offers, who runs it, its budget and whom to contact.
ui-esf-status = A programme card, not a decision: the source sets no eligibility conditions.
ui-esf-project = Project
ui-esf-for-whom = Who it is for
ui-esf-offers = What it offers
ui-esf-run-by = Who runs it
ui-esf-partners = Partners
ui-esf-since = Since
ui-esf-budget = Budget
ui-esf-total = In total
ui-esf-esf = European Social Fund ({ $percent })
ui-esf-state = The state ({ $percent })
ui-esf-contact = Whom to contact
ui-esf-phone = Phone
ui-esf-email = E-mail

## Keep your work: answers saved in this browser, clear, export and import
## of a file (the command line's input format), the printed summary.
## $file is the file's name.
ui-keep-saved = Your answers are saved in this browser as you type, and come back when you open this page again. Nothing is sent anywhere.
ui-keep-session = Your answers are kept in this browser tab only, until you close it. Nothing is sent anywhere.
ui-keep-not-saved = Your answers are not saved: they are lost when the page is closed. Nothing is sent anywhere.
ui-keep-full = The browser’s storage is full: your latest answers are not saved. Nothing is sent anywhere.
ui-keep-other-tab = This page is also open in another tab or window of this browser, and its answers were changed there. The browser keeps only the answers changed last: continue in only one tab or window.
ui-keep-export = Export to a file
ui-keep-import = Import a file
ui-keep-clear = Clear the form
ui-keep-confirm = Clear all the answers in this form, and the copy saved in this browser? This cannot be undone.
ui-keep-confirm-yes = Yes, clear
ui-keep-confirm-no = Cancel
ui-keep-cleared = The form is empty, and none of it is saved.
ui-keep-exported = Exported the file { $file }.
ui-keep-export-errors = Not exported: correct the errors first (a file with errors could be neither imported nor processed together with other files).
ui-keep-imported = Imported the file { $file }.
ui-keep-import-unreadable = The file { $file } could not be read. Nothing was changed.
ui-keep-import-too-large = The file { $file } is too large: this calculator reads files of at most 1 MiB. Nothing was changed.
ui-keep-import-errors = The file { $file } was not imported, and nothing was changed. { $errors }
ui-keep-import-month = The file { $file } is for { $month }, a month this form does not offer. Nothing was changed.
ui-keep-import-two-entries = The file { $file } has more than one entry for { $date }: the form holds only one entry a day. Nothing was changed.
ui-print-title = Summary to hand in: { $month }
ui-print-date = Date
ui-print-attested = Attested hours
ui-print-measure = Measure
ui-print-measure7 = Measure 7 hours
## Offline and install (issue 11, item 4): the notice of a new version (www/sr/page.js)
ui-offline-update-ready = A new version of the calculators is ready.
ui-offline-reload = Reload the page
