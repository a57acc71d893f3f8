// The size budget: everything a calculator page transfers (HTML, CSS, JS,
// its own WebAssembly module and its part of its language's catalog, each
// file gzip-compressed at level 9) stays within 110 KB, with four languages
// available (measured in Russian, the largest catalog). The files are those
// the browser actually requested, read from www/; a page loads one module
// and one catalog only. The assistant-hours page is held to 124 KB: it
// carries two regimes, four average-rule periods, the allocation help, the
// saved answers with export, import and clear, the printed summary, the total
// bar and the in-place result (measured 123.9 KB; 109.9 KB before keeping the
// work, the phone layout and offline use were added), over the 110 KB target
// (see README).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startServer, launch, newPage } from './helpers.mjs';

const TARGET = 110 * 1000;
const BUDGET = { 'assistant-hours.html': 124 * 1000 };
const PAGES = ['assistant-hours.html', 'lt-eligibility.html', 'lv-unemployment.html', 'mk360-admission.html', 'vbtai-competition.html', 'esf-ex-prisoners.html', ''];

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

for (const path of PAGES) {
  const budget = BUDGET[path] || TARGET;
  test(`${path || 'the start page'} transfers at most ${budget / 1000} KB gzip, one module and one catalog`, async () => {
    const { page, context } = await newPage(browser, server.url);
    const paths = new Set();
    page.on('response', (r) => { const u = new URL(r.url()); if (u.protocol === 'http:') paths.add(u.pathname); });
    await page.goto(`${server.url}${path}?lang=ru`);
    await page.waitForFunction(() => document.documentElement.lang === 'ru' && (document.querySelector('.sr-calc[lang="ru"] .sr-result') || document.querySelector('.page-cards a')));
    await page.waitForLoadState('networkidle');
    const rows = [...paths].sort().map((p) => {
      const file = new URL(`../../site${p.endsWith('/') ? `${p}index.html` : p}`, import.meta.url);
      const raw = readFileSync(file);
      return { p, raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
    });
    const total = rows.reduce((s, r) => s + r.gz, 0);
    for (const r of rows) console.log(`  ${r.p.padEnd(40)} ${String(r.raw).padStart(7)} B  gzip ${String(r.gz).padStart(6)} B`);
    console.log(`  ${path || 'index'}: total gzip ${total} B (${(total / 1000).toFixed(1)} KB) of ${budget / 1000} KB`);
    assert.equal(rows.filter((r) => r.p.endsWith('.wasm')).length, 1, 'one WebAssembly module');
    assert.deepEqual(rows.filter((r) => r.p.endsWith('.ftl')).map((r) => r.p.split('/').pop()), ['ru.ftl'], 'one catalog, the page’s language');
    assert.ok(total <= budget, `${total} B is over the budget of ${budget} B`);
    await context.close();
  });
}
