import { PACKAGE_JSON } from './paths.js';

/** archcap's version, from package.json. */
export const VERSION: string = PACKAGE_JSON.version;
