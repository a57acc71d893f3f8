// The assistant-hours page on a phone (360 px) and at 200 % zoom: the total
// payable and the pay stay on the screen while the timesheet is filled in (a
// bar at the bottom), never over the field being filled in, in every
// language; the timesheet is a line a day; and the result, updated in place
// keystroke by keystroke, is the very page built anew.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, axe, PETERIS_DAYS } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const PHONE = { width: 360, height: 740 };
const ZOOM_200 = { width: 640, height: 450 }; // a 1280 × 900 window at 200 %

async function open(viewport, lang = 'lv') {
  const s = await newPage(browser, server.url, viewport);
  await s.page.goto(`${server.url}assistant-hours.html?lang=${lang}`);
  await s.page.locator('.sr-form').waitFor();
  return s;
}

async function fillPeteris(page, rate = '2.7044') {
  await page.getByLabel('Gads').selectOption('2020');
  await page.getByLabel('Mēnesis', { exact: true }).selectOption({ label: 'Jūnijs' });
  await page.getByLabel('Piešķirtās stundas nedēļā').fill('40');
  for (const d of PETERIS_DAYS) await page.getByLabel(`${Number(d)}. jūnija, stundas`, { exact: true }).fill('4');
  await page.getByLabel('Nē, nebija atjaunojušās').check();
  for (const m of ['marts', 'aprīlis', 'maijs']) await page.getByLabel(`Stundas: 2020. gada ${m}`).fill('80');
  if (rate) await page.getByLabel('Stundas likme, EUR (nav obligāti)').fill(rate);
}

/** Where the bar is, whether all of it is on the screen, and its figures beside the result's. */
function barState(page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.sr-totalbar');
    const r = bar.getBoundingClientRect();
    const text = (sel) => document.querySelector(sel)?.textContent ?? null;
    return {
      shown: !bar.hidden && r.height > 0,
      onScreen: r.top >= 0 && r.bottom <= window.innerHeight + 0.5 && r.left >= 0 && r.right <= window.innerWidth + 0.5,
      top: r.top,
      height: r.height,
      total: text('.sr-totalbar [data-sr="bar-totalPayable"]'),
      pay: text('.sr-totalbar [data-sr="bar-pay"]'),
      resultTotal: text('.sr-totals dd[data-sr="totalPayable"]'),
      resultPay: text('.sr-totals dd[data-sr="pay"]'),
      // Not a live region: the result's status already says the total.
      live: Boolean(bar.closest('[aria-live], [role="status"], [role="alert"], [role="log"]')) || Boolean(bar.querySelector('[aria-live], [role]')),
    };
  });
}

/** The focused element's box against the bar's: is any of it under the bar, is all of it on the screen? */
function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const bar = document.querySelector('.sr-totalbar');
    const f = el.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    return {
      id: el.id,
      underBar: !bar.contains(el) && b.height > 0 && f.bottom > b.top && f.top < b.bottom,
      onScreen: f.top >= -1 && f.bottom <= window.innerHeight + 1, // Chromium may leave a fraction of a pixel
      box: [Math.round(f.top), Math.round(f.bottom), Math.round(b.top), Math.round(b.bottom), window.innerHeight, Math.round(scrollY)],
    };
  });
}

