// The file half of keep.js, loaded on the first "Export" or file picked:
// the command line's input written to a file the browser downloads, and a
// picked file read and handed to the calculator, which accepts it or says
// why not (its numbers read exactly as written: readExact). Nothing is
// sent anywhere.

import { h } from './core.js';

const MAX_FILE = 1024 * 1024; // the command line's bound for one document

/** Reads `file` (picked by the person) and hands its text to `onImport` (with `readExact`); `say(key, args, isError)` tells the outcome. */
export async function readFile(file, onImport, say) {
  const args = { file: file.name };
  if (file.size > MAX_FILE) { say('ui-keep-import-too-large', args, true); return; }
  let text;
  try { text = await file.text(); } catch { say('ui-keep-import-unreadable', args, true); return; }
  const refused = await onImport(file.name, text, readExact);
  if (refused) say(refused[0], { ...args, ...refused[1] }, true);
  else say('ui-keep-imported', args);
}

/** Downloads what `onExport()` gives (`{file, text}`), or says its `error`. */
export function exportFile(onExport, say) {
  const out = onExport();
  if (out.error) { say(out.error[0], out.error[1] || {}, true); return; }
  const url = URL.createObjectURL(new Blob([out.text], { type: 'application/json' }));
  const a = h('a', { href: url, download: out.file, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  say('ui-keep-exported', { file: out.file });
}

/**
 * A number's JSON text without its exponent, exactly, as a field takes it
 * (`4e0` → `4`, `5e-1` → `0.5`, `1.2e1` → `12`); any other text as it is.
 */
function plain(src) {
  const m = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(src);
  if (!m) return src;
  const [, sign, int, frac = '', e] = m;
  if (!/[1-9]/.test(int + frac)) return '0';
  const exp = Number(e);
  // The rules took the file: its numbers are below 10^15 with at most 6 decimals once read, so a far exponent is only zeros around them.
  if (Math.abs(exp) > src.length + 30) return src;
  let digits = int + frac;
  let point = int.length + exp; // where the point goes in `digits`
  if (point < 1) { digits = '0'.repeat(1 - point) + digits; point = 1; }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const part = digits.slice(point).replace(/0+$/, '');
  return `${sign}${whole}${part ? `.${part}` : ''}`;
}

/**
 * A file's JSON (already accepted by the rules), its numbers kept as the
 * text the file has (`7.50`, not 7.5; an exponent written out: `4e0` is
 * `4`), where the browser tells a value's source text; elsewhere a number
 * is written back as JavaScript writes it.
 */
export const readExact = (text) => JSON.parse(text, (k, v, context) => (typeof v === 'number' && typeof context?.source === 'string' ? plain(context.source) : v));
