/**
 * Bulk suppressions, modelled on ESLint's (v9.24+): a committed file counts today's errors by file
 * (path relative to the cwd, `/` separators), rule id and count. Counts, not lines, so editing a
 * draft above a finding does not bring it back. These functions are pure: the caller reads and
 * writes the file.
 *
 * As in ESLint: only errors are counted (warnings never block, so they are never suppressed); a
 * rule's errors in a file are all hidden while there are no more of them than the count, and all
 * reported once there are more (unlinter cannot tell which of them is new); entries for files that
 * were linted and no longer have that many errors are "unused".
 */
import path from 'node:path';
import type { LintMessage, LintResult } from '../types.js';

/** The file's shape: relative path -> rule id -> `{ count }`. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

/**
 * Findings that mean a file, or its front matter, was not checked at all. Suppressing them would
 * hide that for good, so they are always reported (ESLint never suppresses its fatal errors).
 */
const NEVER_SUPPRESSED = new Set(['input-error', 'parse-error']);

/** The key of a result in the file: its path relative to the cwd, with `/` separators. */
export function suppressionKey(filePath: string, cwd: string): string {
  return path.relative(cwd, filePath).split(path.sep).join('/');
}

/** Errors per rule id in one result's messages (warnings and unsuppressible ids left out). */
export function countErrorsByRule(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) {
    if (m.severity !== 2 || NEVER_SUPPRESSED.has(m.ruleId)) continue;
    counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  }
  return counts;
}

/** Whether `ruleId` is one of `rules` (a module id covers all its checks). */
function selected(ruleId: string, rules: readonly string[] | undefined): boolean {
  return !rules || rules.some((r) => r === ruleId || ruleId.startsWith(`${r}/`));
}

/**
 * Record the current errors: for every file and rule with errors in `results`, the count becomes
 * today's count. Entries for other files and rules stay as they were (as ESLint's `suppress`).
 * `rules` limits this to some rule ids (`--suppress-rule`).
 */
export function suppress(current: Suppressions, results: readonly LintResult[], cwd: string, rules?: readonly string[]): Suppressions {
  const next = clone(current);
  for (const r of results) {
    const key = suppressionKey(r.filePath, cwd);
    for (const [ruleId, count] of countErrorsByRule(r.messages)) {
      if (!selected(ruleId, rules)) continue;
      (next[key] ??= dict())[ruleId] = { count };
    }
  }
  return sortKeys(next);
}

/** What applying suppressions gives: the results to report, and the counts left over. */
export interface Applied {
  results: LintResult[];
  /** Per file and rule, how many suppressed errors no longer occur (linted files only). */
  unused: Suppressions;
  /** How many errors were hidden. */
  suppressed: number;
}

/**
 * Hide the errors the file accounts for. Per file and rule: when there are no more errors than the
 * count, they are all hidden; when there are more, they are all reported.
 */
export function applySuppressions(results: readonly LintResult[], suppressions: Suppressions, cwd: string): Applied {
  const unused: Suppressions = dict();
  let suppressed = 0;
  const out = results.map((r) => {
    const key = suppressionKey(r.filePath, cwd);
    const entry = own(suppressions, key);
    if (!entry) return r;
    const counts = countErrorsByRule(r.messages);
    const hidden = new Set<string>();
    for (const [ruleId, { count: allowed }] of Object.entries(entry)) {
      const found = counts.get(ruleId) ?? 0;
      if (found > 0 && found <= allowed) hidden.add(ruleId);
      if (found < allowed) (unused[key] ??= dict())[ruleId] = { count: allowed - found };
    }
    if (hidden.size === 0) return r;
    const messages = r.messages.filter((m) => !(m.severity === 2 && hidden.has(m.ruleId)));
    const gone = r.messages.length - messages.length;
    suppressed += gone;
    return { ...r, messages, errorCount: r.errorCount - gone, suppressedCount: (r.suppressedCount ?? 0) + gone };
  });
  return { results: out, unused: sortKeys(unused), suppressed };
}

/** Drop what no longer occurs: lower each count by its unused part, removing entries that reach 0. */
export function prune(current: Suppressions, unused: Suppressions): Suppressions {
  const next = clone(current);
  for (const [key, rules] of Object.entries(unused)) {
    const entry = own(next, key);
    if (!entry) continue;
    for (const [ruleId, { count }] of Object.entries(rules)) {
      const have = own(entry, ruleId);
      if (!have) continue;
      if (have.count <= count) delete entry[ruleId];
      else have.count -= count;
    }
    if (Object.keys(entry).length === 0) delete next[key];
  }
  return sortKeys(next);
}

/** How many suppressed errors an `unused` map stands for. */
export function totalCount(s: Suppressions): number {
  let n = 0;
  for (const rules of Object.values(s)) for (const { count } of Object.values(rules)) n += count;
  return n;
}

function own<T>(o: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** An object without a prototype, so that a file called `__proto__` is just a key. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function clone(s: Suppressions): Suppressions {
  const out: Suppressions = dict();
  for (const [key, rules] of Object.entries(s)) {
    const copy = (out[key] = dict<{ count: number }>());
    for (const [ruleId, { count }] of Object.entries(rules)) copy[ruleId] = { count };
  }
  return out;
}

/** Files and rules in code-point order, so the committed file diffs cleanly. */
function sortKeys(s: Suppressions): Suppressions {
  const out: Suppressions = dict();
  for (const key of Object.keys(s).sort(byCodePoint)) {
    const rules = s[key]!;
    const copy = (out[key] = dict<{ count: number }>());
    for (const ruleId of Object.keys(rules).sort(byCodePoint)) copy[ruleId] = rules[ruleId]!;
  }
  return out;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
