// Admission to social services with accommodation under MK 360 (RULES.md
// R4): the spec of its form for mountSpec (date-calculators.js). Every word
// comes from the catalog, every date and amount from the rules' answer or
// `facts()`.

import { h } from './core.js';
import { mountSpec, row } from './date-calculators.js';

const step = (r, id) => r.explanation.find((s) => s.id === id);
const range = (w, from, to) => w.t('format-range', { from: w.date(from), to: w.date(to) });

const MK360 = {
  name: 'mk360-admission',
  short: 'mk',
  country: 'lv',
  title: 'ui-mk-title',
  intro: 'ui-mk-intro',
  introArgs: (w, known) => ({ from: w.date(known.mk360_admission.from), to: w.date(known.mk360_admission.to) }),
  pending: 'ui-mk-pending',
  groups: [
    {
      legend: 'ui-mk-placement',
      fields: [
        // Empty at first: any day outside MK 360's time could only be "not covered".
        { key: 'placement_date', type: 'date', label: 'ui-mk-placement-date', hint: 'ui-mk-placement-date-hint' },
        {
          key: 'institution', type: 'radios', label: 'ui-mk-institution',
          options: [['long_term_care', 'ui-mk-institution-long-term-care'], ['other_accommodation', 'ui-mk-institution-other']],
        },
      ],
    },
    {
      legend: 'ui-mk-documents',
      fields: [
        { key: 'negative_test_date', type: 'date', label: 'ui-mk-test-date', hint: 'ui-mk-test-date-hint', optional: true },
        { key: 'certificate_date', type: 'date', label: 'ui-mk-certificate-date', hint: 'ui-mk-certificate-date-hint', optional: true },
      ],
    },
    {
      legend: 'ui-mk-questions',
      fields: [
        { key: 'respiratory_symptoms', type: 'checkbox', label: 'ui-mk-symptoms', initial: () => false },
        { key: 'urgent_child_placement', type: 'checkbox', label: 'ui-mk-urgent-child', initial: () => false },
        { key: 'from_inpatient_treatment', type: 'checkbox', label: 'ui-mk-inpatient', initial: () => false },
      ],
    },
  ],
  status(r, w, known) {
    if (!r.covered) {
      return w.t('ui-mk-status-not-covered', { from: w.date(known.mk360_admission.from), to: w.date(known.mk360_admission.to), date: w.date(r.placement_date) });
    }
    if (r.admissible) return w.t('ui-mk-status-admissible', { by: r.by });
    return w.t('ui-mk-status-not-admissible', { problems: r.problems.map((p) => w.t(`r4-problem-${p}`)).join('; ') });
  },
  result(r, w) {
    if (!r.covered) return [];
    const later = r.later_amendments_not_encoded ? step(r, 'r4-later-amendments') : null;
    return [
      h('dl', { class: 'sr-totals sr-totals--stack' },
        row(w.t('ui-mk-point'), w.t('ui-mk-point-value', { point: r.point }), 'point'),
        row(w.t('ui-mk-by'), w.t('ui-mk-by-value', { by: r.by || 'none' }), 'by'),
        r.test_valid_from ? row(w.t('ui-mk-test-window'), range(w, r.test_valid_from, r.placement_date), 'test_valid_from') : null,
        r.certificate_valid_from ? row(w.t('ui-mk-certificate-window'), range(w, r.certificate_valid_from, r.placement_date), 'certificate_valid_from') : null,
        r.isolation_until ? row(w.t('ui-mk-isolation'), w.date(r.isolation_until), 'isolation_until') : null),
      later ? h('p', { class: 'sr-note', 'data-sr': 'later-amendments' }, later.text) : null,
    ];
  },
};

export const mountMk360Admission = (root, options) => mountSpec(MK360, root, options);
