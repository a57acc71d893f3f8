// The clients' self-assessments in a real browser, as a person uses them:
// the three new pages (MK 360 admission R4, the VBTAI competition R5, the
// ESF programme card R6) end to end, the Lithuanian model's answers that
// never contradict themselves (R2), and the Latvian unemployment dates on
// a 360 px phone (R3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, axe } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

async function open(path, lang, viewport) {
  const s = await newPage(browser, server.url, viewport);
  await s.page.goto(`${server.url}${path}?lang=${lang}`);
  await s.page.locator('.sr-calc .sr-title').waitFor();
  return s;
}

const status = (page) => page.locator('.sr-result__status').innerText();
const dd = (page, k) => page.locator(`dd[data-sr="${k}"]`).innerText();
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// ---- R4: MK 360 admission -------------------------------------------------

test('MK 360: a negative test two days before placement admits to long-term care; self-isolation until 14 days after', async () => {
  const { page, context, foreign, consoleErrors } = await open('mk360-admission.html', 'en');
  assert.equal(await page.getByLabel('Date of placement (arrival)').inputValue(), '', 'no date that could only be "not covered"');
  assert.deepEqual(await axe(page), [], 'axe, empty state');
  await page.getByLabel('Date of placement (arrival)').fill('15.06.2020');
  await page.getByLabel('A long-term social care and social rehabilitation institution').check();
  await page.getByLabel('Date of the negative Covid-19 test (optional)').fill('13.06.2020');
  assert.equal(await status(page), 'Admissible: the negative test meets the requirement.');
  assert.equal(await dd(page, 'point'), 'Paragraph 33.1');
  assert.equal(await dd(page, 'by'), 'the negative test');
  assert.equal(await dd(page, 'test_valid_from'), '13 June 2020 to 15 June 2020');
  assert.equal(await dd(page, 'isolation_until'), '29 June 2020');
  assert.match(await page.locator('[data-sr="later-amendments"]').innerText(), /amendments are not encoded/);
  assert.deepEqual(await axe(page), [], 'axe, filled state');
  // A test taken three days before is too early for long-term care.
  await page.getByLabel('Date of the negative Covid-19 test (optional)').fill('12.06.2020');
  assert.equal(await status(page), 'Not admissible: the test was taken too early.');
  assert.equal(await dd(page, 'by'), 'not admissible');
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('MK 360: with signs of a respiratory disease no certificate admits to another service; a certificate alone does without them', async () => {
  const { page, context, consoleErrors } = await open('mk360-admission.html', 'lv');
  await page.getByLabel('Ievietošanas (ierašanās) datums').fill('15.08.2020');
  await page.getByLabel('Citā sociālajā pakalpojumā ar izmitināšanu').check();
  await page.getByLabel('Ārsta izziņas par kontrindikāciju neesību datums (nav obligāti)').fill('08.08.2020');
  await page.getByLabel('Personai ir elpceļu saslimšanas pazīmes').check();
  assert.equal(await status(page), 'Nevar uzņemt: personai ir elpceļu saslimšanas pazīmes.');
  await page.getByLabel('Personai ir elpceļu saslimšanas pazīmes').uncheck();
  assert.equal(await status(page), 'Var uzņemt: ārsta izziņa atbilst prasībai.');
  assert.equal(await dd(page, 'point'), '34. punkts');
  // The day MK 360 lost force is not covered, and said so.
  await page.getByLabel('Ievietošanas (ierašanās) datums').fill('11.10.2021');
  assert.equal(await status(page), 'Netiek aptverts: MK noteikumi Nr. 360 bija piemērojami no 10.06.2020 līdz 10.10.2021, un 11.10.2021 ir ārpus šī laika.');
  assert.deepEqual(await axe(page), [], 'axe, not covered');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('MK 360: a date that does not exist is named in the error summary', async () => {
  const { page, context } = await open('mk360-admission.html', 'en');
  await page.getByLabel('Date of placement (arrival)').fill('31.06.2020');
  await page.getByRole('button', { name: 'Check' }).click();
  const summary = page.locator('.sr-error-summary');
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
  assert.match(await summary.innerText(), /31\.06\.2020/);
  assert.deepEqual(await axe(page), [], 'axe, error state');
  await context.close();
});

// ---- R5: the VBTAI competition ---------------------------------------------

async function fillPost(page, n, { from, to, kind, subordinates }) {
  const post = page.locator(`[data-sr-item="${n}"]`);
  await post.getByLabel('Started on').fill(from);
  if (to) await post.getByLabel('Ended on (optional)').fill(to);
  await post.getByLabel(kind, { exact: true }).check();
  if (subordinates !== undefined) await post.getByLabel('Number of subordinates').fill(String(subordinates));
}

test('VBTAI: two posts that touch make three continuous years; removing one leaves too little', async () => {
  const { page, context, foreign, consoleErrors } = await open('vbtai-competition.html', 'en');
  assert.equal(await page.getByLabel('Application deadline').inputValue(), '22.06.2020', 'the deadline comes from the rules');
  assert.deepEqual(await axe(page), [], 'axe, empty state');
  await page.getByLabel('Academic higher education').check();
  await page.getByLabel('Your English level').selectOption('B2');
  await fillPost(page, 1, { from: '01.03.2015', to: '31.12.2016', kind: 'Head of the organisation', subordinates: 12 });
  await page.getByRole('button', { name: 'Add a post' }).click();
  assert.equal(await page.locator('[data-sr-item="2"]').getByLabel('Started on').evaluate((el) => el === document.activeElement), true, 'the new post takes the focus');
  await fillPost(page, 2, { from: '01.01.2017', to: '28.02.2018', kind: 'A management post directly under the head', subordinates: 10 });
  assert.equal(await status(page), 'Every requirement that can be worked out is met; a perfect reputation is for you to declare.');
  assert.equal(await dd(page, 'longest_continuous'), '1 March 2015 to 28 February 2018');
  assert.equal(await dd(page, 'three_years_end'), '28 February 2018');
  assert.equal(await dd(page, 'window'), '22 June 2010 to 22 June 2020');
  assert.equal(await dd(page, 'reputation'), 'self-declared: a calculator cannot work it out');
  assert.match(await page.locator('[data-sr="experience"]').innerText(), /: met/);
  assert.deepEqual(await axe(page), [], 'axe, filled state');
  // A one-day gap breaks the period.
  await page.locator('[data-sr-item="2"]').getByLabel('Started on').fill('02.01.2017');
  assert.equal(await status(page), 'Not every requirement is met: experience.');
  await page.locator('[data-sr-item="2"]').getByLabel('Started on').fill('01.01.2017');
  await page.getByRole('button', { name: 'Remove post 2' }).click();
  assert.equal(await page.locator('[data-sr-item]').count(), 1);
  assert.equal(await status(page), 'Not every requirement is met: experience.');
  assert.equal(await dd(page, 'longest_continuous'), '1 March 2015 to 31 December 2016');
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('VBTAI: a post missing its number of subordinates is named at the post', async () => {
  const { page, context } = await open('vbtai-competition.html', 'en');
  await page.getByLabel('Academic higher education').check();
  await page.getByLabel('Your English level').selectOption('C1');
  await fillPost(page, 1, { from: '01.03.2015', kind: 'Head of the organisation' });
  await page.getByRole('button', { name: 'Check' }).click();
  const input = page.locator('[data-sr-item="1"]').getByLabel('Number of subordinates');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('.sr-error-summary').innerText(), /subordinates/);
  assert.deepEqual(await axe(page), [], 'axe, error state');
  // Digits beyond what JavaScript holds exactly (a hunt pasted 400 nines): the range, not "enter the number".
  for (const n of ['9'.repeat(400), '12345678901234567890']) {
    await input.fill(n);
    await page.locator('[data-sr-item="1"] .sr-error-message').filter({ hasText: '1,000,000' }).waitFor();
  }
  await input.fill('15');
  assert.equal(await status(page), 'Every requirement that can be worked out is met; a perfect reputation is for you to declare.');
  await context.close();
});

// ---- R6: the ESF programme card --------------------------------------------

test('ESF project: the programme card with the budget split to the cent, and whom to contact', async () => {
  const { page, context, foreign, consoleErrors } = await open('esf-ex-prisoners.html', 'en');
  await page.locator('[data-sr="budget"]').waitFor();
  assert.equal(await page.locator('.sr-form').count(), 0, 'no questions to answer');
  assert.doesNotMatch(await page.locator('.sr-calc').innerText(), /\bnull\b/, 'no "null" where the form would be');
  assert.equal(await status(page), 'A programme card, not a decision: the source sets no eligibility conditions.');
  assert.equal(await dd(page, 'total'), '€4,486,638.00');
  assert.equal(await dd(page, 'esf'), '€3,813,642.30');
  assert.equal(await dd(page, 'state'), '€672,995.70');
  assert.match(await page.locator('[data-sr="budget"]').innerText(), /European Social Fund \(85%\)[\s\S]*The state \(15%\)/);
  assert.equal(await dd(page, 'run_by'), 'Latvian Prison Administration');
  assert.equal(await dd(page, 'partners'), 'State Probation Service, State Employment Agency');
  assert.equal(await dd(page, 'since'), '2016');
  assert.equal(await page.locator('dd[data-sr="email"] a').getAttribute('href'), 'mailto:Arita.Pecaka@tm.gov.lv');
  assert.deepEqual(await axe(page), [], 'axe');
  await page.getByRole('button', { name: 'Latviešu' }).click();
  await page.waitForFunction(() => document.querySelector('.sr-calc')?.lang === 'lv');
  assert.equal((await dd(page, 'esf')).replace(/\s/g, ' '), '3 813 642,30 €');
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

// ---- R2: answers that never contradict --------------------------------------

async function fillLt(page, { date, birth, registered, lastJob, cash }) {
  if (date !== undefined) await page.getByLabel('The date you ask about').fill(date);
  await page.getByLabel('Date of birth').fill(birth);
  if (registered) await page.getByLabel('Registered with the Employment Service since (optional)').fill(registered);
  if (lastJob) await page.getByLabel('Your last job ended on (optional)').fill(lastJob);
  if (cash) await page.getByLabel(cash).check();
}

test('Lithuanian model: the date never starts outside the model’s window; meeting all three on 01.03.2021 qualifies', async () => {
  const { page, context, consoleErrors } = await open('lt-eligibility.html', 'en');
  await page.locator('.sr-form').waitFor();
  const start = await page.getByLabel('The date you ask about').inputValue();
  // The model ran from 13.05.2019 to 30.12.2022: after it, the field starts empty.
  assert.ok(start === '' || (/^\d\d\.\d\d\.(2019|202[0-2])$/.test(start)), `the date starts at “${start}”`);
  await fillLt(page, { date: '01.03.2021', birth: '10.03.1980', registered: '15.01.2019', lastJob: '31.05.2017', cash: 'Yes, I receive it' });
  assert.equal(await status(page), 'Eligible: you can take part.');
  assert.equal(await page.locator('.sr-criterion--met').count(), 3);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('Lithuanian model: a date after the model says it no longer runs, and offers its last day', async () => {
  const { page, context } = await open('lt-eligibility.html', 'en');
  await fillLt(page, { date: '01.01.2025', birth: '10.03.1980', registered: '15.01.2019', lastJob: '31.05.2017', cash: 'Yes, I receive it' });
  assert.equal(await status(page), 'The model ran from 13 May 2019 to 30 December 2022 and no longer runs on 1 January 2025.');
  assert.equal(await page.locator('.sr-criterion').count(), 0, 'no ✓ beside an answer that the rules do not apply');
  assert.match(await page.locator('[data-sr="successor"]').innerText(), /A1-257.*A1-911/);
  assert.deepEqual(await axe(page), [], 'axe, model ended');
  await page.getByRole('button', { name: 'Answer for 30 December 2022, the model’s last day' }).click();
  assert.equal(await page.getByLabel('The date you ask about').inputValue(), '30.12.2022');
  assert.equal(await status(page), 'Eligible: you can take part.');
  await context.close();
});

test('Lithuanian model: with no last job, the registration alone gives “at the latest 16.01.2020”; never is not “not yet”', async () => {
  const { page, context } = await open('lt-eligibility.html', 'en');
  await fillLt(page, { date: '01.06.2019', birth: '10.03.1980', registered: '15.01.2019', cash: 'Yes, I receive it' });
  assert.equal(await status(page), 'At the latest from 16 January 2020 (the fact that would decide it sooner: the end date of the last job).');
  assert.match(await page.locator('[data-sr="long_term_unemployed"]').innerText(), /: cannot tell/);
  // The quote in Lithuanian, its translation beside it in the reader's language.
  const quote = page.locator('[data-sr="age"] .sr-quote');
  assert.equal(await quote.locator('blockquote').getAttribute('lang'), 'lt');
  assert.equal(await quote.locator('figcaption').innerText(), 'Translation: “aged 30 or older”');
  // Someone who neither receives nor is entitled to cash social assistance never qualifies.
  await page.getByLabel('Your last job ended on (optional)').fill('31.05.2017');
  await page.getByLabel('No', { exact: true }).check();
  const never = await status(page);
  assert.equal(never, 'Not under these rules, because “Cash social assistance” is not met, and time alone will not change that.');
  assert.doesNotMatch(await page.locator('.sr-result').innerText(), /not eligible yet|will qualify/i);
  // Not yet is a different answer, with a date.
  await page.getByLabel('Yes, I receive it').check();
  await page.getByLabel('Date of birth').fill('10.03.1991');
  assert.equal(await status(page), 'Not yet: you will qualify from 10 March 2021, if nothing else changes.');
  await context.close();
});

// ---- R3: a phone -----------------------------------------------------------

test('Latvian unemployment dates at 360 px: no horizontal scrolling, the right hint, pre-retirement for the person’s situation', async () => {
  for (const lang of ['en', 'lv', 'lt', 'ru']) {
    const { page, context } = await open('lv-unemployment.html', lang, { width: 360, height: 740 });
    await page.locator('#sr-lv1-date').fill('2025-06-01');
    await page.locator('#sr-lv1-birth-date').fill('1961-05-02');
    await page.locator('.sr-explanation li').first().waitFor();
    assert.ok(await overflow(page) <= 0, `${lang}: the page is ${await overflow(page)}px wider than the screen`);
    for (const row of await page.locator('.sr-totals__row').all()) {
      const box = await row.boundingBox();
      assert.ok(box.x + box.width <= 360, `${lang}: a row ends at ${box.x + box.width}px`);
    }
    if (lang === 'en') {
      assert.equal(await page.locator('#sr-lv1-date-hint').innerText(), 'The day you want the answer for. For example 01.01.2024.');
      assert.equal(await dd(page, 'pre_retirement_from'), '2 May 2021');
      assert.equal(await dd(page, 'pre_retirement_unemployed_from'), 'once you register as unemployed');
      // Registered in 2025: a pre-retirement unemployed person from the registration, not from the age.
      await page.locator('#sr-lv1-registered-since').fill('05.01.2025');
      assert.equal(await dd(page, 'pre_retirement_unemployed_from'), '5 January 2025');
      assert.ok(await overflow(page) <= 0);
    }
    assert.deepEqual(await axe(page), [], `${lang}: axe`);
    await context.close();
  }
});
