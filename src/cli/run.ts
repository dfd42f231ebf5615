/**
 * What bin/run.js starts: oclif's `execute`, imported from here so that the start-up
 * bundle holds the one copy of oclif that the commands, the help command and the hooks
 * share (importing `@oclif/core` from node_modules loads some 150 files at each start).
 */
export { execute } from '@oclif/core';
