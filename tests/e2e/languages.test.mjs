// Every page in each of the four languages, as its readers see it: the
// whole page in that language (no label of another, quotes of the law
// aside), accessible (axe), at 360 px; the first visit in the browser's own
// language and the person's choice remembered; and the catalogs' words as
// the reference Fluent implementation (@fluent/bundle) formats them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { startServer, launch, newPage, axe } from './helpers.mjs';

const LANGS = ['lv', 'lt', 'en', 'ru'];
const catalogText = (l) => readFileSync(new URL(`../../src/text/catalog/${l}.ftl`, import.meta.url), 'utf8');

function bundle(lang) {
  const b = new FluentBundle(lang, { useIsolating: false });
  const errors = b.addResource(new FluentResource(catalogText(lang)));
  return { b, errors };
}

/** The messages of `lang` that need no variable, as the reference implementation writes them. */
function simpleMessages(lang) {
  const { b } = bundle(lang);
  const out = new Map();
  for (const [id] of b._messages) {
    const m = b.getMessage(id);
    if (!m?.value) continue;
    const errors = [];
    const text = b.formatPattern(m.value, {}, errors);
    if (errors.length === 0) out.set(id, text);
  }
  return out;
}

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('the reference Fluent implementation reads every catalog without an error', () => {
  for (const lang of LANGS) {
    const { errors } = bundle(lang);
    assert.deepEqual(errors.map(String), [], `${lang}.ftl`);
    const res = new FluentResource(catalogText(lang));
    assert.ok(res.body.length > 200, `${lang}.ftl has its messages`);
  }
});

/** Fills each page with an answer that shows its result and explanation (fields by their ids). */
const PAGES = {
  'assistant-hours.html': async (page) => {
    await page.locator('#sr-ah1-year').selectOption('2020');
    await page.locator('#sr-ah1-month').selectOption('6');
    await page.locator('#sr-ah1-allocation').fill('40');
    for (const d of ['10', '11', '12']) await page.locator(`#sr-ah1-h-2020-06-${d}`).fill('4');
    await page.locator('#sr-ah1-resumed-no').check();
    for (const i of [0, 1, 2]) await page.locator(`#sr-ah1-prev-${i}`).fill('80');
    await page.locator('#sr-ah1-rate').fill('3');
  },
  // A month under Cabinet Regulation No. 316, after the last verified hourly amount, with the allocation help open.
  'assistant-hours.html?under=mk316': async (page) => {
    await page.locator('#sr-ah1-year').selectOption('2025');
    await page.locator('#sr-ah1-month').selectOption('3');
    await page.locator('#sr-ah1-service-companion').check();
    await page.locator('#sr-ah1-monthlyAllocation').fill('60');
    for (const d of ['03', '04', '05']) await page.locator(`#sr-ah1-h-2025-03-${d}`).fill('8');
    await page.locator('#sr-ah1-amount').fill('5');
    await page.locator('.sr-help__summary').click();
    await page.locator('.sr-help input[type=checkbox]').first().check();
  },
  'lt-eligibility.html': async (page) => {
    await page.locator('#sr-lt1-date').fill('01.06.2020');
    await page.locator('#sr-lt1-birth-date').fill('10.03.1980');
    await page.locator('#sr-lt1-registered-since').fill('15.01.2019');
    await page.locator('#sr-lt1-cash-social-assistance-receives').check();
    await page.locator('#sr-lt1-municipality').fill('Kazlų Rūda');
  },
  'lv-unemployment.html': async (page) => {
    await page.locator('#sr-lv1-date').fill('01.01.2024');
    await page.locator('#sr-lv1-birth-date').fill('02.05.1961');
    await page.locator('#sr-lv1-employment-end').fill('31.12.2022');
    await page.locator('#sr-lv1-registered-since').fill('05.01.2023');
  },
  'mk360-admission.html': async (page) => {
    await page.locator('#sr-mk1-placement-date').fill('15.06.2020');
    await page.locator('#sr-mk1-institution-long-term-care').check();
    await page.locator('#sr-mk1-negative-test-date').fill('13.06.2020');
  },
  'vbtai-competition.html': async (page) => {
    await page.locator('#sr-vb1-education-academic-higher').check();
    await page.locator('#sr-vb1-english').selectOption('B2');
    const post = page.locator('[data-sr-item="1"]');
    await post.locator('input[name$="-from"]').fill('01.03.2015');
    await post.locator('input[value="head"]').check();
    await post.locator('input[name$="-subordinates"]').fill('12');
  },
  'esf-ex-prisoners.html': async () => {},
};

