// What every page and calculator shares, in one file (one download, one
// gzip stream): the rules, the words of a language and a tiny DOM builder.
//
// Loads the rules (WebAssembly): one module per calculator, so a page loads
// only its own calculator's rules (`words` holds none, for the start page),
// and each language's catalog once, on first use, handed to every module
// the page has loaded. Nothing here touches the network but the page's own
// files.

/** The module that holds each calculator: its own name's, but the timesheet's month (`assistant-month`) is assistant-hours'. */
const moduleOf = (name) => (name === 'assistant-month' ? 'assistant-hours' : name);

const modules = new Map(); // module name → Promise<its exports>
const loaded = []; // { m: exports, name, held, langs } of the modules loaded so far
const langs = new Set(); // the languages asked for so far

/** Hands module `x` the catalog of `lang` (its own part of it: the messages it can show), once. */
function giveCatalog(x, lang) {
  if (!x.langs.has(lang)) {
    const url = new URL(`../pkg/${x.name}/${lang}.json`, import.meta.url);
    x.langs.set(lang, fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url.pathname}: ${r.status}`);
      return r.text();
    }).then((text) => {
      const problems = x.m.set_catalog(lang, text);
      if (problems.length) throw new Error(`${url.pathname}: ${JSON.stringify(problems)}`);
    }));
    x.langs.get(lang).catch(() => x.langs.delete(lang));
  }
  return x.langs.get(lang);
}

/** Loads the module `name` (a calculator's, or `words`) once; resolves to its exports. */
export function loadRules(name = 'words') {
  const module = moduleOf(name);
  if (!modules.has(module)) {
    const p = import(`../pkg/${module}/socialrules.js`).then(async (m) => {
      await m.default();
      const x = { m, name: module, held: new Set(m.calculators()), langs: new Map() };
      // Hand it every language asked for so far.
      await Promise.all([...langs].map((l) => giveCatalog(x, l)));
      loaded.push(x);
      return m;
    });
    p.catch(() => modules.delete(module));
    modules.set(module, p);
  }
  return modules.get(module);
}

/**
 * Loads the catalog of `lang` (only that one) for the page's modules,
 * loading `module` first if none is loaded yet.
 */
export async function loadCatalog(lang, module = 'words') {
  if (loaded.length === 0) await loadRules(module);
  langs.add(lang);
  await Promise.all(loaded.map((x) => giveCatalog(x, lang)));
}

/**
 * `input` as JSON text, each lone surrogate (which a field can hold, pasted or
 * typed) written as U+FFFD: the rules then name the field the text is in,
 * where `\ud800` would make the whole text not JSON to them. `input` itself
 * if it cannot be written (the rules say why).
 */
function wellFormed(input) {
  try {
    // toWellFormed: ES2024 (a browser without it sends the text as it is).
    return JSON.stringify(input, (k, v) => (typeof v === 'string' && v.toWellFormed ? v.toWellFormed() : v)) ?? input;
  } catch {
    return input;
  }
}

/** `run(name, input, lang)` → `{ok, result, errors}`: the rules never throw by design. */
export function run(name, input, lang) {
  // The last loaded that holds it: the timesheet's module of every month after its first, of MK 316 alone.
  const m = loaded.findLast((x) => x.held.has(name))?.m;
  if (!m) return { ok: false, result: null, errors: [{ field: '', code: 'internal', message: `${name}: not loaded` }] };
  try {
    return m.calculate(name, typeof input === 'string' ? input : wellFormed(input), lang);
  } catch (e) {
    return { ok: false, result: null, errors: [{ field: '', code: 'internal', message: String(e) }] };
  }
}

const any = () => loaded[0].m;

/** The catalog message `id` of `lang` with `args`, from the first module that has it (a module lacking it answers the id). */
export function message(lang, id, args) {
  for (const x of loaded) {
    const text = x.m.message(lang, id, args);
    if (text !== id) return text;
  }
  return id;
}
/** An ISO date as `lang` writes it (`form`: "date", "day" or "month"). */
export const formatDate = (lang, form, iso) => any().format_date(lang, form, iso);
/** The facts the page of calculator `name` needs from the rules (JSON text), from the module that holds it. */
export const facts = (name) => (loaded.find((x) => x.held.has(name)) || loaded[0]).m.facts();

// ---- words ----
// The words of one language for the page: every label comes from the
// catalog of that language (src/text/catalog/*.ftl, the same the command
// line uses), through the rules' own formatter; numbers and money through
// the browser's Intl, which gives the right forms for them in lv, lt, en and
// ru; dates as the catalog writes them (Intl has no Latvian genitive "3.
// jūnija"). The timesheet's month and weekday names, days and months:
// assistant-hours.js, its only user.

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

// ---- the DOM builder ----
// A tiny DOM builder shared by the calculators. Text always goes in as text
// (never as HTML), so nothing a person types can become markup.

/**
 * h('p', {class: 'sr-hint', id: 'x'}, 'text', child, …) → element.
 * Attributes set to null/false are skipped; `true` sets an empty attribute;
 * `on: {event: handler}` adds listeners.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'on') {
      for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    } else if (k === 'value') {
      el.value = v;
    } else if (k === 'checked') {
      el.checked = Boolean(v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** A heading of the given level (clamped to 1–6). */
export function heading(level, attrs, ...children) {
  return h(`h${Math.min(6, Math.max(1, level))}`, attrs, ...children);
}

/** Text only a screen reader reads. */
export function vh(text) {
  return h('span', { class: 'sr-vh' }, text);
}
