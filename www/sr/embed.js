// A calculator page in an iframe, `?embed=1` (loaded by page.js only then).
/**
 * `?embed=1` in an iframe: only the calculator (no page header or skip
 * link), its height posted to the parent whenever it changes and each
 * answer after every recompute, to `?origin=` if given, else to any parent.
 * The address may also carry `hide-lang=1`, `hide-intro=1` and the prefill
 * (`month`, `allocation`, `monthly-allocation`, `municipality`).
 */
export function embedMode(name) {
  const params = new URLSearchParams(window.location.search);
  document.documentElement.classList.add('page-embed');
  let target = '*';
  try { if (params.get('origin')) target = new URL(params.get('origin')).origin; } catch { /* not an origin: any parent */ }
  const post = (message) => window.parent.postMessage(message, target);
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) post({ type: 'socialrules:height', height: (last = height) });
  }).observe(document.body);
  const prefill = {};
  for (const [param, key] of [['month', 'month'], ['allocation', 'allocation'], ['monthly-allocation', 'monthlyAllocation'], ['municipality', 'municipality']]) {
    if (params.has(param)) prefill[key] = params.get(param);
  }
  return {
    hideLanguages: params.get('hide-lang') === '1',
    hideIntro: params.get('hide-intro') === '1',
    prefill,
    onResult: (detail) => post({ type: 'socialrules:result', calculator: name, detail }),
  };
}
