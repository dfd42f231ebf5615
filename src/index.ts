// The public library surface of archcap. Commands are thin wrappers over these.
export * from './errors.js';
export type * from './model/types.js';
export type * from './engine/finding.js';
