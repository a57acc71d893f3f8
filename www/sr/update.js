// The notice of a new version of the site (loaded by page.js only once one
// waits in the service worker): its words, and "Reload", which lets the
// waiting worker take over and then reloads the page into the new version.
import { h } from './core.js';

/** Writes the notice into `notice` (page.js's, in the page from the start: a status that speaks) in the words `words`; `update` is the registration a new version waits in. */
export function updateNotice(notice, words, update) {
  const button = h('button', { type: 'button' }, words.t('ui-offline-reload'));
  button.onclick = () => {
    button.disabled = true;
    navigator.serviceWorker.oncontrollerchange = () => window.location.reload();
    update.waiting?.postMessage('socialrules-update');
  };
  notice.replaceChildren(h('p', {}, `${words.t('ui-offline-update-ready')} `, button));
}
