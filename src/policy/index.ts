export { definePolicy } from './define.js';
export { cloudProgram, telecomProgram } from './presets.js';
export type * from './types.js';
