// The two date calculators in a real browser: the Lithuanian employment
// model (R2) and the Latvian unemployment dates (R3), each at its own
// address, as a person uses them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, axe } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

async function open(path, lang) {
  const s = await newPage(browser, server.url);
  await s.page.goto(`${server.url}${path}?lang=${lang}`);
  await s.page.locator('.sr-form').waitFor();
  return s;
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id || '');

test('Lithuanian model: not yet at 29, with the date of the 30th birthday; ✓ ✗ with the quoted rules', async () => {
  const { page, context, foreign, consoleErrors } = await open('lt-eligibility.html', 'en');
  assert.deepEqual(await axe(page), [], 'axe, empty state');
  await page.getByLabel('The date you ask about').fill('01.06.2020');
  await page.getByLabel('Date of birth').fill('10.03.1991');
  await page.getByLabel('Registered with the Employment Service since (optional)').fill('15.01.2019');
  await page.getByLabel('Yes, I receive it').check();
  await page.getByLabel('Municipality (optional)').fill('Kazlų Rūda');
  assert.equal(await page.locator('.sr-result__status').innerText(), 'Not yet: you will qualify from 10 March 2021, if nothing else changes.');
  const age = page.locator('[data-sr="age"]');
  assert.match(await age.innerText(), /Aged 30 or older: not met/);
  assert.match(await age.locator('blockquote').innerText(), /yra 30 m. ir vyresni/);
  assert.equal(await age.locator('blockquote').getAttribute('lang'), 'lt');
  assert.match(await page.locator('[data-sr="long_term_unemployed"]').innerText(), /: met/);
  assert.match(await page.locator('.sr-note').innerText(), /ask your municipality/);
  assert.deepEqual(await axe(page), [], 'axe, filled state');
  // On the 30th birthday the answer changes.
  await page.getByLabel('The date you ask about').fill('2021-03-10');
  assert.equal(await page.locator('.sr-result__status').innerText(), 'Eligible: you can take part.');
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('Lithuanian model: a date that does not exist gets the error summary; fixing it gives the answer', async () => {
  const { page, context, consoleErrors } = await open('lt-eligibility.html', 'lv');
  await page.getByLabel('Datums, par kuru jautājat').fill('01.06.2020');
  await page.getByLabel('Dzimšanas datums').fill('31.02.1990');
  await page.getByRole('button', { name: 'Pārbaudīt' }).click();
  const summary = page.locator('.sr-error-summary');
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
  assert.match(await summary.innerText(), /Datums 31.02.1990 neeksistē/);
  assert.equal(await page.getByLabel('Dzimšanas datums').inputValue(), '31.02.1990', 'the text stays as typed');
  assert.deepEqual(await axe(page), [], 'axe, error state');
  await page.getByLabel('Dzimšanas datums').fill('28.02.1990');
  assert.equal(await summary.isHidden(), true);
  assert.equal(await page.locator('.sr-result__status').innerText(), 'Nevar pateikt: izšķirošie fakti ir reģistrācijas datums Užimtumo tarnyba, pēdējā darba beigu datums, atbilde par naudas sociālo palīdzību.');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a lone surrogate in a field (pasted from a broken text) is an error at that field, not "not JSON" at the first', async () => {
  const { page, context, consoleErrors } = await open('lt-eligibility.html', 'en');
  await page.getByLabel('The date you ask about').fill('01.06.2020');
  await page.getByLabel('Date of birth').evaluate((el) => { el.value = '10.03.1985\ud800'; el.dispatchEvent(new Event('input', { bubbles: true })); });
  await page.getByRole('button', { name: 'Check' }).click();
  const summary = await page.locator('.sr-error-summary').innerText();
  assert.doesNotMatch(summary, /JSON/);
  assert.equal(await page.getByLabel('Date of birth').getAttribute('aria-invalid'), 'true', summary);
  assert.equal(await page.getByLabel('The date you ask about').getAttribute('aria-invalid'), null, summary);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('Lithuanian model: the whole form by keyboard alone', async () => {
  const { page, context } = await open('lt-eligibility.html', 'en');
  for (let i = 0; i < 10 && (await focusedId(page)) !== 'sr-lt1-date'; i += 1) await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'sr-lt1-date');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('01.06.2020');
  for (const [id, text] of [['sr-lt1-birth_date', '10.03.1985'], ['sr-lt1-registered_since', '15.01.2019'], ['sr-lt1-last_employment_end', '31.05.2017']]) {
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), id.replace(/_/g, '-'));
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'sr-lt1-cash-social-assistance-receives');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'sr-lt1-municipality');
  await page.keyboard.type('Alytus');
  await page.keyboard.press('Enter');
  assert.equal(await focusedId(page), 'sr-lt1-result-title');
  assert.equal(await page.locator('.sr-result__status').innerText(), 'Eligible: you can take part.');
  await context.close();
});

test('Latvian unemployment dates: the issue example, by keyboard alone, accessibly', async () => {
  const { page, context, foreign, consoleErrors } = await open('lv-unemployment.html', 'lv');
  assert.deepEqual(await axe(page), [], 'axe, empty state');
  for (let i = 0; i < 10 && (await focusedId(page)) !== 'sr-lv1-date'; i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('01.01.2024');
  await page.keyboard.press('Tab');
  await page.keyboard.type('02.05.1961');
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'sr-lv1-disability');
  await page.keyboard.press('Tab');
  await page.keyboard.type('31.12.2022');
  await page.keyboard.press('Tab');
  await page.keyboard.type('05.01.2023');
  await page.keyboard.press('Enter');
  assert.equal(await focusedId(page), 'sr-lv1-result-title');
  const dd = (k) => page.locator(`dd[data-sr="${k}"]`).innerText();
  assert.equal(await dd('earliest_application_date'), '01.01.2023');
  assert.equal(await dd('retirement_age'), '65 g. 0 mēn.');
  assert.equal(await dd('retirement_date'), '02.05.2026');
  assert.equal(await dd('pre_retirement_from'), '02.05.2021');
  assert.equal(await dd('long_term_from'), '05.01.2024');
  assert.equal(await dd('groups'), 'pirmspensijas vecuma bezdarbnieks');
  assert.deepEqual(await axe(page), [], 'axe, filled state');
  // Four days later she is long-term unemployed as well.
  await page.getByLabel('Datums, par kuru jautājat').fill('05.01.2024');
  assert.equal(await dd('groups'), 'ilgstošais bezdarbnieks, pirmspensijas vecuma bezdarbnieks');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('The date you ask about').waitFor();
  assert.equal(await dd('retirement_date'), '2 May 2026');
  assert.equal(await page.getByLabel('The date you ask about').inputValue(), '05.01.2024', 'nothing typed is lost');
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
