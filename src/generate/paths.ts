/** What a relative path inside the output folder may look like. Pure checks, no disk access. */
import { GenerateError } from '../errors.js';

export const MANIFEST_FILE = '.archcap-manifest.json';

const refuse = (path: string, why: string): never => {
  throw new GenerateError('unsafe-path', `refusing to write ${JSON.stringify(path)}: ${why}`);
};

/** The `/`-separated segments of a safe relative path; anything else is refused. */
export function safeSegments(path: string): string[] {
  if (typeof path !== 'string' || path === '') return refuse(String(path), 'the path is empty');
  if (path.includes('\0')) refuse(path, 'it contains a NUL byte');
  if (path.includes('\\')) refuse(path, 'use "/" as the separator (backslashes are refused)');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) refuse(path, 'absolute paths are refused; give a path inside the output folder');
  const segments = path.split('/');
  for (const seg of segments) {
    if (seg === '..') refuse(path, '".." would leave the output folder');
    if (seg === '' || seg === '.') refuse(path, 'empty or "." path segments are refused');
    if (/[\u0000-\u001f]/.test(seg)) refuse(path, 'control characters are refused in file names');
    if (Buffer.byteLength(seg) > 255) refuse(path, 'a file name is longer than 255 bytes');
  }
  return segments;
}

/** Normalised form of a safe relative path. */
export function safeRelativePath(path: string): string {
  return safeSegments(path).join('/');
}
