// Loads the rules (WebAssembly) once per page; every calculator on the page
// shares them. Nothing here touches the network but the page's own files.
import init, { calculate } from '../pkg/socialrules.js';

let ready = null;

/** Resolves to `run(name, input, lang)` → `{ok, result, errors}`. */
export function loadRules() {
  if (!ready) {
    ready = init().then(() => (name, input, lang) => {
      try {
        return calculate(name, input, lang);
      } catch (e) {
        // The rules never throw by design; should it happen, report it as data.
        return { ok: false, result: null, errors: [{ field: '', code: 'internal', message: String(e) }] };
      }
    });
  }
  return ready;
}
