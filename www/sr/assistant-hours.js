// The assistant-service timesheet calculator (RULES.md R1), mounted into any
// element: `mountAssistantHours(element, {lang, headingLevel, onLangChange})`.
// Self-contained for embedding in someone else's page: its markup lives in
// the element, its classes start with `sr-`, its ids with a per-instance
// prefix, and its state stays in this closure (no globals).

import { loadRules, run, facts as ruleFacts } from './core.js';
import { h, heading, vh } from './dom.js';
import { errorMessage, explanationStep, renderFrame, showErrors } from './form.js';
import { chooseLang, loadWords, pickLang, rememberLang, weekdayIndex } from './words.js';

let instances = 0;

export async function mountAssistantHours(root, options = {}) {
  const prefix = `sr-ah${++instances}-`;
  const level = options.headingLevel ?? 2;
  const state = {
    year: '',
    month: '',
    allocation: '',
    days: new Map(), // ISO date → { hours, measure }: kept across months, so nothing typed is lost
    resumed: '', // '', 'yes', 'no'
    prev: new Map(), // 'YYYY-MM' → hours typed for that previous month
    dailyMax: '8',
    granularity: '0,5',
    rate: '',
    paid: new Map(), // 'YYYY-MM|YYYY-Www' → hours already paid outside the month
    touched: new Set(),
    submitted: false,
  };
  root.classList.add('sr-calc');
  let w;
  let firstYear;
  let known;
  try {
    await loadRules('assistant-hours');
    w = await loadWords(options.lang ? pickLang(options.lang) : chooseLang('lv'), 'assistant-hours');
    known = JSON.parse(ruleFacts()).assistant_hours;
    firstYear = Number(known.first_month.slice(0, 4));
  } catch (e) {
    root.replaceChildren(h('p', { class: 'sr-error-message', role: 'alert' }, `⚠ ${String(e.message || e)}`));
    return null;
  }
  // The months up to the current one, and the next (a timesheet is filled in as the month goes).
  const lastYear = new Date().getFullYear() + (new Date().getMonth() === 11 ? 1 : 0);

  let facts = null; // the rules' facts about the chosen month
  let sentDates = []; // days[i] of the last input → its ISO date
  let controls = new Map(); // key → { input, error, hintId, placed }
  let monthKeys = new Set(); // the keys of controls that depend on the month
  let ui = {};

  const id = (key) => prefix + key.replace(/[^A-Za-z0-9-]/g, '-');
  const tr = (key, params) => w.t(key, params);
  const monthValue = () => (state.year && state.month ? `${state.year}-${String(state.month).padStart(2, '0')}` : '');

  function loadFacts() {
    const m = monthValue();
    if (!m) {
      facts = null;
      return;
    }
    const ans = run('assistant-month', { month: m }, w.lang);
    facts = ans.ok && ans.result.covered ? ans.result : null;
  }

  // ---- building the form ------------------------------------------------

  function register(key, input, errorEl, hintId) {
    controls.set(key, { input, error: errorEl, hintId });
  }

  function errorEl(key) {
    return errorMessage(`${id(key)}-error`);
  }

  function textField(key, label, hint, value, onValue, extra = {}) {
    const inputId = id(key);
    const hintId = hint ? `${inputId}-hint` : null;
    const err = errorEl(key);
    const input = h('input', {
      class: `sr-input ${extra.class || ''}`.trim(),
      id: inputId,
      name: inputId,
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      spellcheck: 'false',
      value,
      'aria-describedby': hintId,
      on: { input: (e) => { onValue(e.target.value); state.touched.add(key); update(); } },
    });
    const wrap = h('div', { class: 'sr-field' },
      h('label', { class: 'sr-label', for: inputId }, label),
      hint ? h('p', { class: 'sr-hint', id: hintId }, hint) : null,
      err,
      input);
    register(key, input, err, hintId);
    return wrap;
  }

  function monthFieldset() {
    const err = errorEl('month');
    const yearSel = h('select', {
      class: 'sr-select', id: id('year'), name: id('year'), 'aria-describedby': `${id('month')}-hint`,
      on: { change: (e) => { state.year = e.target.value; state.touched.add('month'); structureChanged(); } },
    },
    h('option', { value: '' }, tr('ui-choose')),
    Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i))
      .map((y) => h('option', { value: y, selected: y === state.year }, y)));
    const monthSel = h('select', {
      class: 'sr-select', id: id('month'), name: id('month'), 'aria-describedby': `${id('month')}-hint`,
      on: { change: (e) => { state.month = e.target.value; state.touched.add('month'); structureChanged(); } },
    },
    h('option', { value: '' }, tr('ui-choose')),
    w.monthNames().map((name, i) => h('option', { value: String(i + 1), selected: String(i + 1) === state.month }, name)));
    register('month', monthSel, err, `${id('month')}-hint`);
    return h('fieldset', { class: 'sr-fieldset' },
      h('legend', { class: 'sr-legend' }, tr('ui-month-legend')),
      h('p', { class: 'sr-hint', id: `${id('month')}-hint` }, tr('ui-month-hint', { from: w.monthYear(known.first_month), to: w.monthYear(known.last_month) })),
      err,
      h('div', { class: 'sr-inline' },
        h('div', { class: 'sr-field' }, h('label', { class: 'sr-label', for: id('year') }, tr('ui-year')), yearSel),
        h('div', { class: 'sr-field' }, h('label', { class: 'sr-label', for: id('month') }, tr('ui-month')), monthSel)));
  }

  function emergencyFieldset() {
    if (!facts || facts.emergency_days.length === 0) return null;
    const days = facts.emergency_days;
    const [from, to] = facts.emergency_period;
    const err = errorEl('resumed');
    const radio = (value, label) => {
      const rid = id(`resumed-${value}`);
      return h('div', { class: 'sr-radio' },
        h('input', {
          type: 'radio', class: 'sr-radio__input', id: rid, name: id('resumed'), value, checked: state.resumed === value,
          on: { change: () => { state.resumed = value; state.touched.add('resumed'); ui.prev.hidden = value === 'yes'; update(); } },
        }),
        h('label', { class: 'sr-radio__label', for: rid }, label));
    };
    const first = radio('no', tr('ui-resumed-no'));
    const resumedGroup = h('fieldset', { class: 'sr-fieldset sr-fieldset--inner', 'aria-describedby': `${id('resumed')}-error` },
      h('legend', { class: 'sr-legend sr-legend--question' }, tr('ui-resumed-question')),
      err,
      h('div', { class: 'sr-radios' }, first, radio('yes', tr('ui-resumed-yes'))));
    register('resumed', first.querySelector('input'), err, null);
    ui.prev = h('fieldset', { class: 'sr-fieldset sr-fieldset--inner', hidden: state.resumed === 'yes' },
      h('legend', { class: 'sr-legend' }, tr('ui-previous-legend')),
      h('p', { class: 'sr-hint' }, tr('ui-previous-hint')),
      facts.previous_months.map((m, i) => textField(`prev:${i}`, tr('ui-previous-month', { month: w.monthYear(m) }), null,
        state.prev.get(m) ?? '', (v) => state.prev.set(m, v), { class: 'sr-input--short' })));
    return h('fieldset', { class: 'sr-fieldset sr-emergency' },
      h('legend', { class: 'sr-legend' }, tr('ui-emergency-legend', { from: w.date(from), to: w.date(to) })),
      h('p', {}, tr('ui-emergency-intro', { days: `${w.day(days[0])} – ${w.day(days[days.length - 1])}` })),
      resumedGroup,
      ui.prev);
  }

  function calendar() {
    if (!facts) return null;
    const emergency = new Set(facts.emergency_days);
    const wd = w.weekdays('long');
    const wds = w.weekdays('short');
    const rows = facts.weeks.map((wk) => {
      const cells = Array.from({ length: 7 }, () => h('td', { class: 'sr-cal__empty' }));
      for (let d = new Date(`${wk.from}T00:00:00Z`); d <= new Date(`${wk.to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
        const iso = d.toISOString().slice(0, 10);
        const idx = weekdayIndex(iso);
        const entry = state.days.get(iso) || { hours: '', measure: '1' };
        const hk = `h:${iso}`;
        const mk = `m:${iso}`;
        const err = errorEl(hk);
        const hours = h('input', {
          class: 'sr-input sr-input--hours', id: id(hk), name: id(hk), type: 'text', inputmode: 'decimal', autocomplete: 'off',
          value: entry.hours,
          on: { input: (e) => { setDay(iso, { hours: e.target.value }); state.touched.add(hk); update(); } },
        });
        const measure = h('select', {
          class: 'sr-select sr-select--measure', id: id(mk), name: id(mk),
          on: { change: (e) => { setDay(iso, { measure: e.target.value }); state.touched.add(mk); update(); } },
        }, [1, 2, 3, 4, 5, 6, 7].map((n) => h('option', { value: String(n), selected: String(n) === String(entry.measure) },
          n === 7 ? tr('ui-measure7') : tr('ui-measure', { n }))));
        const placed = h('p', { class: 'sr-cal__placed', id: `${id(hk)}-placed`, hidden: true });
        const isEmergency = emergency.has(iso);
        const dayNum = String(Number(iso.slice(8)));
        const fullName = tr('ui-hours-for', { date: w.day(iso) });
        cells[idx] = h('td', { class: `sr-cal__day${isEmergency ? ' sr-cal__day--emergency' : ''}` },
          h('span', { class: 'sr-cal__wd', 'aria-hidden': 'true' }, wd[idx]),
          // The label reads "3. jūnija, stundas"; only the day number shows.
          h('label', { class: 'sr-cal__label', for: id(hk) }, dayNum, vh(fullName.slice(dayNum.length))),
          isEmergency ? h('span', { class: 'sr-cal__tag' }, tr('ui-emergency-day')) : null,
          err,
          hours,
          h('label', { class: 'sr-vh', for: id(mk) }, tr('ui-measure-for', { date: w.day(iso) })),
          measure,
          placed);
        register(hk, hours, err, null);
        register(mk, measure, err, null);
        controls.get(hk).placed = placed;
      }
      const n = Number(wk.week.slice(6));
      return h('tr', {}, h('th', { scope: 'row', class: 'sr-cal__week' }, h('abbr', { title: wk.week }, tr('ui-week-short', { n }))), cells);
    });
    return h('div', { class: 'sr-cal-wrap' },
      h('p', { class: 'sr-hint', id: id('cal-hint') }, tr('ui-calendar-hint')),
      h('table', { class: 'sr-cal', 'aria-describedby': id('cal-hint') },
        h('caption', { class: 'sr-cal__caption' }, tr('ui-calendar-caption', { month: w.monthYear(facts.month) })),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('ui-week')),
          wd.map((name, i) => h('th', { scope: 'col' }, h('abbr', { title: name }, wds[i]))))),
        h('tbody', {}, rows)));
  }

  function settingsFieldset() {
    const edges = facts ? facts.weeks.filter((wk) => wk.crosses_edge) : [];
    return h('fieldset', { class: 'sr-fieldset' },
      h('legend', { class: 'sr-legend' }, tr('ui-settings-legend')),
      textField('dailyMax', tr('ui-daily-max'), tr('ui-daily-max-hint'), state.dailyMax, (v) => { state.dailyMax = v; }, { class: 'sr-input--short' }),
      textField('granularity', tr('ui-granularity'), tr('ui-granularity-hint'), state.granularity, (v) => { state.granularity = v; }, { class: 'sr-input--short' }),
      textField('rate', tr('ui-rate'), tr('ui-rate-hint'), state.rate, (v) => { state.rate = v; }, { class: 'sr-input--short' }),
      edges.length ? h('fieldset', { class: 'sr-fieldset sr-fieldset--inner' },
        h('legend', { class: 'sr-legend' }, tr('ui-paid-legend')),
        h('p', { class: 'sr-hint' }, tr('ui-paid-hint')),
        edges.map((wk) => {
          const k = `${facts.month}|${wk.week}`;
          return textField(`paid:${wk.week}`, tr('ui-paid-for', { week: wk.week, from: w.day(wk.from), to: w.day(wk.to) }),
            null, state.paid.get(k) ?? '', (v) => state.paid.set(k, v), { class: 'sr-input--short' });
        })) : null);
  }

  function render() {
    controls = new Map();
    ui = { monthParts: h('div', { class: 'sr-month-parts' }) };
    const frame = renderFrame(root, {
      w, level, id, title: tr('ui-title'), intro: tr('ui-intro'), button: tr('ui-calculate'), onLang: setLang, onSubmit: submit, hideLang: options.hideLanguages,
      fields: [
        monthFieldset(),
        textField('allocation', tr('ui-allocation'), tr('ui-allocation-hint'), state.allocation, (v) => { state.allocation = v; }, { class: 'sr-input--short' }),
        ui.monthParts,
      ],
    });
    Object.assign(ui, frame);
    monthKeys = new Set();
    renderMonthParts();
    frame.restoreFocus();
  }

  function setDay(iso, change) {
    const cur = state.days.get(iso) || { hours: '', measure: '1' };
    state.days.set(iso, { ...cur, ...change });
  }

  function structureChanged() {
    loadFacts();
    renderMonthParts();
    update();
  }

  /** Rebuilds what depends on the month, leaving the month's selects alone. */
  function renderMonthParts() {
    const active = root.contains(document.activeElement) ? document.activeElement.id : null;
    for (const k of monthKeys) controls.delete(k);
    monthKeys = new Set();
    const before = new Set(controls.keys());
    ui.monthParts.replaceChildren(...[emergencyFieldset(), calendar(), settingsFieldset()].filter(Boolean));
    for (const k of controls.keys()) if (!before.has(k)) monthKeys.add(k);
    if (active && !root.querySelector(`#${CSS.escape(active)}`)) ui.monthParts.querySelector('input, select')?.focus();
    else if (active) root.querySelector(`#${CSS.escape(active)}`)?.focus();
  }

  async function setLang(l) {
    w = await loadWords(pickLang(l));
    rememberLang(w.lang);
    loadFacts();
    render();
    update();
    if (typeof options.onLangChange === 'function') options.onLangChange(w.lang);
  }

  // ---- computing and showing ---------------------------------------------

  function buildInput() {
    const input = {};
    const m = monthValue();
    if (m) input.month = m;
    input.weekly_allocation = state.allocation;
    sentDates = [];
    input.days = [];
    if (facts) {
      for (const wk of facts.weeks) {
        for (let d = new Date(`${wk.from}T00:00:00Z`); d <= new Date(`${wk.to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
          const iso = d.toISOString().slice(0, 10);
          const e = state.days.get(iso);
          if (e && e.hours.trim() !== '') {
            input.days.push({ date: iso, hours: e.hours, measure: Number(e.measure) });
            sentDates.push(iso);
          }
        }
      }
      if (facts.emergency_days.length) {
        const e = {};
        if (state.resumed) e.activities_resumed = state.resumed === 'yes';
        if (state.resumed !== 'yes') e.previous_months = facts.previous_months.map((pm) => state.prev.get(pm) ?? '');
        input.emergency = e;
      }
      const paid = {};
      for (const wk of facts.weeks.filter((x) => x.crosses_edge)) {
        const v = state.paid.get(`${facts.month}|${wk.week}`);
        if (v && v.trim() !== '') paid[wk.week] = v;
      }
      if (Object.keys(paid).length) input.paid_outside_month = paid;
    }
    input.daily_max = state.dailyMax;
    input.granularity = state.granularity;
    if (state.rate.trim() !== '') input.hourly_rate = state.rate;
    return input;
  }

  /** The control an error of the rules belongs to. */
  function keyOf(field) {
    let m;
    if (field === 'month') return 'month';
    if (field === 'weekly_allocation') return 'allocation';
    if ((m = /^days\[(\d+)\]\.(hours|date|measure)$/.exec(field))) {
      const iso = sentDates[Number(m[1])];
      return m[2] === 'measure' ? `m:${iso}` : `h:${iso}`;
    }
    if (field === 'emergency' || field === 'emergency.activities_resumed') return 'resumed';
    if (field === 'emergency.previous_months') return 'prev:0';
    if ((m = /^emergency\.previous_months\[(\d)\]$/.exec(field))) return `prev:${m[1]}`;
    if (field === 'daily_max') return 'dailyMax';
    if (field === 'granularity') return 'granularity';
    if (field === 'hourly_rate') return 'rate';
    if ((m = /^paid_outside_month\.(.+)$/.exec(field))) return `paid:${m[1]}`;
    return 'month';
  }

  function update() {
    const ans = run('assistant-hours', buildInput(), w.lang);
    const errors = ans.ok ? [] : ans.errors.map((e) => ({ ...e, key: keyOf(e.field) }));
    const shown = errors.filter((e) => state.submitted || state.touched.has(e.key));

    showErrors(w, ui.summary, controls, shown, 'month');

    for (const c of controls.values()) if (c.placed) { c.placed.hidden = true; c.placed.textContent = ''; }
    if (ans.ok) {
      showResult(ans.result);
    } else {
      ui.status.textContent = shown.length ? tr('ui-result-blocked') : tr('ui-result-pending');
      ui.resultBody.replaceChildren();
    }
    return shown.length;
  }

  function submit() {
    state.submitted = true;
    if (update() > 0) ui.summary.focus();
    else ui.resultHeading.focus();
  }

  function showResult(r) {
    const hrs = (v) => tr('ui-hours-unit', { h: w.num(v) });
    ui.status.textContent = `${tr('ui-total-payable')}: ${hrs(r.total_payable)}`;
    const emergencyRule = r.rule === 'emergency_average' || r.rule === 'emergency_no_previous_use';
    const rows = [
      ['totalPayable', hrs(r.total_payable), 'sr-totals__main'],
      ['attestedPayable', hrs(r.attested_payable)],
      emergencyRule && r.emergency_entitlement !== null ? ['emergencyEntitlement', hrs(r.emergency_entitlement)] : null,
      emergencyRule ? ['emergencyHours', hrs(r.emergency_hours)] : null,
      emergencyRule && r.emergency_unplaced && Number(r.emergency_unplaced) > 0 ? ['unplaced', hrs(r.emergency_unplaced)] : null,
      ['notPayable', hrs(r.not_payable)],
      r.pay !== null ? ['pay', w.money(r.pay)] : null,
    ].filter(Boolean);
    const totals = h('dl', { class: 'sr-totals' }, rows.map(([k, v, cls]) => h('div', { class: `sr-totals__row ${cls || ''}`.trim() },
      h('dt', {}, tr(k)), h('dd', { 'data-sr': k }, v))));

    const warnings = r.warnings.length ? h('div', { class: 'sr-warning' },
      h('p', { class: 'sr-warning__title' }, tr('ui-warnings')),
      h('ul', {}, r.warnings.map((w) => h('li', {}, w.message)))) : null;

    // Weekly bars: a picture; the sentence beside each is its text equivalent.
    const scale = Math.max(1, ...r.weeks.map((wk) => Math.max(Number(wk.cap), Number(wk.attested) + Number(wk.emergency))));
    const pct = (v) => `${(100 * Number(v)) / scale}%`;
    const weeks = h('ul', { class: 'sr-bars' }, r.weeks.map((wk) => {
      const seg = (cls, v) => { const s = h('span', { class: `sr-bar__seg ${cls}` }); s.style.width = pct(v); return s; };
      const cap = h('span', { class: 'sr-bar__cap' });
      cap.style.left = pct(wk.cap);
      return h('li', { class: 'sr-bars__week' },
        h('p', { class: 'sr-bars__text' }, tr('ui-week-line', {
          week: wk.week, from: w.day(wk.from), to: w.day(wk.to), cap: w.num(wk.cap), attested: w.num(wk.attested),
          payable: w.num(wk.attested_payable), emergency: w.num(wk.emergency), over: w.num(wk.not_payable),
        })),
        h('div', { class: 'sr-bar', 'aria-hidden': 'true' },
          seg('sr-bar__seg--attested', wk.attested_payable), seg('sr-bar__seg--emergency', wk.emergency), seg('sr-bar__seg--over', wk.not_payable), cap));
    }));
    const legend = h('ul', { class: 'sr-legend-list', 'aria-hidden': 'true' },
      h('li', {}, h('span', { class: 'sr-swatch sr-bar__seg--attested' }), tr('ui-legend-attested')),
      h('li', {}, h('span', { class: 'sr-swatch sr-bar__seg--emergency' }), tr('ui-legend-emergency')),
      h('li', {}, h('span', { class: 'sr-swatch sr-bar__seg--over' }), tr('ui-legend-over')),
      h('li', {}, h('span', { class: 'sr-swatch sr-swatch--cap' }), tr('ui-legend-cap')));

    // Emergency hours shown in the calendar and listed.
    const placedDays = r.emergency_days.filter((d) => Number(d.hours) > 0);
    for (const d of placedDays) {
      const c = controls.get(`h:${d.date}`);
      if (c && c.placed) { c.placed.textContent = tr('ui-emergency-placed', { h: w.num(d.hours) }); c.placed.hidden = false; }
    }
    const emergencyList = placedDays.length ? [
      heading(level + 2, { class: 'sr-subtitle' }, tr('ui-emergency-days-title')),
      h('ul', { class: 'sr-days' }, placedDays.map((d) => h('li', {}, `${w.day(d.date)}: ${hrs(d.hours)}`))),
    ] : null;

    const explanation = h('ol', { class: 'sr-explanation' }, r.explanation.map((st) => explanationStep(w, st)));

    ui.resultBody.replaceChildren(...[
      totals,
      warnings,
      heading(level + 2, { class: 'sr-subtitle' }, tr('ui-weeks-title')),
      legend,
      weeks,
      ...(emergencyList || []),
      heading(level + 2, { class: 'sr-subtitle' }, tr('ui-explanation-title')),
      explanation,
    ].filter(Boolean));
  }

  render();
  update();
  if (typeof options.onLangChange === 'function') options.onLangChange(w.lang);
  return { setLang, element: root };
}
