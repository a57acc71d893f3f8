// The rules in the browser: `socialrules/core.js`. The types of every
// calculator's input and answer are in `rules.d.ts`, generated from the
// Rust types.
import type { CalculatorName, Calculators, Outcome } from './rules.js';

export * from './rules.js';

/** The four languages of the catalogs. */
export type Lang = 'lv' | 'lt' | 'en' | 'ru';

/**
 * A WebAssembly module: a calculator's own (assistant-month is in
 * assistant-hours'), or `words`, with no rules. The timesheet has two:
 * `assistant-hours` computes the months of MK 316 alone (an MK 942 month
 * answers the error `other_module`), `assistant-hours-mk942` every month.
 */
export type ModuleName = Exclude<CalculatorName, 'assistant-month'> | 'assistant-hours-mk942' | 'words';

/** Loads the module that holds `name` (once; later calls share it); `run` uses the last loaded that holds a calculator. */
export function loadRules(name?: CalculatorName | 'assistant-hours-mk942' | 'words'): Promise<unknown>;

/** Loads the catalog of `lang` for the loaded modules (loading `module` first if none is). */
export function loadCatalog(lang: Lang, module?: CalculatorName | 'words'): Promise<void>;

/**
 * Runs a calculator: `input` is the command line's JSON (an object, or its
 * text). Never throws: bad input comes back as `errors`, each naming its
 * field, the message in `lang`. Load the calculator and the catalog first.
 */
export function run<N extends CalculatorName>(
  name: N,
  input: Calculators[N]['input'] | string,
  lang: Lang,
): Outcome<Calculators[N]['result']>;

/** The catalog message `id` of `lang` with `args`. */
export function message(lang: Lang, id: string, args?: Record<string, string | number>): string;

/** An ISO date (`form` "date", "day", "month"; "range": `FROM/TO`) as `lang` writes it. */
export function formatDate(lang: Lang, form: 'date' | 'day' | 'range' | 'month', iso: string): string;

/** The facts a page of calculator `name` needs before any question, as JSON text. */
export function facts(name: CalculatorName): string;
