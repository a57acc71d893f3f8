// The assistant-service timesheet calculator (RULES.md R1), mounted into any
// element: `mountAssistantHours(element, {lang, headingLevel, onLangChange})`
// (and hideLanguages, hideIntro, prefill, onResult: README, "Embedding").
// Self-contained for embedding in someone else's page: its markup lives in
// the element, its classes start with `sr-`, its ids with a per-instance
// prefix, and its state stays in this closure (no globals).

import { formatDate, loadRules, run, facts as ruleFacts, h, heading, vh, chooseLang, loadWords as loadLabels, pickLang, rememberLang } from './core.js';
import { errorMessage, explanationStep, renderFrame, showErrors } from './form.js';
import { keeper } from './keep.js';
import { printable, timesheetSummary } from './print.js';

let instances = 0;

/**
 * The words of `lang` (core.js's loadWords) with the ways of writing dates only the
 * timesheet uses (and print.js, assistant-hours-import.js, which get its
 * `w`): a day, a month's days, a month, the month and weekday names.
 */
async function loadWords(lang, module) {
  const w = await loadLabels(lang, module);
  const { locale } = w;
  return Object.assign(w, {
    /** An ISO date's day and month (no year). */
    day: (iso) => formatDate(lang, 'day', iso),
    /** Days `from` to `to` (ISO dates) of one month, as the catalog writes them ("1–7 June"). */
    range: (from, to) => formatDate(lang, 'range', `${from}/${to}`),
    /** `YYYY-MM` as month and year. */
    monthYear: (ym) => formatDate(lang, 'month', ym),
    /** The twelve month names, standalone (for a picker). */
    monthNames: () => Array.from({ length: 12 }, (_, i) => {
      const n = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, i, 1));
      return n.charAt(0).toLocaleUpperCase(locale) + n.slice(1);
    }),
    /** Monday … Sunday, long and short. */
    weekdays: (style = 'long') => Array.from({ length: 7 }, (_, i) => {
      const n = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2020, 5, 1 + i));
      return n.charAt(0).toLocaleUpperCase(locale) + n.slice(1);
    }),
  });
}

