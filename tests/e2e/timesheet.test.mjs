// The assistant-hours page in a real browser (Debian's Chromium), as a
// person uses it: the worked examples of source 004, errors, the keyboard,
// languages, phones and zoom, embedding, accessibility, and no network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launch, newPage, axe, PETERIS_DAYS } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** Opens the calculator and waits until it is ready. */
async function open(lang = 'lv', viewport) {
  const s = await newPage(browser, server.url, viewport);
  await s.page.goto(`${server.url}assistant-hours.html?lang=${lang}`);
  await s.page.locator('.sr-form').waitFor();
  return s;
}

const total = (page, key) => page.locator(`.sr-totals dd[data-sr="${key}"]`).innerText();

async function fillPeteris(page) {
  await page.getByLabel('Gads').selectOption('2020');
  await page.getByLabel('Mēnesis', { exact: true }).selectOption({ label: 'Jūnijs' });
  await page.getByLabel('Piešķirtās stundas nedēļā').fill('40');
  for (const d of PETERIS_DAYS) await page.getByLabel(`${Number(d)}. jūnija, stundas`, { exact: true }).fill('4');
  await page.getByLabel('Nē, nebija atjaunojušās').check();
  for (const m of ['marts', 'aprīlis', 'maijs']) await page.getByLabel(`Stundas: 2020. gada ${m}`).fill('80');
}

test('today’s month loads the module of MK 316 months alone; June 2020 loads the module of every month, once; when it cannot load, the page says so, accessibly, and tries again with a button', async () => {
  // No service worker here: it would keep every module for offline use, and answer from that cache.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  let offline = true;
  // The module of every month and the form's MK 942 parts, both cut off while "offline".
  await page.route(/\/(pkg\/assistant-hours-mk942\/socialrules_bg\.wasm|sr\/assistant-hours-mk942\.js)/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${server.url}assistant-hours.html?lang=lv`);
  await page.locator('.sr-form').waitFor();
  await page.getByLabel('Gads').selectOption('2026');
  await page.getByLabel('Mēnesis', { exact: true }).selectOption({ label: 'Novembris' });
  await page.getByLabel('Piešķirtās stundas mēnesī').fill('80');
  await page.getByLabel('2. novembra, stundas', { exact: true }).fill('4');
  assert.equal(await total(page, 'totalPayable'), '4 h');
  assert.deepEqual(wasm, ['/pkg/assistant-hours/socialrules_bg.wasm'], 'an MK 316 month: the module of MK 316 alone');
  await page.getByLabel('Gads').selectOption('2020');
  await page.getByLabel('Mēnesis', { exact: true }).selectOption({ label: 'Jūnijs' });
  await page.waitForFunction((t) => document.querySelector('.sr-calc').innerText.includes(t), 'MK noteikumu Nr. 942 aprēķinu neizdevās ielādēt. Pārbaudiet savienojumu');
  assert.deepEqual(await axe(page), [], 'the page that says so is accessible');
  // The MK 316 module, then a try on each change of the month while offline (the year's, and the month's if the first had failed by then).
  const tried = wasm.length;
  assert.ok(tried >= 2 && wasm.slice(1).every((p) => p === '/pkg/assistant-hours-mk942/socialrules_bg.wasm'), wasm.join(' '));
  offline = false;
  await page.getByRole('button', { name: 'Mēģināt vēlreiz' }).click();
  await fillPeteris(page);
  assert.equal(await total(page, 'totalPayable'), '80 h');
  assert.equal(await total(page, 'emergencyHours'), '32 h');
  assert.equal(wasm.length, tried + 1, 'loaded once, by the button');
  // Back to an MK 316 month and to June again: nothing more is loaded.
  await page.getByLabel('Gads').selectOption('2024');
  await page.getByLabel('Gads').selectOption('2020');
  await page.getByLabel('Mēnesis', { exact: true }).selectOption({ label: 'Jūnijs' });
  assert.equal(await total(page, 'totalPayable'), '80 h');
  assert.equal(wasm.length, tried + 1);
  assert.deepEqual(consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|Service Worker registration blocked/.test(e)), []);
  await context.close();
});

test('Pēteris, June 2020 (source 004): 32 emergency hours over 1–9 June and 80 payable, with no network', async () => {
  const { page, context, foreign, consoleErrors } = await open();
  await fillPeteris(page);
  await page.getByLabel('Noapaļošanas solis (stundas)').fill('1');
  assert.equal(await total(page, 'totalPayable'), '80 h');
  assert.equal(await total(page, 'emergencyHours'), '32 h');
  assert.equal(await total(page, 'attestedPayable'), '48 h');
  // The measure-7 hours are shown in the calendar on 1–9 June: 4,4,4,4,4,3,3,3,3.
  const placed = [];
  for (let d = 1; d <= 9; d += 1) {
    placed.push(await page.locator(`#sr-ah1-h-2020-06-0${d}-placed`).innerText());
  }
  assert.deepEqual(placed, [4, 4, 4, 4, 4, 3, 3, 3, 3].map((x) => `7. pasākums: ${x} h`));
  assert.equal(await page.locator('#sr-ah1-h-2020-06-10-placed').isHidden(), true);
  // The explanation names its sources and the interpretations.
  const explanation = await page.locator('.sr-explanation').innerText();
  assert.match(explanation, /80 − 48 = 32/);
  assert.match(explanation, /Kā šis kalkulators lasa noteikumu: katrā ārkārtējās situācijas dienā/);
  assert.match(explanation, /Avots: Labklājības ministrijas 2020\. gada 12\. jūnija skaidrojums par asistenta pakalpojumu, 2\. gadījums/);
  assert.doesNotMatch(explanation, /RULES\.md|source 0|\.rs\b|INTERPRET/);
  assert.deepEqual(await axe(page), [], 'axe, filled state');
  assert.deepEqual(foreign, [], 'no request to any other host');
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});

