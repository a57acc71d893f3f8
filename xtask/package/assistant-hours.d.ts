// `socialrules/assistant-hours.js`: the timesheet's form (see mount.d.ts).
export { mountAssistantHours } from './mount.js';
export type { MountOptions } from './mount.js';
