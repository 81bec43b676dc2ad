/**
 * unlinter never writes over a draft. A report, cache or suppressions file aimed at one of the
 * files being linted (a slip such as `-o post.md`) is refused before anything is written; the
 * files unlinter keeps for itself (the cache and the suppressions file) are also refused a name
 * with a draft's extension, which could be a draft not linted in this run, and which a later run
 * would lint as one.
 */
import fs from 'node:fs';
import { UsageError } from '../errors.js';
import { statOrNull } from '../util/stat.js';
import { DRAFT_EXTENSIONS } from './discover.js';
import { WORD_EXTENSIONS } from './extensions.js';

function realOrSelf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * Throw a UsageError when `target` (absolute) is, or links to, a draft of `results`. A draft can
 * only be the target if both are one file, so each is compared by device and inode first (one
 * `stat` each) and only a match has its real path resolved: resolving every draft's real path
 * walked each of its folders, 68 ms for a report over 2,592 posts. A hard link is not refused, as
 * before: the report replaces the name with a new file and the draft keeps its bytes. A target
 * that does not exist is no draft; where a file system gives no inode numbers every real path is
 * compared.
 */
export function refuseDraftTarget(target: string, results: readonly { filePath: string }[], option: string): void {
  const refuse = (): never => {
    throw new UsageError(`${option} ${target} is one of the drafts being linted; unlinter never writes over a draft. Choose another file.`);
  };
  if (results.some((r) => r.filePath === target)) refuse();
  const st = statOrNull(target);
  if (!st) return;
  const real = realOrSelf(target);
  const sameFile = (file: string): boolean => {
    const draft = statOrNull(file);
    return draft !== null && draft.ino === st.ino && draft.dev === st.dev;
  };
  for (const r of results) {
    if ((st.ino === 0 || sameFile(r.filePath)) && realOrSelf(r.filePath) === real) refuse();
  }
}

const DRAFT_NAME = new RegExp(`\\.(?:${[...DRAFT_EXTENSIONS, ...WORD_EXTENSIONS].join('|')})$`, 'i');

/**
 * Throw a UsageError when `target` (absolute), or the file it links to, has a draft's extension
 * (`.md`, `.markdown`, `.mdx`, `.txt`, `.docx`). For unlinter's own files: the cache and the
 * suppressions file.
 */
export function refuseDraftName(target: string, option: string): void {
  if (DRAFT_NAME.test(target) || DRAFT_NAME.test(realOrSelf(target))) {
    throw new UsageError(`${option} ${target} is named like a draft (.${[...DRAFT_EXTENSIONS, ...WORD_EXTENSIONS].join(', .')}); unlinter never writes over a draft. Choose another file name, such as one ending in .json.`);
  }
}
