// The self-assessments of Latvia's rule sets R4–R6 (shared/RULES.md), each
// a spec for the date calculators' form (date-calculators.js): admission
// to social services with accommodation under MK 360 (R4), the 2020 VBTAI
// competition (R5) and the ESF project for former prisoners (R6, a
// programme card with no questions). Each spec is in its own file
// (mk360-admission.js, vbtai-competition.js, esf-ex-prisoners.js), loaded
// by the page that shows it, so that a page loads only its own; here are
// the mount functions, as before, each loading its spec when called. Every
// word comes from the catalog, every date and amount from the rules' answer
// or `facts()`.

export const mountMk360Admission = (root, options) => import('./mk360-admission.js').then((m) => m.mountMk360Admission(root, options));
export const mountVbtaiCompetition = (root, options) => import('./vbtai-competition.js').then((m) => m.mountVbtaiCompetition(root, options));
export const mountEsfExPrisoners = (root, options) => import('./esf-ex-prisoners.js').then((m) => m.mountEsfExPrisoners(root, options));
