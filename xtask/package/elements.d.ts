// The custom elements (`socialrules/elements.js`): importing the module
// defines one element per calculator.
import type { Calculators, Lang, Outcome } from './core.js';

/** Each element's tag and the calculator it holds. */
export interface ElementCalculators {
  'socialrules-assistant-hours': 'assistant-hours';
  'socialrules-lt-eligibility': 'lt-eligibility';
  'socialrules-lv-unemployment': 'lv-unemployment';
  'socialrules-mk360-admission': 'mk360-admission';
  'socialrules-vbtai-competition': 'vbtai-competition';
  'socialrules-esf-ex-prisoners': 'esf-ex-prisoners';
}

/** Tag → calculator name. */
export const ELEMENTS: Readonly<ElementCalculators>;

/** Defines every element not defined yet in `registry` (default `window.customElements`); idempotent, called on import. */
export function define(registry?: CustomElementRegistry): void;

/** The `detail` of the `result` event: exactly what `run` returns. */
export type ResultDetail<N extends keyof Calculators> = Outcome<Calculators[N]['result']>;

/** The `result` event: after every recompute; bubbles, composed. */
export type ResultEvent<N extends keyof Calculators> = CustomEvent<ResultDetail<N>>;

/** The attributes every element takes (all optional). */
export interface CommonAttributes {
  /** lv | lt | en | ru; else the usual choice. */
  lang?: Lang;
  /** 1–6, default 2. */
  'heading-level'?: '1' | '2' | '3' | '4' | '5' | '6';
  /** Boolean: no language switch. */
  'hide-lang'?: '' | 'hide-lang';
  /** Boolean: no introduction. */
  'hide-intro'?: '' | 'hide-intro';
  /** The answers kept in this browser under `socialrules:v1:embed:` and this name, not the calculator's own key. */
  'storage-key'?: string;
  /** Boolean: nothing kept in the browser. */
  'no-save'?: '' | 'no-save';
}

/** Prefill of assistant-hours (initial values only). */
export interface AssistantHoursAttributes extends CommonAttributes {
  /** YYYY-MM. */
  month?: string;
  /** Hours a week (MK 942). */
  allocation?: string;
  /** Hours a month (MK 316). */
  'monthly-allocation'?: string;
}

/** Prefill of lt-eligibility (initial value only). */
export interface LtEligibilityAttributes extends CommonAttributes {
  /** The municipality's name, as typed. */
  municipality?: string;
}

/** Each element's attributes, by tag. */
export interface ElementAttributes {
  'socialrules-assistant-hours': AssistantHoursAttributes;
  'socialrules-lt-eligibility': LtEligibilityAttributes;
  'socialrules-lv-unemployment': CommonAttributes;
  'socialrules-mk360-admission': CommonAttributes;
  'socialrules-vbtai-competition': CommonAttributes;
  'socialrules-esf-ex-prisoners': CommonAttributes;
}

export interface SocialrulesElementEventMap<N extends keyof Calculators> extends HTMLElementEventMap {
  result: ResultEvent<N>;
}

/** A calculator's element. */
export interface SocialrulesElement<N extends keyof Calculators> extends HTMLElement {
  /** Set once the element is in the page: resolves when its form is mounted. */
  ready?: Promise<unknown>;
  addEventListener<K extends keyof SocialrulesElementEventMap<N>>(
    type: K,
    listener: (this: SocialrulesElement<N>, ev: SocialrulesElementEventMap<N>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof SocialrulesElementEventMap<N>>(
    type: K,
    listener: (this: SocialrulesElement<N>, ev: SocialrulesElementEventMap<N>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'socialrules-assistant-hours': SocialrulesElement<'assistant-hours'>;
    'socialrules-lt-eligibility': SocialrulesElement<'lt-eligibility'>;
    'socialrules-lv-unemployment': SocialrulesElement<'lv-unemployment'>;
    'socialrules-mk360-admission': SocialrulesElement<'mk360-admission'>;
    'socialrules-vbtai-competition': SocialrulesElement<'vbtai-competition'>;
    'socialrules-esf-ex-prisoners': SocialrulesElement<'esf-ex-prisoners'>;
  }
}