test('before the result, the page says what is still to answer: the month and the allocation first, then the questions the month still has open', async () => {
  const { page, context } = await open('en');
  const status = page.locator('.sr-result__status');
  await page.getByLabel('Year', { exact: true }).selectOption('2020');
  await page.getByLabel('Month', { exact: true }).selectOption({ label: 'June' });
  await page.getByLabel('10 June, hours', { exact: true }).fill('4');
  assert.equal(await status.innerText(), 'The result appears once the month and the allocation are filled in.');
  await page.getByLabel('Hours allocated per week').fill('40');
  // June 2020 has days of the emergency: its question and the three months before it are still open, said as the rules say them.
  await assert.doesNotReject(status.filter({ hasText: 'The result appears once the questions still open are answered.' }).waitFor());
  const text = await status.innerText();
  assert.match(text, /Say whether activities had resumed on the emergency days\./);
  assert.doesNotMatch(text, /month and the allocation/);
  assert.equal(await page.locator('.sr-error-summary').isVisible(), false, 'nothing was done wrong: no error summary');
  await page.getByLabel('No, they had not resumed').check();
  for (const m of ['March', 'April', 'May']) await page.getByLabel(`Hours: ${m} 2020`).fill('80');
  // Answered: the result takes the status's place.
  assert.match(await total(page, 'totalPayable'), /^\d+ h$/);
  assert.doesNotMatch(await status.innerText(), /The result appears/);
  await context.close();
});

