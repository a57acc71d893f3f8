// The date calculators' form (RULES.md R2 and R3, and the self-assessments
// R4–R6), each calculator described by a spec: its questions grouped by
// topic, and how to show its answer. The specs are in their own files
// (lt-eligibility.js, lv-unemployment.js, mk360-admission.js,
// vbtai-competition.js, esf-ex-prisoners.js), so that a page loads only its
// own; a list of items is date-lists.js, loaded only by a spec with one.
// Mounted like the timesheet:
// `mountLtEligibility(element, {lang, headingLevel, onLangChange})` (and
// hideLanguages, hideIntro, prefill, onResult: README, "Embedding").
// Self-contained for embedding: classes start with `sr-`, ids carry a
// per-instance prefix, state stays in the closure. Every word comes from the
// catalog of the language shown (core.js's words).

import { facts, loadRules, run, h, heading, chooseLang, loadWords, pickLang, rememberLang } from './core.js';
import { errorMessage, explanationStep, renderFrame, showErrors } from './form.js';

let instances = 0;
/** The items of a saved list restored (a list the page saved holds what a person added: the rules take at most 100 posts). */
const MAX_ITEMS = 200;

/** Today in the person's own time zone, as an ISO date. */
export function todayIso() {
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
export function today(w) {
  return typedDate(w.lang, todayIso());
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
  // date-lists.js only for a spec with a list of items (the competition's posts).
  const listing = fields.some((f) => f.type === 'list') ? import('./date-lists.js') : null;
  let keep = null;
  let lists = null;
  try {
    await loadRules(spec.name);
    w = await loadWords(options.lang ? pickLang(options.lang, spec.country) : chooseLang(spec.country), spec.name);
    known = JSON.parse(facts(spec.name));
    keep = await keeping;
    lists = await listing;
  } catch (e) {
    root.replaceChildren(h('p', { class: 'sr-error-message', role: 'alert' }, `⚠ ${String(e.message || e)}`));
    return null;
  }
  const initial = (f) => (f.initial ? f.initial(w, known) : '');
  const emptyItem = (f) => ({ uid: ++listIds, ...Object.fromEntries(f.item.map((x) => [x.key, initial(x)])) });
  values = new Map(fields.map((f) => [f.key, f.type === 'list' ? [emptyItem(f)] : initial(f)]));
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

  /** A field's choices (`options`, or a function of the facts), and its hint. */
  const choices = (f) => (typeof f.options === 'function' ? f.options(known) : f.options);
  const hint = (f, hintId) => (f.hint ? h('p', { class: 'sr-hint', id: hintId }, w.t(f.hint)) : null);

  function radios(f, fid, key, current, onPick, label, hintId) {
    const err = errorMessage(`${fid}-error`);
    const list = choices(f).map(([value, text]) => {
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
      hint(f, hintId),
      err,
      h('div', { class: 'sr-radios' }, list));
  }

  /** One question; `key` is its name in the answer's errors, `get`/`set` its value. */
  function control(f, fid, key, get, set) {
    const hintId = f.hint ? `${fid}-hint` : null;
    const err = errorMessage(`${fid}-error`);
    const label = f.optional ? `${w.t(f.label)} ${w.t('ui-optional')}` : w.t(f.label);
    if (f.type === 'radios') return radios(f, fid, key, get(), set, label, hintId);
    if (f.type === 'checkbox') {
      const input = h('input', {
        type: 'checkbox', class: 'sr-radio__input', id: fid, name: fid, checked: get() === true,
        on: { change: (e) => set(e.target.checked) },
      });
      controls.set(key, { input, error: err, hintId });
      return h('div', { class: 'sr-field' }, err, h('div', { class: 'sr-radio' }, input, h('label', { class: 'sr-radio__label', for: fid }, label)),
        hint(f, hintId));
    }
    if (f.type === 'select') {
      const input = h('select', { class: 'sr-select', id: fid, name: fid, on: { change: (e) => set(e.target.value) } },
        h('option', { value: '' }, w.t('ui-choose')),
        choices(f).map(([value, text]) => h('option', { value, selected: get() === value }, text ? w.t(text) : value)));
      input.value = get();
      controls.set(key, { input, error: err, hintId });
      return h('div', { class: 'sr-field' }, h('label', { class: 'sr-label', for: fid }, label),
        hint(f, hintId), err, input);
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
      hint(f, hintId),
      err,
      input,
      list ? h('datalist', { id: `${fid}-list` }, list.map((o) => h('option', { value: o }))) : null);
  }

  // What a list field (date-lists.js) needs of this form.
  const form = {
    get values() { return values; }, get controls() { return controls; }, get w() { return w; },
    state, root, id, control, emptyItem, render, update,
  };

  function field(f) {
    if (f.type === 'list') return lists.listField(form, f);
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
        // A whole number as a JSON number where JavaScript holds it exactly; longer digits go as text, which the rules read too (and say when too large).
        const whole = (x) => /^\s*\d+\s*$/.test(x) && Number.isSafeInteger(Number(x));
        out[f.key] = items.map((item) => Object.fromEntries(Object.entries(item).filter(([, x]) => given(x))
          .map(([k, x]) => [k, f.item.find((y) => y.key === k)?.numeric && whole(x) ? Number(x) : x])));
      } else if (given(v)) out[f.key] = v;
    }
    return out;
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
      // At most MAX_ITEMS: more is not what a person typed here but a damaged or hostile copy, which would take minutes to show.
      const items = Array.isArray(v) ? v.slice(0, MAX_ITEMS).filter((i) => i && typeof i === 'object' && !Array.isArray(i)) : [];
      return [f.key, items.length ? items.map((i) => ({ uid: ++listIds, ...Object.fromEntries(f.item.map((x) => [x.key, one(x, i[x.key])])) })) : [emptyItem(f)]];
    }));
  }
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

  /** A file's `text`, read by keep-file.js, which hands its `readExact` too. */
  function importFile(name, text, readExact) {
    const ans = run(spec.name, text, w.lang);
    if (!ans.ok) return ['ui-keep-import-errors', { errors: ans.errors.slice(0, 5).map((e) => e.message).join(' ') }];
    fillFrom(readExact(text), blank);
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

// The calculators' mount functions, as before: each loads its spec (and so
// only its own words' code) when called.
export const mountLtEligibility = (root, options) => import('./lt-eligibility.js').then((m) => m.mountLtEligibility(root, options));
export const mountLvUnemployment = (root, options) => import('./lv-unemployment.js').then((m) => m.mountLvUnemployment(root, options));
