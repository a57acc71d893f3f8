// The date calculators (RULES.md R2 and R3), each described by a spec: its
// questions grouped by topic, and how to show its answer. Mounted like the
// timesheet: `mountLtEligibility(element, {lang, headingLevel, onLangChange})`.
// Self-contained for embedding: classes start with `sr-`, ids carry a
// per-instance prefix, state stays in the closure. Every word comes from the
// catalog of the language shown (words.js).

import { facts, loadRules, run } from './core.js';
import { h, heading } from './dom.js';
import { errorMessage, explanationStep, renderFrame, showErrors } from './form.js';
import { chooseLang, loadWords, pickLang, rememberLang } from './words.js';

let instances = 0;

/** Today in the person's own time zone, as DD.MM.YYYY (prefilled, editable). */
function today() {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

async function mountSpec(spec, root, options = {}) {
  const prefix = `sr-${spec.short}${++instances}-`;
  const level = options.headingLevel ?? 2;
  const values = new Map(spec.groups.flatMap((g) => g.fields).map((f) => [f.key, f.initial ? f.initial() : '']));
  const state = { touched: new Set(), submitted: false };
  const id = (key) => prefix + key.replace(/[^A-Za-z0-9-]/g, '-');
  let w;
  let known;
  let controls = new Map();
  let ui = {};

  root.classList.add('sr-calc');
  try {
    await loadRules(spec.name);
    w = await loadWords(options.lang ? pickLang(options.lang, spec.country) : chooseLang(spec.country), spec.name);
    known = JSON.parse(facts(spec.name));
  } catch (e) {
    root.replaceChildren(h('p', { class: 'sr-error-message', role: 'alert' }, `⚠ ${String(e.message || e)}`));
    return null;
  }

  function changed(key, value) {
    values.set(key, value);
    state.touched.add(key);
    update();
  }

  function field(f) {
    const fid = id(f.key);
    const hintId = f.hint ? `${fid}-hint` : null;
    const err = errorMessage(`${fid}-error`);
    const label = f.optional ? `${w.t(f.label)} ${w.t('ui-optional')}` : w.t(f.label);
    if (f.type === 'radios') {
      const radios = f.options.map(([value, text]) => {
        const rid = id(`${f.key}-${value}`);
        return h('div', { class: 'sr-radio' },
          h('input', {
            type: 'radio', class: 'sr-radio__input', id: rid, name: fid, value, checked: values.get(f.key) === value,
            on: { change: () => changed(f.key, value) },
          }),
          h('label', { class: 'sr-radio__label', for: rid }, w.t(text)));
      });
      controls.set(f.key, { input: radios[0].querySelector('input'), error: err, hintId: null });
      return h('fieldset', { class: 'sr-fieldset sr-fieldset--inner', 'aria-describedby': hintId },
        h('legend', { class: 'sr-legend sr-legend--question' }, label),
        f.hint ? h('p', { class: 'sr-hint', id: hintId }, w.t(f.hint)) : null,
        err,
        h('div', { class: 'sr-radios' }, radios));
    }
    if (f.type === 'checkbox') {
      const input = h('input', {
        type: 'checkbox', class: 'sr-radio__input', id: fid, name: fid, checked: values.get(f.key) === true,
        on: { change: (e) => changed(f.key, e.target.checked) },
      });
      controls.set(f.key, { input, error: err, hintId });
      return h('div', { class: 'sr-field' }, err, h('div', { class: 'sr-radio' }, input, h('label', { class: 'sr-radio__label', for: fid }, label)),
        f.hint ? h('p', { class: 'sr-hint', id: hintId }, w.t(f.hint)) : null);
    }
    const list = f.list ? f.list(known) : null;
    const input = h('input', {
      class: `sr-input ${f.type === 'date' ? 'sr-input--date' : ''}`.trim(), id: fid, name: fid, type: 'text',
      autocomplete: f.autocomplete || 'off', spellcheck: 'false', value: values.get(f.key),
      inputmode: f.type === 'date' ? 'numeric' : null, list: list ? `${fid}-list` : null,
      on: { input: (e) => changed(f.key, e.target.value) },
    });
    controls.set(f.key, { input, error: err, hintId });
    return h('div', { class: 'sr-field' },
      h('label', { class: 'sr-label', for: fid }, label),
      f.hint ? h('p', { class: 'sr-hint', id: hintId }, w.t(f.hint, f.hintArgs ? f.hintArgs(w, known) : {})) : null,
      err,
      input,
      list ? h('datalist', { id: `${fid}-list` }, list.map((o) => h('option', { value: o }))) : null);
  }

  function render() {
    controls = new Map();
    ui = renderFrame(root, {
      w, level, id, title: w.t(spec.title), intro: w.t(spec.intro, spec.introArgs ? spec.introArgs(w, known) : {}), button: w.t('ui-check'),
      onLang: setLang, onSubmit: submit, hideLang: options.hideLanguages,
      fields: spec.groups.map((g) => h('fieldset', { class: 'sr-fieldset' }, h('legend', { class: 'sr-legend' }, w.t(g.legend)), g.fields.map(field))),
    });
    ui.restoreFocus();
  }

  function input() {
    const out = {};
    for (const [k, v] of values) {
      if (typeof v === 'boolean') out[k] = v;
      else if (String(v).trim() !== '') out[k] = v;
    }
    return out;
  }

  function update() {
    const ans = run(spec.name, input(), w.lang);
    const errors = ans.ok ? [] : ans.errors.map((e) => ({ ...e, key: controls.has(e.field) ? e.field : 'date' }));
    const shown = errors.filter((e) => state.submitted || state.touched.has(e.key));
    showErrors(w, ui.summary, controls, shown, 'date');
    if (ans.ok) {
      ui.status.textContent = spec.status(ans.result, w, known);
      ui.resultBody.replaceChildren(...spec.result(ans.result, w, level, known).filter(Boolean), explanation(ans.result));
    } else {
      ui.status.textContent = shown.length ? w.t('ui-result-blocked') : w.t(spec.pending);
      ui.resultBody.replaceChildren();
    }
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

  async function setLang(l) {
    w = await loadWords(pickLang(l));
    rememberLang(w.lang);
    render();
    update();
    if (typeof options.onLangChange === 'function') options.onLangChange(w.lang);
  }

  render();
  update();
  if (typeof options.onLangChange === 'function') options.onLangChange(w.lang);
  return { setLang, element: root };
}

/** A definition list row. */
const row = (label, value, key) => h('div', { class: 'sr-totals__row' }, h('dt', {}, label), h('dd', { 'data-sr': key }, value));
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
    { legend: 'ui-lt-when', fields: [{ key: 'date', type: 'date', label: 'ui-lt-date', hint: 'ui-lt-date-hint', initial: today }] },
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
  status: (r, w, known) => w.t(`ui-verdict-${kebab(r.verdict)}`, windowArgs(w, known)),
  result(r, w, level) {
    const mark = { true: ['✓', 'met'], false: ['✗', 'notMet'], null: ['?', 'unknown'] };
    const word = { met: 'ui-met', notMet: 'ui-not-met', unknown: 'ui-unknown' };
    const criteria = h('ul', { class: 'sr-criteria' }, r.criteria.map((c) => {
      const [icon, state] = mark[String(c.met)];
      return h('li', { class: `sr-criterion sr-criterion--${state}`, 'data-sr': c.id },
        h('span', { class: 'sr-criterion__icon', 'aria-hidden': 'true' }, icon),
        h('div', {},
          h('p', { class: 'sr-criterion__name' }, w.t(`ui-crit-${kebab(c.id)}`), ': ', h('strong', {}, w.t(word[state]))),
          h('p', {}, c.text),
          h('figure', { class: 'sr-quote' },
            h('blockquote', { lang: 'lt' }, `“${c.quote}”`),
            c.quote_translation ? h('figcaption', {}, `${w.t('ui-translation')}: “${c.quote_translation}”`) : null)));
    }));
    const when = r.verdict === 'eligible' ? null
      : r.earliest_date ? h('p', { class: 'sr-answer', 'data-sr': 'earliest' }, w.t('ui-lt-from', { date: w.date(r.earliest_date) }))
        : r.verdict === 'cannot_tell' ? null
          : h('p', { class: 'sr-answer', 'data-sr': 'earliest' }, w.t('ui-lt-never'));
    return [
      when,
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
    return [
      h('dl', { class: 'sr-totals' },
        row(w.t('ui-lv-apply'), d(r.earliest_application_date), 'earliest_application_date'),
        row(w.t('ui-lv-retirement-age'), w.t('ui-years-months', { y: r.retirement_age.years, m: r.retirement_age.months }), 'retirement_age'),
        row(w.t('ui-lv-retirement-date'), d(r.retirement_date), 'retirement_date'),
        row(w.t('ui-lv-pre-retirement'), d(r.pre_retirement_from), 'pre_retirement_from'),
        row(w.t('ui-lv-long-term'), d(r.long_term_from), 'long_term_from'),
        row(w.t('ui-lv-groups', { date: w.date(r.date) }), groups, 'groups')),
    ];
  },
};

export const mountLtEligibility = (root, options) => mountSpec(LT, root, options);
export const mountLvUnemployment = (root, options) => mountSpec(LV, root, options);
