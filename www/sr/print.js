// The printed summary to hand in. Printing hides the form (socialrules.css,
// `@media print`) and shows the result; what the result does not show on
// screen (the title of the summary and a table of the days) is built here
// only when the page is about to be printed, from the last answer, and
// removed after: never on a recompute.

import { h, heading } from './core.js';

/**
 * Builds `build()` (an element, or null with no answer to print) into
 * `root` before printing (the browser's `beforeprint`, or print media
 * matching), and takes it away after.
 */
export function printable(root, build) {
  let part = null;
  const hide = () => { part?.remove(); part = null; };
  const show = () => {
    hide();
    part = build();
    if (part) root.querySelector('.sr-result')?.before(part);
  };
  window.addEventListener('beforeprint', show);
  window.addEventListener('afterprint', hide);
  window.matchMedia('print').addEventListener('change', (e) => (e.matches ? show() : hide()));
}

/** A decimal as typed ("3,5" or "3.5") as the language writes it. */
const typed = (w, v) => w.num(String(v).trim().replace(',', '.'));

/**
 * The timesheet's summary: its title (the month) and, per day with hours,
 * the date, the attested hours, the measure and the measure-7 hours placed
 * by the average rule. The result that follows gives the regime and its
 * act, the weeks, the totals, the pay and the explanation.
 */
export function timesheetSummary(w, { input, result: r }, level) {
  const weekly = r.regime === 'mk942';
  const placed = new Map(r.emergency_days.filter((d) => Number(d.hours) > 0).map((d) => [d.date, d.hours]));
  const attested = new Map(input.days.map((d) => [d.date, d]));
  const dates = [...new Set([...attested.keys(), ...placed.keys()])].sort();
  const hrs = (v) => w.t('ui-hours-unit', { h: v });
  const cols = weekly ? ['ui-print-date', 'ui-print-attested', 'ui-print-measure', 'ui-print-measure7'] : ['ui-print-date', 'ui-print-attested'];
  const table = (part) => h('table', { class: 'sr-print__days' },
    h('thead', {}, h('tr', {}, cols.map((k) => h('th', { scope: 'col' }, w.t(k))))),
    h('tbody', {}, part.map((iso) => {
      const d = attested.get(iso);
      return h('tr', {},
        h('th', { scope: 'row' }, w.day(iso)),
        h('td', {}, d ? hrs(typed(w, d.hours)) : ''),
        weekly ? h('td', {}, d ? String(d.measure) : '') : null,
        weekly ? h('td', {}, placed.has(iso) ? hrs(w.num(placed.get(iso))) : '') : null);
    })));
  // More than a fortnight of days: two tables side by side, so that a month fits on one page.
  const half = dates.length > 16 ? Math.ceil(dates.length / 2) : dates.length;
  return h('div', { class: 'sr-print' },
    heading(level + 1, { class: 'sr-print__title' }, w.t('ui-print-title', { month: w.monthYear(r.month) })),
    dates.length ? h('div', { class: 'sr-print__tables' }, table(dates.slice(0, half)), half < dates.length ? table(dates.slice(half)) : null) : null);
}
