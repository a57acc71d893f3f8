// Benchmark (not a test): one recompute of a 31-day month in the page, as a
// person triggers it by typing, over 1 000 runs in Debian's Chromium.
// A recompute = the input event on a day's field → the rules (WebAssembly)
// → the error and result display updated: the handler a keystroke runs, with
// a different value each time (the page skips an input it has just computed).
// Also given: the same followed by the style and layout the browser does
// before it paints (forced by reading a size). Run by `cargo xtask bench`.
import { startServer, launch, newPage } from './helpers.mjs';

const RUNS = Number(process.env.RUNS || 1000);
const server = await startServer();
const browser = await launch();
try {
  const { page } = await newPage(browser, server.url);
  await page.goto(`${server.url}assistant-hours.html?lang=en`);
  await page.locator('.sr-form').waitFor();
  // March 2020: 31 days, 20 of them emergency days, so every rule runs.
  await page.getByLabel('Year').selectOption('2020');
  await page.getByLabel('Month', { exact: true }).selectOption({ label: 'March' });
  await page.getByLabel('Hours allocated per week').fill('40');
  for (let d = 1; d <= 31; d += 1) await page.getByLabel(`${d} March, hours`, { exact: true }).fill(String(1 + (d % 5)));
  await page.getByLabel('No, they had not resumed').check();
  for (const m of ['December 2019', 'January 2020', 'February 2020']) await page.getByLabel(`Hours: ${m}`).fill('150');
  await page.getByLabel('Hourly rate, EUR (optional)').fill('2.7044');
  const times = await page.evaluate((runs) => {
    const input = document.getElementById('sr-ah1-h-2020-03-15');
    const out = [];
    for (let i = 0; i < runs + 50; i += 1) {
      input.value = String(1 + (i % 8));
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = performance.now();
      if (i >= 50) out.push(t1 - t0); // the first 50 warm up
    }
    return out;
  }, RUNS);
  // The same, with the style and layout the browser does before showing the change (forced here by
  // reading a size): what a keystroke costs until it can be painted.
  const withLayout = await page.evaluate((runs) => {
    const input = document.getElementById('sr-ah1-h-2020-03-15');
    const out = [];
    for (let i = 0; i < runs + 50; i += 1) {
      input.value = String(1 + (i % 8));
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      void document.documentElement.getBoundingClientRect().height;
      const t1 = performance.now();
      if (i >= 50) out.push(t1 - t0);
    }
    return out;
  }, RUNS);
  withLayout.sort((a, b) => a - b);
  // The rules alone: the same input through the WebAssembly, no DOM.
  const rulesOnly = await page.evaluate(async (runs) => {
    const { run } = await import('./sr/core.js');
    const days = Array.from({ length: 31 }, (_, i) => ({ date: `2020-03-${String(i + 1).padStart(2, '0')}`, hours: String(1 + ((i + 1) % 5)), measure: 1 }));
    const input = { month: '2020-03', weekly_allocation: '40', days, emergency: { activities_resumed: false, previous_months: ['150', '150', '150'] }, hourly_rate: '2.7044' };
    const out = [];
    for (let i = 0; i < runs + 50; i += 1) {
      days[14].hours = String(1 + (i % 8));
      const t0 = performance.now();
      const a = run('assistant-hours', input, 'en');
      const t1 = performance.now();
      if (!a.ok) throw new Error(JSON.stringify(a.errors));
      if (i >= 50) out.push(t1 - t0);
    }
    return out;
  }, RUNS);
  rulesOnly.sort((a, b) => a - b);
  const total = await page.locator('.sr-totals dd[data-sr="totalPayable"]').innerText();
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  console.log(`recompute of a 31-day month (March 2020, all rules), ${RUNS} runs in Chromium: ` +
    `median ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms (last total: ${total})`);
  const r = (p) => rulesOnly[Math.min(rulesOnly.length - 1, Math.floor(p * rulesOnly.length))];
  const l = (p) => withLayout[Math.min(withLayout.length - 1, Math.floor(p * withLayout.length))];
  console.log(`with the style and layout that follow (forced): median ${l(0.5).toFixed(2)} ms, p95 ${l(0.95).toFixed(2)} ms`);
  console.log(`of which the rules alone (WebAssembly call, JSON in and out): median ${r(0.5).toFixed(2)} ms, p95 ${r(0.95).toFixed(2)} ms`);
  console.log('(Chromium rounds performance.now() to 0.1 ms without cross-origin isolation.)');
} finally {
  await browser.close();
  server.stop();
}
