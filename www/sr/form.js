// Form pieces every calculator shares: the language switch, the error
// summary (GOV.UK pattern: at the top, takes focus on submit, links to each
// field) and the messages at the fields (tied with aria-describedby, with a
// visually hidden "Error:" prefix).
import { h, heading, vh, LANGS } from './core.js';

/** Buttons to switch language, each named in its own language; the pressed one is the current language. */
function langSwitch(w, id, onPick) {
  return h('nav', { class: 'sr-lang', 'aria-label': w.t('ui-language-nav') },
    h('ul', { class: 'sr-lang__list' }, LANGS.map((l) => h('li', {},
      h('button', {
        type: 'button', class: 'sr-lang__button', id: id(`lang-${l}`), lang: l, 'aria-pressed': String(l === w.lang),
        on: { click: () => onPick(l) },
      }, w.t(`language-name-${l}`))))));
}

/** The error summary, hidden until there is something to show. */
function errorSummary(w, level, id) {
  return h('div', { class: 'sr-error-summary', tabindex: '-1', hidden: true, 'aria-labelledby': id('summary-title') },
    heading(level + 1, { class: 'sr-error-summary__title', id: id('summary-title') }, w.t('ui-error-summary-title')),
    h('ul', { class: 'sr-error-summary__list' }));
}

/** A hidden message element for a control's errors. */
export function errorMessage(id) {
  return h('p', { class: 'sr-error-message', id, hidden: true });
}

/** Sets (or, with null, removes) an attribute only when it differs: a keystroke that changes no error writes nothing. */
function setAttr(el, name, value) {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

const shownText = new WeakMap(); // a control, an error element or the summary → what it shows now

/**
 * Shows `shown` errors (each with `key` and `message`) at their controls and
 * in the summary. `controls`: key → {input, error, hintId}; controls may
 * share an error element. `fallbackKey` names the control for errors with no
 * control of their own. Only what changed is written.
 */
export function showErrors(w, summary, controls, shown, fallbackKey) {
  const byKey = new Map();
  for (const e of shown) byKey.set(e.key, [...(byKey.get(e.key) || []), e.message]);
  const byElement = new Map(); // an error element → its messages, for those that have some
  for (const [key, c] of controls) {
    const msgs = byKey.get(key);
    const was = shownText.get(c.input);
    if (!was || was.bad !== Boolean(msgs) || was.hintId !== c.hintId || was.error !== c.error) {
      shownText.set(c.input, { bad: Boolean(msgs), hintId: c.hintId, error: c.error });
      setAttr(c.input, 'aria-invalid', msgs ? 'true' : null);
      setAttr(c.input, 'aria-describedby', [c.hintId, msgs ? c.error.id : null].filter(Boolean).join(' ') || null);
      c.input.classList.toggle('sr-input--error', Boolean(msgs));
    }
    if (msgs) byElement.set(c.error, [...(byElement.get(c.error) || []), ...msgs]);
  }
  for (const c of controls.values()) {
    const el = c.error;
    const msgs = byElement.get(el);
    const text = msgs ? msgs.join(' ') : '';
    if ((shownText.get(el) ?? null) === text) continue;
    shownText.set(el, text);
    el.replaceChildren(...(msgs ? [vh(`${w.t('ui-error-prefix')} `), text] : []));
    el.hidden = !msgs;
    el.closest('.sr-field, .sr-cal__day, .sr-fieldset')?.classList.toggle('sr-has-error', Boolean(msgs));
  }
  const targets = shown.map((e) => (controls.get(e.key) || controls.get(fallbackKey))?.input);
  const last = shownText.get(summary);
  if (!last || last.shown.length !== shown.length
    || shown.some((e, i) => e.message !== last.shown[i].message || targets[i] !== last.targets[i])) {
    shownText.set(summary, { shown, targets });
    summary.querySelector('ul').replaceChildren(...shown.map((e, i) => {
      const target = targets[i];
      return h('li', {}, h('a', {
        href: target ? `#${target.id}` : '#',
        on: { click: (ev) => { ev.preventDefault(); target?.focus(); } },
      }, e.message));
    }));
  }
  if (summary.hidden !== (shown.length === 0)) summary.hidden = shown.length === 0;
}

/**
 * Lays out a calculator in `root`: title with the language switch, intro,
 * error summary, the form's `fields` and submit button (no form when
 * `fields` is null: a card with no questions), and the result section (no
 * intro with `hideIntro`). Keeps the focus on the element that had it. Returns the parts
 * that change: `summary`, `resultHeading`, `status`, `resultBody`.
 */
export function renderFrame(root, { w, level, id, title, intro, button, fields, onLang, onSubmit, hideLang, hideIntro }) {
  const f = root.getRootNode().activeElement; // the document's, or a shadow root's
  const active = root.contains(f) ? f.id : null;
  root.lang = w.lang;
  const summary = errorSummary(w, level, id);
  const resultHeading = heading(level + 1, { class: 'sr-result__title', id: id('result-title'), tabindex: '-1' }, w.t('ui-result-title'));
  const status = h('p', { class: 'sr-result__status', role: 'status' });
  const resultBody = h('div', { class: 'sr-result__body' });
  // replaceChildren writes a null as the text "null": the parts left out are filtered first.
  root.replaceChildren(...[
    h('div', { class: 'sr-header' }, heading(level, { class: 'sr-title' }, title), hideLang ? null : langSwitch(w, id, onLang)),
    hideIntro ? null : h('p', { class: 'sr-intro' }, intro),
    summary,
    fields === null ? null : h('form', { class: 'sr-form', novalidate: true, on: { submit: (e) => { e.preventDefault(); onSubmit(); } } },
      fields,
      h('button', { type: 'submit', class: 'sr-button', id: id('submit') }, button)),
    h('section', { class: 'sr-result', 'aria-labelledby': id('result-title') }, resultHeading, status, resultBody),
  ].filter(Boolean));
  return { summary, resultHeading, status, resultBody, restoreFocus: () => { if (active) root.querySelector(`#${CSS.escape(active)}`)?.focus(); } };
}

/**
 * One step of an explanation as a list item: an interpretation led by
 * "How this calculator reads the rule:", the quote of the law in its own
 * language with its translation beside it, and the act it comes from.
 */
export function explanationStep(w, s) {
  return h('li', {},
    s.interpretation ? [h('strong', { class: 'sr-reading' }, w.t('interpretation-lead')), ' '] : null,
    s.text,
    s.quote ? quote(w, s.quote.lang, s.quote.text, s.quote_translation) : null,
    h('span', { class: 'sr-source' }, `${w.t('ui-source')}: ${s.source_text}`));
}

/** A quote of the law in its own language `lang`, with its translation in the reader's beside it when there is one. */
export function quote(w, lang, text, translation) {
  return h('figure', { class: 'sr-quote' },
    h('blockquote', { lang }, w.t('ui-quoted', { text })),
    translation ? h('figcaption', {}, `${w.t('ui-translation')}: ${w.t('ui-quoted', { text: translation })}`) : null);
}
