// The two date calculators (RULES.md R2 and R3), each described by a spec:
// its questions grouped by topic, and how to show its answer. Mounted like
// the timesheet: `mountLtEligibility(element, {lang, headingLevel, onLangChange})`.
// Self-contained for embedding: classes start with `sr-`, ids carry a
// per-instance prefix, state stays in the closure.

import { loadRules } from './core.js';
import { h, heading } from './dom.js';
import { errorMessage, renderFrame, showErrors } from './form.js';
import { t, pickLang, fmtDate } from './i18n.js';

let instances = 0;

/** Today in the person's own time zone, as DD.MM.YYYY (prefilled, editable). */
function today() {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

function mountSpec(spec, root, options = {}) {
  const prefix = `sr-${spec.short}${++instances}-`;
  const level = options.headingLevel ?? 2;
  const values = new Map(spec.groups.flatMap((g) => g.fields).map((f) => [f.key, f.initial ? f.initial() : '']));
  const state = { lang: pickLang(options.lang), touched: new Set(), submitted: false };
  const id = (key) => prefix + key.replace(/[^A-Za-z0-9-]/g, '-');
  const tr = (key, params) => t(state.lang, key, params);
  let controls = new Map();
  let ui = {};
  let run = null;

  root.classList.add('sr-calc');
  root.lang = state.lang;
  root.replaceChildren(h('p', { class: 'sr-status' }, tr('loading')));

  function changed(key, value) {
    values.set(key, value);
    state.touched.add(key);
    update();
  }

  function field(f) {
    const fid = id(f.key);
    const hintId = f.hint ? `${fid}-hint` : null;
    const err = errorMessage(`${fid}-error`);
    const label = f.optional ? `${tr(f.label)} ${tr('optional')}` : tr(f.label);
    if (f.type === 'radios') {
      const radios = f.options.map(([value, text]) => {
        const rid = id(`${f.key}-${value}`);
        return h('div', { class: 'sr-radio' },
          h('input', {
            type: 'radio', class: 'sr-radio__input', id: rid, name: fid, value, checked: values.get(f.key) === value,
            on: { change: () => changed(f.key, value) },
          }),
          h('label', { class: 'sr-radio__label', for: rid }, tr(text)));
      });
      controls.set(f.key, { input: radios[0].querySelector('input'), error: err, hintId: null });
      return h('fieldset', { class: 'sr-fieldset sr-fieldset--inner', 'aria-describedby': hintId },
        h('legend', { class: 'sr-legend sr-legend--question' }, label),
        f.hint ? h('p', { class: 'sr-hint', id: hintId }, tr(f.hint)) : null,
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
        f.hint ? h('p', { class: 'sr-hint', id: hintId }, tr(f.hint)) : null);
    }
    const input = h('input', {
      class: `sr-input ${f.type === 'date' ? 'sr-input--date' : ''}`.trim(), id: fid, name: fid, type: 'text',
      autocomplete: f.autocomplete || 'off', spellcheck: 'false', value: values.get(f.key),
      inputmode: f.type === 'date' ? 'numeric' : null, list: f.list ? `${fid}-list` : null,
      on: { input: (e) => changed(f.key, e.target.value) },
    });
    controls.set(f.key, { input, error: err, hintId });
    return h('div', { class: 'sr-field' },
      h('label', { class: 'sr-label', for: fid }, label),
      f.hint ? h('p', { class: 'sr-hint', id: hintId }, tr(f.hint)) : null,
      err,
      input,
      f.list ? h('datalist', { id: `${fid}-list` }, f.list.map((o) => h('option', { value: o }))) : null);
  }

  function render() {
    controls = new Map();
    ui = renderFrame(root, {
      lang: state.lang, level, id, title: tr(spec.title), intro: tr(spec.intro), button: tr('check'), onLang: setLang, onSubmit: submit,
      fields: spec.groups.map((g) => h('fieldset', { class: 'sr-fieldset' }, h('legend', { class: 'sr-legend' }, tr(g.legend)), g.fields.map(field))),
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
    const ans = run(spec.name, input(), state.lang);
    const errors = ans.ok ? [] : ans.errors.map((e) => ({ ...e, key: controls.has(e.field) ? e.field : 'date' }));
    const shown = errors.filter((e) => state.submitted || state.touched.has(e.key));
    showErrors(state.lang, ui.summary, controls, shown, 'date');
    if (ans.ok) {
      ui.status.textContent = spec.status(ans.result, state.lang);
      ui.resultBody.replaceChildren(...spec.result(ans.result, state.lang, level).filter(Boolean), explanation(ans.result));
    } else {
      ui.status.textContent = shown.length ? tr('resultBlocked') : tr(spec.pending);
      ui.resultBody.replaceChildren();
    }
    return shown.length;
  }

  function explanation(r) {
    return h('div', {},
      heading(level + 2, { class: 'sr-subtitle' }, tr('explanationTitle')),
      h('ol', { class: 'sr-explanation' }, r.explanation.map((s) => h('li', {},
        s.interpretation ? [h('span', { class: 'sr-badge' }, tr('interpretation')), ' '] : null,
        s.text, ' ', h('span', { class: 'sr-source' }, `${tr('source')}: ${s.source}`)))));
  }

  function submit() {
    state.submitted = true;
    if (update() > 0) ui.summary.focus();
    else ui.resultHeading.focus();
  }

  function setLang(l) {
    state.lang = pickLang(l);
    render();
    update();
    if (typeof options.onLangChange === 'function') options.onLangChange(state.lang);
  }

  return loadRules().then((r) => {
    run = r;
    render();
    update();
    return { setLang, element: root };
  }, () => {
    root.replaceChildren(h('p', { class: 'sr-error-message' }, tr('loadFailed')));
    return null;
  });
}

/** A definition list row. */
const row = (label, value, key) => h('div', { class: 'sr-totals__row' }, h('dt', {}, label), h('dd', { 'data-sr': key }, value));

const LT = {
  name: 'lt-eligibility',
  short: 'lt',
  title: 'ltTitle',
  intro: 'ltIntro',
  pending: 'ltPending',
  groups: [
    { legend: 'ltWhen', fields: [{ key: 'date', type: 'date', label: 'ltDate', hint: 'ltDateHint', initial: today }] },
    { legend: 'aboutYou', fields: [{ key: 'birth_date', type: 'date', label: 'birthDate', hint: 'dateHint', autocomplete: 'bday' }] },
    {
      legend: 'ltWork',
      fields: [
        { key: 'registered_since', type: 'date', label: 'ltRegistered', hint: 'ltRegisteredHint', optional: true },
        { key: 'last_employment_end', type: 'date', label: 'ltLastJob', hint: 'ltLastJobHint', optional: true },
      ],
    },
    {
      legend: 'ltSupport',
      fields: [{
        key: 'cash_social_assistance', type: 'radios', label: 'ltCash', hint: 'ltCashHint',
        options: [['receives', 'ltCashReceives'], ['entitled', 'ltCashEntitled'], ['no', 'ltCashNo']],
      }],
    },
    {
      legend: 'ltWhere',
      fields: [{
        key: 'municipality', type: 'text', label: 'ltMunicipality', hint: 'ltMunicipalityHint', optional: true, autocomplete: 'address-level2',
        list: ['Alytaus miesto', 'Akmenės rajono', 'Druskininkų', 'Pagėgių', 'Panevėžio miesto', 'Šilutės rajono', 'Utenos', 'Kazlų Rūdos', 'Kalvarijos'],
      }],
    },
  ],
  status: (r, lang) => t(lang, `verdict_${r.verdict}`),
  result(r, lang, level) {
    const mark = { true: ['✓', 'met'], false: ['✗', 'notMet'], null: ['?', 'unknown'] };
    const criteria = h('ul', { class: 'sr-criteria' }, r.criteria.map((c) => {
      const [icon, word] = mark[String(c.met)];
      return h('li', { class: `sr-criterion sr-criterion--${word}`, 'data-sr': c.id },
        h('span', { class: 'sr-criterion__icon', 'aria-hidden': 'true' }, icon),
        h('div', {},
          h('p', { class: 'sr-criterion__name' }, t(lang, `crit_${c.id}`), ': ', h('strong', {}, t(lang, word))),
          h('p', {}, c.text),
          h('blockquote', { class: 'sr-quote', lang: 'lt' }, `“${c.quote}”`)));
    }));
    const when = r.verdict === 'eligible' ? null
      : r.earliest_date ? h('p', { class: 'sr-answer', 'data-sr': 'earliest' }, t(lang, 'ltFrom', { date: fmtDate(lang, r.earliest_date) }))
        : r.verdict === 'cannot_tell' ? null
          : h('p', { class: 'sr-answer', 'data-sr': 'earliest' }, t(lang, 'ltNever'));
    return [
      when,
      heading(level + 2, { class: 'sr-subtitle' }, t(lang, 'criteriaTitle')),
      criteria,
      r.municipality_note ? h('p', { class: 'sr-note' }, r.municipality_note) : null,
    ];
  },
};

const LV = {
  name: 'lv-unemployment',
  short: 'lv',
  title: 'lvTitle',
  intro: 'lvIntro',
  pending: 'lvPending',
  groups: [
    { legend: 'lvWhen', fields: [{ key: 'date', type: 'date', label: 'lvDate', hint: 'dateHint', initial: today }] },
    {
      legend: 'aboutYou',
      fields: [
        { key: 'birth_date', type: 'date', label: 'birthDate', hint: 'dateHint', autocomplete: 'bday' },
        { key: 'disability', type: 'checkbox', label: 'lvDisability', initial: () => false },
      ],
    },
    {
      legend: 'ltWork',
      fields: [
        { key: 'employment_end', type: 'date', label: 'lvJobEnd', hint: 'lvJobEndHint', optional: true },
        { key: 'registered_since', type: 'date', label: 'lvRegistered', hint: 'lvRegisteredHint', optional: true },
      ],
    },
  ],
  status: (r, lang) => (r.retirement_date ? t(lang, 'lvStatus', { date: fmtDate(lang, r.retirement_date) }) : ''),
  result(r, lang) {
    const d = (v) => (v ? fmtDate(lang, v) : t(lang, 'notApplicable'));
    const groups = r.groups.length ? r.groups.map((g) => t(lang, `group_${g}`)).join(', ')
      : t(lang, r.covered ? (r.registered_on_date ? 'groupsNone' : 'groupsNotRegistered') : 'notCoveredDate');
    return [
      h('dl', { class: 'sr-totals' },
        row(t(lang, 'lvApply'), d(r.earliest_application_date), 'earliest_application_date'),
        row(t(lang, 'lvRetirementAge'), t(lang, 'yearsMonths', { y: r.retirement_age.years, m: r.retirement_age.months }), 'retirement_age'),
        row(t(lang, 'lvRetirementDate'), d(r.retirement_date), 'retirement_date'),
        row(t(lang, 'lvPreRetirement'), d(r.pre_retirement_from), 'pre_retirement_from'),
        row(t(lang, 'lvLongTerm'), d(r.long_term_from), 'long_term_from'),
        row(t(lang, 'lvGroups', { date: fmtDate(lang, r.date) }), groups, 'groups')),
    ];
  },
};

export const mountLtEligibility = (root, options) => mountSpec(LT, root, options);
export const mountLvUnemployment = (root, options) => mountSpec(LV, root, options);
