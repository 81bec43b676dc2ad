/**
 * Bulk suppressions in a run: the command-line flags, and the one step `run()` calls after linting
 * and before reporting. The order is ESLint's: record (`--suppress-all`, `--suppress-rule`), prune
 * (`--prune-suppressions`), then hide what the file accounts for; entries that no longer occur end
 * the run with exit code 2 unless `--pass-on-unpruned-suppressions`.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { SuppressionFlags } from './flags.js';
import { ruleIdsOf } from '../config/validate.js';
import { didYouMean } from '../util/suggest.js';
import type { AnyRuleModule, LintResult } from '../types.js';
import { applySuppressions, prune, suppress, totalCount } from './suppressions.js';
import { DEFAULT_SUPPRESSIONS_FILE, loadSuppressions, saveSuppressions, suppressionsExist } from './store.js';
import { refuseDraftName, refuseDraftTarget } from '../files/write-guard.js';

/** What the step gives back to `run()`. */
export interface SuppressionStep {
  /** Text for standard error (what was written, what is left over). */
  stderr: string;
  /** Suppressions that no longer occur were found (exit code 2). */
  failed: boolean;
}

/**
 * Apply bulk suppressions to a run's results, replacing them in place. Does nothing for standard
 * input or when there is no suppressions file and no flag asks for one.
 */
export function bulkSuppressionStep(
  results: LintResult[],
  flags: SuppressionFlags,
  /** `modules`: the run's rule modules, read only to check the ids of `flags.suppressRules`. */
  ctx: { cwd: string; stdin: boolean; modules: readonly AnyRuleModule[] },
): SuppressionStep {
  if (ctx.stdin) return { stderr: '', failed: false };
  const file = path.resolve(ctx.cwd, flags.location ?? DEFAULT_SUPPRESSIONS_FILE);
  const writes = flags.suppressAll || flags.suppressRules.length > 0;
  const exists = suppressionsExist(file);
  if (flags.location !== undefined && !exists && !writes) {
    throw new UsageError(`the suppressions file ${file} does not exist: create it with --suppress-all or --suppress-rule`);
  }
  if (!writes && !flags.prune && !exists) return { stderr: '', failed: false };
  if (flags.suppressRules.length > 0) checkRuleIds(flags.suppressRules, ctx.modules);
  if (writes || flags.prune) {
    // The suppressions file is never a draft (src/files/write-guard.ts).
    refuseDraftName(file, '--suppressions-location');
    refuseDraftTarget(file, results, '--suppressions-location');
  }

  let stderr = '';
  let suppressions = loadSuppressions(file);
  if (writes) {
    suppressions = suppress(suppressions, results, ctx.cwd, flags.suppressAll ? undefined : flags.suppressRules);
    saveSuppressions(file, suppressions);
  }
  if (flags.prune) {
    const before = totalCount(suppressions);
    suppressions = prune(suppressions, applySuppressions(results, suppressions, ctx.cwd).unused);
    saveSuppressions(file, suppressions);
    const dropped = before - totalCount(suppressions);
    stderr += `unlinter: pruned ${dropped} suppressed error${dropped === 1 ? '' : 's'} that no longer occur from ${shown(file, ctx.cwd)}.\n`;
  }
  const applied = applySuppressions(results, suppressions, ctx.cwd);
  applied.results.forEach((r, i) => (results[i] = r));
  if (writes) {
    stderr += `unlinter: ${shown(file, ctx.cwd)} now suppresses ${totalCount(suppressions)} error${totalCount(suppressions) === 1 ? '' : 's'}; commit it with your drafts.\n`;
  }
  const left = totalCount(applied.unused);
  if (left > 0 && !flags.passOnUnpruned) {
    stderr +=
      `unlinter: ${left} suppressed error${left === 1 ? '' : 's'} in ${shown(file, ctx.cwd)} no longer occur` +
      ` (${listed(Object.keys(applied.unused))}). Run again with --prune-suppressions to drop ${left === 1 ? 'it' : 'them'} and commit the file` +
      ' (or pass --pass-on-unpruned-suppressions).\n';
    return { stderr, failed: true };
  }
  return { stderr, failed: false };
}

function checkRuleIds(ids: readonly string[], modules: readonly AnyRuleModule[]): void {
  const known = ruleIdsOf(modules);
  for (const id of ids) {
    if (known.has(id)) continue;
    const guess = didYouMean(id, known);
    throw new UsageError(`--suppress-rule: unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
  }
}

function listed(files: readonly string[]): string {
  return files.length > 5 ? `${files.slice(0, 5).join(', ')} and ${files.length - 5} more` : files.join(', ');
}

function shown(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
