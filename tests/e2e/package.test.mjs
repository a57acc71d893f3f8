// The ready-built package (`cargo xtask package`, run by `cargo xtask test`
// before this file): its tarball installs with npm, offline and with no
// Rust, into an empty project; a blank page served from there runs a
// calculator through `run` and mounts its form (and its custom element when
// the package has one); and its TypeScript declarations accept the real
// answers of every example while refusing answers that differ.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { launch, newPage } from './helpers.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const VERSION = /\[package\][^[]*?\nversion = "([^"]+)"/.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const TGZ = join(ROOT, 'dist', `socialrules-${VERSION}.tgz`);
const CLI = join(ROOT, 'target/debug/socialrules');

let host; // the temporary project the package is installed into
let pkg; // host/node_modules/socialrules
let server;
let base;
let browser;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.ftl': 'text/plain; charset=utf-8' };

before(async () => {
  if (!existsSync(TGZ)) {
    // Alone (not under `cargo xtask test`): build the package first.
    const r = spawnSync('cargo', ['xtask', 'package'], { cwd: ROOT, stdio: 'inherit' });
    assert.equal(r.status, 0, 'cargo xtask package');
  }
  if (!existsSync(CLI)) assert.equal(spawnSync('cargo', ['build', '--quiet', '--bin', 'socialrules'], { cwd: ROOT, stdio: 'inherit' }).status, 0, 'cargo build');
  host = mkdtempSync(join(tmpdir(), 'socialrules-host-'));
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', TGZ], { cwd: host, stdio: 'pipe' });
  pkg = join(host, 'node_modules/socialrules');
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(host, path === '/' ? 'index.html' : path);
    if (path.includes('..') || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (host) rmSync(host, { recursive: true, force: true });
});

/** Every file under `dir`, relative to it. */
function files(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, join(prefix, e.name)) : [join(prefix, e.name)]));
}

