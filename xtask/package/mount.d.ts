// The mount functions (`socialrules/assistant-hours.js`,
// `socialrules/date-calculators.js`, `socialrules/self-assessments.js`):
// a calculator's whole form, mounted into any element.
import type { Calculators, Lang, Outcome } from './core.js';

export interface MountOptions<N extends keyof Calculators = keyof Calculators> {
  /** The language (else the address's `?lang=`, the earlier choice, the browser's). */
  lang?: Lang;
  /** The level of the calculator's heading, 1–6 (default 2). */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** No language switch. */
  hideLanguages?: boolean;
  /** No introduction. */
  hideIntro?: boolean;
  /** Initial values; the person can change them. */
  prefill?: { month?: string; allocation?: string; monthlyAllocation?: string; municipality?: string };
  /** Called with the answer after every recompute. */
  onResult?: (detail: Outcome<Calculators[N]['result']>) => void;
  /** Called when the person picks another language. */
  onLangChange?: (lang: Lang) => void;
}

export function mountAssistantHours(root: Element, options?: MountOptions<'assistant-hours'>): Promise<void>;
export function mountLtEligibility(root: Element, options?: MountOptions<'lt-eligibility'>): Promise<void>;
export function mountLvUnemployment(root: Element, options?: MountOptions<'lv-unemployment'>): Promise<void>;
export function mountMk360Admission(root: Element, options?: MountOptions<'mk360-admission'>): Promise<void>;
export function mountVbtaiCompetition(root: Element, options?: MountOptions<'vbtai-competition'>): Promise<void>;
export function mountEsfExPrisoners(root: Element, options?: MountOptions<'esf-ex-prisoners'>): Promise<void>;
