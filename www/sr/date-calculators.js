// The date calculators (RULES.md R2 and R3), each described by a spec: its
// questions grouped by topic, and how to show its answer. Mounted like the
// timesheet: `mountLtEligibility(element, {lang, headingLevel, onLangChange})`
// (and hideLanguages, hideIntro, prefill, onResult: README, "Embedding").
// Self-contained for embedding: classes start with `sr-`, ids carry a
// per-instance prefix, state stays in the closure. Every word comes from the
// catalog of the language shown (words.js).

import { facts, loadRules, run } from './core.js';
import { h, heading } from './dom.js';
import { errorMessage, explanationStep, renderFrame, showErrors } from './form.js';
import { chooseLang, loadWords, pickLang, rememberLang } from './words.js';

let instances = 0;

/** Today in the person's own time zone, as an ISO date. */
function todayIso() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * An ISO date as a person of `lang` types it into a date field (the
 * calculators read both forms): Lithuanian writes YYYY-MM-DD, the others
 * DD.MM.YYYY.
 */
export function typedDate(lang, iso) {
  if (lang === 'lt') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** Today, typed as the language writes it (prefilled, editable). */
function today(w) {
  return typedDate(w.lang, todayIso());
}

/**
 * The Lithuanian model's date: today while the model runs, else empty:
 * never a date that can only be answered "not covered".
 */
function todayInWindow(w, known) {
  const [from, to] = known.lt_eligibility.window;
  const t = todayIso();
  return t >= from && t <= to ? typedDate(w.lang, t) : '';
}

/**
 * Mounts the calculator described by `spec` in `root`. A spec has its
 * questions in `groups` (each field: `key`, `type` text | date | radios |
 * checkbox | select | list, `label`, `hint`, `optional`, `initial(w, known)`),
 * `status(result, w, known)` for the status line and `result(result, w,
 * level, known, page)` for the answer; `page.set(key, value)` changes an
 * answer (a button in the result). A spec with no groups shows its answer
 * at once, with no form.
 */
export async function mountSpec(spec, root, options = {}) {
  const prefix = `sr-${spec.short}${++instances}-`;
  const level = options.headingLevel ?? 2;
  const fields = spec.groups.flatMap((g) => g.fields);
  let values = new Map();
  const state = { touched: new Set(), submitted: false };
  const id = (key) => prefix + key.replace(/[^A-Za-z0-9-]/g, '-');
  let w;
  let known;
  let controls = new Map();
  let ui = {};
  let listIds = 0; // each list item gets its own id, kept while it lives

  root.classList.add('sr-calc');
  // keep.js only for a form: a card with no questions (the ESF programme) has nothing to keep.
  const keeping = fields.length ? import('./keep.js') : null;
  let keep = null;
  try {
    await loadRules(spec.name);
    w = await loadWords(options.lang ? pickLang(options.lang, spec.country) : chooseLang(spec.country), spec.name);
    known = JSON.parse(facts(spec.name));
    keep = await keeping;
  } catch (e) {
    root.replaceChildren(h('p', { class: 'sr-error-message', role: 'alert' }, `⚠ ${String(e.message || e)}`));
    return null;
  }
  const emptyItem = (f) => ({ uid: ++listIds, ...Object.fromEntries(f.item.map((x) => [x.key, x.initial ? x.initial(w, known) : ''])) });
  values = new Map(fields.map((f) => [f.key, f.type === 'list' ? [emptyItem(f)] : f.initial ? f.initial(w, known) : '']));
  // The host's initial values, by the answer's key (`municipality`): the person can change them.
  for (const [k, v] of Object.entries(options.prefill || {})) {
    const f = fields.find((x) => x.key === k && x.type !== 'list');
    if (f && v != null) {
      values.set(k, f.type === 'checkbox' ? v === true : String(v));
      state.touched.add(k);
    }
  }
  const kept = keep ? keep.keeper(spec.name, options) : null;

  function changed(key, value) {
    values.set(key, value);
    state.touched.add(key);
    update();
  }

  /** A list item's answer changed: `posts[1].from`. */
  function changedItem(f, i, key, value) {
    values.get(f.key)[i][key] = value;
    state.touched.add(`${f.key}[${i}].${key}`);
    update();
  }

  function radios(f, fid, key, current, onPick, label, hintId) {
    const err = errorMessage(`${fid}-error`);
    const list = (typeof f.options === 'function' ? f.options(known) : f.options).map(([value, text]) => {
      const rid = `${fid}-${value.replace(/[^A-Za-z0-9-]/g, '-')}`;
      return h('div', { class: 'sr-radio' },
        h('input', {
          type: 'radio', class: 'sr-radio__input', id: rid, name: fid, value, checked: current === value,
          on: { change: () => onPick(value) },
        }),
        h('label', { class: 'sr-radio__label', for: rid }, w.t(text)));
    });
    controls.set(key, { input: list[0].querySelector('input'), error: err, hintId: null });
    return h('fieldset', { class: 'sr-fieldset sr-fieldset--inner', 'aria-describedby': hintId },
      h('legend', { class: 'sr-legend sr-legend--question' }, label),
      f.hint ? h('p', { class: 'sr-hint', id: hintId }, w.t(f.hint)) : null,
      err,
      h('div', { class: 'sr-radios' }, list));
  }

  /** One question; `key` is its name in the answer's errors, `get`/`set` its value. */
  function control(f, fid, key, get, set) {
    const hintId = f.hint ? `${fid}-hint` : null;
    const err = errorMessage(`${fid}-error`);
    const label = f.optional ? `${w.t(f.label, f.labelArgs || {})} ${w.t('ui-optional')}` : w.t(f.label, f.labelArgs || {});
    if (f.type === 'radios') return radios(f, fid, key, get(), set, label, hintId);
    if (f.type === 'checkbox') {
      const input = h('input', {
        type: 'checkbox', class: 'sr-radio__input', id: fid, name: fid, checked: get() === true,
        on: { change: (e) => set(e.target.checked) },
      });
      controls.set(key, { input, error: err, hintId });
      return h('div', { class: 'sr-field' }, err, h('div', { class: 'sr-radio' }, input, h('label', { class: 'sr-radio__label', for: fid }, label)),
        f.hint ? h('p', { class: 'sr-hint', id: hintId }, w.t(f.hint)) : null);
    }
    if (f.type === 'select') {
      const input = h('select', { class: 'sr-select', id: fid, name: fid, on: { change: (e) => set(e.target.value) } },
        h('option', { value: '' }, w.t('ui-choose')),
        (typeof f.options === 'function' ? f.options(known) : f.options).map(([value, text]) => h('option', { value, selected: get() === value }, text ? w.t(text) : value)));
      input.value = get();
      controls.set(key, { input, error: err, hintId });
      return h('div', { class: 'sr-field' }, h('label', { class: 'sr-label', for: fid }, label),
        f.hint ? h('p', { class: 'sr-hint', id: hintId }, w.t(f.hint)) : null, err, input);
    }
    const list = f.list ? f.list(known) : null;
    const input = h('input', {
      class: `sr-input ${f.type === 'date' ? 'sr-input--date' : ''} ${f.short ? 'sr-input--short' : ''}`.replace(/\s+/g, ' ').trim(),
      id: fid, name: fid, type: 'text',
      autocomplete: f.autocomplete || 'off', spellcheck: 'false', value: get(),
      inputmode: f.type === 'date' || f.numeric ? 'numeric' : null, list: list ? `${fid}-list` : null,
      on: { input: (e) => set(e.target.value) },
    });
    controls.set(key, { input, error: err, hintId });
    return h('div', { class: 'sr-field' },
      h('label', { class: 'sr-label', for: fid }, label),
      f.hint ? h('p', { class: 'sr-hint', id: hintId }, w.t(f.hint, f.hintArgs ? f.hintArgs(w, known) : {})) : null,
      err,
      input,
      list ? h('datalist', { id: `${fid}-list` }, list.map((o) => h('option', { value: o }))) : null);
  }

  /** A list of items (posts), each its own group of questions, with add and remove buttons. */
  function listField(f) {
    const items = values.get(f.key);
    const err = errorMessage(`${id(f.key)}-error`);
    controls.set(f.key, { input: null, error: err, hintId: null });
    return h('div', { class: 'sr-list' },
      f.hint ? h('p', { class: 'sr-hint' }, w.t(f.hint)) : null,
      err,
      items.map((item, i) => {
        const n = i + 1;
        const fid = (k) => id(`${f.key}-${item.uid}-${k}`);
        return h('fieldset', { class: 'sr-fieldset sr-fieldset--item', 'data-sr-item': String(n) },
          h('legend', { class: 'sr-legend' }, w.t(f.itemLegend, { n })),
          f.item.map((x) => control(x, fid(x.key), `${f.key}[${i}].${x.key}`, () => item[x.key], (v) => changedItem(f, i, x.key, v))),
          h('button', {
            type: 'button', class: 'sr-button sr-button--secondary', id: fid('remove'),
            on: { click: () => removeItem(f, i) },
          }, w.t(f.remove, { n })));
      }),
      h('button', {
        type: 'button', class: 'sr-button sr-button--secondary', id: id(`${f.key}-add`),
        on: { click: () => addItem(f) },
      }, w.t(f.add)));
  }

  function addItem(f) {
    const items = values.get(f.key);
    items.push(emptyItem(f));
    render();
    update();
    root.querySelector(`#${CSS.escape(id(`${f.key}-${items[items.length - 1].uid}-${f.item[0].key}`))}`)?.focus();
  }

  function removeItem(f, i) {
    const items = values.get(f.key);
    items.splice(i, 1);
    // The answers touched keep their marks; those after the removed item move up one.
    const re = new RegExp(`^${f.key}\\[(\\d+)\\]\\.(.*)$`);
    state.touched = new Set([...state.touched].flatMap((k) => {
      const m = re.exec(k);
      if (!m) return [k];
      const j = Number(m[1]);
      return j === i ? [] : [`${f.key}[${j > i ? j - 1 : j}].${m[2]}`];
    }));
    render();
    update();
    root.querySelector(`#${CSS.escape(id(`${f.key}-add`))}`)?.focus();
  }

  function field(f) {
    if (f.type === 'list') return listField(f);
    return control(f, id(f.key), f.key, () => values.get(f.key), (v) => changed(f.key, v));
  }

  function render() {
    controls = new Map();
    ui = renderFrame(root, {
      w, level, id, title: w.t(spec.title), intro: w.t(spec.intro, spec.introArgs ? spec.introArgs(w, known) : {}), button: w.t('ui-check'),
      onLang: setLang, onSubmit: submit, hideLang: options.hideLanguages, hideIntro: options.hideIntro,
      fields: spec.groups.length ? spec.groups.map((g) => h('fieldset', { class: 'sr-fieldset' }, h('legend', { class: 'sr-legend' }, w.t(g.legend)), g.fields.map(field))) : null,
    });
    kept?.bar({ w, id, after: root.querySelector('.sr-form'), onExport: exportFile, onImport: importFile, onClear: clearAll });
    ui.restoreFocus();
  }

  function input() {
    const out = {};
    const given = (v) => typeof v === 'boolean' || String(v).trim() !== '';
    for (const f of fields) {
      const v = values.get(f.key);
      if (f.type === 'list') {
        // An item left wholly empty is no item.
        const items = v.map(({ uid, ...item }) => item).filter((item) => f.item.some((x) => x.type !== 'checkbox' && given(item[x.key])));
        out[f.key] = items.map((item) => Object.fromEntries(Object.entries(item).filter(([, x]) => given(x))
          .map(([k, x]) => [k, f.item.find((y) => y.key === k)?.numeric && /^\s*\d+\s*$/.test(x) ? Number(x) : x])));
      } else if (given(v)) out[f.key] = v;
    }
    return spec.input ? spec.input(out) : out;
  }

  function update() {
    const ans = run(spec.name, input(), w.lang);
    const fallback = fields[0]?.key || '';
    const errors = ans.ok ? [] : ans.errors.map((e) => ({ ...e, key: controls.has(e.field) ? e.field : fallback }));
    const shown = errors.filter((e) => state.submitted || state.touched.has(e.key) || !fields.length);
    showErrors(w, ui.summary, new Map([...controls].filter(([, c]) => c.input)), shown, fallback);
    for (const [key, c] of controls) {
      if (c.input) continue;
      const msgs = shown.filter((e) => e.key === key).map((e) => e.message);
      c.error.textContent = msgs.length ? `${w.t('ui-error-prefix')} ${msgs.join(' ')}` : '';
      c.error.hidden = msgs.length === 0;
    }
    if (ans.ok) {
      ui.status.textContent = spec.status(ans.result, w, known);
      ui.resultBody.replaceChildren(...spec.result(ans.result, w, level, known, page).filter(Boolean), explanation(ans.result));
    } else {
      ui.status.textContent = shown.length ? w.t('ui-result-blocked') : w.t(spec.pending);
      ui.resultBody.replaceChildren();
    }
    if (typeof options.onResult === 'function') options.onResult({ ok: ans.ok, result: ans.result, errors: ans.errors });
    return shown.length;
  }

  function explanation(r) {
    return h('div', {},
      heading(level + 2, { class: 'sr-subtitle' }, w.t('ui-explanation-title')),
      h('ol', { class: 'sr-explanation' }, r.explanation.map((s) => explanationStep(w, s))));
  }

  function submit() {
    state.submitted = true;
    if (update() > 0) ui.summary.focus();
    else ui.resultHeading.focus();
  }

  /** Sets an answer from the result (a button offering another date), then shows the new answer. */
  function set(key, value) {
    values.set(key, value);
    state.touched.add(key);
    render();
    update();
    controls.get(key)?.input?.focus();
  }
  const page = { set, get lang() { return w.lang; } };

  async function setLang(l) {
    w = await loadWords(pickLang(l));
    rememberLang(w.lang);
    render();
    update();
    if (typeof options.onLangChange === 'function') options.onLangChange(w.lang);
  }

  // ---- keeping the answers: saved in this browser, cleared, exported, imported ----

  /** The answers exactly as typed, for the browser's storage. */
  function snapshot() {
    return {
      values: Object.fromEntries([...values].map(([k, v]) => [k, Array.isArray(v) ? v.map(({ uid, ...item }) => item) : v])),
      touched: [...state.touched],
    };
  }

  /** Sets the answers from `saved` (an object of answers); anything of the wrong shape is left out, `fill` gives the rest. */
  function fillFrom(saved, fill) {
    const one = (x, v) => (x.type === 'checkbox' ? (typeof v === 'boolean' ? v : fill(x)) : typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fill(x));
    values = new Map(fields.map((f) => {
      const v = saved ? saved[f.key] : undefined;
      if (f.type !== 'list') return [f.key, one(f, v)];
      const items = Array.isArray(v) ? v.filter((i) => i && typeof i === 'object' && !Array.isArray(i)) : [];
      return [f.key, items.length ? items.map((i) => ({ uid: ++listIds, ...Object.fromEntries(f.item.map((x) => [x.key, one(x, i[x.key])])) })) : [emptyItem(f)]];
    }));
  }
  const initial = (f) => (f.initial ? f.initial(w, known) : '');
  const blank = (f) => (f.type === 'checkbox' ? false : '');

  function clearAll() {
    kept.clear();
    fillFrom(null, initial);
    state.touched = new Set();
    state.submitted = false;
    render();
    update();
  }

  function exportFile() {
    const out = input();
    const ans = run(spec.name, out, w.lang);
    if (!ans.ok) {
      state.submitted = true;
      update();
      return { error: ['ui-keep-export-errors'] };
    }
    return { file: `socialrules-${spec.name}.json`, text: `${JSON.stringify(out, null, 2)}\n` };
  }

  function importFile(name, text) {
    const ans = run(spec.name, text, w.lang);
    if (!ans.ok) return ['ui-keep-import-errors', { errors: ans.errors.slice(0, 5).map((e) => e.message).join(' ') }];
    fillFrom(keep.readExact(text), blank);
    state.touched = new Set();
    state.submitted = false;
    render();
    update();
    return null;
  }

  const saved = kept?.load();
  if (saved && saved.values && typeof saved.values === 'object') {
    fillFrom(saved.values, initial);
    state.touched = new Set(Array.isArray(saved.touched) ? saved.touched.filter((k) => typeof k === 'string') : []);
  }
  kept?.watch(root, snapshot);

  render();
  update();
  if (typeof options.onLangChange === 'function') options.onLangChange(w.lang);
  return { setLang, element: root };
}

/** A definition list row. */
export const row = (label, value, key) => h('div', { class: 'sr-totals__row' }, h('dt', {}, label), h('dd', { 'data-sr': key }, value));
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
      const translation = c.quote_translation || null;
      return h('li', { class: `sr-criterion sr-criterion--${state}`, 'data-sr': c.id },
        h('span', { class: 'sr-criterion__icon', 'aria-hidden': 'true' }, icon),
        h('div', {},
          h('p', { class: 'sr-criterion__name' }, w.t(`ui-crit-${kebab(c.id)}`), ': ', h('strong', {}, w.t(word[state]))),
          h('p', {}, c.text),
          h('figure', { class: 'sr-quote' },
            h('blockquote', { lang: 'lt' }, w.t('ui-quoted', { text: c.quote })),
            translation ? h('figcaption', {}, `${w.t('ui-translation')}: ${w.t('ui-quoted', { text: translation })}`) : null)));
    }));
    return [
      heading(level + 2, { class: 'sr-subtitle' }, w.t('ui-criteria-title')),
      criteria,
      r.municipality_note ? h('p', { class: 'sr-note' }, r.municipality_note) : null,
    ];
  },
};

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

export const mountLtEligibility = (root, options) => mountSpec(LT, root, options);
export const mountLvUnemployment = (root, options) => mountSpec(LV, root, options);
