// Unemployed status in Latvia (RULES.md R3): the spec of its form for
// mountSpec (date-calculators.js). Every word comes from the catalog.

import { h } from './core.js';
import { mountSpec, row, today } from './date-calculators.js';

const LV = {
  name: 'lv-unemployment',
  short: 'lv',
  country: 'lv',
  title: 'ui-lv-title',
  intro: 'ui-lv-intro',
  pending: 'ui-lv-pending',
  groups: [
    { legend: 'ui-lv-when', fields: [{ key: 'date', type: 'date', label: 'ui-lv-date', hint: 'ui-lv-date-hint', initial: today }] },
    {
      legend: 'ui-about-you',
      fields: [
        { key: 'birth_date', type: 'date', label: 'ui-birth-date', hint: 'ui-date-hint', autocomplete: 'bday' },
        { key: 'disability', type: 'checkbox', label: 'ui-lv-disability', initial: () => false },
      ],
    },
    {
      legend: 'ui-lt-work',
      fields: [
        { key: 'employment_end', type: 'date', label: 'ui-lv-job-end', hint: 'ui-lv-job-end-hint', optional: true },
        { key: 'registered_since', type: 'date', label: 'ui-lv-registered', hint: 'ui-lv-registered-hint', optional: true },
      ],
    },
  ],
  status: (r, w) => (r.retirement_date ? w.t('ui-lv-status', { date: w.date(r.retirement_date) }) : ''),
  result(r, w, level, known) {
    const d = (v) => (v ? w.date(v) : w.t('ui-not-applicable'));
    const groups = r.groups.length ? r.groups.map((g) => w.t(`group-${g}`)).join(', ')
      : r.covered ? w.t(r.registered_on_date ? 'ui-groups-none' : 'ui-groups-not-registered')
        : w.t('ui-not-covered-date', { from: w.date(known.lv_unemployment.from) });
    // The pre-retirement line for the person's situation on the date.
    const preRetirement = {
      registered: () => d(r.pre_retirement_unemployed_from),
      not_registered: () => w.t('ui-lv-pre-retirement-once-registered'),
      registered_after_retirement: () => w.t('ui-lv-pre-retirement-after-retirement'),
    }[r.pre_retirement] || (() => w.t('ui-not-applicable'));
    return [
      h('dl', { class: 'sr-totals sr-totals--stack' },
        row(w.t('ui-lv-apply'), d(r.earliest_application_date), 'earliest_application_date'),
        row(w.t('ui-lv-retirement-age'), w.t('ui-years-months', { y: r.retirement_age.years, m: r.retirement_age.months }), 'retirement_age'),
        row(w.t('ui-lv-retirement-date'), d(r.retirement_date), 'retirement_date'),
        row(w.t('ui-lv-pre-retirement-age'), d(r.pre_retirement_from), 'pre_retirement_from'),
        row(w.t('ui-lv-pre-retirement'), preRetirement(), 'pre_retirement_unemployed_from'),
        row(w.t('ui-lv-long-term'), d(r.long_term_from), 'long_term_from'),
        row(w.t('ui-lv-groups', { date: w.date(r.date) }), groups, 'groups')),
    ];
  },
};

export const mountLvUnemployment = (root, options) => mountSpec(LV, root, options);
