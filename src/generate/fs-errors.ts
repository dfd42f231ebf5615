/** File-system errors as sentences for messages (with their code), never as stacks. */

const ERRNO: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error',
};

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && ERRNO[code] ? `${ERRNO[code]} (${code})` : (error as Error).message;
}

