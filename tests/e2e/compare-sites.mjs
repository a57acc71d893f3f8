// Two builds of the site side by side (a check for size work, not a test
// of the suite): `node tests/e2e/compare-sites.mjs A B`, A and B two copies
// of site/ (e.g. a copy kept before a change, and site/ after it). Every
// calculator page, the start page, the embedded (?embed=1 in a frame) and
// custom-element forms, in several states (loaded, errors after "Check",
// answered from saved answers, "Clear" asking, printed), at 1280 and 360 px,
// in Russian and Latvian: for each, every element's tag, attributes, own
// text, computed style and box (shadow roots included), the focused element,
// the title and the address. Prints what differs, or that nothing does.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { launch } from './helpers.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.ftl': 'text/plain; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

/** The site `dir` at / and /socialrules/, the test hosts at /host/, and /frame.html?src= (a page in an iframe). */
function serve(dir) {
  const server = createServer(async (req, res) => {
    const u = new URL(req.url, 'http://x');
    const path = decodeURIComponent(u.pathname);
    if (path === '/frame.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frame</title></head><body><iframe src="${u.searchParams.get('src')}" style="width:100%;height:2000px;border:0" title="calc"></iframe></body></html>`);
      return;
    }
    if (path === '/elements.html') {
      const tags = u.searchParams.get('tags').split(',').map((t) => `<socialrules-${t} lang="${u.searchParams.get('lang')}"></socialrules-${t}>`).join('');
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>elements</title><script type="module" src="/sr/elements.js"></script></head><body>${tags}</body></html>`);
      return;
    }
    let [base, rel] = path.startsWith('/host/') ? [join(ROOT, 'tests/e2e/host'), path.slice(6)]
      : path.startsWith('/socialrules/') ? [dir, path.slice(13)] : [dir, path.slice(1)];
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(base, rel));
    try {
      if (!file.startsWith(base)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() })));
}

/** Everything a person could see of a document (or frame), shadow roots included. */
function snapshot() {
  const out = [];
  const walk = (node, path) => {
    for (const el of node.children) {
      const p = `${path}>${el.localName}`;
      const s = getComputedStyle(el);
      const style = [];
      // Custom properties are left out: what they do shows in the properties that use them.
      for (let i = 0; i < s.length; i += 1) if (!s[i].startsWith('--')) style.push(`${s[i]}:${s.getPropertyValue(s[i])}`);
      const r = el.getBoundingClientRect();
      // Absolute addresses without the server's port; ids without the instance's number (elements mount in any order).
      const norm = (v) => v.replaceAll(location.origin, '').replace(/\bsr-([a-z]+)\d+-/g, 'sr-$1N-');
      const attrs = [...el.attributes].map((a) => `${a.name}=${norm(a.value)}`).sort();
      const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('|');
      out.push({ p, attrs, text, box: [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100), style: style.join('\n'), value: 'value' in el ? String(el.value) : undefined });
      if (el.shadowRoot) walk(el.shadowRoot, `${p}#shadow`);
      walk(el, p);
    }
  };
  walk(document, '');
  const active = (() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a; })();
  return { out, title: document.title, lang: document.documentElement.lang, url: location.pathname + location.search, active: active ? `${active.localName}#${active.id.replace(/\bsr-([a-z]+)\d+-/g, 'sr-$1N-')}` : null };
}

const PAGES = ['lt-eligibility', 'lv-unemployment', 'mk360-admission', 'vbtai-competition', 'esf-ex-prisoners', 'assistant-hours'];
const SAVED = {
  'lt-eligibility': { date: '2020-06-01', birth_date: '1980-01-01', registered_since: '2018-01-01', last_employment_end: '', cash_social_assistance: 'receives', municipality: 'Kazlų Rūda' },
  'lv-unemployment': { date: '01.06.2020', birth_date: '01.01.1958', disability: false, employment_end: '01.01.2019', registered_since: '01.02.2019' },
  'mk360-admission': { placement_date: '01.07.2020', institution: 'long_term_care', negative_test_date: '29.06.2020', certificate_date: '', respiratory_symptoms: false, urgent_child_placement: false, from_inpatient_treatment: true },
  'vbtai-competition': { education: 'academic_higher', english: 'B2', posts: [{ from: '01.01.2012', to: '31.12.2019', kind: 'head', subordinates: '12' }, { from: '01.01.2010', to: '', kind: 'other', subordinates: 'x' }], deadline: '22.06.2020' },
  'assistant-hours': { year: '2020', month: '6', allocation: '40', regulation: '', service: 'assistant', monthlyAllocation: '', amount: '', help: [], days: [['2020-06-10', { hours: '4', measure: '' }], ['2020-06-11', { hours: '4', measure: '' }], ['2020-06-12', { hours: '4', measure: '' }]], resumed: 'no', prev: [['0', '80'], ['1', '80'], ['2', '80']], dailyMax: '8', granularity: '0.5', rate: '5.5', paid: [] },
};

