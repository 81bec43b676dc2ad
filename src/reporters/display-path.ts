import path from 'node:path';

/** A result path as shown to people: relative to the cwd when inside it, with `/` separators. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = path.relative(cwd, filePath);
  const shown = !rel || rel.startsWith('..') || path.isAbsolute(rel) ? filePath : rel;
  return shown.split(path.sep).join('/');
}
