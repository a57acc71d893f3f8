// The size budget: everything the timesheet page transfers (HTML, CSS, JS,
// WASM), each file gzip-compressed (level 9), must stay under 150 KB. The
// files are those the browser actually requested, read from www/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startServer, launch, newPage } from './helpers.mjs';

const BUDGET = 150 * 1000;

test('the timesheet page transfers under 150 KB gzip in total', async () => {
  const server = await startServer();
  const browser = await launch();
  try {
    const { page } = await newPage(browser, server.url);
    const paths = new Set();
    page.on('response', (r) => { const u = new URL(r.url()); if (u.protocol === 'http:') paths.add(u.pathname); });
    await page.goto(`${server.url}assistant-hours.html`);
    await page.locator('.sr-form').waitFor();
    await page.waitForLoadState('networkidle');
    const rows = [...paths].sort().map((p) => {
      const file = new URL(`../../www${p.endsWith('/') ? `${p}index.html` : p}`, import.meta.url);
      const raw = readFileSync(file);
      return { p, raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
    });
    const total = rows.reduce((s, r) => s + r.gz, 0);
    for (const r of rows) console.log(`  ${r.p.padEnd(28)} ${String(r.raw).padStart(7)} B  gzip ${String(r.gz).padStart(6)} B`);
    console.log(`  total gzip: ${total} B (${(total / 1000).toFixed(1)} KB) of ${BUDGET / 1000} KB`);
    assert.ok(rows.some((r) => r.p.endsWith('.wasm')), 'the wasm was loaded');
    assert.ok(total <= BUDGET, `${total} B is over the budget of ${BUDGET} B`);
  } finally {
    await browser.close();
    server.stop();
  }
});