/** The page's visible text, leaving out what is marked as another language (quotes, language names). */
async function ownText(page, lang) {
  return page.evaluate((l) => {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const own = node.getAttribute('lang');
      if (own && own !== l) return;
      if (['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(node.tagName)) return;
      for (const c of node.childNodes) walk(c);
    };
    walk(document.body);
    return parts.join(' ').replace(/\s+/g, ' ');
  }, lang);
}

const simple = Object.fromEntries(LANGS.map((l) => [l, simpleMessages(l)]));

for (const path of ['', ...Object.keys(PAGES)]) {
  for (const lang of LANGS) {
    test(`${path || 'the start page'} in ${lang}: every word in ${lang}, accessible, within 360 px`, async () => {
      const { page, context, foreign, consoleErrors } = await newPage(browser, server.url, { width: 360, height: 740 });
      await page.goto(`${server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      if (path) {
        await page.locator('.sr-calc .sr-title').waitFor();
        await PAGES[path](page);
        await page.locator('.sr-explanation li').first().waitFor();
      } else {
        await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector('.page-cards a'), lang);
      }
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      if (path) assert.equal(await page.locator('.sr-calc').getAttribute('lang'), lang);
      const text = await ownText(page, lang);
      const mine = new Set(simple[lang].values());
      for (const other of LANGS.filter((l) => l !== lang)) {
        for (const [id, words] of simple[other]) {
          // A message of another language that this language words differently.
          if (id.startsWith('language-name-') || words.length < 12 || mine.has(words) || words === simple[lang].get(id)) continue;
          // An original name in brackets after its translation is the glossary's convention.
          const bare = text.split(`(${words}`).join('');
          assert.ok(!bare.includes(words), `${path || 'start'} (${lang}) shows ${other}'s “${words}” (${id})`);
        }
      }
      assert.doesNotMatch(text, /RULES\.md|source 00\d|\.rs\b|INTERPRET|\bui-[a-z]|\br[1-6]-[a-z]/, 'no file names, no capitals jargon, no message ids');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than a 360 px screen`);
      assert.deepEqual(await axe(page), [], 'axe');
      assert.deepEqual(foreign, [], 'no request to any other host');
      assert.deepEqual(consoleErrors, []);
      await context.close();
    });
  }
}

test('a first visit follows the browser’s language, else the calculator’s country; a choice is remembered', async () => {
  for (const [locale, path, want] of [['ru-RU', 'assistant-hours.html', 'ru'], ['lt-LT', '', 'lt'], ['de-DE', 'lt-eligibility.html', 'lt'], ['de-DE', 'lv-unemployment.html', 'lv'], ['en-GB', 'lv-unemployment.html', 'en']]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction((l) => document.documentElement.lang === l && (document.querySelector('.sr-form') || document.querySelector('.page-cards a')), want);
    assert.equal(await page.locator('html').getAttribute('lang'), want, `${locale} ${path}`);
    await context.close();
  }
  // The person picks Lithuanian on one page: the next page opens in Lithuanian.
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${server.url}assistant-hours.html`);
  await page.locator('.sr-form').waitFor();
  await page.getByRole('button', { name: 'Lietuvių' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'lt');
  await page.goto(`${server.url}lv-unemployment.html`);
  await page.locator('.sr-form').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'lt');
  await context.close();
});

test('the rules’ formatter writes every message as the reference Fluent implementation does', async () => {
  const { page, context } = await newPage(browser, server.url);
  await page.goto(`${server.url}?lang=en`);
  await page.locator('.page-cards a').first().waitFor();
  const ARGS = [
    {},
    { n: 1, more: 21, max: 24, min: 2, count: 5, months: 24, people: 70, allocation: 40, paid: 0, over: 3, emergency: 0, unplaced: 0 },
    { n: 22, more: 5, max: 2, paid: 5, over: 0, emergency: 7, unplaced: 2, months: 'none', people: 'none', since: 'none' },
  ];
  for (const lang of LANGS) {
    const { b } = bundle(lang);
    const cases = [];
    for (const [id] of b._messages) {
      for (const args of ARGS) {
        const full = { field: 'F', Field: 'F', date: 'none', value: 'V', month: 'M', week: 'W', days: 'D', from: 'A', to: 'B', name: 'N', ...args };
        const errors = [];
        const m = b.getMessage(id);
        if (!m?.value) continue;
        // Fluent formats numbers with Intl: compare integers only (decimals are the rules' own).
        const want = b.formatPattern(m.value, full, errors);
        cases.push({ id, full, want });
      }
    }
    const got = await page.evaluate(async ({ l, list }) => {
      // Each module holds its own rule set's messages and the shared ones:
      // ask each module until one has the message (an unknown id comes back as itself).
      const core = await import('./sr/core.js');
      const names = ['words', 'assistant-hours', 'assistant-hours-mk942', 'lt-eligibility', 'lv-unemployment', 'mk360-admission', 'vbtai-competition', 'esf-ex-prisoners'];
      const mods = await Promise.all(names.map((n) => core.loadRules(n)));
      await core.loadCatalog(l);
      return list.map((c) => mods.map((m) => m.message(l, c.id, c.full)).find((t) => t !== c.id) ?? c.id);
    }, { l: lang, list: cases });
    const diff = cases.map((c, i) => [c, got[i]]).filter(([c, g]) => c.want.replace(/\u00a0/g, ' ') !== g.replace(/\u00a0/g, ' '));
    assert.deepEqual(diff.slice(0, 5).map(([c, g]) => `${c.id} ${JSON.stringify(c.full)}: fluent “${c.want}” ours “${g}”`), [], lang);
  }
  await context.close();
});
