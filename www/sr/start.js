// The start page (index.html, `data-sr-start`): every calculator, grouped
// by who it is for, in the page's language, with its own language switch.
// Loaded by page.js on that page only.
import { h, LANGS, loadWords, rememberLang } from './core.js';

/** Every calculator, grouped by who it is for. */
const GROUPS = [
  ['ui-start-group-assistant', [['assistant-hours.html', 'ui-start-assistant-title', 'ui-start-assistant-text']]],
  ['ui-start-group-work', [
    ['lv-unemployment.html', 'ui-start-lv-title', 'ui-start-lv-text'],
    ['lt-eligibility.html', 'ui-start-lt-title', 'ui-start-lt-text'],
  ]],
  ['ui-start-group-care', [['mk360-admission.html', 'ui-start-mk-title', 'ui-start-mk-text']]],
  ['ui-start-group-applicants', [['vbtai-competition.html', 'ui-start-vb-title', 'ui-start-vb-text']]],
  ['ui-start-group-prisoners', [['esf-ex-prisoners.html', 'ui-start-esf-title', 'ui-start-esf-text']]],
];

/** Renders the start page into `main` in `lang`; `applyLang(w, null)` (page.js) makes the page around it follow. */
export async function renderStart(main, lang, applyLang) {
  const w = await loadWords(lang);
  applyLang(w, null);
  main.replaceChildren(
    h('h1', {}, w.t('ui-app-name')),
    h('nav', { 'aria-label': w.t('ui-language-nav') },
      h('ul', { class: 'page-lang' }, LANGS.map((l) => h('li', {},
        l === lang ? h('span', { lang: l, 'aria-current': 'true' }, w.t(`language-name-${l}`))
          : h('a', {
            href: `?lang=${l}`, lang: l,
            on: { click: (e) => { e.preventDefault(); rememberLang(l); renderStart(main, l, applyLang); } },
          }, w.t(`language-name-${l}`)))))),
    h('p', {}, w.t('ui-start-intro')),
    ...GROUPS.map(([group, cards]) => h('section', { class: 'page-group', 'aria-labelledby': `group-${group}` },
      h('h2', { class: 'page-group__title', id: `group-${group}` }, w.t(group)),
      h('ul', { class: 'page-cards' }, cards.map(([href, title, text]) => h('li', {},
        h('a', { href: `${href}?lang=${lang}` }, w.t(title)),
        h('p', {}, w.t(text))))))),
    h('p', {}, w.t('ui-start-privacy')));
}