/** The command line's answer (the result object, or `{errors}`) to `input` (a file or a JSON text). */
function cli(calculator, input, lang = 'en') {
  const args = [calculator, '--lang', lang];
  const opts = { cwd: ROOT, encoding: 'utf8' };
  const r = existsSync(input)
    ? spawnSync(CLI, [calculator, input, '--lang', lang], opts)
    : spawnSync(CLI, args, { ...opts, input });
  assert.ok(r.status === 0 || r.status === 2, `${calculator}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

test('the tarball installs with npm, offline, into an empty project: modules, WebAssembly, catalogs, CSS, declarations, and no Rust', () => {
  const all = files(pkg);
  for (const f of ['package.json', 'README.md', 'socialrules.css', 'sr/core.js', 'sr/assistant-hours.js', 'types/rules.d.ts', 'types/core.d.ts', 'types/elements.d.ts']) {
    assert.ok(all.includes(f), `${f} is in the package`);
  }
  for (const m of ['assistant-hours', 'assistant-hours-mk942', 'lt-eligibility', 'lv-unemployment', 'mk360-admission', 'vbtai-competition', 'esf-ex-prisoners', 'words']) {
    for (const f of ['socialrules.js', 'socialrules_bg.wasm', 'lv.json', 'lt.json', 'en.json', 'ru.json']) assert.ok(all.includes(`pkg/${m}/${f}`), `pkg/${m}/${f}`);
  }
  assert.deepEqual(all.filter((f) => /\.rs$|Cargo\.(toml|lock)$|\.tgz$/.test(f)), [], 'no Rust source, no nested tarball');
  const meta = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.equal(meta.name, 'socialrules');
  assert.equal(meta.version, VERSION);
  assert.equal(meta.type, 'module');
  assert.equal(meta.exports['./core.js'].default, './sr/core.js');
  assert.equal(meta.exports['./socialrules.css'], './socialrules.css');
  if (all.includes('sr/elements.js')) assert.equal(meta.exports['./elements.js'].default, './sr/elements.js');
  assert.equal(meta.dependencies, undefined, 'nothing else to install');
});

test('a blank page importing from node_modules/socialrules/ gets the same answer from run() as the command line, an error naming the field, and the form of the mount function', async () => {
  const hasElements = existsSync(join(pkg, 'sr/elements.js'));
  writeFileSync(join(host, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="node_modules/socialrules/socialrules.css"></head>
<body><main><h1>A municipality's page</h1><div id="form"></div><div id="element"></div></main>
<script type="module" src="main.js"></script></body></html>`);
  writeFileSync(join(host, 'main.js'), `
import { loadRules, loadCatalog, run } from './node_modules/socialrules/sr/core.js';
import { mountLvUnemployment } from './node_modules/socialrules/sr/date-calculators.js';
await loadRules('lv-unemployment');
await loadCatalog('en');
window.answer = run('lv-unemployment', ${readFileSync(join(ROOT, 'examples/lv-unemployment.json'), 'utf8').trim()}, 'en');
window.bad = run('lv-unemployment', { date: '2024-02-30', birth_date: '1961-05-02' }, 'lv');
await mountLvUnemployment(document.getElementById('form'), { lang: 'en', headingLevel: 2 });
if (${hasElements}) {
  const m = await import('./node_modules/socialrules/sr/elements.js');
  window.tags = Object.keys(m.ELEMENTS);
  const el = document.createElement('socialrules-lv-unemployment');
  el.setAttribute('lang', 'en');
  el.addEventListener('result', (e) => { window.events = (window.events || []).concat([e.detail]); });
  document.getElementById('element').append(el);
}
window.done = true;
`);
  const { page, foreign, consoleErrors } = await newPage(browser, base);
  await page.goto(base);
  await page.waitForFunction(() => window.done === true, null, { timeout: 20000 });
  const answer = await page.evaluate(() => window.answer);
  assert.equal(answer.ok, true, JSON.stringify(answer.errors));
  assert.deepEqual(answer.result, cli('lv-unemployment', 'examples/lv-unemployment.json'), 'the package answers as the command line does');
  assert.equal(answer.result.retirement_date, '2026-05-02');
  const bad = await page.evaluate(() => window.bad);
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.errors.map((e) => [e.field, e.code]), [['date', 'no_such_day']]);
  assert.match(bad.errors[0].message, /\S/);
  // The mounted form, as a person uses it.
  const form = page.locator('#form');
  await form.getByLabel('Date of birth').fill('02.05.1961');
  await form.getByLabel('The date you ask about').fill('01.01.2024');
  await assert.doesNotReject(form.locator('.sr-result').first().waitFor({ timeout: 10000 }));
  assert.match(await form.innerText(), /2 May 2026/, 'the retirement date, in English');
  if (hasElements) {
    const declared = [...readFileSync(join(pkg, 'types/elements.d.ts'), 'utf8').matchAll(/^ {4}'(socialrules-[a-z0-9-]+)': SocialrulesElement/gm)].map((m) => m[1]);
    assert.deepEqual((await page.evaluate(() => window.tags)).sort(), declared.sort(), 'the declared elements are the defined ones');
    const el = page.locator('#element');
    await el.getByLabel('Date of birth').fill('02.05.1961');
    await el.getByLabel('The date you ask about').fill('01.01.2024');
    await page.waitForFunction(() => (window.events || []).some((d) => d.ok), null, { timeout: 10000 });
    const detail = await page.evaluate(() => window.events.filter((d) => d.ok).at(-1));
    assert.equal(detail.result.retirement_date, '2026-05-02', 'the element sends its answer in a result event');
  }
  assert.deepEqual(foreign, [], 'no request to another host');
  assert.deepEqual(consoleErrors, []);
});

/** The examples and a few more inputs, each with its calculator. */
const CASES = [
  ['assistant-hours', 'examples/peteris-2020-06.json'],
  ['assistant-hours', '{"month":"2026-11","monthly_allocation":"80","service":"assistant","days":[{"date":"2026-11-02","hours":"4"}],"hourly_rate":"5.11"}'],
  ['assistant-month', '{"month":"2026-11"}'],
  ['assistant-month', '{"month":"2020-06"}'],
  ['lt-eligibility', 'examples/lt-eligibility.json'],
  ['lv-unemployment', 'examples/lv-unemployment.json'],
  ['mk360-admission', 'examples/mk360-admission.json'],
  ['vbtai-competition', 'examples/vbtai-competition.json'],
  ['esf-ex-prisoners', 'examples/esf-ex-prisoners.json'],
];

/** Runs tsc (strict, the declarations checked too) on `sources` (file name → text) in the host project; returns its output by file. */
function tsc(sources) {
  const dir = mkdtempSync(join(host, 'ts-'));
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] },
    files: Object.keys(sources),
  }));
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
  const byFile = {};
  for (const line of r.stdout.split('\n')) {
    const m = /^(?:.*[\\/])?([^\\/(]+)\(\d+,\d+\): error (TS\d+)/.exec(line);
    if (m) (byFile[m[1]] ||= []).push(line);
    else if (/error TS/.test(line)) (byFile['?'] ||= []).push(line);
  }
  return { status: r.status, byFile, out: r.stdout + r.stderr };
}

