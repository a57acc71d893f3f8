// The words of one language for the page: every label comes from the
// catalog of that language (src/text/catalog/*.ftl, the same the command
// line uses), through the rules' own formatter; numbers and money through
// the browser's Intl, which gives the right forms for them in lv, lt, en and
// ru; dates as the catalog writes them (Intl has no Latvian genitive "3.
// jūnija"). The timesheet's month and weekday names, days and months:
// assistant-hours.js, its only user.
import { formatDate, loadCatalog, message } from './core.js';

export const LANGS = ['lv', 'lt', 'en', 'ru'];
const STORE = 'socialrules-lang';
const LOCALE = { lv: 'lv', lt: 'lt', en: 'en-GB', ru: 'ru' };

/**
 * The language to show: the `?lang=` of the address, else the one the
 * person chose before (remembered in this browser), else the browser's
 * preferred language if it is one of the four, else `fallback` (the
 * calculator's country language).
 */
export function chooseLang(fallback = 'lv') {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (LANGS.includes(asked)) return asked;
  let saved = null;
  try { saved = window.localStorage.getItem(STORE); } catch { /* storage may be off */ }
  if (LANGS.includes(saved)) return saved;
  for (const l of navigator.languages || [navigator.language || '']) {
    const c = String(l).slice(0, 2).toLowerCase();
    if (LANGS.includes(c)) return c;
  }
  return LANGS.includes(fallback) ? fallback : 'lv';
}

/** Remembers the person's choice of language in this browser. */
export function rememberLang(lang) {
  try { window.localStorage.setItem(STORE, lang); } catch { /* storage may be off */ }
}

/** A supported language code, or `fallback`. */
export function pickLang(code, fallback = 'lv') {
  const c = String(code || '').slice(0, 2).toLowerCase();
  return LANGS.includes(c) ? c : fallback;
}

/**
 * Loads the catalog of `lang` and resolves to its words; `module` is the
 * rules module to load first if the page has none yet (a calculator's name,
 * or `words` for a page with no calculator).
 */
export async function loadWords(lang, module = 'words') {
  await loadCatalog(lang, module);
  return words(lang);
}

function words(lang) {
  const locale = LOCALE[lang];
  const numberFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  const moneyFmt = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  return {
    lang,
    locale,
    /** The catalog message `id` with `params`. */
    t: (id, params) => message(lang, id, params || {}),
    /** A decimal string from the rules, exactly, as the language writes it. */
    num: (s) => (s === null || s === undefined ? '' : numberFmt.format(String(s))),
    /** Money from a decimal string. */
    money: (s) => moneyFmt.format(String(s)),
    /** A share from a decimal string ("0.85") as a percentage. */
    percent: (s) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 20 }).format(String(s)),
    /** An ISO date as the catalog writes a whole date. */
    date: (iso) => formatDate(lang, 'date', iso),
  };
}
