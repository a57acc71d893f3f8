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

// A timesheet of today's regime (MK 316), the one the timesheet's first module computes.
const MK316 = { month: '2026-11', service: 'assistant', monthly_allocation: '80', hourly_rate: '5.11', days: [{ date: '2026-11-02', hours: '4' }, { date: '2026-11-03', hours: '7.5' }] };
const example = (module) => (module === 'assistant-hours' ? MK316 : JSON.parse(read(new URL(`examples/${module === 'assistant-hours-mk942' ? 'peteris-2020-06' : module}.json`, ROOT))));
// The calculator each module is asked for (the timesheet's two modules hold the same one).
const calculator = (module) => (module.startsWith('assistant-hours') ? 'assistant-hours' : module);
for (const module of ['assistant-hours', 'assistant-hours-mk942', 'lt-eligibility', 'lv-unemployment', 'mk360-admission', 'vbtai-competition', 'esf-ex-prisoners']) {
  test(`${module}: every answer and error reads the same with the page's part of the catalog as with the whole`, async () => {
    const part = await instance(module, true, 'part');
    const whole = await instance(module, false, 'whole');
    let errors = 0;
    const name = calculator(module);
    for (const input of inputs(example(module))) {
      for (const lang of LANGS) {
        const want = whole.calculate(name, input, lang);
        assert.deepEqual(part.calculate(name, input, lang), want, `${module} ${lang} ${input}`);
        errors += want.ok ? 0 : want.errors.length;
      }
      // Another calculator's name: the module names the ones it holds.
      assert.deepEqual(part.calculate('no-such', input, 'ru'), whole.calculate('no-such', input, 'ru'));
    }
    console.log(`  ${module}: ${errors} error messages compared`);
    assert.ok(errors > 50, `${module}: ${errors} error messages compared`);
  });
}

// The timesheet's first module holds MK 316 alone: for a month under MK 316
// only (from 2022) it answers as the module of every month does, result or
// errors, word for word; it never refuses what that module computes, but
// for an MK 942 month, where it names the module that computes it. Each
// given its part of the catalog, on the MK 316 timesheet's and Pēteris's
// (June 2020) variants, good and hostile.
test('assistant-hours (MK 316 alone) answers as assistant-hours-mk942 for MK 316 months, and names it for MK 942 months', async () => {
  const small = await instance('assistant-hours', true, 'small');
  const every = await instance('assistant-hours-mk942', true, 'every');
  let same = 0;
  let elsewhere = 0;
  for (const input of [...inputs(MK316), ...inputs(example('assistant-hours-mk942'))]) {
    let month = null;
    try { month = JSON.parse(input).month; } catch { /* not JSON */ }
    for (const lang of ['lv', 'ru']) {
      const s = small.calculate('assistant-hours', input, lang);
      const e = every.calculate('assistant-hours', input, lang);
      const other = !s.ok && s.errors.some((x) => x.code === 'other_module');
      if (other) {
        elsewhere++;
        assert.ok(!e.ok || e.result.regime === 'mk942', `${lang} ${input}: refused, but MK 316`);
        assert.match(s.errors.find((x) => x.code === 'other_module').message, /assistant-hours-mk942/);
      } else if (s.ok || (typeof month === 'string' && /^20(2[2-9]|[3-9]\d)-(0[1-9]|1[0-2])$/.test(month.trim()))) {
        same++;
        assert.deepEqual(s, e, `${lang} ${input}`);
      } else {
        assert.ok(!e.ok || e.result.regime === 'mk942', `${lang} ${input}: the module of every month computes it under MK 316`);
      }
    }
  }
  console.log(`  ${same} answers compared, ${elsewhere} MK 942 months sent on`);
  assert.ok(same > 250 && elsewhere > 100, `${same} compared, ${elsewhere} sent on`);
  const peteris = read(new URL('examples/peteris-2020-06.json', ROOT));
  const s = small.calculate('assistant-hours', peteris, 'en');
  assert.deepEqual(s.errors.map((x) => [x.field, x.code]), [['month', 'other_module']]);
  assert.ok(every.calculate('assistant-hours', peteris, 'en').ok);
});
