// The parts of the timesheet only an MK 942 month has (RULES.md R1.1–R1.3):
// the average-rule period's questions, the settings (daily maximum,
// rounding, rate, hours paid outside the month), and the weekly bars and
// measure-7 days of the result. Loaded by assistant-hours.js with the
// module of every month (pkg/assistant-hours-mk942/), when a month before
// 2022 needs it; each function gets the form's context `c` (its state,
// facts, words and builders).

import { h, heading } from './core.js';

/** MK 942 months with days of an average-rule period: the period, its question, the three previous months. */
export function periodFieldset(c) {
  const { facts, state, ui, tr, w } = c;
  if (!facts || facts.periods.length === 0) return null;
  const question = c.periodQuestion();
  // The answer is always "could the service be used as contracted" (activities_resumed): 'no' first.
  const answers = {
    activities_resumed: [['no', tr('ui-resumed-no')], ['yes', tr('ui-resumed-yes')]],
    epidemiological_measures: [['no', tr('ui-period-measures-yes')], ['yes', tr('ui-period-measures-no')]],
    mixed: [['no', tr('ui-period-mixed-no')], ['yes', tr('ui-period-mixed-yes')]],
  }[question];
  const resumedGroup = c.radioGroup('resumed', tr('ui-period-question', { question }), null, answers, state.resumed,
    (v) => { state.resumed = v; ui.prev.hidden = v === 'yes'; c.update(); });
  const tenHours = facts.periods.some((p) => p.ten_hours_without_previous_use);
  ui.prev = h('fieldset', { class: 'sr-fieldset sr-fieldset--inner', hidden: state.resumed === 'yes' },
    h('legend', { class: 'sr-legend' }, tr('ui-previous-legend')),
    h('p', { class: 'sr-hint' }, tr(tenHours ? 'ui-previous-hint' : 'ui-previous-hint-average')),
    facts.previous_months.map((m, i) => c.textField(`prev:${i}`, tr('ui-previous-month', { month: w.monthYear(m) }), null,
      state.prev.get(m) ?? '', (v) => state.prev.set(m, v), { class: 'sr-input--short' })));
  return h('fieldset', { class: 'sr-fieldset sr-emergency' },
    h('legend', { class: 'sr-legend' }, tr('ui-period-legend')),
    h('ul', { class: 'sr-periods' }, facts.periods.map((p) => h('li', {},
      tr('ui-period-line', { name: c.periodName(p), from: w.date(p.from), to: w.date(p.to), days: w.range(p.in_month.from, p.in_month.to) }),
      h('span', { class: 'sr-source' }, `${tr('ui-source')}: ${tr(`source-${c.periodKey(p)}`)}`)))),
    resumedGroup,
    ui.prev);
}

/** The daily maximum, the rounding step, the hourly rate, and the hours already paid in the month's edge weeks. */
export function settingsFieldset(c) {
  const { facts, state, tr, w } = c;
  const edges = facts ? facts.weeks.filter((wk) => wk.crosses_edge) : [];
  return h('fieldset', { class: 'sr-fieldset' },
    h('legend', { class: 'sr-legend' }, tr('ui-settings-legend')),
    c.textField('dailyMax', tr('ui-daily-max'), tr('ui-daily-max-hint'), state.dailyMax, (v) => { state.dailyMax = v; }, { class: 'sr-input--short' }),
    c.textField('granularity', tr('ui-granularity'), tr('ui-granularity-hint'), state.granularity, (v) => { state.granularity = v; }, { class: 'sr-input--short' }),
    c.textField('rate', tr('ui-rate'), tr('ui-rate-hint'), state.rate, (v) => { state.rate = v; }, { class: 'sr-input--short' }),
    edges.length ? h('fieldset', { class: 'sr-fieldset sr-fieldset--inner' },
      h('legend', { class: 'sr-legend' }, tr('ui-paid-legend')),
      h('p', { class: 'sr-hint' }, tr('ui-paid-hint')),
      edges.map((wk) => {
        const k = `${facts.month}|${wk.week}`;
        return c.textField(`paid:${wk.week}`, tr('ui-paid-for', { week: wk.week, from: w.day(wk.from), to: w.day(wk.to) }),
          null, state.paid.get(k) ?? '', (v) => state.paid.set(k, v), { class: 'sr-input--short' });
      })) : null);
}

