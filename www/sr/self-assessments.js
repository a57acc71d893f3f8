// The self-assessments of Latvia's rule sets R4–R6 (shared/RULES.md), each
// a spec for the date calculators' form (date-calculators.js): admission
// to social services with accommodation under MK 360 (R4), the 2020 VBTAI
// competition (R5) and the ESF project for former prisoners (R6, a
// programme card with no questions). Every word comes from the catalog,
// every date and amount from the rules' answer or `facts()`.

import { h, heading } from './dom.js';
import { mountSpec, row, typedDate } from './date-calculators.js';

const kebab = (s) => s.replace(/_/g, '-');
const step = (r, id) => r.explanation.find((s) => s.id === id);
const range = (w, from, to) => w.t('format-range', { from: w.date(from), to: w.date(to) });

/** ✓ / ✗ criteria, each with its name and the answer's own sentence. */
function criteria(items, name, w) {
  return h('ul', { class: 'sr-criteria' }, items.map((c) => h('li', { class: `sr-criterion sr-criterion--${c.met ? 'met' : 'notMet'}`, 'data-sr': c.id },
    h('span', { class: 'sr-criterion__icon', 'aria-hidden': 'true' }, c.met ? '✓' : '✗'),
    h('div', {},
      h('p', { class: 'sr-criterion__name' }, w.t(name(c.id)), ': ', h('strong', {}, w.t(c.met ? 'ui-met' : 'ui-not-met'))),
      c.text ? h('p', {}, c.text) : null))));
}

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

const VBTAI = {
  name: 'vbtai-competition',
  short: 'vb',
  country: 'lv',
  title: 'ui-vb-title',
  intro: 'ui-vb-intro',
  pending: 'ui-vb-pending',
  groups: [
    {
      legend: 'ui-vb-about',
      fields: [
        {
          key: 'education', type: 'radios', label: 'ui-vb-education',
          options: [['academic_higher', 'ui-vb-education-academic'], ['second_level_professional_higher', 'ui-vb-education-professional'], ['other', 'ui-vb-education-other']],
        },
        {
          // The CEFR levels are written the same in every language.
          key: 'english', type: 'select', label: 'ui-vb-english', hint: 'ui-vb-english-hint',
          options: (known) => [['none', 'ui-vb-english-none'], ...known.vbtai_competition.english_levels.map((l) => [l, null])],
        },
      ],
    },
    {
      legend: 'ui-vb-posts',
      fields: [{
        key: 'posts', type: 'list', hint: 'ui-vb-posts-hint', itemLegend: 'ui-vb-post', add: 'ui-vb-post-add', remove: 'ui-vb-post-remove',
        item: [
          { key: 'from', type: 'date', label: 'ui-vb-post-from', hint: 'ui-date-hint' },
          { key: 'to', type: 'date', label: 'ui-vb-post-to', hint: 'ui-vb-post-to-hint', optional: true },
          {
            key: 'kind', type: 'radios', label: 'ui-vb-post-kind',
            options: [['head', 'ui-vb-kind-head'], ['under_head', 'ui-vb-kind-under-head'], ['other', 'ui-vb-kind-other']],
          },
          { key: 'subordinates', type: 'text', numeric: true, short: true, label: 'ui-vb-post-subordinates', hint: 'ui-vb-post-subordinates-hint' },
        ],
      }],
    },
    {
      legend: 'ui-vb-competition',
      fields: [{
        key: 'deadline', type: 'date', label: 'ui-vb-deadline', hint: 'ui-vb-deadline-hint',
        initial: (w, known) => typedDate(w.lang, known.vbtai_competition.deadline),
      }],
    },
  ],
  status(r, w) {
    const failed = r.criteria.filter((c) => !c.met).map((c) => w.t(`r5-requirement-${c.id}`)).join(', ');
    return w.t('ui-vb-status', { meets: r.meets ? 'yes' : 'no', failed });
  },
  result(r, w, level) {
    const longest = r.longest_continuous;
    return [
      heading(level + 2, { class: 'sr-subtitle' }, w.t('ui-criteria-title')),
      criteria(r.criteria, (id) => `ui-vb-crit-${kebab(id)}`, w),
      h('dl', { class: 'sr-totals sr-totals--stack' },
        row(w.t('ui-vb-longest'), longest ? range(w, longest.from, longest.to) : w.t('ui-vb-none'), 'longest_continuous'),
        r.three_years_end ? row(w.t('ui-vb-three-years-end'), w.date(r.three_years_end), 'three_years_end') : null,
        row(w.t('ui-vb-window'), range(w, r.window.from, r.window.to), 'window'),
        row(w.t('ui-vb-reputation'), w.t('ui-vb-reputation-value'), 'reputation')),
    ];
  },
};

const ESF = {
  name: 'esf-ex-prisoners',
  short: 'esf',
  country: 'lv',
  title: 'ui-esf-title',
  intro: 'ui-esf-intro',
  pending: 'ui-loading',
  groups: [],
  status: (r, w) => w.t('ui-esf-status'),
  result(r, w, level) {
    const b = r.budget;
    const c = r.contact;
    const list = (items, prefix) => h('ul', { class: 'sr-plain-list' }, items.map((x) => h('li', {}, w.t(`${prefix}${x}`))));
    const contact = step(r, 'r6-contact');
    return [
      h('dl', { class: 'sr-totals sr-totals--stack sr-card' },
        row(w.t('ui-esf-project'), [h('span', { lang: 'lv' }, w.t('ui-quoted', { text: r.official_name })), r.title ? h('span', { class: 'sr-card__aside' }, r.title) : null], 'project'),
        row(w.t('ui-esf-for-whom'), r.for_whom.map((g) => w.t(`r6-group-${g}`)).join(', '), 'for_whom'),
        row(w.t('ui-esf-offers'), list(r.offers, 'r6-offer-'), 'offers'),
        row(w.t('ui-esf-run-by'), w.t(`r6-body-${r.run_by}`), 'run_by'),
        row(w.t('ui-esf-partners'), r.partners.map((p) => w.t(`r6-body-${p}`)).join(', '), 'partners'),
        row(w.t('ui-esf-since'), String(r.since_year), 'since')),
      heading(level + 2, { class: 'sr-subtitle' }, w.t('ui-esf-budget')),
      h('dl', { class: 'sr-totals', 'data-sr': 'budget' },
        row(w.t('ui-esf-total'), w.money(b.total), 'total'),
        row(w.t('ui-esf-esf', { percent: w.percent(b.esf_share) }), w.money(b.esf), 'esf'),
        row(w.t('ui-esf-state', { percent: w.percent(b.state_share) }), w.money(b.state), 'state')),
      heading(level + 2, { class: 'sr-subtitle' }, w.t('ui-esf-contact')),
      h('dl', { class: 'sr-totals sr-totals--stack', 'data-sr': 'contact' },
        row(w.t(`r6-body-${c.body}`), c.name, 'contact_name'),
        row(w.t('ui-esf-phone'), h('a', { href: `tel:${c.phone}` }, c.phone), 'phone'),
        row(w.t('ui-esf-email'), h('a', { href: `mailto:${c.email}` }, c.email), 'email')),
      contact ? h('p', { class: 'sr-note' }, contact.text) : null,
    ];
  },
};

export const mountMk360Admission = (root, options) => mountSpec(MK360, root, options);
export const mountVbtaiCompetition = (root, options) => mountSpec(VBTAI, root, options);
export const mountEsfExPrisoners = (root, options) => mountSpec(ESF, root, options);
