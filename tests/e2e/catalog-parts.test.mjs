// Each page hands its module only its part of the catalog (site/pkg/<module>/<lang>.json,
// cut by `catalog_for` in xtask/src/main.rs and written already parsed):
// every answer and every error the module can give must read the same with
// that part as with the whole catalog (src/text/catalog/<lang>.ftl, written
// the same way into target/catalog/<lang>.json by the build). Two instances of each built module
// (Node, no browser), one given its part, one the whole catalog, answer the
// same inputs: the examples, and hostile ones (not JSON, wrong kinds, wrong
// words, impossible dates, each field alone, the timesheet's keys sent to
// another calculator). After `cargo xtask build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const SITE = new URL('../../site/pkg/', import.meta.url);
const ROOT = new URL('../../', import.meta.url);
const LANGS = ['lv', 'lt', 'en', 'ru'];
const read = (u) => readFileSync(u, 'utf8');

async function instance(module, part, tag) {
  const glue = await import(`${new URL(`${module}/socialrules.js`, SITE).href}?${tag}`);
  glue.initSync({ module: readFileSync(new URL(`${module}/socialrules_bg.wasm`, SITE)) });
  for (const lang of LANGS) {
    const text = part ? read(new URL(`${module}/${lang}.json`, SITE)) : read(new URL(`target/catalog/${lang}.json`, ROOT));
    assert.deepEqual(glue.set_catalog(lang, text), [], `${module} ${lang}`);
  }
  return glue;
}

// Values of every kind, good and bad, for any field.
const VALUES = [null, true, 5, -1, 1e21, '1e400', '2.5', '', 'x', 'x'.repeat(300), '2024-02-30', '2024-13-01', '31.12.2019', '1900-01-01', '2099-12-31', [], {}, 'receives', 'academic_higher', 'B2', 'head', 'long_term_care'];
// Keys of the timesheet (and others'), sent to a calculator that does not know them.
const STRANGERS = ['month', 'days', 'hours', 'measure', 'emergency', 'activities_resumed', 'previous_months', 'daily_max', 'granularity', 'paid_outside_month', 'hourly_rate', 'weekly_allocation', 'from', 'to'];

function inputs(example) {
  const out = ['', 'not json', '[1]', '{"a":1,"a":2}', '{', '"\\ud800"', JSON.stringify(example)];
  for (const k of Object.keys(example)) {
    for (const v of VALUES) {
      out.push(JSON.stringify({ ...example, [k]: v }));
      out.push(JSON.stringify({ [k]: v }));
    }
    const rest = { ...example };
    delete rest[k];
    out.push(JSON.stringify(rest));
  }
  // A list's items, each field of the first wrong in every way (vbtai's posts).
  for (const [k, list] of Object.entries(example).filter(([, v]) => Array.isArray(v) && v.length)) {
    for (const f of Object.keys(list[0])) {
      for (const v of VALUES) out.push(JSON.stringify({ ...example, [k]: [{ ...list[0], [f]: v }, ...list.slice(1)] }));
    }
    out.push(JSON.stringify({ ...example, [k]: Array(300).fill(list[0]) }));
  }
  for (const s of STRANGERS) out.push(JSON.stringify({ ...example, [s]: '1' }));
  return out;
}

const EXAMPLES = { 'assistant-hours': 'peteris-2020-06' };
for (const module of ['assistant-hours', 'lt-eligibility', 'lv-unemployment', 'mk360-admission', 'vbtai-competition', 'esf-ex-prisoners']) {
  test(`${module}: every answer and error reads the same with the page's part of the catalog as with the whole`, async () => {
    const part = await instance(module, true, 'part');
    const whole = await instance(module, false, 'whole');
    const example = JSON.parse(read(new URL(`examples/${EXAMPLES[module] || module}.json`, ROOT)));
    let errors = 0;
    for (const input of inputs(example)) {
      for (const lang of LANGS) {
        const want = whole.calculate(module, input, lang);
        assert.deepEqual(part.calculate(module, input, lang), want, `${module} ${lang} ${input}`);
        errors += want.ok ? 0 : want.errors.length;
      }
      // Another calculator's name: the module names the ones it holds.
      assert.deepEqual(part.calculate('no-such', input, 'ru'), whole.calculate('no-such', input, 'ru'));
    }
    console.log(`  ${module}: ${errors} error messages compared`);
    assert.ok(errors > 50, `${module}: ${errors} error messages compared`);
  });
}