test('the TypeScript declarations accept the real answer and input of every example, and refuse an answer with a field missing, added or of another type, and an input with a word the reader refuses', () => {
  const lines = [
    "/// <reference path=\"../node_modules/socialrules/types/elements.d.ts\" />",
    "import type { Calculators, Outcome } from 'socialrules/core.js';",
    "import { run } from 'socialrules/core.js';",
    "import { mountAssistantHours } from 'socialrules/assistant-hours.js';",
    "import { mountLtEligibility } from 'socialrules/date-calculators.js';",
    "import { mountEsfExPrisoners } from 'socialrules/self-assessments.js';",
  ];
  CASES.forEach(([calc, input], i) => {
    const text = existsSync(join(ROOT, input)) ? readFileSync(join(ROOT, input), 'utf8') : input;
    const answer = cli(calc, input);
    assert.equal(answer.errors, undefined, `${calc} ${input}: ${JSON.stringify(answer.errors)}`);
    lines.push(`export const input${i}: Calculators[${JSON.stringify(calc)}]['input'] = ${text.trim()};`);
    lines.push(`export const result${i}: Calculators[${JSON.stringify(calc)}]['result'] = ${JSON.stringify(answer)};`);
  });
  const errors = cli('lv-unemployment', '{"date":"x","birth_date":"1961-05-02","extra":1}');
  lines.push(`export const failed: Outcome<Calculators['lv-unemployment']['result']> = { ok: false, result: null, errors: ${JSON.stringify(errors.errors)} };`);
  // The API and the element as a host's code uses them.
  lines.push(`const out = run('lv-unemployment', input5, 'en');
if (out.ok) { const d: string | null = out.result.retirement_date; void d; } else { const f: string = out.errors[0].field; void f; }
const el = document.createElement('socialrules-assistant-hours');
el.addEventListener('result', (e) => { if (e.detail.ok) { const t: string = e.detail.result.total_payable; void t; } });
void mountAssistantHours(document.body, { lang: 'lv', prefill: { month: '2020-06' }, onResult: (d) => { if (d.ok) void d.result.total_payable; } });
void mountLtEligibility(document.body, { hideIntro: true, onResult: (d) => { if (d.ok) void d.result.verdict; } });
void mountEsfExPrisoners(document.body, { headingLevel: 3 });
document.querySelector('socialrules-lt-eligibility')?.addEventListener('result', (e) => { if (e.detail.ok) void e.detail.result.verdict; });`);
  const lv = cli('lv-unemployment', 'examples/lv-unemployment.json');
  const { retirement_date: _gone, ...missing } = lv;
  const good = lines.join('\n');
  const head = "import type { Calculators } from 'socialrules/core.js';\n";
  const r = tsc({
    'good.ts': good,
    'missing.ts': `${head}export const r: Calculators['lv-unemployment']['result'] = ${JSON.stringify(missing)};`,
    'added.ts': `${head}export const r: Calculators['lv-unemployment']['result'] = ${JSON.stringify({ ...lv, surprise: 1 })};`,
    'wrongtype.ts': `${head}export const r: Calculators['lv-unemployment']['result'] = ${JSON.stringify({ ...lv, covered: 'yes' })};`,
    'badinput.ts': `${head}export const i: Calculators['lt-eligibility']['input'] = { date: '2020-06-01', birth_date: '1985-03-10', cash_social_assistance: 'maybe' };`,
  });
  assert.deepEqual(r.byFile['good.ts'] || [], [], 'the real answers and inputs type-check');
  const bad = ['missing.ts', 'added.ts', 'wrongtype.ts', 'badinput.ts'];
  assert.deepEqual(Object.keys(r.byFile).filter((f) => !bad.includes(f)), [], `no error elsewhere (the declarations themselves included):\n${r.out}`);
  for (const f of bad) assert.ok(r.byFile[f]?.length, `${f} is refused by tsc:\n${r.out}`);
  assert.match(r.byFile['missing.ts'].join('\n'), /retirement_date/);
  assert.match(r.byFile['added.ts'].join('\n'), /surprise/);
});
