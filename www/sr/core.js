// Loads the rules (WebAssembly): one module per calculator, so a page loads
// only its own calculator's rules (`words` holds none, for the start page),
// and each language's catalog once, on first use, handed to every module
// the page has loaded. Nothing here touches the network but the page's own
// files.

/** The module that holds each calculator. */
const MODULE_OF = {
  'assistant-hours': 'assistant-hours',
  'assistant-month': 'assistant-hours',
  'lt-eligibility': 'lt-eligibility',
  'lv-unemployment': 'lv-unemployment',
  'mk360-admission': 'mk360-admission',
  'vbtai-competition': 'vbtai-competition',
  'esf-ex-prisoners': 'esf-ex-prisoners',
};

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
  const module = MODULE_OF[name] || name;
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

/** `run(name, input, lang)` → `{ok, result, errors}`: the rules never throw by design. */
export function run(name, input, lang) {
  const m = loaded.find((x) => x.held.has(name))?.m;
  if (!m) return { ok: false, result: null, errors: [{ field: '', code: 'internal', message: `${name}: not loaded` }] };
  try {
    return m.calculate(name, input, lang);
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