/**
 * The result's weekly bars (a picture; the sentence beside each is its text
 * equivalent) and the list of the days given measure-7 hours: the elements
 * to show, each kept between renders (`c.part`), its figures written in place.
 */
export function weeklyParts(c, r, placedDays) {
  const { part, once, say, hrs, setText, setStyle, tr, w, level } = c;
  let weeks = [];
  if (r.weeks.length) {
    const scale = Math.max(1, ...r.weeks.map((wk) => Math.max(Number(wk.cap), Number(wk.attested) + Number(wk.emergency))));
    const pct = (x) => `${(100 * Number(x)) / scale}%`;
    const list = part('weeks', '', () => h('ul', { class: 'sr-bars' }));
    while (list.children.length > r.weeks.length) list.lastElementChild.remove();
    r.weeks.forEach((wk, i) => {
      let li = list.children[i];
      if (!li) {
        const seg = (cls) => h('span', { class: `sr-bar__seg ${cls}` });
        li = h('li', { class: 'sr-bars__week' }, h('p', { class: 'sr-bars__text' }),
          h('div', { class: 'sr-bar', 'aria-hidden': 'true' },
            seg('sr-bar__seg--attested'), seg('sr-bar__seg--emergency'), seg('sr-bar__seg--over'), h('span', { class: 'sr-bar__cap' })));
        list.append(li);
      }
      const [text, bar] = li.children;
      setText(text, once(`week\u0000${wk.week}|${wk.from}|${wk.to}|${wk.cap}|${wk.attested}|${wk.attested_payable}|${wk.emergency}|${wk.not_payable}`,
        () => tr('ui-week-days-line', {
          days: w.range(wk.from, wk.to), n: String(Number(wk.week.slice(6))), cap: w.num(wk.cap), attested: w.num(wk.attested),
          payable: w.num(wk.attested_payable), emergency: w.num(wk.emergency), over: w.num(wk.not_payable),
        })));
      const [attested, emergency, over, cap] = bar.children;
      setStyle(attested, 'width', pct(wk.attested_payable));
      setStyle(emergency, 'width', pct(wk.emergency));
      setStyle(over, 'width', pct(wk.not_payable));
      setStyle(cap, 'left', pct(wk.cap));
    });
    weeks = [
      part('weeks-title', '', () => heading(level + 2, { class: 'sr-subtitle' }, say('ui-weeks-title'))),
      part('legend', '', () => h('ul', { class: 'sr-legend-list', 'aria-hidden': 'true' },
        h('li', {}, h('span', { class: 'sr-swatch sr-bar__seg--attested' }), say('ui-legend-attested')),
        h('li', {}, h('span', { class: 'sr-swatch sr-bar__seg--emergency' }), say('ui-legend-emergency')),
        h('li', {}, h('span', { class: 'sr-swatch sr-bar__seg--over' }), say('ui-legend-over')),
        h('li', {}, h('span', { class: 'sr-swatch sr-swatch--cap' }), say('ui-legend-cap')))),
      list,
    ];
  }

  let emergencyList = [];
  if (placedDays.length) {
    const list = part('emergency-days', '', () => h('ul', { class: 'sr-days' }));
    while (list.children.length > placedDays.length) list.lastElementChild.remove();
    placedDays.forEach((d, i) => {
      const li = list.children[i] || list.appendChild(h('li', {}));
      setText(li, `${once(`day\u0000${d.date}`, () => w.day(d.date))}: ${hrs(d.hours)}`);
    });
    emergencyList = [part('emergency-title', '', () => heading(level + 2, { class: 'sr-subtitle' }, say('ui-emergency-days-title'))), list];
  }
  return [...weeks, ...emergencyList];
}
