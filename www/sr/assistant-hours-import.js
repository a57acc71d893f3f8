// Reading a timesheet file (the command line's input format, as "Export to
// a file" writes it) for the assistant-hours form. Loaded by
// assistant-hours.js on the first import.

import { run } from './core.js';
import { readExact } from './keep-file.js';

/**
 * The file `text` as the form's values, or why it is refused (the rules
 * refuse it, or the form cannot show it): `{ refused: [key, args] }`, else
 * `{ month, form, days, previous, paid }`: the month (`YYYY-MM`), the form's
 * fields as the file writes them, the days as `[date, {hours, measure}]`,
 * the previous months' hours oldest first (or null), and the hours paid
 * outside the month as `[ISO week, hours]`. `everyMonth()` loads the module
 * of every month (true once loaded), for a file of an MK 942 month.
 */
export async function readTimesheet(text, { w, firstYear, lastMonthValue, known, everyMonth }) {
  let ans = run('assistant-hours', text, w.lang);
  // An MK 942 month: read by the module of every month (`everyMonth()` loads it).
  if (!ans.ok && ans.errors.some((e) => e.code === 'other_module')) {
    if (!(await everyMonth())) return { refused: ['ui-result-not-loaded', {}] };
    ans = run('assistant-hours', text, w.lang);
  }
  if (!ans.ok) return { refused: ['ui-keep-import-errors', { errors: ans.errors.slice(0, 5).map((e) => e.message).join(' ') }] };
  const x = readExact(text);
  const s = (v) => (v === undefined || v === null ? '' : String(v));
  const m = /^(\d{4})-(\d{2})$/.exec(ans.result.month);
  if (!m || Number(m[1]) < firstYear || ans.result.month > lastMonthValue) return { refused: ['ui-keep-import-month', { month: w.monthYear(ans.result.month) }] };
  const seen = new Set();
  for (const d of x.days || []) {
    if (seen.has(d.date)) return { refused: ['ui-keep-import-two-entries', { date: w.day(d.date) }] };
    seen.add(d.date);
  }
  const e = x.emergency || {};
  const form = { year: m[1], month: String(Number(m[2])), regulation: s(x.regulation), touched: [] };
  if (ans.result.regime === 'mk316') Object.assign(form, { service: s(x.service) || 'assistant', monthlyAllocation: s(x.monthly_allocation), amount: s(x.hourly_rate) });
  else {
    Object.assign(form, {
      allocation: s(x.weekly_allocation), resumed: e.activities_resumed === true ? 'yes' : e.activities_resumed === false ? 'no' : '',
      dailyMax: x.daily_max === undefined ? w.num(known.daily_max) : s(x.daily_max),
      granularity: x.granularity === undefined ? w.num(known.granularity) : s(x.granularity), rate: s(x.hourly_rate),
    });
  }
  return {
    month: ans.result.month,
    form,
    days: (x.days || []).map((d) => [d.date, { hours: s(d.hours), measure: d.measure === undefined ? '1' : s(d.measure) }]),
    previous: Array.isArray(e.previous_months) ? e.previous_months.map(s) : null,
    paid: Object.entries(x.paid_outside_month || {}).map(([wk, v]) => [wk, s(v)]),
  };
}
