// Loads the rules (WebAssembly) once per page, and each language's catalog
// once, on first use; every calculator on the page shares them. Nothing
// here touches the network but the page's own files.
import init, { calculate, set_catalog as setCatalog, message, format_date as formatDate, facts } from '../pkg/socialrules.js';

let ready = null;
const catalogs = new Map(); // lang → Promise<true>

/** Resolves once the rules are loaded. */
export function loadRules() {
  if (!ready) ready = init();
  return ready;
}

/**
 * Loads the catalog of `lang` (only that one) and hands it to the rules.
 * Resolves to the words of that language (see words.js).
 */
export function loadCatalog(lang) {
  if (!catalogs.has(lang)) {
    const url = new URL(`../pkg/catalog/${lang}.ftl`, import.meta.url);
    catalogs.set(lang, Promise.all([loadRules(), fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url.pathname}: ${r.status}`);
      return r.text();
    })]).then(([, text]) => {
      const problems = setCatalog(lang, text);
      if (problems.length) throw new Error(`${lang}.ftl: ${JSON.stringify(problems)}`);
      return true;
    }));
    catalogs.get(lang).catch(() => catalogs.delete(lang));
  }
  return catalogs.get(lang);
}

/** `run(name, input, lang)` → `{ok, result, errors}`: the rules never throw by design. */
export function run(name, input, lang) {
  try {
    return calculate(name, input, lang);
  } catch (e) {
    return { ok: false, result: null, errors: [{ field: '', code: 'internal', message: String(e) }] };
  }
}

export { message, formatDate, facts };
