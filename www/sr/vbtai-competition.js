// The 2020 VBTAI competition for head of the State Inspectorate for
// Protection of Children's Rights (RULES.md R5): the spec of its form for
// mountSpec (date-calculators.js). Every word comes from the catalog, every
// date and amount from the rules' answer or `facts()`.

import { h, heading } from './core.js';
import { mountSpec, row, typedDate } from './date-calculators.js';

const kebab = (s) => s.replace(/_/g, '-');
const range = (w, from, to) => w.t('format-range', { from: w.date(from), to: w.date(to) });

/** ✓ / ✗ criteria, each with its name and the answer's own sentence. */
function criteria(items, name, w) {
  return h('ul', { class: 'sr-criteria' }, items.map((c) => h('li', { class: `sr-criterion sr-criterion--${c.met ? 'met' : 'notMet'}`, 'data-sr': c.id },
    h('span', { class: 'sr-criterion__icon', 'aria-hidden': 'true' }, c.met ? '✓' : '✗'),
    h('div', {},
      h('p', { class: 'sr-criterion__name' }, w.t(name(c.id)), ': ', h('strong', {}, w.t(c.met ? 'ui-met' : 'ui-not-met'))),
      c.text ? h('p', {}, c.text) : null))));
}

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

export const mountVbtaiCompetition = (root, options) => mountSpec(VBTAI, root, options);
