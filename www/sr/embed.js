// A calculator page in an iframe, `?embed=1` (loaded by page.js only then).
/**
 * `?embed=1` in an iframe: only the calculator (no page header or skip
 * link), its height posted to the parent whenever it changes and each
 * answer after every recompute, to `?origin=` if given, else to any parent.
 * The address may also carry `hide-lang=1`, `hide-intro=1`, `storage-key`, `no-save=1` and the prefill
 * (`month`, `allocation`, `monthly-allocation`, `municipality`).
 */
export function embedMode(name) {
  const params = new URLSearchParams(window.location.search);
  document.documentElement.classList.add('page-embed');
  let target = '*';
  // An opaque one (`data:…`, `javascript:…`) is "null", to which nothing can be posted: as not an origin.
  try { if (params.get('origin')) { const o = new URL(params.get('origin')).origin; if (o !== 'null') target = o; } } catch { /* not an origin: any parent */ }
  const post = (message) => window.parent.postMessage(message, target);
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) post({ type: 'socialrules:height', height: (last = height) });
  }).observe(document.body);
  // The frame is as tall as the calculator, so the total bar (position: sticky) would stay at its
  // bottom, off the screen: the host tells which part of the frame its screen shows
  // ({type: 'socialrules:view', top, height}: the frame's first pixel on the screen and the
  // screen's height, in CSS pixels) and the bar keeps to the bottom of that part.
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || e.data?.type !== 'socialrules:view' || (target !== '*' && e.origin !== target)) return;
    const { top, height } = e.data;
    if (!Number.isFinite(top) || !Number.isFinite(height)) return;
    const gap = Math.min(Math.max(0, window.innerHeight - top - height), window.innerHeight);
    document.documentElement.style.setProperty('--sr-view-gap', `${Math.round(gap)}px`);
  });
  const prefill = {};
  for (const [param, key] of [['month', 'month'], ['allocation', 'allocation'], ['monthly-allocation', 'monthlyAllocation'], ['municipality', 'municipality']]) {
    if (params.has(param)) prefill[key] = params.get(param);
  }
  return {
    hideLanguages: params.get('hide-lang') === '1',
    hideIntro: params.get('hide-intro') === '1',
    prefill,
    ...(params.get('storage-key') ? { storageKey: `socialrules:v1:embed:${params.get('storage-key')}` } : {}),
    ...(params.get('no-save') === '1' ? { save: false } : {}),
    onResult: (detail) => post({ type: 'socialrules:result', calculator: name, detail }),
  };
}
