// The standalone pages: picks the language (the address's ?lang=, else the
// person's earlier choice, else the browser's language if it is one of the
// four, else the calculator's country language), renders the start page, or
// mounts the calculator named by data-sr-calculator; `?embed=1` shows it
// alone for an iframe (embed.js). A municipality embedding a calculator in
// its own page uses sr/elements.js or the mount functions instead (see
// README, "Embedding").
import { h, chooseLang, loadWords } from './core.js';

// Each page loads only its own calculator's module: `sr/<name>.js`, its mount function, its title, its country's language.
const CALCULATORS = {
  'assistant-hours': ['mountAssistantHours', 'ui-title', 'lv'],
  'lt-eligibility': ['mountLtEligibility', 'ui-lt-title', 'lt'],
  'lv-unemployment': ['mountLvUnemployment', 'ui-lv-title', 'lv'],
  'mk360-admission': ['mountMk360Admission', 'ui-mk-title', 'lv'],
  'vbtai-competition': ['mountVbtaiCompetition', 'ui-vb-title', 'lv'],
  'esf-ex-prisoners': ['mountEsfExPrisoners', 'ui-esf-title', 'lv'],
};
/** The page around the calculator follows its language: `<html lang>`, title, skip link, address. */
function applyLang(w, titleKey) {
  document.documentElement.lang = w.lang;
  const url = new URL(window.location.href);
  url.searchParams.set('lang', w.lang);
  window.history.replaceState(null, '', url);
  document.querySelector('.page-skip').textContent = w.t('ui-skip-to-content');
  const home = document.querySelector('[data-page-home]');
  if (home) home.href = `./?lang=${w.lang}`;
  document.title = `${w.t(titleKey || 'ui-app-name')} · socialrules`;
  offline(w);
}

const start = document.querySelector('[data-sr-start]');
const shown = [];
// The start page's own part, start.js, loaded only there.
if (start) shown.push(import('./start.js').then((m) => m.renderStart(start, chooseLang('lv'), applyLang)));
// ?embed=1 in an iframe: sr/embed.js, loaded only then.
const embed = new URLSearchParams(window.location.search).get('embed') === '1' && window.parent !== window;
for (const el of document.querySelectorAll('[data-sr-calculator]')) {
  const name = el.dataset.srCalculator;
  if (!Object.hasOwn(CALCULATORS, name)) continue;
  const [mount, title, country] = CALCULATORS[name];
  const onLangChange = (l) => loadWords(l).then((w) => applyLang(w, title));
  const options = { lang: chooseLang(country), headingLevel: 1, onLangChange };
  shown.push(Promise.all([import(`./${name}.js`), embed && import('./embed.js').then((m) => Object.assign(options, m.embedMode(name)))])
    .then(([m]) => m[mount](el, options)));
}

// Offline and install, here only (never for a calculator embedded elsewhere):
// sw.js keeps the site's files; the manifest follows the page's language; a
// new version waits until the person reloads into it from a polite notice.
const notice = h('div', { class: 'page-update', role: 'status' });
let words;
let update; // the registration, once a new version waits in it
function offline(w) {
  const link = document.querySelector('link[rel="manifest"]');
  if (w && link) link.href = `pkg/${w.lang}.webmanifest`;
  words = w || words;
  // Its words and button: update.js, loaded only once a new version waits.
  if (update?.waiting && words) import('./update.js').then((m) => m.updateNotice(notice, words, update));
}
// Once the page is shown, so that it never slows it down; the page works without it.
Promise.allSettled(shown).then(() => {
  const sw = navigator.serviceWorker;
  if (!sw || window.parent !== window) return; // not inside another site's frame (?embed=1)
  document.querySelector('.page-header').after(notice); // there before it speaks
  sw.register('sw.js', { updateViaCache: 'none' }).then((r) => {
    // A new version counts only over one in use (not on the first visit).
    const check = () => { if (r.waiting && sw.controller) { update = r; offline(); } };
    check();
    r.onupdatefound = () => { const next = r.installing; next.onstatechange = () => next.state === 'installed' && check(); };
  }).catch(() => {});
});