test('Līga, June 2020 (source 004): 35 h a week caps her 112 h; 70 − u with no daily limit, 51 with 8 h a day', async () => {
  const { page, context, consoleErrors } = await open('en');
  await page.getByLabel('Year').selectOption('2020');
  await page.getByLabel('Month', { exact: true }).selectOption({ label: 'June' });
  await page.getByLabel('Hours allocated per week').fill('35');
  for (const d of [10, 11, 12]) await page.getByLabel(`${d} June, hours`, { exact: true }).fill('6');
  await page.getByLabel('No, they had not resumed').check();
  for (const m of ['March', 'April', 'May']) await page.getByLabel(`Hours: ${m} 2020`).fill('130');
  await page.getByLabel('Daily maximum (hours)').fill('24');
  assert.equal(await total(page, 'emergencyEntitlement'), '112 h');
  assert.equal(await total(page, 'emergencyHours'), '52 h', 'u = 18 on 10–14 June: 70 − 18');
  assert.equal(await total(page, 'totalPayable'), '70 h');
  await page.getByLabel('Daily maximum (hours)').fill('8');
  assert.equal(await total(page, 'emergencyHours'), '51 h', '35 + 16');
  assert.match(await page.locator('.sr-bars').innerText(), /1–7 June \(week 23\): cap 35 h; attested 0 h, of which payable 0 h; measure 7 35 h/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('bad input shows the error summary and a message at the field; the text stays; fixing it shows the result', async () => {
  const { page, context, consoleErrors } = await open();
  assert.deepEqual(await axe(page), [], 'axe, empty state');
  await fillPeteris(page);
  const day = page.getByLabel('3. jūnija, stundas', { exact: true });
  await day.fill('25,5');
  await page.getByLabel('Piešķirtās stundas nedēļā').fill('četrdesmit');
  await page.getByRole('button', { name: 'Aprēķināt' }).click();
  const summary = page.locator('.sr-error-summary');
  await summary.waitFor();
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'the summary takes focus');
  const links = await summary.locator('a').allInnerTexts();
  assert.ok(links.includes('Stundas (3. jūnija): ievadiet skaitli no 0 līdz 24.'), links.join(' | '));
  assert.ok(links.some((l) => l.startsWith('Piešķirtās stundas nedēļā: ievadiet skaitli')), links.join(' | '));
  assert.equal(await day.inputValue(), '25,5', 'the text stays as typed');
  assert.equal(await day.getAttribute('aria-invalid'), 'true');
  const described = await day.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${described}`).innerText(), /Kļūda:\s*Stundas \(3. jūnija\)/);
  assert.equal(await page.locator('.sr-result__status').innerText(), 'Izlabojiet kļūdas, lai redzētu rezultātu.');
  assert.deepEqual(await axe(page), [], 'axe, error state');
  // The summary's link takes the person to the field.
  await summary.getByRole('link', { name: /3. jūnija/ }).click();
  assert.equal(await day.evaluate((el) => el === document.activeElement), true);
  await day.fill('4');
  await page.getByLabel('Piešķirtās stundas nedēļā').fill('40');
  assert.equal(await summary.isHidden(), true);
  // 4 more attested hours lower the emergency hours by 4 (80 − 52 = 28): still 80.
  assert.equal(await total(page, 'attestedPayable'), '52 h');
  assert.equal(await total(page, 'emergencyHours'), '28 h');
  assert.equal(await total(page, 'totalPayable'), '80 h');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the whole form can be filled with the keyboard alone', async () => {
  const { page, context } = await open();
  const focused = () => page.evaluate(() => document.activeElement?.id || '');
  async function tabTo(id, max = 15) {
    for (let i = 0; i < max && (await focused()) !== id; i += 1) await page.keyboard.press('Tab');
    assert.equal(await focused(), id);
  }
  await tabTo('sr-ah1-year');
  await page.keyboard.type('2020');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'sr-ah1-month');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowDown'); // → Jūnijs
  // An MK 942 month's questions come with its module (loaded once, on need): the form says so until they are there.
  await page.locator('#sr-ah1-allocation').waitFor();
  assert.equal(await focused(), 'sr-ah1-month', 'the month keeps the focus while they load');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'sr-ah1-allocation');
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'sr-ah1-resumed-no');
  await page.keyboard.press('Space');
  for (const i of [0, 1, 2]) {
    await page.keyboard.press('Tab');
    assert.equal(await focused(), `sr-ah1-prev-${i}`);
    await page.keyboard.type('80');
  }
  for (let d = 1; d <= 30; d += 1) {
    await page.keyboard.press('Tab');
    const dd = String(d).padStart(2, '0');
    assert.equal(await focused(), `sr-ah1-h-2020-06-${dd}`);
    if (PETERIS_DAYS.includes(dd)) await page.keyboard.type('4');
    await page.keyboard.press('Tab'); // the day's measure
  }
  await tabTo('sr-ah1-granularity', 3);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1');
  await tabTo('sr-ah1-submit', 5);
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'sr-ah1-result-title', 'focus moves to the result');
  assert.equal(await total(page, 'totalPayable'), '80 h');
  assert.equal(await total(page, 'emergencyHours'), '32 h');
  await context.close();
});

test('switching the language keeps everything typed and translates the result', async () => {
  const { page, context } = await open();
  await fillPeteris(page);
  await page.getByLabel('3. jūnija, stundas', { exact: true }).fill('2,5');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('3 June, hours', { exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByLabel('3 June, hours', { exact: true }).inputValue(), '2,5');
  assert.equal(await page.getByLabel('Hours allocated per week').inputValue(), '40');
  assert.equal(await total(page, 'totalPayable'), '80 h');
  assert.match(await page.locator('.sr-explanation').innerText(), /How this calculator reads the rule: the hours are spread over the days/);
  assert.match(page.url(), /lang=en/);
  await context.close();
});

for (const [name, viewport] of [['a 360 px phone', { width: 360, height: 740 }], ['200 % zoom of a 1280 px window', { width: 640, height: 450 }]]) {
  test(`usable on ${name}: nothing wider than the screen, every day reachable`, async () => {
    const { page, context } = await open('lv', viewport);
    await fillPeteris(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    const box = await page.getByLabel('30. jūnija, stundas', { exact: true }).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, JSON.stringify(box));
    assert.ok(box.width >= 44, 'a day field is wide enough to tap');
    assert.equal(await total(page, 'totalPayable'), '80 h');
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test('a calculator mounts inside another page without globals, global styles or clashing ids', async () => {
  const { page, context, consoleErrors } = await newPage(browser, server.url);
  await page.goto(`${server.url}index.html`);
  const result = await page.evaluate(async () => {
    const before = new Set(Object.getOwnPropertyNames(window));
    document.body.insertAdjacentHTML('beforeend', '<div id="a"></div><div id="b"></div>');
    const { mountAssistantHours } = await import('./sr/assistant-hours.js');
    await mountAssistantHours(document.getElementById('a'), { lang: 'lv' });
    await mountAssistantHours(document.getElementById('b'), { lang: 'en' });
    const added = Object.getOwnPropertyNames(window).filter((k) => !before.has(k));
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const dup = ids.filter((x, i) => ids.indexOf(x) !== i);
    const own = [...document.querySelectorAll('link[rel="stylesheet"]')].filter((l) => l.href.endsWith('/sr/assistant-hours.css')).length;
    const probe = document.getElementById('a').appendChild(document.createElement('table'));
    probe.className = 'sr-cal';
    const calendar = getComputedStyle(probe).borderCollapse;
    probe.remove();
    return { added, dup, own, calendar, a: document.getElementById('a').lang, b: document.getElementById('b').lang };
  });
  assert.deepEqual(result.added, [], 'no globals');
  // The start page does not link the timesheet's own styles: the first mount links them, once, before it shows.
  assert.equal(result.own, 1, 'sr/assistant-hours.css linked once');
  assert.equal(result.calendar, 'collapse', 'the calendar styled by sr/assistant-hours.css');
  assert.deepEqual(result.dup, [], 'no duplicate ids with two calculators');
  assert.deepEqual([result.a, result.b], ['lv', 'en']);
  // Every rule of the calculators' stylesheets, as served (minified), is scoped under .sr-calc.
  const css = ['socialrules.css', 'sr/assistant-hours.css'].map((f) => readFileSync(new URL(`../../site/${f}`, import.meta.url), 'utf8')).join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = css.replace(/@media[^{]*\{/g, '').split('}').map((r) => r.split('{')[0].trim()).filter(Boolean);
  for (const sel of selectors) {
    for (const part of sel.split(',')) assert.match(part.trim(), /^\.sr-calc(\s|$|[.:[])/, `unscoped selector: ${part.trim()}`);
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the start page says what each calculator is for, in both languages, accessibly', async () => {
  const { page, context, foreign, consoleErrors } = await newPage(browser, server.url);
  await page.goto(`${server.url}?lang=lv`);
  await page.getByRole('link', { name: 'Asistenta pakalpojuma stundas mēnesī' }).waitFor();
  for (const name of ['Bezdarbnieka statuss Latvijā: jūsu datumi', 'Lietuvas nodarbinātības modelis: vai varu piedalīties?']) {
    await page.getByRole('link', { name }).waitFor();
  }
  assert.deepEqual(await axe(page), []);
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Assistant-service hours of a month' }).click();
  await page.locator('.sr-form').waitFor();
  assert.equal(await page.locator('h1').innerText(), 'Assistant-service hours of a month');
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
