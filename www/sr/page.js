// The standalone pages: picks the language (?lang=lv|en, Latvian by
// default), renders the start page, or mounts the calculator named by
// data-sr-calculator. A municipality embedding a calculator uses the
// calculator's module directly instead (see README, "Embedding").
import { h } from './dom.js';
import { LANGS, pickLang, t } from './i18n.js';

// Each page loads only its own calculator's module.
const CALCULATORS = {
  'assistant-hours': { load: () => import('./assistant-hours.js').then((m) => m.mountAssistantHours), title: 'title' },
  'lt-eligibility': { load: () => import('./date-calculators.js').then((m) => m.mountLtEligibility), title: 'ltTitle' },
  'lv-unemployment': { load: () => import('./date-calculators.js').then((m) => m.mountLvUnemployment), title: 'lvTitle' },
};
const CARDS = [
  ['assistant-hours.html', 'startAssistantTitle', 'startAssistantText'],
  ['lv-unemployment.html', 'startLvTitle', 'startLvText'],
  ['lt-eligibility.html', 'startLtTitle', 'startLtText'],
];

function applyLang(lang, titleKey) {
  document.documentElement.lang = lang;
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
  document.querySelector('.page-skip').textContent = t(lang, 'ui-skip-to-content');
  const home = document.querySelector('[data-page-home]');
  if (home) home.href = `./?lang=${lang}`;
  document.title = titleKey ? `${t(lang, titleKey)} · socialrules` : `${t(lang, 'ui-app-name')} · socialrules`;
}

function renderStart(main, lang) {
  applyLang(lang, null);
  main.replaceChildren(
    h('h1', {}, t(lang, 'ui-app-name')),
    h('nav', { 'aria-label': t(lang, 'ui-language-nav') },
      h('ul', { class: 'page-lang' }, LANGS.map((l) => h('li', {},
        l === lang ? h('span', { lang: l, 'aria-current': 'true' }, t(l, 'ui-language-name'))
          : h('a', { href: `?lang=${l}`, lang: l, on: { click: (e) => { e.preventDefault(); renderStart(main, l); } } }, t(l, 'ui-language-name')))))),
    h('p', {}, t(lang, 'ui-start-intro')),
    h('ul', { class: 'page-cards' }, CARDS.map(([href, title, text]) => h('li', {},
      h('a', { href: `${href}?lang=${lang}` }, t(lang, title)),
      h('p', {}, t(lang, text))))),
    h('p', {}, t(lang, 'ui-start-privacy')));
}

const lang = pickLang(new URLSearchParams(window.location.search).get('lang'));
const start = document.querySelector('[data-sr-start]');
if (start) renderStart(start, lang);
for (const el of document.querySelectorAll('[data-sr-calculator]')) {
  const c = CALCULATORS[el.dataset.srCalculator];
  if (!c) continue;
  applyLang(lang, c.title);
  c.load().then((mount) => mount(el, { lang, headingLevel: 1, onLangChange: (l) => applyLang(l, c.title) }));
}
