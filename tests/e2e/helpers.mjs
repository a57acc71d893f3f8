// Shared by the end-to-end tests: starts the project's own server (the one
// the README's main command runs) on a free port, launches Debian's
// Chromium through playwright-core, and records every request and console
// error so that tests can assert none went elsewhere.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const ROOT = new URL('../../', import.meta.url).pathname;

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];

/** `extra`: more arguments for `xtask serve`, which serves the built site, site/ (`['--dir', DIR]` serves a copy of it). */
export async function startServer(extra = []) {
  const bin = process.env.XTASK_BIN || `${ROOT}target/debug/xtask`;
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run the tests with \`cargo xtask test\``);
  const child = spawn(bin, ['serve', '--port', '0', ...extra], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
    setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15000);
  });
  return { url, stop: () => child.kill() };
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A new page that records requests to other hosts and console errors. */
export async function newPage(browser, base, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const foreign = [];
  const consoleErrors = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:')) foreign.push(u);
  });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { page, context, foreign, consoleErrors };
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A and AA) and returns the violations. */
export async function axe(page) {
  // Injected through the DevTools protocol: the page's own CSP (no inline
  // scripts) stays in force and is tested as it is.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Pēteris's 48 h on 10–30 June 2020 (shared/RULES.md R1.2), as in examples/. */
export const PETERIS_DAYS = ['10', '11', '12', '15', '16', '17', '18', '22', '23', '25', '29', '30'];

/** Fills the timesheet form through its labels, as a person would. */
export async function fillMonth(page, year, monthLabel) {
  await page.getByLabel('Gads', { exact: true }).or(page.getByLabel('Year', { exact: true })).selectOption(year);
  await page.getByLabel('Mēnesis', { exact: true }).or(page.getByLabel('Month', { exact: true })).selectOption({ label: monthLabel });
}
