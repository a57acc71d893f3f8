// The assistant-hours page for every month up to today, in a real browser:
// the form follows the month's regime (MK 942 with its average-rule periods,
// MK 316 with the monthly allocation), the 2021 question of which regulation
// the contract is under, and the month list up to the next month. Each at
// 360 px, with axe and no console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, axe } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const PHONE = { width: 360, height: 740 };

/** Opens the calculator on a phone, with the clock at `now` if given, and waits until it is ready. */
async function open(lang, now) {
  const s = await newPage(browser, server.url, PHONE);
  if (now) await s.page.clock.setFixedTime(new Date(now));
  await s.page.goto(`${server.url}assistant-hours.html?lang=${lang}`);
  await s.page.locator('.sr-form').waitFor();
  return s;
}

const total = (page, key) => page.locator(`.sr-totals dd[data-sr="${key}"]`).innerText();

async function fitsThePhone(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than a 360 px screen`);
}

async function chooseMonth(page, year, label) {
  await page.getByLabel('Year', { exact: true }).or(page.getByLabel('Gads', { exact: true })).selectOption(year);
  await page.getByLabel('Month', { exact: true }).or(page.getByLabel('Mēnesis', { exact: true })).selectOption({ label });
}

test('November 2026 under Cabinet Regulation No. 316: 90 h attested against 80 h allocated gives 80 payable and 10 not payable, paid at the amount the person enters, with the last verified amount and its date shown', async () => {
  const { page, context, foreign, consoleErrors } = await open('en', '2026-12-01T10:00:00Z');
  await chooseMonth(page, '2026', 'November');
  assert.match(await page.locator('.sr-regime').innerText(), /November 2026: Cabinet Regulation No\. 316 applies\. Hours are allocated per month/);
  // No weekly allocation, no measures, no regulation question in 2026.
  assert.equal(await page.getByLabel('Hours allocated per week', { exact: true }).count(), 0);
  assert.equal(await page.locator('select.sr-select--measure').count(), 0);
  assert.equal(await page.getByText('Which regulation is the person’s contract under?').count(), 0);
  await page.getByLabel('Assistant service').check();
  await page.getByLabel('Hours allocated per month', { exact: true }).fill('80');
  for (const d of [2, 3, 4, 5, 6, 9, 10, 11, 12]) await page.getByLabel(`${d} November, hours`, { exact: true }).fill('10');
  // The rate: the last verified amount and from when, never as the current one; the person enters the amount.
  const amount = page.getByLabel('Hourly amount, EUR');
  const hint = await page.locator(`#${await amount.getAttribute('aria-describedby')}`).innerText();
  assert.match(hint, /The last verified amount is €5\.11 an hour, from 1 April 2023/);
  assert.match(hint, /No later amount was verified/);
  assert.equal(await total(page, 'totalPayable'), '80 h');
  assert.equal(await total(page, 'notPayable'), '10 h');
  assert.equal(await total(page, 'monthlyCap'), '80 h');
  assert.equal(await total(page, 'attested'), '90 h');
  assert.equal(await page.locator('.sr-totals dd[data-sr="pay"]').count(), 0, 'no pay without an amount');
  await amount.fill('5,50');
  assert.equal(await total(page, 'pay'), '€440.00');
  assert.equal(await total(page, 'hourlyAmount'), '€5.50 an hour (as entered)');
  assert.equal(await total(page, 'lastVerified'), '€5.11 from 1 April 2023');
  assert.match(await page.locator('.sr-facts dd[data-sr="regime"]').innerText(), /^Cabinet Regulation No\. 316/);
  assert.equal(await page.locator('.sr-facts dd[data-sr="period"]').count(), 0, 'no average-rule period in 2026');
  assert.equal(await page.locator('.sr-bars').count(), 0, 'no weeks under a monthly allocation');
  const explanation = await page.locator('.sr-explanation').innerText();
  assert.match(explanation, /the smaller of the hours attested in the month \(90 h\) and the monthly allocation in the decision \(80 h\): 80 h/);
  assert.match(explanation, /10 h over the allocation are not payable/);
  assert.match(await page.locator('.sr-warning').innerText(), /last verified amount is EUR 5\.11 from 1 April 2023/);
  assert.deepEqual(await axe(page), [], 'axe, result');
  await fitsThePhone(page);
  assert.deepEqual(foreign, [], 'no request to any other host');
  assert.deepEqual(consoleErrors, [], 'no console errors');
  await context.close();
});

