import { readFileSync } from 'node:fs';

/** archcap's version, from package.json (the path is the same from src/ and dist/). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
