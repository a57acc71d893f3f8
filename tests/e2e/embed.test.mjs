// Embedding in someone else's page (issue 11, item 1): a host page with
// hostile CSS and its own strict CSP, served by a small server of the test
// from the host's origin (the host serves the calculator's files itself,
// under /socialrules/), mounts two calculators with the two-line snippet
// (sr/elements.js, then the element); and another host page shows a
// calculator page in an iframe (?embed=1) that tells it its height and its
// answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launch, newPage, axe, PETERIS_DAYS } from './helpers.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.ftl': 'text/plain; charset=utf-8', '.json': 'application/json',
};

/** The host's own server: its pages at /, the calculator's files (the built site, site/) at /socialrules/, with the host's CSP. */
function startHost() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') { res.writeHead(204); res.end(); return; }
    const [dir, rel] = path.startsWith('/socialrules/') ? ['site', path.slice('/socialrules/'.length)] : ['tests/e2e/host', path.slice(1)];
    const file = normalize(join(ROOT, dir, rel || 'index.html'));
    try {
      if (!file.startsWith(join(ROOT, dir))) throw new Error('outside');
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'content-security-policy': CSP });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close(),
  })));
}

let host;
let browser;
before(async () => { host = await startHost(); browser = await launch(); });
after(async () => { await browser?.close(); host?.stop(); });