test('the allocation help adds up the base hours the person ticks, says it is not the decision, and leaves the allocation as typed', async () => {
  const { page, context, consoleErrors } = await open('en', '2026-12-01T10:00:00Z');
  await chooseMonth(page, '2026', 'November');
  await page.getByLabel('Hours allocated per month', { exact: true }).fill('80');
  await page.getByText('Help: the base number of hours').click();
  const help = page.locator('.sr-help');
  assert.match(await help.innerText(), /whether the hours of several purposes add up was not verified/);
  const work = help.getByRole('group', { name: 'Paid work, studies or Paralympic sport' });
  await work.getByLabel('Coefficient 1: 80 h').check();
  const school = help.getByRole('group', { name: 'School, or board member of an NGO or a company' });
  await school.getByLabel('Coefficient 2: 120 h').check();
  assert.equal(await page.locator('.sr-help__sum').innerText(), 'Sum of what you ticked: 200 h a month (help only, not the decision).');
  // One coefficient per purpose: ticking 2 unticks 1.
  await work.getByLabel('Coefficient 2: 160 h').check();
  assert.equal(await work.getByLabel('Coefficient 1: 80 h').isChecked(), false);
  assert.equal(await page.locator('.sr-help__sum').innerText(), 'Sum of what you ticked: 280 h a month (help only, not the decision).');
  assert.equal(await page.getByLabel('Hours allocated per month', { exact: true }).inputValue(), '80', 'help is never the decision');
  // The companion service has its own line only.
  await page.getByLabel('Companion service').check();
  assert.deepEqual(await page.locator('.sr-help__purpose').allInnerTexts(), ['A child aged 5 to 18 (companion)']);
  assert.deepEqual(await axe(page), [], 'axe, help open');
  await fitsThePhone(page);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('October 2021 asks which regulation the contract is under: MK 942 with the question of MK 360 and MK 662, MK 316 with the monthly allocation, and nothing typed is lost between them', async () => {
  const { page, context, consoleErrors } = await open('en', '2026-12-01T10:00:00Z');
  await chooseMonth(page, '2021', 'October');
  const question = page.getByRole('group', { name: 'Which regulation is the person’s contract under?' });
  await question.waitFor();
  assert.equal(await page.getByLabel('Hours allocated per week', { exact: true }).count(), 0, 'nothing else until the regulation is chosen');
  assert.equal(await page.getByLabel('Hours allocated per month', { exact: true }).count(), 0);
  assert.deepEqual(await axe(page), [], 'axe, the question');
  await page.getByRole('button', { name: 'Calculate' }).click();
  assert.deepEqual(await page.locator('.sr-error-summary a').allInnerTexts(),
    ['In October 2021 the person’s contract decides which rules apply: choose Cabinet Regulation No. 942 (hours allocated per week) or No. 316 (hours allocated per month).']);

  await page.getByLabel('Cabinet Regulation No. 942 (hours allocated per week)').check();
  await page.getByLabel('Hours allocated per week', { exact: true }).fill('20');
  const periods = await page.locator('.sr-periods').innerText();
  assert.match(periods, /Cabinet Regulation No\. 360, Paragraph 34\.3: 7 April 2021 to 10 October 2021\. Its days in this month: 1–10 October\./);
  assert.match(periods, /Cabinet Regulation No\. 662, Paragraphs 73–74: 11 October 2021 to 31 December 2021\. Its days in this month: 11–31 October\./);
  await page.getByRole('group', { name: 'Did epidemiological safety measures prevent using the service as contracted on these days?' })
    .getByLabel('Yes, the measures prevented it').check();
  assert.match(await page.locator('.sr-emergency').innerText(), /This period has no rule of 10 hours a week/);
  await page.getByLabel('4 October, hours', { exact: true }).fill('4');
  assert.equal(await page.locator('select.sr-select--measure').count(), 31, 'a measure for each day under MK 942');
  for (const m of ['July', 'August', 'September']) await page.getByLabel(`Hours: ${m} 2021`).fill('40');
  assert.equal(await total(page, 'emergencyEntitlement'), '36 h', '40 − 4');
  assert.equal(await total(page, 'totalPayable'), '40 h');
  assert.match(await page.locator('.sr-facts dd[data-sr="regime"]').innerText(), /^Cabinet Regulation No\. 942/);
  const named = await page.locator('.sr-facts dd[data-sr="period"]').allInnerTexts();
  assert.equal(named.length, 2);
  assert.match(named[0], /^Cabinet Regulation No\. 360, Paragraph 34\.3 \(7 April 2021 to 10 October 2021\)/);
  assert.match(named[1], /^Cabinet Regulation No\. 662, Paragraphs 73–74 \(11 October 2021 to 31 December 2021\)/);
  assert.match(named[1], /Source: Cabinet Regulation No\. 662 of 28 September 2021/);
  assert.match(await page.locator('.sr-bars').innerText(), /4–10 October \(week 40\): cap 20 h; attested 4 h/);
  assert.deepEqual(await axe(page), [], 'axe, MK 942');
  await fitsThePhone(page);

  await page.getByLabel('Cabinet Regulation No. 316 (hours allocated per month)').check();
  assert.equal(await page.getByLabel('Hours allocated per week', { exact: true }).count(), 0);
  assert.equal(await page.locator('select.sr-select--measure').count(), 0, 'no measure under MK 316');
  assert.equal(await page.getByLabel('4 October, hours', { exact: true }).inputValue(), '4', 'the day stays as typed');
  assert.match(await page.locator('[data-sr="rate-verified"]').innerText(), /The hourly amount in this month: €4\.50 \(from 1 July 2021\), all taxes included/);
  await page.getByLabel('Hours allocated per month', { exact: true }).fill('30');
  assert.equal(await total(page, 'totalPayable'), '4 h');
  assert.equal(await total(page, 'pay'), '€18.00');
  assert.equal(await total(page, 'hourlyAmount'), '€4.50 an hour (in force from 1 July 2021)');
  assert.match(await page.locator('.sr-facts dd[data-sr="regime"]').innerText(), /^Cabinet Regulation No\. 316/);
  assert.deepEqual(await axe(page), [], 'axe, MK 316');
  await fitsThePhone(page);

  await page.getByLabel('Cabinet Regulation No. 942 (hours allocated per week)').check();
  assert.equal(await page.getByLabel('Hours allocated per week', { exact: true }).inputValue(), '20', 'the weekly allocation stays as typed');
  assert.equal(await page.getByLabel('Hours: July 2021').inputValue(), '40');
  assert.equal(await total(page, 'totalPayable'), '40 h');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('December 2020 under the average rule of the 2020–2021 emergency: the period and its question, weeks by their dates, 60 − 10 hours added', async () => {
  const { page, context, consoleErrors } = await open('lv', '2026-12-01T10:00:00Z');
  await chooseMonth(page, '2020', 'Decembris');
  assert.match(await page.locator('.sr-regime').innerText(), /2020\. gada decembris: piemēro MK noteikumus Nr\. 942/);
  assert.equal(await page.getByText('Saskaņā ar kuriem noteikumiem noslēgts personas līgums?').count(), 0);
  await page.getByLabel('Piešķirtās stundas nedēļā').fill('40');
  assert.match(await page.locator('.sr-periods').innerText(), /2020\.–2021\. gada ārkārtējā situācija: 09\.11\.2020 – 06\.04\.2021\. Perioda dienas šajā mēnesī: 1\.–31\. decembra\./);
  await page.getByRole('group', { name: 'Vai klienta aktivitātes šajās dienās bija atjaunojušās?' }).getByLabel('Nē, nebija atjaunojušās').check();
  // The calendar's weeks by their dates, the ISO week in the title.
  const first = page.locator('.sr-cal__week abbr').first();
  assert.equal(await first.innerText(), '1.–6. decembra');
  assert.equal(await first.getAttribute('title'), 'ISO nedēļa 2020-W49');
  for (const d of [7, 8]) await page.getByLabel(`${d}. decembra, stundas`, { exact: true }).fill('5');
  for (const m of ['septembris', 'oktobris', 'novembris']) await page.getByLabel(`Stundas: 2020. gada ${m}`).fill('60');
  assert.equal(await total(page, 'emergencyEntitlement'), '50 h');
  assert.equal(await total(page, 'emergencyHours'), '50 h');
  assert.equal(await total(page, 'totalPayable'), '60 h');
  assert.match(await page.locator('.sr-facts dd[data-sr="period"]').innerText(), /^2020\.–2021\. gada ārkārtējā situācija \(09\.11\.2020 – 06\.04\.2021\)/);
  assert.match(await page.locator('.sr-bars').innerText(), /7\.–13\. decembra \(50\. nedēļa\): limits 40 h; apliecinātas 10 h/);
  assert.match(await page.locator('.sr-explanation').innerText(), /Klienta aktivitātes nebija atjaunojušās/);
  assert.deepEqual(await axe(page), [], 'axe');
  await fitsThePhone(page);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the months run to the next one: in June 2026 the list stops at July 2026, and in December it offers January of the next year', async () => {
  {
    const { page, context } = await open('en', '2026-06-15T10:00:00Z');
    const years = await page.locator('#sr-ah1-year option').allInnerTexts();
    assert.equal(years.at(-1), '2026');
    await page.getByLabel('Year', { exact: true }).selectOption('2026');
    assert.equal((await page.locator('#sr-ah1-month option').allInnerTexts()).at(-1), 'July');
    await page.getByLabel('Year', { exact: true }).selectOption('2025');
    assert.equal((await page.locator('#sr-ah1-month option').allInnerTexts()).at(-1), 'December');
    assert.match(await page.locator('#sr-ah1-month-hint').innerText(), /from January 2013 to July 2026/);
    await context.close();
  }
  {
    const { page, context } = await open('en', '2026-12-01T10:00:00Z');
    assert.equal((await page.locator('#sr-ah1-year option').allInnerTexts()).at(-1), '2027');
    await page.getByLabel('Year', { exact: true }).selectOption('2027');
    assert.deepEqual((await page.locator('#sr-ah1-month option').allInnerTexts()).slice(1), ['January']);
    await page.getByLabel('Month', { exact: true }).selectOption({ label: 'January' });
    assert.match(await page.locator('.sr-regime').innerText(), /January 2027: Cabinet Regulation No\. 316 applies/);
    await context.close();
  }
});
