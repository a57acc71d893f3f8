// Keeps a calculator's answers in this browser, and nothing else: what was
// typed is saved as it is typed (localStorage, else this tab's
// sessionStorage, else nowhere, and the page says so), restored on reload,
// cleared after a question, and exported to or imported from a JSON file in
// the command line's input format. Nothing is ever sent anywhere: no
// request, only the browser's own storage and files the person picks.
//
// Writing and reading the files is keep-file.js, loaded on the first click
// of "Export" or pick of a file (not needed before).
//
// One storage key per calculator, versioned: `socialrules:v1:<calculator>`.
// A stored value that cannot be read is ignored. Two instances of the same
// calculator on one page: the first saves, the others do not (they say so),
// unless each is given its own `storageKey`; `save: false` saves nothing.

import { h } from './core.js';

const PREFIX = 'socialrules:v1:';
const VERSION = 1;
const inUse = new Set(); // the keys instances on this page save under

/** The browser's storage here: localStorage, else sessionStorage, else null (blocked or switched off). */
function openStore() {
  for (const kind of ['localStorage', 'sessionStorage']) {
    try {
      const s = window[kind];
      s.getItem(`${PREFIX}probe`);
      return { s, kind };
    } catch { /* this kind is not available */ }
  }
  return null;
}

/**
 * The keeper of calculator `name`'s answers: `load()` → the saved object or
 * null, `watch(root, snapshot)` saves `snapshot()` after every change,
 * `clear()`, and `bar(…)` the controls (status, export, import, clear).
 */
export function keeper(name, options = {}) {
  const key = options.storageKey ? String(options.storageKey) : `${PREFIX}${name}`;
  const off = options.save === false || inUse.has(key);
  if (!off) inUse.add(key);
  const store = off ? null : openStore();
  let status = !store ? 'ui-keep-not-saved' : store.kind === 'localStorage' ? 'ui-keep-saved' : 'ui-keep-session';
  let parts = null; // the bar's live parts: { status, message, w, file }
  let message = null; // [key, args, isError]: said in the bar, kept across re-renders
  let timer = 0;
  let snapshot = null;

  function save() {
    clearTimeout(timer);
    timer = 0;
    if (!store || !snapshot) return;
    const was = status;
    try {
      store.s.setItem(key, JSON.stringify({ v: VERSION, ...snapshot() }));
      if (status === 'ui-keep-full') status = store.kind === 'localStorage' ? 'ui-keep-saved' : 'ui-keep-session';
    } catch {
      status = 'ui-keep-full';
    }
    if (status !== was && parts) parts.status.textContent = parts.w.t(status);
  }
  const later = () => { if (!timer) timer = setTimeout(save, 0); };

  function say(k, args = {}, isError = false) {
    message = [k, args, isError];
    if (!parts) return;
    parts.message.textContent = parts.w.t(k, args);
    parts.message.classList.toggle('sr-error-message', isError);
  }

  return {
    /** The saved answers, or null (none, another version, or unreadable). */
    load() {
      if (!store) return null;
      try {
        const v = JSON.parse(store.s.getItem(key));
        return v && typeof v === 'object' && !Array.isArray(v) && v.v === VERSION ? v : null;
      } catch {
        return null;
      }
    },
    /** Saves `snapshot()` after every change made in `root` (typing, choosing, a button). */
    watch(root, snap) {
      snapshot = snap;
      for (const ev of ['input', 'change']) root.addEventListener(ev, later);
      root.addEventListener('click', (e) => { if (e.target.closest('button') && !e.target.closest('.sr-keep')) later(); });
      window.addEventListener('pagehide', () => { if (timer) save(); });
      // Another tab or window of this page saved under the same name: one saved copy is kept, the last written, so the person is told.
      if (store?.kind === 'localStorage') window.addEventListener('storage', (e) => { if (e.key === key && e.storageArea === store.s) say('ui-keep-other-tab', {}, true); });
    },
    /** Forgets what is saved. */
    clear() {
      clearTimeout(timer);
      timer = 0;
      try { store?.s.removeItem(key); } catch { /* nothing to forget */ }
    },
    say,
    /**
     * The controls, placed after the form `after`: what is saved where,
     * export, import and clear (which asks first, inline). `onExport()` →
     * `{file, text}` or `{error: [key, args]}`; `onImport(file name, text,
     * readExact)` →
     * null (done) or `[key, args]` (refused, nothing changed), or a promise
     * of either; `onClear()`.
     */
    bar({ w, id, after, onExport, onImport, onClear }) {
      if (!after) return;
      const statusEl = h('p', { class: 'sr-keep__status' }, w.t(status));
      const messageEl = h('p', { class: 'sr-keep__message', role: 'status' });
      const fileInput = h('input', {
        type: 'file', id: id('keep-file'), accept: '.json,application/json', hidden: true,
        on: { change: () => read(fileInput.files[0]) },
      });
      const button = (k, text, on, extra = {}) => h('button', { type: 'button', class: 'sr-button sr-button--secondary', id: id(k), ...extra, on: { click: on } }, text);
      const clearButton = button('keep-clear', w.t('ui-keep-clear'), () => ask(true), { 'aria-expanded': 'false', 'aria-controls': id('keep-confirm') });
      const no = button('keep-no', w.t('ui-keep-confirm-no'), () => ask(false));
      const yes = button('keep-yes', w.t('ui-keep-confirm-yes'), () => {
        ask(false, false);
        onClear();
        say('ui-keep-cleared');
        document.getElementById(id('keep-clear'))?.focus();
      }, { class: 'sr-button sr-button--warning' });
      const confirm = h('div', {
        class: 'sr-keep__confirm', id: id('keep-confirm'), role: 'group', 'aria-labelledby': id('keep-question'), hidden: true,
        on: { keydown: (e) => { if (e.key === 'Escape') { e.preventDefault(); ask(false); } } },
      }, h('p', { class: 'sr-keep__question', id: id('keep-question') }, w.t('ui-keep-confirm')), h('div', { class: 'sr-keep__actions' }, yes, no));
      /** Opens or closes the question; focus on "Cancel" when it opens, back on "Clear" when it closes. */
      function ask(open, refocus = true) {
        confirm.hidden = !open;
        clearButton.setAttribute('aria-expanded', String(open));
        if (open) no.focus();
        else if (refocus) clearButton.focus();
      }
      // keep-file.js is loaded on the first export or file picked.
      function read(file) {
        fileInput.value = '';
        // Saved once the calculator has taken the file (the input's change came before it), so a reload shows what was imported.
        const taken = async (...args) => { const refused = await onImport(...args); if (!refused) save(); return refused; };
        if (file) import('./keep-file.js').then((f) => f.readFile(file, taken, say)).catch(() => say('ui-keep-import-unreadable', { file: file.name }, true));
      }
      const exportFile = () => import('./keep-file.js').then((f) => f.exportFile(onExport, say));
      const bar = h('div', { class: 'sr-keep' },
        statusEl,
        h('div', { class: 'sr-keep__actions' },
          button('keep-export', w.t('ui-keep-export'), exportFile),
          button('keep-import', w.t('ui-keep-import'), () => fileInput.click()),
          fileInput,
          clearButton),
        confirm,
        messageEl);
      parts = { status: statusEl, message: messageEl, w };
      if (message) say(...message);
      after.after(bar);
    },
  };
}
