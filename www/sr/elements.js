// The calculators as custom elements, for a host page that writes one line
// of HTML: importing this module defines
//   <socialrules-assistant-hours>, <socialrules-lt-eligibility>,
//   <socialrules-lv-unemployment>, <socialrules-mk360-admission>,
//   <socialrules-vbtai-competition>, <socialrules-esf-ex-prisoners>,
// each mounting its calculator (the same mount functions the pages use) in
// its own shadow root: the host's CSS (resets, `!important`, a root font
// size of its own) cannot reach inside, and the calculator's ids cannot
// clash with the host's or another element's. The host styles it through
// the documented custom properties (--sr-font, --sr-font-size, --sr-accent),
// which cross the shadow boundary. Only the calculator's own files are
// loaded, from beside this module; nothing from any other host.
//
// Attributes (read when the element is first connected; `lang` also
// followed afterwards, for a host's own language switch): lang (lv|lt|en|ru),
// heading-level (1–6, default 2), hide-lang, hide-intro, and prefill:
// month, allocation, monthly-allocation (assistant-hours), municipality
// (lt-eligibility). Event `result` (bubbles, composed) after every
// recompute, detail = { ok, result, errors } as the rules answer.

const MOUNT = {
  'assistant-hours': () => import('./assistant-hours.js').then((m) => m.mountAssistantHours),
  'lt-eligibility': () => import('./lt-eligibility.js').then((m) => m.mountLtEligibility),
  'lv-unemployment': () => import('./lv-unemployment.js').then((m) => m.mountLvUnemployment),
  'mk360-admission': () => import('./mk360-admission.js').then((m) => m.mountMk360Admission),
  'vbtai-competition': () => import('./vbtai-competition.js').then((m) => m.mountVbtaiCompetition),
  'esf-ex-prisoners': () => import('./esf-ex-prisoners.js').then((m) => m.mountEsfExPrisoners),
};

/** Each element's tag → the calculator it shows. */
export const ELEMENTS = Object.freeze(Object.fromEntries(Object.keys(MOUNT).map((name) => [`socialrules-${name}`, name])));

/** The prefill attributes of each calculator → the mount option's key. */
const PREFILL = {
  'assistant-hours': { month: 'month', allocation: 'allocation', 'monthly-allocation': 'monthlyAllocation' },
  'lt-eligibility': { municipality: 'municipality' },
};

/** The calculators' stylesheet, and the elements' own frame (the base font size, resets against the host's); the timesheet's own after them. */
const STYLES = ['../socialrules.css', './elements.css'].map((f) => new URL(f, import.meta.url).href);
const OWN_STYLES = { 'assistant-hours': [new URL('./assistant-hours.css', import.meta.url).href] };

/** A stylesheet link in `shadow`; resolves once it has loaded (or failed: the calculator still works unstyled). */
function stylesheet(shadow, href) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  shadow.append(link);
  return loaded;
}

function elementFor(name) {
  return class extends HTMLElement {
    static get observedAttributes() {
      return ['lang'];
    }

    /** A host that changes `lang` after mounting (its own language switch): the calculator follows, keeping what was typed. */
    attributeChangedCallback(attr, before, after) {
      if (attr === 'lang' && after && after !== before && this.ready) {
        this.ready.then((calc) => calc?.setLang(after));
      }
    }

    connectedCallback() {
      if (this.shadowRoot) return; // moved in the page: already mounted
      const shadow = this.attachShadow({ mode: 'open' });
      const root = document.createElement('div');
      const styled = Promise.all([...STYLES, ...(OWN_STYLES[name] || [])].map((href) => stylesheet(shadow, href)));
      shadow.append(root);
      const level = Number.parseInt(this.getAttribute('heading-level') ?? '', 10);
      const prefill = {};
      for (const [attr, key] of Object.entries(PREFILL[name] || {})) {
        if (this.hasAttribute(attr)) prefill[key] = this.getAttribute(attr);
      }
      const options = {
        lang: this.getAttribute('lang') || undefined,
        headingLevel: level >= 1 && level <= 6 ? level : 2,
        hideLanguages: this.hasAttribute('hide-lang'),
        hideIntro: this.hasAttribute('hide-intro'),
        prefill,
        // Where the answers are kept in this browser: a host's own key, or nowhere.
        ...(this.hasAttribute('storage-key') ? { storageKey: `socialrules:v1:embed:${this.getAttribute('storage-key')}` } : {}),
        ...(this.hasAttribute('no-save') ? { save: false } : {}),
        onResult: (detail) => this.dispatchEvent(new CustomEvent('result', { detail, bubbles: true, composed: true })),
      };
      // Shown only once styled: never a flash of the bare form.
      root.hidden = true;
      this.ready = Promise.all([styled, MOUNT[name]()]).then(([, mount]) => {
        root.hidden = false;
        return mount(root, options);
      });
    }
  };
}

/** Defines every element not defined yet (calling it again does nothing). */
export function define(registry = window.customElements) {
  for (const [tag, name] of Object.entries(ELEMENTS)) {
    if (!registry.get(tag)) registry.define(tag, elementFor(name));
  }
}

define();
