// The service worker of the project's own pages (registered by sr/page.js;
// never by a calculator embedded in someone else's page). It keeps the
// site's own files, every page, script, style, icon and all of pkg/ (each
// calculator's WebAssembly and the catalog parts of the four languages), so
// that after one visit every calculator works with no network, and language
// switching too. It answers only the site's own GET requests, from its cache
// first; it never caches or answers anything of another host.
//
// The list and its version come from pkg/sw-manifest.js (written by `cargo
// xtask build`): a build that changes any file changes that file, so the
// browser installs this worker anew under a new cache name. A new version
// waits until the pages of the old one are closed, or until the person
// chooses "Reload" on the notice sr/page.js shows: a page never has its
// files changed under it. Once active, it deletes the older caches.
/* global importScripts */
importScripts('pkg/sw-manifest.js');

const PREFIX = 'socialrules-';
const { version, files } = self.SR_OFFLINE;
const CACHE = `${PREFIX}${version}`;
const SCOPE = self.registration.scope;

const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/** Fetches every listed file past the HTTP cache, checks its SHA-1 against the list, and keeps it. */
async function precache() {
  const cache = await caches.open(CACHE);
  // An install that was interrupted resumes: the files already kept are this version's, checked.
  const have = new Set((await cache.keys()).map((r) => r.url));
  await Promise.all(Object.entries(files).map(async ([path, sha1]) => {
    const url = new URL(path, SCOPE).href;
    if (have.has(url)) return;
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const body = await response.arrayBuffer();
    // A file that changed since the list was written (a site half updated) fails the install; the next visit tries again.
    if (hex(await crypto.subtle.digest('SHA-1', body)) !== sha1) throw new Error(`${path}: not the version listed`);
    await cache.put(url, new Response(body, { headers: { 'Content-Type': response.headers.get('Content-Type') || '' } }));
  }));
}

self.addEventListener('install', (event) => event.waitUntil(precache()));

self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
  }
  await self.clients.claim();
})()));

// The person chose "Reload" on the notice of a new version.
self.addEventListener('message', (event) => {
  if (event.data === 'socialrules-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return; // another host's: not ours to answer
  const url = new URL(request.url);
  // `?lang=` and the like do not change a file; a directory is its index.html.
  let key = url.origin + url.pathname;
  if (key.endsWith('/')) key += 'index.html';
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    return (await cache.match(key)) || fetch(request);
  })());
});