test('on a 360 px phone the total payable and the pay stay on the screen while the timesheet is filled in, the same figures as the result, in all four languages', async () => {
  const { page, context, consoleErrors } = await open(PHONE);
  assert.equal((await barState(page)).shown, false, 'no bar before a month is chosen');
  await fillPeteris(page);
  for (const [lang, button] of [['lv', null], ['lt', 'Lietuvių'], ['en', 'English'], ['ru', 'Русский']]) {
    if (button) await page.getByRole('button', { name: button }).click();
    await page.locator(`.sr-calc[lang="${lang}"] .sr-totals`).waitFor();
    // The first day of the month: the top of the timesheet, far above the result.
    await page.locator('#sr-ah1-h-2020-06-01').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const s = await barState(page);
    assert.equal(s.shown, true, `${lang}: the bar is shown`);
    assert.equal(s.onScreen, true, `${lang}: all of the bar is on the screen (${JSON.stringify(s)})`);
    assert.ok(s.height <= 0.2 * PHONE.height, `${lang}: the bar takes at most a fifth of the screen (${s.height} px)`);
    assert.ok(await page.locator('.sr-result').evaluate((el) => el.getBoundingClientRect().top > window.innerHeight), `${lang}: the result is below the screen`);
    assert.equal(s.total, s.resultTotal, `${lang}: the bar's total is the result's`);
    assert.equal(s.pay, s.resultPay, `${lang}: the bar's pay is the result's`);
    assert.equal(s.live, false, `${lang}: the bar is not a live region`);
    assert.deepEqual(await axe(page), [], `${lang}: axe, with the bar on the timesheet`);
  }
  // At the end of the form the bar takes its place above the result, over nothing.
  await page.locator('.sr-result').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const barBottom = await page.locator('.sr-totalbar').evaluate((el) => el.getBoundingClientRect().bottom);
  const resultTop = await page.locator('.sr-result').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(barBottom <= resultTop, `the bar (bottom ${barBottom}) sits above the result (top ${resultTop})`);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('typing a day on a phone changes the bar at once, and its link takes the focus to the result', async () => {
  const { page, context } = await open(PHONE);
  await fillPeteris(page);
  let s = await barState(page);
  assert.deepEqual([s.total, s.pay], ['80 h', '216,35\u00a0€']);
  // 30 attested hours over the weekly cap of 40 h in the week of 22–28 June: not payable.
  await page.getByLabel('24. jūnija, stundas', { exact: true }).fill('24');
  await page.getByLabel('26. jūnija, stundas', { exact: true }).fill('16');
  s = await barState(page);
  assert.equal(s.onScreen, true);
  assert.equal(s.total, s.resultTotal);
  assert.equal(s.pay, s.resultPay);
  assert.notEqual(s.total, '80 h', 'the bar follows what is typed');
  // An error: the bar says so, as the result's status does.
  await page.getByLabel('24. jūnija, stundas', { exact: true }).fill('25');
  assert.equal(await page.locator('.sr-totalbar__figures').innerText(), await page.locator('.sr-result__status').innerText());
  assert.equal(await page.locator('.sr-totalbar__figures').innerText(), 'Izlabojiet kļūdas, lai redzētu rezultātu.');
  await page.getByLabel('24. jūnija, stundas', { exact: true }).fill('4');
  await page.getByRole('link', { name: 'Skatīt rezultātu' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sr-ah1-result-title');
  assert.ok(await page.locator('#sr-ah1-result-title').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }), 'the result heading is on the screen');
  await context.close();
});

for (const [name, viewport] of [['a 360 px phone', PHONE], ['200 % zoom', ZOOM_200]]) {
  test(`on ${name} no field reached with the keyboard is hidden under the bar, and nothing is wider than the screen`, async () => {
    const { page, context } = await open(viewport);
    await fillPeteris(page);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing wider than the screen');
    await page.locator('#sr-ah1-allocation').focus();
    const seen = [];
    for (let i = 0; i < 90; i += 1) {
      await page.keyboard.press('Tab');
      const f = await focusState(page);
      seen.push(f.id);
      assert.equal(f.underBar, false, `${f.id} is under the bar`);
      assert.equal(f.onScreen, true, `${f.id} is on the screen ${f.box}`);
      if (f.id === 'sr-ah1-submit') break;
    }
    assert.ok(seen.includes('sr-ah1-h-2020-06-30') && seen.includes('sr-ah1-m-2020-06-30') && seen.includes('sr-ah1-rate'), seen.join(' '));
    // Back up with Shift+Tab: the same.
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Shift+Tab');
      const f = await focusState(page);
      assert.equal(f.underBar, false, `${f.id} is under the bar (Shift+Tab)`);
      assert.equal(f.onScreen, true, `${f.id} is on the screen (Shift+Tab) ${f.box}`);
    }
    // A field clicked low on the screen is scrolled clear of the bar.
    const bar = await barState(page);
    await page.getByLabel('9. jūnija, stundas', { exact: true }).evaluate((el, barTop) => {
      window.scrollBy(0, el.getBoundingClientRect().top - barTop - 10);
    }, bar.top);
    await page.getByLabel('9. jūnija, stundas', { exact: true }).focus();
    const f = await focusState(page);
    assert.equal(f.underBar, false, 'a field focused under the bar is scrolled clear of it');
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test('on a wide screen there is no bar: the result is beside the form as before', async () => {
  const { page, context } = await open({ width: 1280, height: 900 });
  await fillPeteris(page);
  assert.equal(await page.locator('.sr-totalbar').isVisible(), false);
  await context.close();
});

test('on a 360 px phone the timesheet of June 2020 is a line a day: at most 2 400 px for its 30 days, a third shorter than before', async () => {
  const { page, context } = await open(PHONE);
  await fillPeteris(page, null); // as the README's figures: no hourly rate
  const { cal, day, emergencyDay, pageHeight, resultTop } = await page.evaluate(() => {
    const height = (sel) => document.querySelector(sel).closest('td').getBoundingClientRect().height;
    return {
      pageHeight: document.documentElement.scrollHeight,
      resultTop: document.querySelector('.sr-result').getBoundingClientRect().top + window.scrollY,
      cal: document.querySelector('.sr-cal-wrap').getBoundingClientRect().height,
      day: height('#sr-ah1-h-2020-06-16'),
      emergencyDay: height('#sr-ah1-h-2020-06-02'),
    };
  });
  console.log(`  at 360 px: the page ${pageHeight} px, the timesheet ${Math.round(cal)} px, the result from ${Math.round(resultTop)} px down`);
  assert.ok(cal <= 2400, `the timesheet is ${cal} px tall (3 633 px before)`);
  assert.ok(day <= 56, `a day is ${day} px tall`);
  assert.ok(emergencyDay <= 100, `a day with its period's tag and the measure-7 hours is ${emergencyDay} px tall`);
  // Each day's number, hours and measure on one line.
  const line = await page.evaluate(() => ['#sr-ah1-h-2020-06-16', '#sr-ah1-m-2020-06-16', 'label[for="sr-ah1-h-2020-06-16"]']
    .map((sel) => document.querySelector(sel).getBoundingClientRect()).map((r) => [r.top, r.bottom]));
  assert.ok(line.every(([top]) => Math.abs(top - line[0][0]) < 12), JSON.stringify(line));
  await context.close();
});

test('the result updated in place keystroke by keystroke is the very page built anew for the same timesheet', async () => {
  const snapshot = (page) => page.evaluate(() => ({
    result: document.querySelector('.sr-result').outerHTML,
    summary: document.querySelector('.sr-error-summary').outerHTML,
    bar: document.querySelector('.sr-totalbar').outerHTML,
    calendar: [...document.querySelectorAll('.sr-cal__placed, .sr-cal .sr-error-message')].map((e) => `${e.id}|${e.hidden}|${e.textContent}`),
  }));
  // A: many changes, errors on the way, a month's change and back.
  const a = await open(PHONE);
  await fillPeteris(a.page);
  const day3 = a.page.getByLabel('3. jūnija, stundas', { exact: true });
  for (const v of ['1', '12', '25', 'x', '2,5']) await day3.fill(v);
  await a.page.getByLabel('Dienas maksimums (stundas)').fill('6');
  await a.page.getByLabel('Dienas maksimums (stundas)').fill('8');
  await a.page.getByLabel('Mēnesis', { exact: true }).selectOption({ label: 'Jūlijs' });
  await a.page.getByLabel('Mēnesis', { exact: true }).selectOption({ label: 'Jūnijs' });
  await a.page.getByLabel('10. jūnija, stundas', { exact: true }).fill('7');
  await a.page.getByLabel('10. jūnija, stundas', { exact: true }).fill('4');
  // B: the same timesheet typed once.
  const b = await open(PHONE);
  await fillPeteris(b.page);
  await b.page.getByLabel('3. jūnija, stundas', { exact: true }).fill('2,5');
  const sa = await snapshot(a.page);
  const sb = await snapshot(b.page);
  assert.match(sa.result, /216,35|223,11|\d+,\d\d\u00a0€/, 'a result is shown');
  assert.deepEqual(sa, sb);
  await a.context.close();
  await b.context.close();
});

test('a keystroke that changes nothing writes nothing to the page, and one that changes a day keeps the result\'s elements and rewrites only texts and widths', async () => {
  const { page, context } = await open({ width: 1280, height: 900 });
  await fillPeteris(page);
  const changes = (value) => page.evaluate(async (v) => {
    const root = document.querySelector('.sr-calc');
    const input = document.getElementById('sr-ah1-h-2020-06-10');
    const before = [...root.querySelectorAll('.sr-result *')];
    const records = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    const after = new Set(root.querySelectorAll('.sr-result *'));
    return {
      records: records.length,
      kinds: [...new Set(records.map((r) => (r.type === 'attributes' ? `attributes:${r.attributeName}` : r.type)))].sort(),
      kept: before.filter((el) => after.has(el)).length,
      before: before.length,
      status: document.querySelector('.sr-result__status').textContent,
    };
  }, value);
  const same = await changes('4');
  assert.equal(same.records, 0, `the same value again: ${same.kinds.join(', ')}`);
  const other = await changes('5');
  assert.ok(other.records > 0, 'a new value is shown');
  assert.equal(other.status, 'Apmaksājamas kopā: 80 h');
  assert.equal(other.kept, other.before, 'every element of the result is kept');
  // Texts (a result's figures, a sentence of the explanation, the calendar's measure-7 hours) and the bars' widths.
  for (const k of other.kinds) assert.match(k, /^(characterData|childList|attributes:style|attributes:hidden)$/, other.kinds.join(', '));
  await context.close();
});
