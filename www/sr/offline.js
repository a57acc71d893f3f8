// Offline and install, for the project's own pages only (page.js calls it; a
// calculator embedded in someone else's page never does): registers the
// service worker (../sw.js), which keeps the site's files for use with no
// network, and links the app manifest of the page's language. When a new
// version has been fetched it waits, and a notice (a polite status, with a
// button) offers to reload into it; nothing reloads by itself.
import { h } from './dom.js';

let words = null; // the page's words, for the notice
let waiting = null; // the registration whose new version waits, once there is one
let notice = null;

/** The page's language changed (or was first chosen): the manifest and the notice follow it. */
export function offlineLang(w) {
  words = w;
  const link = document.querySelector('link[rel="manifest"]');
  if (link) link.href = new URL(`../pkg/${w.lang}.webmanifest`, import.meta.url).href;
  show();
}

function show() {
  if (!notice || !waiting?.waiting || !words) return;
  const w = words;
  const reload = h('button', {
    type: 'button',
    class: 'page-update__reload',
    on: {
      click: () => {
        reload.disabled = true;
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        waiting.waiting?.postMessage('socialrules-update');
      },
    },
  }, w.t('ui-offline-reload'));
  notice.replaceChildren(h('p', {}, `${w.t('ui-offline-update-ready')} `, reload));
}

/** Registers the service worker once the page has loaded, if this is one of the project's own pages. */
export function registerOffline() {
  if (!('serviceWorker' in navigator) || !document.querySelector('link[rel="manifest"]')) return;
  if (document.readyState !== 'complete') {
    window.addEventListener('load', registerOffline, { once: true });
    return;
  }
  // Present (empty) from the start, so that screen readers announce the notice when it comes.
  notice = h('div', { class: 'page-update', role: 'status' });
  (document.querySelector('.page-header') || document.body.firstChild)?.after(notice);
  const sw = navigator.serviceWorker;
  sw.register(new URL('../sw.js', import.meta.url), { scope: new URL('../', import.meta.url).href, updateViaCache: 'none' })
    .then((reg) => {
      // A new version counts only where an older one is in use (not on the first visit).
      const check = () => { if (reg.waiting && sw.controller) { waiting = reg; show(); } };
      check();
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => { if (next.state === 'installed') check(); });
      });
    })
    .catch(() => { /* no offline use (a private window, storage off): the page works as before */ });
}
