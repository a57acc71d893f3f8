// `socialrules/self-assessments.js`: the self-assessments' forms (see mount.d.ts).
export { mountMk360Admission, mountVbtaiCompetition, mountEsfExPrisoners } from './mount.js';
export type { MountOptions } from './mount.js';
