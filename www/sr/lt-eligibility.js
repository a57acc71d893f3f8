// The Lithuanian employment model (RULES.md R2): the spec of its form for
// mountSpec (date-calculators.js). Every word comes from the catalog.

import { h, heading } from './core.js';
import { mountSpec, row, todayIso, typedDate } from './date-calculators.js';
import { quote } from './form.js';

/**
 * The Lithuanian model's date: today while the model runs, else empty:
 * never a date that can only be answered "not covered".
 */
function todayInWindow(w, known) {
  const [from, to] = known.lt_eligibility.window;
  const t = todayIso();
  return t >= from && t <= to ? typedDate(w.lang, t) : '';
}

const windowArgs = (w, known) => ({ from: w.date(known.lt_eligibility.window[0]), to: w.date(known.lt_eligibility.window[1]) });
const kebab = (s) => s.replace(/_/g, '-');

const LT = {
  name: 'lt-eligibility',
  short: 'lt',
  country: 'lt',
  title: 'ui-lt-title',
  intro: 'ui-lt-intro',
  introArgs: windowArgs,
  pending: 'ui-lt-pending',
  groups: [
    { legend: 'ui-lt-when', fields: [{ key: 'date', type: 'date', label: 'ui-lt-date', hint: 'ui-lt-date-hint', initial: todayInWindow }] },
    { legend: 'ui-about-you', fields: [{ key: 'birth_date', type: 'date', label: 'ui-birth-date', hint: 'ui-date-hint', autocomplete: 'bday' }] },
    {
      legend: 'ui-lt-work',
      fields: [
        { key: 'registered_since', type: 'date', label: 'ui-lt-registered', hint: 'ui-lt-registered-hint', optional: true },
        { key: 'last_employment_end', type: 'date', label: 'ui-lt-last-job', hint: 'ui-lt-last-job-hint', optional: true },
      ],
    },
    {
      legend: 'ui-lt-support',
      fields: [{
        key: 'cash_social_assistance', type: 'radios', label: 'ui-lt-cash', hint: 'ui-lt-cash-hint',
        options: [['receives', 'ui-lt-cash-receives'], ['entitled', 'ui-lt-cash-entitled'], ['no', 'ui-lt-cash-no']],
      }],
    },
    {
      legend: 'ui-lt-where',
      fields: [{
        key: 'municipality', type: 'text', label: 'ui-lt-municipality', hint: 'ui-lt-municipality-hint', optional: true,
        autocomplete: 'address-level2', list: (known) => known.lt_eligibility.municipalities,
      }],
    },
  ],
  status(r, w) {
    const date = (d) => (d ? w.date(d) : 'none');
    const missing = { missing: r.missing.map((m) => w.t(`fact-${m}`)).join(', '), count: r.missing.length };
    const [from, to] = r.programme_window;
    switch (r.outlook) {
      case 'now': return w.t('ui-verdict-eligible');
      case 'from': return w.t('ui-lt-status-from', { date: date(r.earliest_date) });
      case 'at_the_latest': return w.t('ui-lt-status-at-the-latest', { date: date(r.qualifies_by), ...missing });
      case 'cannot_tell': return w.t('ui-lt-status-cannot-tell', missing);
      default:
        if (r.never_reason === 'model_ended') return w.t('ui-lt-status-ended', { from: w.date(from), to: w.date(to), date: w.date(r.date) });
        if (r.never_reason === 'fails_for_good') return w.t('ui-lt-status-fails', { criterion: w.t(`ui-crit-${kebab(r.never_criterion || '')}`) });
        return w.t('ui-lt-status-after-window', { date: date(r.never_date), until: w.date(to) });
    }
  },
  result(r, w, level, known, page) {
    if (r.outlook === 'never' && r.never_reason === 'model_ended') {
      // The model no longer runs on that date: no criteria to show, but a
      // date inside the window to ask about, and what runs now (information).
      const [from, to] = r.programme_window;
      const day = r.date < from ? from : to;
      const successor = r.explanation.find((s) => s.id === 'r2-successor');
      return [
        h('p', {}, h('button', {
          type: 'button', class: 'sr-button sr-button--secondary', 'data-sr': 'ask-window',
          on: { click: () => page.set('date', typedDate(page.lang, day)) },
        }, w.t(day === from ? 'ui-lt-ask-first-day' : 'ui-lt-ask-last-day', { date: w.date(day) }))),
        successor ? h('p', { class: 'sr-note', 'data-sr': 'successor' }, successor.text) : null,
      ];
    }
    const mark = { true: ['✓', 'met'], false: ['✗', 'notMet'], null: ['?', 'unknown'] };
    const word = { met: 'ui-met', notMet: 'ui-not-met', unknown: 'ui-unknown' };
    const criteria = h('ul', { class: 'sr-criteria' }, r.criteria.map((c) => {
      const [icon, state] = mark[String(c.met)];
      return h('li', { class: `sr-criterion sr-criterion--${state}`, 'data-sr': c.id },
        h('span', { class: 'sr-criterion__icon', 'aria-hidden': 'true' }, icon),
        h('div', {},
          h('p', { class: 'sr-criterion__name' }, w.t(`ui-crit-${kebab(c.id)}`), ': ', h('strong', {}, w.t(word[state]))),
          h('p', {}, c.text),
          quote(w, 'lt', c.quote, c.quote_translation)));
    }));
    return [
      heading(level + 2, { class: 'sr-subtitle' }, w.t('ui-criteria-title')),
      criteria,
      r.municipality_note ? h('p', { class: 'sr-note' }, r.municipality_note) : null,
    ];
  },
};

export const mountLtEligibility = (root, options) => mountSpec(LT, root, options);
