/**
 * unlinter never writes over a draft: a report or cache aimed at one of the files being linted
 * (a slip such as `-o post.md`) is refused before anything is written.
 */
import fs from 'node:fs';
import { UsageError } from '../errors.js';
import type { LintResult } from '../types.js';

function realOrSelf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** Throw a UsageError when `target` (absolute) is, or links to, a draft of `results`. */
export function refuseDraftTarget(target: string, results: readonly LintResult[], option: string): void {
  const real = realOrSelf(target);
  if (results.some((r) => r.filePath === target || realOrSelf(r.filePath) === real)) {
    throw new UsageError(`${option} ${target} is one of the drafts being linted; unlinter never writes over a draft. Choose another file.`);
  }
}