async function scenarios(browser, url) {
  const shots = new Map();
  const take = async (name, page, frame = page) => {
    await page.waitForTimeout(150);
    shots.set(name, await frame.evaluate(snapshot));
  };
  for (const [w, h, langs] of [[1280, 900, ['ru', 'lv']], [360, 800, ['ru']]]) {
    for (const lang of langs) {
      for (const p of PAGES) {
        const tag = `${p} ${lang} ${w}`;
        const context = await browser.newContext({ viewport: { width: w, height: h } });
        const page = await context.newPage();
        await page.goto(`${url}${p}.html?lang=${lang}`);
        await page.locator('.sr-result').waitFor();
        await take(`${tag} loaded`, page);
        if (p !== 'esf-ex-prisoners') {
          await page.locator('button[type=submit]').click();
          await take(`${tag} checked empty`, page);
          if (SAVED[p]) {
            const key = `socialrules:v1:${p}`;
            const touched = Object.keys(SAVED[p]);
            const value = p === 'assistant-hours' ? { v: 1, ...SAVED[p], touched } : { v: 1, values: SAVED[p], touched };
            await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(value)]);
            await page.reload();
            await page.locator('.sr-result').waitFor();
            await page.waitForTimeout(300);
            await take(`${tag} answered`, page);
            await page.emulateMedia({ media: 'print' });
            await take(`${tag} answered print`, page);
            await page.emulateMedia({ media: 'screen' });
            await page.locator('[id$="keep-clear"]').click();
            await take(`${tag} clear asked`, page);
            await page.keyboard.press('Escape');
            await take(`${tag} clear kept`, page);
          }
        } else {
          await page.emulateMedia({ media: 'print' });
          await take(`${tag} print`, page);
        }
        await context.close();
      }
      if (w === 1280) {
        const context = await browser.newContext({ viewport: { width: w, height: h } });
        const page = await context.newPage();
        await page.goto(`${url}?lang=${lang}`);
        await page.locator('.page-cards a').first().waitFor();
        await take(`start ${lang}`, page);
        for (const p of ['lt-eligibility', 'vbtai-competition', 'assistant-hours']) {
          await page.goto(`${url}frame.html?src=${encodeURIComponent(`/${p}.html?embed=1&lang=${lang}`)}`);
          const frame = page.frames()[1];
          await frame.locator('.sr-result').waitFor();
          await take(`embed ${p} ${lang}`, page, frame);
        }
        await page.goto(`${url}elements.html?lang=${lang}&tags=${PAGES.join(',')}`);
        await page.waitForFunction(() => document.querySelectorAll('body > *').length === 6
          && [...document.querySelectorAll('body > *')].every((e) => e.shadowRoot?.querySelector('.sr-result')));
        await take(`elements ${lang}`, page);
        await page.emulateMedia({ media: 'print' });
        await take(`elements ${lang} print`, page);
        await page.goto(`${url}host/`);
        await page.waitForFunction(() => [...document.querySelectorAll('main > socialrules-assistant-hours, main > socialrules-lt-eligibility')].every((e) => e.shadowRoot?.querySelector('.sr-result')));
        await take(`hostile host ${lang}`, page);
        await context.close();
      }
    }
  }
  return shots;
}

// A's snapshots are kept beside it (A/../<name>.snapshots.json) and reused: A is the build before, taken once.
const [a, b] = process.argv.slice(2).map((d) => resolve(d));
const kept = `${a}.snapshots.json`;
const browser = await launch();
const take = async (dir) => { const s = await serve(dir); const shots = await scenarios(browser, s.url); s.stop(); return shots; };
const A = existsSync(kept) ? new Map(JSON.parse(readFileSync(kept, 'utf8'))) : await take(a);
if (!existsSync(kept)) writeFileSync(kept, JSON.stringify([...A]));
const B = await take(b);
let differences = 0;
let values = 0;
// The head's elements are left out (the stylesheets a page links); its title is compared.
const body = (shot) => ({ ...shot, out: shot.out.filter((e) => !e.p.startsWith('>html>head')) });
for (const [name, xa] of A) {
  const [x, y] = [body(xa), body(B.get(name))];
  const say = (what) => { differences += 1; if (differences <= 200) console.log(`${name}: ${what}`); };
  for (const k of ['title', 'lang', 'active']) if (x[k] !== y[k]) say(`${k} ${x[k]} → ${y[k]}`);
  if (x.url.replace(/&?lang=\w+/, '') !== y.url.replace(/&?lang=\w+/, '')) say(`url ${x.url} → ${y.url}`);
  if (x.out.length !== y.out.length) { say(`${x.out.length} → ${y.out.length} elements`); continue; }
  x.out.forEach((e, i) => {
    const f = y.out[i];
    if (e.p !== f.p) { say(`element ${i}: ${e.p} → ${f.p}`); return; }
    if (e.attrs.join() !== f.attrs.join()) say(`${e.p} attributes ${e.attrs.join(' ')} → ${f.attrs.join(' ')}`);
    if (e.text !== f.text) say(`${e.p} text "${e.text}" → "${f.text}"`);
    if (e.value !== f.value) say(`${e.p} value "${e.value}" → "${f.value}"`);
    if (e.box.join() !== f.box.join()) say(`${e.p} box ${e.box} → ${f.box}`);
    const [ea, fa] = [e.style.split('\n'), f.style.split('\n')];
    values += ea.length;
    if (e.style !== f.style) {
      const fs = new Set(fa);
      const es = new Set(ea);
      say(`${e.p}.${e.attrs.find((t) => t.startsWith('class=')) || ''} style: ${ea.filter((x) => !fs.has(x)).join('; ')} → ${fa.filter((x) => !es.has(x)).join('; ')}`);
    }
  });
}
console.log(`${A.size} states, ${values} computed values compared: ${differences} differences`);
await browser.close();
process.exit(differences ? 1 : 0);