/** The host page, with every `result` event, CSP violation and message of the page recorded. */
async function openHost(path, viewport) {
  const s = await newPage(browser, host.url, viewport);
  // Injected by the browser, not by the page: the page's CSP stays as it is.
  await s.page.addInitScript(() => {
    window.seen = { results: [], violations: [], messages: [] };
    document.addEventListener('result', (e) => window.seen.results.push({ tag: e.target.localName, detail: e.detail }));
    document.addEventListener('securitypolicyviolation', (e) => window.seen.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    window.addEventListener('message', (e) => window.seen.messages.push(e.data));
  });
  await s.page.goto(`${host.url}${path}`);
  return s;
}

const ah = (page) => page.locator('socialrules-assistant-hours');
const lt = (page) => page.locator('socialrules-lt-eligibility');

/** Pēteris's June 2020 (README), in English, into the element whose month and allocation are prefilled. */
async function fillPeteris(el) {
  for (const d of PETERIS_DAYS) await el.getByLabel(`${Number(d)} June, hours`, { exact: true }).fill('4');
  await el.getByLabel('No, they had not resumed').check();
  for (const m of ['March', 'April', 'May']) await el.getByLabel(`Hours: ${m} 2020`).fill('80');
}

test('two calculators in a hostile host page render, keep their look, compute, and say their result in a `result` event', async () => {
  const { page, context, foreign, consoleErrors } = await openHost('index.html');
  await ah(page).locator('.sr-calc .sr-form').waitFor();
  await lt(page).locator('.sr-calc .sr-form').waitFor();
  // Prefilled from the attributes, and the person can still change them.
  assert.equal(await ah(page).getByLabel('Year', { exact: true }).inputValue(), '2020');
  assert.equal(await ah(page).getByLabel('Month', { exact: true }).inputValue(), '6');
  assert.equal(await ah(page).getByLabel('Hours allocated per week').inputValue(), '40');
  assert.equal(await lt(page).getByLabel(/^Savivaldybė/).inputValue(), 'Kazlų Rūda');
  // hide-intro on the first, hide-lang on the second; each keeps the other part.
  assert.equal(await ah(page).locator('.sr-intro').count(), 0, 'no intro with hide-intro');
  assert.equal(await ah(page).getByRole('button', { name: 'Latviešu' }).count(), 1, 'the language switch stays');
  assert.equal(await lt(page).locator('.sr-lang').count(), 0, 'no language switch with hide-lang');
  assert.equal(await lt(page).locator('.sr-intro').count(), 1, 'the intro stays');
  assert.equal(await lt(page).locator('.sr-calc').getAttribute('lang'), 'lt');
  assert.equal(await lt(page).locator('h2.sr-title').count(), 1, 'heading-level="2"');

  await fillPeteris(ah(page));
  assert.equal(await ah(page).locator('.sr-totals dd[data-sr="totalPayable"]').innerText(), '80 h');
  const last = await page.evaluate(() => window.seen.results.filter((r) => r.tag === 'socialrules-assistant-hours').at(-1).detail);
  assert.equal(last.ok, true);
  assert.equal(last.result.total_payable, '80');
  assert.equal(last.result.emergency_hours, '32');
  assert.equal(last.result.month, '2020-06');
  // The other element's first answer came too: its errors as the rules give them.
  const ltFirst = await page.evaluate(() => window.seen.results.find((r) => r.tag === 'socialrules-lt-eligibility')?.detail);
  assert.equal(ltFirst.ok, false);
  assert.ok(ltFirst.errors.some((e) => e.field === 'birth_date' && e.code === 'required' && e.message), JSON.stringify(ltFirst.errors));
  // The person changes a prefilled value: the answer follows.
  await ah(page).getByLabel('Hours allocated per week').fill('10');
  await page.waitForFunction(() => window.seen.results.at(-1).detail.result?.weekly_allocation === '10');
  // The language switch inside the element: everything typed is kept.
  await ah(page).getByRole('button', { name: 'Latviešu' }).click();
  await ah(page).getByLabel('Piešķirtās stundas nedēļā').waitFor();
  assert.equal(await ah(page).getByLabel('Piešķirtās stundas nedēļā').inputValue(), '10');
  assert.equal(await ah(page).getByLabel('10. jūnija, stundas', { exact: true }).inputValue(), '4');
  assert.equal(await lt(page).locator('.sr-title').innerText(), 'Lietuvos užimtumo modelis: ar galiu dalyvauti?', 'the other element keeps its language');
  // The host's own language switch sets the attribute: the calculator follows, keeping what was typed.
  await ah(page).evaluate((el) => el.setAttribute('lang', 'ru'));
  await ah(page).locator('.sr-calc[lang="ru"]').waitFor();
  assert.equal(await ah(page).locator('.sr-calc').getAttribute('lang'), 'ru');
  assert.equal(await ah(page).locator('input[id$="allocation"]').first().inputValue(), '10');

  // Checking with a question unanswered: the error summary inside the element takes the focus, its link leads to the field.
  await lt(page).locator('.sr-form .sr-button[type="submit"]').click();
  assert.equal(await lt(page).evaluate((el) => el.shadowRoot.activeElement?.className), 'sr-error-summary');
  await lt(page).locator('.sr-error-summary a').first().click();
  assert.equal(await lt(page).evaluate((el) => el.shadowRoot.activeElement?.localName), 'input');

  // The host's reset, its 10 px root font size and its !important controls do not reach inside.
  const look = await ah(page).evaluate((el) => {
    const q = (s) => el.shadowRoot.querySelector(s);
    const cs = (s) => getComputedStyle(q(s));
    const box = (s) => q(s).getBoundingClientRect();
    return {
      base: cs('.sr-calc').fontSize, title: cs('.sr-title').fontSize, transform: cs('.sr-calc').textTransform,
      display: getComputedStyle(el).display, font: cs('.sr-calc').fontFamily,
      input: box('input.sr-input').height, select: box('select.sr-select').height, submit: box('.sr-button').height,
      accent: cs('.sr-button').backgroundColor, border: cs('input.sr-input').borderTopWidth,
    };
  });
  assert.equal(look.base, '16px', 'the reader\'s base size, not the host\'s 10 px root');
  assert.equal(look.title, '28px');
  assert.equal(look.transform, 'none');
  assert.equal(look.display, 'block');
  assert.match(look.font, /DejaVu Sans/, '--sr-font is the host\'s to set');
  assert.equal(look.accent, 'rgb(75, 31, 122)', '--sr-accent is the host\'s to set');
  for (const k of ['input', 'select', 'submit']) assert.ok(look[k] >= 24, `${k} is ${look[k]} px tall`);
  assert.equal(look.border, '2px');

  // No id appears twice, in either element or the host.
  const ids = await page.evaluate(() => [document, ...[...document.querySelectorAll('socialrules-assistant-hours, socialrules-lt-eligibility')].map((e) => e.shadowRoot)]
    .flatMap((r) => [...r.querySelectorAll('[id]')].map((e) => e.id)));
  assert.ok(ids.length > 50);
  assert.deepEqual(ids.filter((x, i) => ids.indexOf(x) !== i), [], 'no duplicate ids');

  assert.deepEqual(await page.evaluate(() => window.seen.violations), [], 'no CSP violation');
  assert.deepEqual(foreign, [], 'no request to any other host');
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});

test('every calculator has its element, defined once, each answering in a `result` event', async () => {
  const { page, context, consoleErrors } = await openHost('index.html');
  await ah(page).locator('.sr-calc .sr-form').waitFor();
  const tags = await page.evaluate(async () => {
    const m = await import('/socialrules/sr/elements.js');
    m.define(); // again: does nothing
    for (const tag of Object.keys(m.ELEMENTS)) document.querySelector('main').append(Object.assign(document.createElement(tag), { lang: 'en' }));
    return m.ELEMENTS;
  });
  assert.deepEqual(tags, {
    'socialrules-assistant-hours': 'assistant-hours', 'socialrules-lt-eligibility': 'lt-eligibility',
    'socialrules-lv-unemployment': 'lv-unemployment', 'socialrules-mk360-admission': 'mk360-admission',
    'socialrules-vbtai-competition': 'vbtai-competition', 'socialrules-esf-ex-prisoners': 'esf-ex-prisoners',
  });
  for (const tag of Object.keys(tags)) {
    await page.locator(tag).last().locator('.sr-calc .sr-title').waitFor();
    await page.waitForFunction((t) => window.seen.results.filter((r) => r.tag === t).length >= (t.endsWith('assistant-hours') || t.endsWith('lt-eligibility') ? 2 : 1), tag);
  }
  const esf = await page.evaluate(() => window.seen.results.find((r) => r.tag === 'socialrules-esf-ex-prisoners').detail);
  assert.equal(esf.ok, true);
  assert.ok(esf.result.budget.total, JSON.stringify(esf.result.budget));
  assert.deepEqual(await page.evaluate(() => window.seen.violations), []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('on a 360 px phone the embedded calculators pass axe with zero violations and fit the screen', async () => {
  const { page, context, consoleErrors } = await openHost('index.html', { width: 360, height: 740 });
  await ah(page).locator('.sr-calc .sr-form').waitFor();
  await lt(page).locator('.sr-calc .sr-form').waitFor();
  await fillPeteris(ah(page));
  await ah(page).locator('.sr-totals').waitFor();
  const box = await ah(page).getByLabel('30 June, hours', { exact: true }).boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360 && box.height >= 24, JSON.stringify(box));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  // Before axe: axe itself injects <style> elements, which the host's CSP refuses.
  assert.deepEqual(await page.evaluate(() => window.seen.violations), [], 'no CSP violation');
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('an element keeps its answers under the host\'s own storage-key, or nowhere with no-save', async () => {
  const { page, context } = await openHost('index.html');
  await ah(page).locator('.sr-calc .sr-form').waitFor();
  await page.evaluate(() => {
    const own = document.createElement('socialrules-lv-unemployment');
    own.setAttribute('lang', 'en');
    own.setAttribute('storage-key', 'desk-2');
    const none = document.createElement('socialrules-mk360-admission');
    none.setAttribute('lang', 'en');
    none.setAttribute('no-save', '');
    document.querySelector('main').append(own, none);
  });
  for (const tag of ['socialrules-lv-unemployment', 'socialrules-mk360-admission']) {
    const field = page.locator(tag).locator('input[type="text"], input:not([type])').first();
    await field.waitFor();
    await field.fill('2020-01-15');
  }
  await page.waitForFunction(() => window.localStorage.getItem('socialrules:v1:embed:desk-2') !== null);
  const keys = await page.evaluate(() => Object.keys(window.localStorage).sort());
  assert.ok(keys.includes('socialrules:v1:embed:desk-2'), JSON.stringify(keys));
  assert.ok(!keys.includes('socialrules:v1:lv-unemployment'), `the page's own copy is left alone: ${JSON.stringify(keys)}`);
  assert.ok(!keys.some((k) => k.includes('mk360')), `no-save keeps nothing: ${JSON.stringify(keys)}`);
  await context.close();
});

test('a prefilled month the picker does not offer is said at the month\'s field at once, until a month is chosen', async () => {
  const { page, context, consoleErrors } = await openHost('index.html');
  await ah(page).locator('.sr-calc .sr-form').waitFor();
  await page.evaluate(() => {
    for (const [name, month] of [['bad', '2026-13'], ['early', '2012-12'], ['late', '2999-01']]) {
      const el = document.createElement('socialrules-assistant-hours');
      el.setAttribute('lang', 'en');
      el.setAttribute('month', month);
      el.setAttribute('no-save', '');
      el.id = name;
      document.querySelector('main').append(el);
    }
  });
  for (const [name, month] of [['bad', '2026-13'], ['early', '2012-12'], ['late', '2999-01']]) {
    const el = page.locator(`#${name}`);
    const error = el.locator('fieldset:has(select) .sr-error-message');
    await error.waitFor();
    assert.match(await error.innerText(), new RegExp(`The page gave the month “${month}”, which the calculator does not offer\\. Choose a month from January 2013 to `), name);
    assert.equal(await el.getByLabel('Year', { exact: true }).inputValue(), '', `${name}: no year chosen`);
    assert.equal(await el.getByLabel('Month', { exact: true }).getAttribute('aria-invalid'), 'true', name);
    assert.match(await el.locator('.sr-error-summary').innerText(), new RegExp(`“${month}”`), `${name}: in the error summary`);
  }
  // A month chosen: the host's month is no longer said, and the month is computed.
  const bad = page.locator('#bad');
  await bad.getByLabel('Year', { exact: true }).selectOption('2020');
  await bad.getByLabel('Month', { exact: true }).selectOption('6');
  await bad.getByLabel('Hours allocated per week').waitFor();
  assert.equal(await bad.locator('fieldset:has(select) .sr-error-message').isHidden(), true);
  assert.doesNotMatch(await bad.locator('.sr-calc').innerText(), /2026-13/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a calculator page in an iframe (?embed=1) shows only the calculator and tells the host its height and its answers', async () => {
  const { page, context, foreign, consoleErrors } = await openHost('iframe.html');
  const frame = page.frameLocator('iframe[data-socialrules]');
  await frame.locator('.sr-calc .sr-form').waitFor();
  assert.equal(await frame.locator('.page-header').isVisible(), false, 'no page header');
  assert.equal(await frame.locator('.page-skip').isVisible(), false, 'no skip link');
  await frame.getByLabel('Year', { exact: true }).selectOption('2020');
  await frame.getByLabel('Month', { exact: true }).selectOption({ label: 'June' });
  await frame.getByLabel('Hours allocated per week').fill('40');
  await fillPeteris(frame);
  await frame.locator('.sr-totals dd[data-sr="totalPayable"]').waitFor();
  const result = await page.waitForFunction(() => window.seen.messages.filter((m) => m.type === 'socialrules:result').at(-1)?.detail.result?.total_payable === '80'
    && window.seen.messages.filter((m) => m.type === 'socialrules:result').at(-1));
  const last = await result.jsonValue();
  assert.equal(last.calculator, 'assistant-hours');
  assert.equal(last.detail.ok, true);
  // The host sized the iframe to the last height it was told: the calculator, whole, with no scroll bar inside.
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-socialrules]');
    const h = window.seen.messages.filter((m) => m.type === 'socialrules:height').at(-1)?.height;
    return h > 1000 && f.getBoundingClientRect().height === h;
  });
  const sizes = await page.evaluate(() => {
    const f = document.querySelector('iframe[data-socialrules]');
    return { outer: f.clientHeight, inner: f.contentDocument.documentElement.scrollHeight, heights: window.seen.messages.filter((m) => m.type === 'socialrules:height').length };
  });
  assert.ok(sizes.inner <= sizes.outer + 1, JSON.stringify(sizes));
  assert.ok(sizes.heights >= 2, 'the height is told again as it grows');
  // The host's CSP is sent with the calculator's page too (the host serves its files): it refuses
  // nothing of it (the icon is a file of the site, not a data: address).
  const frameViolations = await frame.locator('html').evaluate(() => window.seen?.violations ?? []);
  assert.deepEqual([...await page.evaluate(() => window.seen.violations), ...frameViolations], [], 'no CSP violation');
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('on a phone the timesheet in an iframe keeps its total bar on the host\'s screen while the month is filled in, told by the host which part of the frame it shows', async () => {
  const phone = { width: 360, height: 740 };
  const { page, context, consoleErrors } = await openHost('iframe.html', phone);
  const frame = page.frameLocator('iframe[data-socialrules]');
  await frame.getByLabel('Year', { exact: true }).selectOption('2020');
  await frame.getByLabel('Month', { exact: true }).selectOption({ label: 'June' });
  await frame.getByLabel('Hours allocated per week').fill('40');
  await fillPeteris(frame);
  await frame.locator('.sr-totals dd[data-sr="totalPayable"]').waitFor();
  // The frame is as tall as the calculator (thousands of pixels): a bar kept at the frame's bottom would be off the screen.
  await page.waitForFunction(() => document.querySelector('iframe[data-socialrules]').getBoundingClientRect().height > 3 * window.innerHeight);
  const where = () => page.evaluate(() => {
    const f = document.querySelector('iframe[data-socialrules]');
    const bar = f.contentDocument.querySelector('.sr-totalbar').getBoundingClientRect();
    const top = f.getBoundingClientRect().top + bar.top;
    return { top: Math.round(top), bottom: Math.round(top + bar.height), screen: window.innerHeight, total: f.contentDocument.querySelector('.sr-totalbar [data-sr="bar-totalPayable"]')?.textContent };
  });
  // The first day of the month at the top of the host's screen, then half-way down the timesheet.
  for (const day of ['1 June, hours', '19 June, hours']) {
    await frame.getByLabel(day, { exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => {
      const f = document.querySelector('iframe[data-socialrules]');
      const b = f.contentDocument.querySelector('.sr-totalbar').getBoundingClientRect();
      return f.getBoundingClientRect().top + b.bottom <= window.innerHeight + 1 && f.getBoundingClientRect().top + b.top >= 0;
    }, null, { timeout: 5000 }).catch(() => {});
    const w = await where();
    assert.ok(w.top >= 0 && w.bottom <= w.screen + 1, `${day}: the bar is on the host's screen (${JSON.stringify(w)})`);
    assert.ok(w.bottom >= w.screen - 2, `${day}: at its bottom (${JSON.stringify(w)})`);
    assert.equal(w.total, '80 h', day);
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('an iframe page takes hide-lang, the prefill and the language from its address, and posts only to the origin it is given', async () => {
  const { page, context, consoleErrors } = await openHost('iframe.html');
  const frame = page.frameLocator('iframe[data-socialrules]');
  await frame.locator('.sr-calc .sr-form').waitFor();
  const load = (query) => page.evaluate((q) => {
    window.seen.messages.length = 0;
    document.querySelector('iframe[data-socialrules]').src = `/socialrules/lt-eligibility.html?embed=1&${q}`;
  }, query);
  await load(`lang=en&hide-lang=1&hide-intro=1&municipality=${encodeURIComponent('Kazlų Rūda')}&origin=${encodeURIComponent(host.url)}`);
  await frame.getByLabel(/^Municipality/).waitFor();
  assert.equal(await frame.getByLabel(/^Municipality/).inputValue(), 'Kazlų Rūda');
  assert.equal(await frame.locator('.sr-lang').count(), 0, 'no language switch');
  assert.equal(await frame.locator('.sr-intro').count(), 0, 'no introduction');
  await page.waitForFunction(() => window.seen.messages.some((m) => m.type === 'socialrules:result' && m.calculator === 'lt-eligibility')
    && window.seen.messages.some((m) => m.type === 'socialrules:height'));
  // Told another origin, the page posts nothing this host can read.
  await load('lang=en&origin=https%3A%2F%2Fexample.invalid');
  // The new page (with its language switch, which the first had hidden), not the one it replaces.
  await frame.locator('.sr-lang').waitFor();
  await frame.getByLabel(/^Municipality/).waitFor();
  await frame.getByLabel(/^Date of birth/).fill('10.03.1985');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.seen.messages), []);
  // (the browser says it dropped them: "The target origin provided … does not match the recipient window's origin")
  assert.deepEqual(consoleErrors.filter((e) => !/Loading the image 'data:,'|does not match the recipient window's origin/.test(e)), []);
  // An opaque origin (a hunt's `data:` and `javascript:`) is as no origin: the page posts to its parent and throws nothing.
  consoleErrors.length = 0;
  for (const origin of ['data:text/html,x', 'javascript:void(0)']) {
    await load(`lang=en&origin=${encodeURIComponent(origin)}`);
    await page.waitForFunction(() => window.seen.messages.some((m) => m.type === 'socialrules:result' && m.calculator === 'lt-eligibility'));
  }
  assert.deepEqual(consoleErrors.filter((e) => !/Loading the image 'data:,'/.test(e)), []);
  await context.close();
});
