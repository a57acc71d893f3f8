// `socialrules/date-calculators.js`: the date calculators' forms (see mount.d.ts).
export { mountLtEligibility, mountLvUnemployment } from './mount.js';
export type { MountOptions } from './mount.js';