/** Monday = 0 … Sunday = 6 for an ISO date, in UTC so no time zone moves it. */
function weekdayIndex(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** `[k, v]` pairs (k a string) of an array read back from storage, each kept only if `ok(v)`. */
function pairs(list, ok) {
  return Array.isArray(list) ? list.filter((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && ok(p[1])) : [];
}

/** A string read back from storage, else `fallback`. */
const str = (v, fallback = '') => (typeof v === 'string' ? v : fallback);

/**
 * The timesheet's own styles, sr/assistant-hours.css (beside this module; the
 * other calculators' pages do not load them): linked once into the document
 * or shadow root `root` is in, unless it is there already (the page links
 * it, the element adds it). Resolves once loaded (or failed: the calculator
 * still works).
 */
function ownStyles(root) {
  const href = new URL('./assistant-hours.css', import.meta.url).href;
  const home = root.getRootNode();
  const parent = home instanceof ShadowRoot ? home : document.head;
  if ([...parent.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href)) return null;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  parent.append(link);
  return loaded;
}

/** The module that computes every month, MK 942's too (loaded when a month needs it). */
const EVERY_MONTH = 'assistant-hours-mk942';

export async function mountAssistantHours(root, options = {}) {
  const prefix = `sr-ah${++instances}-`;
  const level = options.headingLevel ?? 2;
  const state = {
    year: '',
    month: '',
    allocation: '', // hours a week (MK 942)
    regulation: '', // '', 'mk942', 'mk316': asked only where the person's contract decides
    service: 'assistant', // MK 316: 'assistant' | 'companion'
    monthlyAllocation: '', // hours a month (MK 316)
    amount: '', // MK 316: the hourly amount the person enters after the last verified one
    help: new Set(), // MK 316 allocation help: 'purpose|1' or 'purpose|2' ticked
    days: new Map(), // ISO date → { hours, measure }: kept across months and regimes, so nothing typed is lost
    resumed: '', // '', 'yes', 'no'
    prev: new Map(), // 'YYYY-MM' → hours typed for that previous month
    dailyMax: '', // the rules' defaults, set once they are loaded
    granularity: '',
    rate: '',
    paid: new Map(), // 'YYYY-MM|YYYY-Www' → hours already paid outside the month
    touched: new Set(),
    submitted: false,
    hostMonth: '', // a prefilled month the picker does not offer (never saved)
  };
  root.classList.add('sr-calc');
  let w;
  let firstYear;
  let known;
  try {
    await Promise.all([loadRules('assistant-hours'), ownStyles(root)]);
    w = await loadWords(options.lang ? pickLang(options.lang) : chooseLang('lv'), 'assistant-hours');
    known = JSON.parse(ruleFacts('assistant-hours')).assistant_hours;
    firstYear = Number(known.first_month.slice(0, 4));
    state.dailyMax = w.num(known.daily_max);
    state.granularity = w.num(known.granularity);
  } catch (e) {
    root.replaceChildren(h('p', { class: 'sr-error-message', role: 'alert' }, `⚠ ${String(e.message || e)}`));
    return null;
  }
  // The months up to the current one, and the next (a timesheet is filled in as the month goes):
  // a December offers January of the next year.
  const today = new Date();
  const lastYear = today.getFullYear() + (today.getMonth() === 11 ? 1 : 0);
  const lastMonthOfLastYear = today.getMonth() === 11 ? 1 : today.getMonth() + 2;
  const maxMonth = (y) => (Number(y) === lastYear ? lastMonthOfLastYear : 12);
  const lastMonthValue = `${lastYear}-${String(lastMonthOfLastYear).padStart(2, '0')}`;

  /** The host's initial values (README, "Embedding"). */
  function prefill(p) {
    const [, y, mo] = /^(\d{4})-(\d\d)$/.exec(p.month ?? '') || [];
    if (y >= firstYear && y <= lastYear && mo >= 1 && mo <= maxMonth(y) && `${y}-${mo}` >= known.first_month) [state.year, state.month] = [y, String(Number(mo))];
    // A month the picker does not offer is said at the month's field until a month is chosen.
    else if (p.month != null) state.hostMonth = String(p.month).slice(0, 40);
    for (const k of ['allocation', 'monthlyAllocation']) if (p[k] != null) { state[k] = String(p[k]); state.touched.add(k); }
  }

  let everyMonth = null; // the module of every month: null (not asked for), 'loading', 'failed', 'loaded'
  let ext = null; // assistant-hours-mk942.js, once loaded: the form's MK 942 parts
  let tries = 0; // how many times it was asked for
  let facts = null; // the rules' facts about the chosen month
  let sentDates = []; // days[i] of the last input → its ISO date
  let controls = new Map(); // key → { input, error, hintId, placed }
  let monthKeys = new Set(); // the keys of controls that depend on the month
  let ui = {};
  const kept = keeper('assistant-hours', options);

  const id = (key) => prefix + key.replace(/[^A-Za-z0-9-]/g, '-');
  const tr = (key, params) => w.t(key, params);
  const monthValue = () => (state.year && state.month && Number(state.month) <= maxMonth(state.year)
    ? `${state.year}-${String(state.month).padStart(2, '0')}` : '');
  // A period's catalog id: `mk360-p34.3` → `mk360-p34-3`.
  const periodKey = (p) => p.id.replace(/[^A-Za-z0-9-]/g, '-');
  const periodName = (p) => tr(`ui-period-name-${periodKey(p)}`);

  /** The month's regime: from the month, or the person's choice where the contract decides; null until chosen. */
  function regime() {
    if (!facts) return null;
    if (facts.regulation_required) return facts.regimes.includes(state.regulation) ? state.regulation : null;
    return facts.regimes[0] || null;
  }
  /** The question of the month's average-rule periods: one kind, or 'mixed' when they differ (April 2021). */
  function periodQuestion() {
    const kinds = new Set(facts.periods.map((p) => p.question));
    return kinds.size === 1 ? [...kinds][0] : 'mixed';
  }
  /** Is `iso` a day of one of the month's average-rule periods? Its period, or null. */
  function periodOf(iso) {
    return facts.periods.find((p) => p.in_month.from <= iso && iso <= p.in_month.to) || null;
  }

  /** What the MK 942 parts (assistant-hours-mk942.js) build with: the form's state, facts, words and builders. */
  const context = () => ({
    facts, state, ui, w, tr, level, update, textField, radioGroup, periodQuestion, periodName, periodKey,
    part, once, say, hrs, setText, setStyle,
  });

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
    const monthOptions = () => [h('option', { value: '' }, tr('ui-choose')),
      ...w.monthNames().slice(0, state.year ? maxMonth(state.year) : 12)
        .map((name, i) => h('option', { value: String(i + 1), selected: String(i + 1) === state.month }, name))];
    let monthSel;
    const yearSel = h('select', {
      class: 'sr-select', id: id('year'), name: id('year'), 'aria-describedby': `${id('month')}-hint`,
      on: {
        change: (e) => {
          state.year = e.target.value;
          state.hostMonth = '';
          state.touched.add('month');
          monthSel.replaceChildren(...monthOptions());
          monthSel.value = monthValue() ? state.month : '';
          structureChanged();
        },
      },
    },
    h('option', { value: '' }, tr('ui-choose')),
    Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i))
      .map((y) => h('option', { value: y, selected: y === state.year }, y)));
    monthSel = h('select', {
      class: 'sr-select', id: id('month'), name: id('month'), 'aria-describedby': `${id('month')}-hint`,
      on: { change: (e) => { state.month = e.target.value; state.hostMonth = ''; state.touched.add('month'); structureChanged(); } },
    }, monthOptions());
    register('month', monthSel, err, `${id('month')}-hint`);
    return h('fieldset', { class: 'sr-fieldset' },
      h('legend', { class: 'sr-legend' }, tr('ui-month-legend')),
      h('p', { class: 'sr-hint', id: `${id('month')}-hint` }, tr('ui-month-hint-any', { from: w.monthYear(known.first_month), to: w.monthYear(lastMonthValue) })),
      err,
      h('div', { class: 'sr-inline' },
        h('div', { class: 'sr-field' }, h('label', { class: 'sr-label', for: id('year') }, tr('ui-year')), yearSel),
        h('div', { class: 'sr-field' }, h('label', { class: 'sr-label', for: id('month') }, tr('ui-month')), monthSel)));
  }

  function radioGroup(key, legend, hint, options, current, onPick) {
    const err = errorEl(key);
    const hintId = hint ? `${id(key)}-hint` : null;
    const radios = options.map(([value, label]) => {
      const rid = id(`${key}-${value}`);
      return h('div', { class: 'sr-radio' },
        h('input', {
          type: 'radio', class: 'sr-radio__input', id: rid, name: id(key), value, checked: current === value,
          on: { change: () => { state.touched.add(key); onPick(value); } },
        }),
        h('label', { class: 'sr-radio__label', for: rid }, label));
    });
    const group = h('fieldset', { class: 'sr-fieldset sr-fieldset--inner', 'aria-describedby': [hintId, `${id(key)}-error`].filter(Boolean).join(' ') },
      h('legend', { class: 'sr-legend sr-legend--question' }, legend),
      hint ? h('p', { class: 'sr-hint', id: hintId }, hint) : null,
      err,
      h('div', { class: 'sr-radios' }, radios));
    register(key, radios[0].querySelector('input'), err, null);
    return group;
  }

  /** The regime of the month, in words; and, where the person's contract decides, the question which one. */
  function regimeParts() {
    if (!facts) return [];
    const r = regime();
    const note = r ? h('p', { class: 'sr-note sr-regime' }, tr('ui-regime', { regime: r, month: w.monthYear(facts.month) })) : null;
    if (!facts.regulation_required) return [note];
    const question = h('fieldset', { class: 'sr-fieldset' },
      radioGroup('regulation', tr('ui-regulation-legend'), tr('ui-regulation-hint'),
        [['mk942', tr('ui-regulation-mk942')], ['mk316', tr('ui-regulation-mk316')]], state.regulation,
        (v) => { state.regulation = v; structureChanged(); }));
    return [question, note];
  }

  /** MK 316: the service, the monthly allocation, and help to work it out (never the decision). */
  function monthlyParts() {
    const service = h('fieldset', { class: 'sr-fieldset' },
      radioGroup('service', tr('ui-service-legend'), null,
        [['assistant', tr('ui-service-assistant')], ['companion', tr('ui-service-companion')]], state.service,
        (v) => { state.service = v; renderMonthParts(); update(); }));
    const allocation = h('div', { class: 'sr-fieldset' },
      textField('monthlyAllocation', tr('ui-monthly-allocation'), tr('ui-monthly-allocation-hint'), state.monthlyAllocation,
        (v) => { state.monthlyAllocation = v; }, { class: 'sr-input--short' }),
      allocationHelp());
    return [service, allocation];
  }

  /**
   * MK 316's help to work out the allocation (never the decision), folded:
   * its body is built by allocation-help.js, loaded with the first MK 316
   * month (an MK 942 month never needs it).
   */
  function allocationHelp() {
    const help = facts.allocation_help;
    if (!help) return null;
    const details = h('details', { class: 'sr-help', open: state.help.size > 0 || undefined },
      h('summary', { class: 'sr-help__summary' }, tr('ui-help-title')));
    const service = state.service;
    import('./allocation-help.js').then((m) => details.append(m.helpBody({ help, service, state, w, id })));
    return details;
  }

  function calendar() {
    if (!facts) return null;
    const weekly = regime() === 'mk942';
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
        const measure = weekly ? h('select', {
          class: 'sr-select sr-select--measure', id: id(mk), name: id(mk),
          on: { change: (e) => { setDay(iso, { measure: e.target.value }); state.touched.add(mk); update(); } },
        }, known.measures.map((n) => h('option', { value: String(n), selected: String(n) === String(entry.measure) },
          n === 7 ? tr('ui-measure7') : tr('ui-measure', { n })))) : null;
        const placed = h('p', { class: 'sr-cal__placed', id: `${id(hk)}-placed`, hidden: true });
        const period = weekly ? periodOf(iso) : null;
        const isEmergency = Boolean(period);
        const dayNum = String(Number(iso.slice(8)));
        const fullName = tr('ui-hours-for', { date: w.day(iso) });
        cells[idx] = h('td', { class: `sr-cal__day${isEmergency ? ' sr-cal__day--emergency' : ''}` },
          h('span', { class: 'sr-cal__wd', 'aria-hidden': 'true' }, wd[idx]),
          // The label reads "3. jūnija, stundas"; only the day number shows.
          h('label', { class: 'sr-cal__label', for: id(hk) }, dayNum, vh(fullName.slice(dayNum.length))),
          isEmergency ? h('span', { class: 'sr-cal__tag' }, tr(period.question === 'activities_resumed' ? 'ui-emergency-day' : 'ui-measures-day')) : null,
          err,
          hours,
          measure ? h('label', { class: 'sr-vh', for: id(mk) }, tr('ui-measure-for', { date: w.day(iso) })) : null,
          measure,
          placed);
        register(hk, hours, err, null);
        if (measure) register(mk, measure, err, null);
        Object.assign(controls.get(hk), { placed, date: iso });
      }
      // The week by its dates ("1–7 June"); its ISO week in the title.
      return h('tr', {}, h('th', { scope: 'row', class: 'sr-cal__week' }, h('abbr', { title: tr('ui-week-of', { week: wk.week }) }, w.range(wk.from, wk.to))), cells);
    });
    return h('div', { class: 'sr-cal-wrap' },
      h('p', { class: 'sr-hint', id: id('cal-hint') }, tr(weekly ? 'ui-calendar-hint' : 'ui-calendar-hint-monthly')),
      h('table', { class: 'sr-cal', 'aria-describedby': id('cal-hint') },
        h('caption', { class: 'sr-cal__caption' }, tr('ui-calendar-caption', { month: w.monthYear(facts.month) })),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('ui-week')),
          wd.map((name, i) => h('th', { scope: 'col' }, h('abbr', { title: name }, wds[i]))))),
        h('tbody', {}, rows)));
  }

  /** MK 316: the verified hourly amount of the month, or, after the last verified one, the amount to enter. */
  function amountFieldset() {
    const a = facts.hourly_amount;
    if (!a) return null;
    if (a.in_force) {
      return h('p', { class: 'sr-note', 'data-sr': 'rate-verified' }, tr('ui-rate-verified', { amount: w.money(a.amount), from: w.date(a.from) }));
    }
    const last = facts.last_verified_rate || a;
    return h('fieldset', { class: 'sr-fieldset' },
      h('legend', { class: 'sr-legend' }, tr('ui-hourly-amount')),
      textField('amount', tr('ui-rate-amount'), tr('ui-rate-amount-hint', { amount: w.money(last.amount), from: w.date(last.from) }),
        state.amount, (v) => { state.amount = v; }, { class: 'sr-input--short' }));
  }

  function render() {
    controls = new Map();
    ui = { monthParts: h('div', { class: 'sr-month-parts' }) };
    const frame = renderFrame(root, {
      w, level, id, title: tr('ui-title'), intro: tr('ui-intro-regimes'), button: tr('ui-calculate'), onLang: setLang, onSubmit: submit, hideLang: options.hideLanguages, hideIntro: options.hideIntro,
      fields: [
        monthFieldset(),
        ui.monthParts,
      ],
    });
    Object.assign(ui, frame);
    ui.totalBar = totalBar();
    ui.resultHeading.parentElement.before(ui.totalBar);
    monthKeys = new Set();
    renderMonthParts();
    kept.bar({ w, id, after: root.querySelector('.sr-form'), onExport: exportFile, onImport: importFile, onClear: clearAll });
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
    const f = root.getRootNode().activeElement;
    const active = root.contains(f) ? f.id : null;
    for (const k of monthKeys) controls.delete(k);
    monthKeys = new Set();
    const before = new Set(controls.keys());
    const r = regime();
    const parts = [...regimeParts()];
    if (r === 'mk942' && !ext) {
      // Its questions come with the module of every month: said while it loads, or why it did not, with a button to try again.
      const failed = everyMonth === 'failed';
      parts.push(h('p', { class: 'sr-note', role: 'status', id: id('every-month'), tabindex: '-1' }, tr(failed ? 'ui-result-not-loaded' : 'ui-result-loading')),
        failed ? h('button', {
          type: 'button', class: 'sr-button sr-button--secondary', id: id('retry'),
          on: { click: () => { everyMonth = null; needEveryMonth(); renderMonthParts(); root.querySelector(`#${id('every-month')}`)?.focus(); } },
        }, tr('ui-retry')) : null);
      needEveryMonth();
    } else if (r === 'mk942') {
      const c = context();
      parts.push(
        textField('allocation', tr('ui-allocation'), tr('ui-allocation-hint'), state.allocation, (v) => { state.allocation = v; }, { class: 'sr-input--short' }),
        ext.periodFieldset(c), calendar(), ext.settingsFieldset(c));
    } else if (r === 'mk316') {
      parts.push(...monthlyParts(), calendar(), amountFieldset());
    }
    ui.monthParts.replaceChildren(...parts.filter(Boolean));
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

  /** The days of the month typed so far, in order, each with its ISO date in `sentDates`. */
  function typedDays(withMeasure) {
    const days = [];
    sentDates = [];
    for (const iso of datesOf(facts)) {
      const e = state.days.get(iso);
      if (e && e.hours.trim() !== '') {
        days.push(withMeasure ? { date: iso, hours: e.hours, measure: Number(e.measure) } : { date: iso, hours: e.hours });
        sentDates.push(iso);
      }
    }
    return days;
  }

  const monthDates = new WeakMap(); // the facts of a month → its ISO dates in order (worked out once)
  function datesOf(f) {
    if (!monthDates.has(f)) {
      const dates = [];
      for (const wk of f.weeks) {
        for (let d = new Date(`${wk.from}T00:00:00Z`); d <= new Date(`${wk.to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
          dates.push(d.toISOString().slice(0, 10));
        }
      }
      monthDates.set(f, dates);
    }
    return monthDates.get(f);
  }

  function buildInput() {
    const input = {};
    const m = monthValue();
    if (m) input.month = m;
    sentDates = [];
    input.days = [];
    if (!facts) return input;
    const r = regime();
    if (facts.regulation_required && state.regulation) input.regulation = state.regulation;
    if (r === 'mk316') {
      input.service = state.service;
      input.monthly_allocation = state.monthlyAllocation;
      input.days = typedDays(false);
      if (facts.hourly_amount && !facts.hourly_amount.in_force && state.amount.trim() !== '') input.hourly_rate = state.amount;
      return input;
    }
    if (r !== 'mk942') return input; // the person has not said which regulation yet
    input.weekly_allocation = state.allocation;
    input.days = typedDays(true);
    if (facts.periods.length) {
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
    if (field === 'regulation') return 'regulation';
    if (field === 'service') return 'service';
    if (field === 'monthly_allocation') return 'monthlyAllocation';
    if (field === 'hourly_rate' && regime() === 'mk316') return 'amount';
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

  // The page first loads the module of MK 316 months alone (today's); a month
  // under MK 942 is computed by the module of every month, which answers
  // the MK 316 module's `other_module` error: it is loaded then, once, and
  // the month computed again.
  /** Loads the module of every month and the form's MK 942 parts; resolves once loaded (true) or not (false). */
  function loadEveryMonth() {
    everyMonth = 'loading';
    // A try after a failure asks for the file by another address: a browser may keep a failed module import as failed.
    const file = tries++ ? `./assistant-hours-mk942.js?try=${tries}` : './assistant-hours-mk942.js';
    return Promise.all([loadRules(EVERY_MONTH), import(file)])
      .then(([, m]) => { ext = m; everyMonth = 'loaded'; last.json = null; return true; }, () => { everyMonth = 'failed'; return false; });
  }

  /** Starts loading the module of every month, unless it is loaded, loading or failed; then shows the month again. */
  function needEveryMonth() {
    if (everyMonth === null) loadEveryMonth().then(() => { renderMonthParts(); update(); });
  }

  function update() {
    const ans = compute(buildInput());
    if (everyMonth !== 'loaded' && (regime() === 'mk942' || (!ans.ok && ans.errors.some((e) => e.code === 'other_module')))) {
      needEveryMonth();
      showErrors(w, ui.summary, controls, [], 'month');
      showNoResult(tr(everyMonth === 'failed' ? 'ui-result-not-loaded' : 'ui-result-loading'));
      return 0;
    }
    let errors = ans.ok ? [] : ans.errors.map((e) => ({ ...e, key: keyOf(e.field) }));
    if (state.hostMonth && !monthValue()) {
      // The host's month, not one offered: said at once, in place of "choose the month".
      errors = [{ field: 'month', key: 'month', host: true, message: tr('ui-month-not-offered', { value: state.hostMonth, from: w.monthYear(known.first_month), to: w.monthYear(lastMonthValue) }) },
        ...errors.filter((e) => e.key !== 'month')];
    }
    // Until the person says which regulation the contract is under, that is the only question.
    if (facts && facts.regulation_required && !regime()) errors = errors.filter((e) => e.key === 'regulation' || e.field === 'month');
    const shown = errors.filter((e) => e.host || state.submitted || state.touched.has(e.key));

    showErrors(w, ui.summary, controls, shown, 'month');

    if (ans.ok) {
      showResult(ans.result);
    } else if (shown.length) {
      showNoResult(tr('ui-result-blocked'));
    } else if (errors.some((e) => ['month', 'allocation', 'monthlyAllocation'].includes(e.key))) {
      showNoResult(tr('ui-result-pending-any'));
    } else {
      // The month and the allocation are given: the questions still open, each as the rules say it.
      showNoResult(tr('ui-result-pending-open'), [...new Set(errors.map((e) => e.message))]);
    }
    if (typeof options.onResult === 'function') options.onResult({ ok: ans.ok, result: ans.result, errors: ans.errors });
    return shown.length;
  }

  function submit() {
    state.submitted = true;
    if (update() > 0) ui.summary.focus();
    else ui.resultHeading.focus();
  }

  // The result is kept and updated in place: a keystroke recomputes the month,
  // and each part of the result is built again only when what it shows
  // changed; texts and widths are written only where they differ. A person
  // and a screen reader get the same page as if it were built anew.

  let last = { json: null, lang: null, ans: null };
  /** The rules' answer; the same answer again when neither the input nor the language changed. */
  function compute(input) {
    // The input's JSON text is both the key and what the rules read.
    const json = JSON.stringify(input);
    if (json !== last.json || w.lang !== last.lang) last = { json, lang: w.lang, ans: run('assistant-hours', json, w.lang) };
    return last.ans;
  }

  /** The result's parts and the words formatted so far, for this render (one language). */
  function view() {
    if (!ui.view) ui.view = { parts: new Map(), said: new Map(), shown: null, bar: null };
    return ui.view;
  }
  /** `make()` once for `key` in this render (the rules' formatter is a WebAssembly call). */
  function once(key, make) {
    const { said } = view();
    let s = said.get(key);
    if (s === undefined) {
      if (said.size > 4000) said.clear();
      s = make();
      said.set(key, s);
    }
    return s;
  }
  const say = (key, params) => once(params ? `${key}\u0000${JSON.stringify(params)}` : key, () => tr(key, params));
  const hrs = (v) => once(`h\u0000${v}`, () => tr('ui-hours-unit', { h: w.num(v) }));
  const money = (v) => once(`money\u0000${v}`, () => w.money(v));
  const written = new WeakMap(); // element → the text last written into it
  const setText = (el, text) => {
    if (written.get(el) === text) return;
    written.set(el, text);
    // A text alone in its element is changed where it is (cheaper than a new text node).
    const t = el.firstChild;
    if (t && t === el.lastChild && t.nodeType === 3 && text !== '') t.data = text;
    else el.textContent = text;
  };
  // The result's status is a live region: its text is replaced whole, as before, and only when it changes.
  const setStatus = (text) => {
    if (written.get(ui.status) !== text) { ui.status.textContent = text; written.set(ui.status, text); }
  };
  const styled = new WeakMap(); // element → the inline style last written
  const setStyle = (el, prop, value) => {
    const k = `${prop}:${value}`;
    if (styled.get(el) !== k) { el.style[prop] = value; styled.set(el, k); }
  };
  /** The result's part `name`: kept while `key` is the same, else built anew. */
  function part(name, key, build) {
    const { parts } = view();
    const p = parts.get(name);
    if (p && p.key === key) return p.node;
    const node = build();
    parts.set(name, { key, node });
    return node;
  }
  const keys = new WeakMap(); // an explanation step's element → the step it shows
  /** `parent`'s children become `nodes`, moving or removing only what differs. */
  function placeChildren(parent, nodes) {
    nodes.forEach((n, i) => { if (parent.children[i] !== n) parent.insertBefore(n, parent.children[i] || null); });
    while (parent.children.length > nodes.length) parent.lastElementChild.remove();
  }
  /** The measure-7 hours shown in the calendar: ISO date → text; the other days' lines hidden. */
  function showPlaced(byDate) {
    for (const c of controls.values()) {
      if (!c.placed) continue;
      const text = byDate.get(c.date) || '';
      setText(c.placed, text);
      if (c.placed.hidden !== !text) c.placed.hidden = !text;
    }
  }

  /** No result yet (or errors): the status says why (with `open`, what is still to answer, in the result only, not the bar), the result's body is empty. */
  function showNoResult(status, open = []) {
    setStatus([status, ...open].join(' '));
    showPlaced(new Map());
    placeChildren(ui.resultBody, []);
    view().shown = null;
    showTotalBar(null, status);
  }

  const LABEL = {
    totalPayable: 'ui-total-payable',
    attestedPayable: 'ui-attested-payable',
    emergencyEntitlement: 'ui-emergency-entitlement',
    emergencyHours: 'ui-emergency-hours',
    unplaced: 'ui-unplaced',
    notPayable: 'ui-not-payable',
    pay: 'ui-pay',
    monthlyCap: 'ui-monthly-cap',
    attested: 'ui-attested',
    hourlyAmount: 'ui-hourly-amount',
    lastVerified: 'ui-last-verified',
  };

  function showResult(r) {
    const v = view();
    const status = `${say('ui-total-payable')}: ${hrs(r.total_payable)}`;
    setStatus(status);
    showTotalBar(r, status);
    // Emergency hours shown in the calendar (its fields may have been built anew) and listed.
    const placedDays = r.emergency_days.filter((d) => Number(d.hours) > 0);
    showPlaced(new Map(placedDays.map((d) => [d.date, once(`placed\u0000${d.hours}`, () => tr('ui-emergency-placed', { h: w.num(d.hours) }))])));
    if (v.shown === r) return; // the same answer: the rest is shown already
    v.shown = r;
    const monthly = r.regime === 'mk316';
    const emergencyRule = r.rule === 'emergency_average' || r.rule === 'emergency_no_previous_use';
    // The rules applied and the average-rule periods, each with its act.
    const source = (msg) => h('span', { class: 'sr-source' }, `${say('ui-source')}: ${say(msg)}`);
    const rules = part('rules', JSON.stringify([r.regime, r.periods.map((p) => [p.id, p.from, p.to])]), () => h('dl', { class: 'sr-facts' },
      h('div', { class: 'sr-facts__row' }, h('dt', {}, say('ui-result-rules')),
        h('dd', { 'data-sr': 'regime' }, say('ui-regime-name', { regime: r.regime }), source(`source-${r.regime}`))),
      r.periods.map((p) => h('div', { class: 'sr-facts__row' }, h('dt', {}, say('ui-result-period')),
        h('dd', { 'data-sr': 'period' }, say('ui-period-dates', { name: periodName(p), from: w.date(p.from), to: w.date(p.to) }),
          source(`source-${periodKey(p)}`))))));
    const rows = (monthly ? [
      ['monthlyCap', hrs(r.monthly_cap)],
      ['attested', hrs(r.attested)],
      ['totalPayable', hrs(r.total_payable), 'sr-totals__main'],
      ['notPayable', hrs(r.not_payable), null, 'ui-not-payable-monthly'],
      r.pay !== null && r.rate_source !== 'none' ? ['hourlyAmount', say('ui-rate-used', {
        source: r.rate_source, amount: w.money(r.hourly_rate), from: r.rate_verified_from ? w.date(r.rate_verified_from) : '',
      }), 'sr-totals__row--text'] : null,
      r.pay !== null ? ['pay', money(r.pay)] : null,
      // The last verified amount is said only where the month is after it.
      r.last_verified_rate && r.rate_source !== 'verified' ? ['lastVerified', say('ui-amount-from', { amount: w.money(r.last_verified_rate.amount), from: w.date(r.last_verified_rate.from) }),
        'sr-totals__row--text'] : null,
    ] : [
      ['totalPayable', hrs(r.total_payable), 'sr-totals__main'],
      ['attestedPayable', hrs(r.attested_payable)],
      emergencyRule && r.emergency_entitlement !== null ? ['emergencyEntitlement', hrs(r.emergency_entitlement)] : null,
      emergencyRule ? ['emergencyHours', hrs(r.emergency_hours)] : null,
      emergencyRule && r.emergency_unplaced && Number(r.emergency_unplaced) > 0 ? ['unplaced', hrs(r.emergency_unplaced)] : null,
      ['notPayable', hrs(r.not_payable)],
      r.pay !== null ? ['pay', money(r.pay)] : null,
    ]).filter(Boolean);
    // The rows are built when which rows there are changes; their figures are written in place.
    const totals = part('totals', rows.map(([k, , cls, label]) => `${k}|${cls || ''}|${label || ''}`).join(' '),
      () => h('dl', { class: 'sr-totals' }, rows.map(([k, , cls, label]) => h('div', { class: `sr-totals__row ${cls || ''}`.trim() },
        h('dt', {}, say(label || LABEL[k])), h('dd', { 'data-sr': k })))));
    rows.forEach(([, value], i) => setText(totals.children[i].lastElementChild, value));

    const warnings = r.warnings.length ? part('warnings', r.warnings.map((x) => x.message).join('\n'), () => h('div', { class: 'sr-warning' },
      h('p', { class: 'sr-warning__title' }, say('ui-warnings')),
      h('ul', {}, r.warnings.map((x) => h('li', {}, x.message))))) : null;

    // MK 942's weekly bars and measure-7 days (its module is loaded: the result is the module of every month's).
    const weekly = ext ? ext.weeklyParts(context(), r, placedDays) : [];

    // A step is built again when its shape changes (the reading, the quote, the source); a new
    // figure in its sentence is written into the sentence's text.
    const explanation = part('explanation', '', () => h('ol', { class: 'sr-explanation' }));
    r.explanation.forEach((st, i) => {
      const plain = typeof st.text === 'string' && st.text !== '';
      let li = explanation.children[i];
      const was = li && keys.get(li); // the step this element was built for
      if (!was || Boolean(was.interpretation) !== Boolean(st.interpretation) || (plain ? typeof was.text !== 'string' || was.text === '' : was.text !== st.text)
        || was.quote?.lang !== st.quote?.lang || was.quote?.text !== st.quote?.text
        || was.quote_translation !== st.quote_translation || was.source_text !== st.source_text) {
        const node = explanationStep(w, st);
        if (li) li.replaceWith(node);
        else explanation.append(node);
        li = node;
      }
      keys.set(li, st);
      const text = plain ? li.childNodes[st.interpretation ? 2 : 0] : null;
      if (text && text.data !== st.text) text.data = st.text;
    });
    while (explanation.children.length > r.explanation.length) explanation.lastElementChild.remove();

    placeChildren(ui.resultBody, [
      rules,
      totals,
      warnings,
      ...weekly,
      part('explanation-title', '', () => heading(level + 2, { class: 'sr-subtitle' }, say('ui-explanation-title'))),
      explanation,
    ].filter(Boolean));
  }

  // ---- the total bar (phones) ----------------------------------------------
  // On a narrow screen the total and the pay stay at the bottom of the screen
  // while the timesheet is filled in (sticky: at the end of the form it takes
  // its place above the result), with a link to the result. Not a live region:
  // the result's status already says the total. Focused fields are kept clear
  // of it (scroll-margin in the CSS, and a scroll if one is still under it).

  function totalBar() {
    const bar = h('div', { class: 'sr-totalbar', hidden: true },
      h('p', { class: 'sr-totalbar__figures' }),
      h('a', {
        class: 'sr-totalbar__link', href: `#${id('result-title')}`,
        on: { click: (e) => { e.preventDefault(); ui.resultHeading.focus(); } },
      }, tr('ui-totalbar-link')));
    barSize?.disconnect();
    barSize?.observe(bar);
    return bar;
  }

  /** The bar's figures: the total payable and the pay, as the result writes them; else the result's status. */
  function showTotalBar(r, status) {
    const bar = ui.totalBar;
    if (!bar) return;
    if (bar.hidden !== !facts) bar.hidden = !facts;
    const items = r ? [['totalPayable', say('ui-total-payable'), hrs(r.total_payable)], r.pay !== null ? ['pay', say('ui-pay'), money(r.pay)] : null].filter(Boolean) : [];
    const key = r ? items.map((x) => x.join('\u0000')).join('\u0001') : `\u0002${status}`;
    const v = view();
    if (v.bar === key) return;
    v.bar = key;
    bar.firstElementChild.replaceChildren(...(r
      ? items.map(([k, label, value]) => h('span', { class: 'sr-totalbar__item' }, `${label}: `, h('strong', { 'data-sr': `bar-${k}` }, value)))
      : [status]));
  }

  // How much room the bar takes: the margin focused fields keep from the screen's bottom.
  const barSize = typeof ResizeObserver === 'function' ? new ResizeObserver((entries) => {
    const el = entries[entries.length - 1].target;
    const space = el.offsetHeight ? `${Math.ceil(el.getBoundingClientRect().height) + 8}px` : '0px';
    if (root.style.getPropertyValue('--sr-totalbar-space') !== space) root.style.setProperty('--sr-totalbar-space', space);
  }) : null;
  root.addEventListener('focusin', (e) => {
    const bar = ui.totalBar;
    if (!bar || bar.hidden || bar.contains(e.target) || !bar.offsetHeight) return;
    const b = bar.getBoundingClientRect();
    const t = e.target.getBoundingClientRect();
    if (t.bottom > b.top && t.top < b.bottom) e.target.scrollIntoView({ block: 'nearest' });
  });

  // ---- keeping the work: saved in this browser, cleared, exported, imported, printed ----

  /** Everything typed, exactly as typed (every month's days), for the browser's storage. */
  function snapshot() {
    return {
      year: state.year, month: state.month, allocation: state.allocation, regulation: state.regulation, service: state.service,
      monthlyAllocation: state.monthlyAllocation, amount: state.amount, help: [...state.help], days: [...state.days], resumed: state.resumed,
      prev: [...state.prev], dailyMax: state.dailyMax, granularity: state.granularity, rate: state.rate, paid: [...state.paid],
      touched: [...state.touched],
    };
  }

  /** Puts back what `snapshot()` saved; anything of the wrong shape is left out. */
  function restore(s) {
    for (const k of ['year', 'month', 'allocation', 'regulation', 'service', 'monthlyAllocation', 'amount', 'resumed', 'dailyMax', 'granularity', 'rate']) {
      state[k] = str(s[k], state[k]);
    }
    // The picker's value is the month's number as written without a leading zero ("6", not "06").
    if (/^\d{1,2}$/.test(state.month)) state.month = String(Number(state.month));
    const isStr = (v) => typeof v === 'string';
    state.days = new Map(pairs(s.days, (d) => d && isStr(d.hours) && isStr(d.measure)).map(([k, d]) => [k, { hours: d.hours, measure: d.measure }]));
    state.prev = new Map(pairs(s.prev, isStr));
    state.paid = new Map(pairs(s.paid, isStr));
    state.help = new Set(Array.isArray(s.help) ? s.help.filter(isStr) : []);
    state.touched = new Set(Array.isArray(s.touched) ? s.touched.filter(isStr) : []);
  }

  function clearAll() {
    kept.clear();
    state.hostMonth = '';
    restore({ year: '', month: '', allocation: '', regulation: '', service: 'assistant', monthlyAllocation: '', amount: '', resumed: '', dailyMax: w.num(known.daily_max), granularity: w.num(known.granularity), rate: '' });
    state.submitted = false;
    loadFacts();
    render();
    update();
  }

  /** The month's input as the command line reads it, or the reason there is none. */
  function exportFile() {
    const input = buildInput();
    const ans = compute(input);
    if (!ans.ok) {
      state.submitted = true;
      update();
      return { error: ['ui-keep-export-errors'] };
    }
    return { file: `socialrules-assistant-hours-${input.month}.json`, text: `${JSON.stringify(input, null, 2)}\n` };
  }

  /**
   * Fills the form from a file in the command line's input format (read by
   * assistant-hours-import.js, loaded on the first import); refuses,
   * changing nothing, one the rules refuse.
   */
  async function importFile(name, text) {
    const { readTimesheet } = await import('./assistant-hours-import.js');
    const file = await readTimesheet(text, { w, firstYear, lastMonthValue, known, everyMonth: () => everyMonth === 'loaded' || loadEveryMonth() });
    if (file.refused) return file.refused;
    state.hostMonth = '';
    restore({ ...snapshot(), ...file.form });
    // The file's month replaces what was typed for that month only; the other months' days stay.
    for (const k of [...state.days.keys()]) if (k.startsWith(`${file.month}-`)) state.days.delete(k);
    for (const [date, d] of file.days) state.days.set(date, d);
    state.submitted = false;
    loadFacts();
    if (facts) {
      if (file.previous) facts.previous_months.forEach((pm, i) => state.prev.set(pm, file.previous[i] ?? ''));
      for (const [wk, v] of file.paid) state.paid.set(`${facts.month}|${wk}`, v);
    }
    render();
    update();
    return null;
  }

  // The host's prefill first; what the person typed and saved wins over it.
  prefill(options.prefill || {});
  const saved = kept.load();
  if (saved) restore(saved);
  loadFacts();
  kept.watch(root, snapshot);
  // The printed summary: the answer shown last and the input it answered (the recompute's cache).
  printable(root, () => last.ans?.ok && timesheetSummary(w, { input: JSON.parse(last.json), result: last.ans.result }, level));

  render();
  update();
  if (typeof options.onLangChange === 'function') options.onLangChange(w.lang);
  return { setLang, element: root };
}
