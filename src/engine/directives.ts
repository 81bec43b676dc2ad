/**
 * Inline directives: `unlinter-disable`, `-enable`, `-disable-line`, `-disable-next-line`, each with
 * optional rule ids (a module id covers all its checks) and an optional `-- reason`.
 */
import type { Document, DirectiveComment } from '../document/types.js';
import type { Finding } from './lint.js';
import { suggestion } from '../util/suggest.js';

/** Whether a directive id covers a finding's rule id (`neutrality` covers `neutrality/x`). */
export function covers(id: string, ruleId: string): boolean {
  return id === ruleId || ruleId.startsWith(id + '/');
}

interface Tracked {
  d: DirectiveComment;
  used: Set<string>;
}

export function applyDirectives(
  doc: Document,
  findings: Finding[],
  known: ReadonlySet<string>,
  reportUnused: 'off' | 'warn' | 'error',
): { findings: Finding[]; suppressedCount: number } {
  const extra: Finding[] = [];
  const tracked: Tracked[] = [];
  for (const d of doc.directives) {
    const ids: string[] = [];
    for (const id of d.ruleIds) {
      if (known.has(id)) ids.push(id);
      else {
        extra.push({
          ruleId: 'unknown-rule',
          messageId: 'unknownRule',
          message: `Unknown rule "${id}" in an unlinter-${d.kind} directive${suggestion(id, known)}: use a rule id from the rule table.`,
          severity: 'error',
          start: d.start,
          end: d.end,
        });
      }
    }
    // A directive whose every id was unknown disables nothing (not everything).
    if (d.ruleIds.length > 0 && ids.length === 0) continue;
    tracked.push({ d: { ...d, ruleIds: ids }, used: new Set() });
  }

  const lineOf = (o: number): number => doc.lineOf(o);
  const blocks = tracked.filter((t) => t.d.kind === 'disable' || t.d.kind === 'enable');
  let suppressedCount = 0;
  const kept = findings.filter((f) => {
    const line = lineOf(f.start);
    for (const t of tracked) {
      const { d } = t;
      const target = d.kind === 'disable-line' ? lineOf(d.start) : d.kind === 'disable-next-line' ? lineOf(d.end) + 1 : -1;
      if (target === line && matches(t, f.ruleId)) {
        suppressedCount++;
        return false;
      }
    }
    // Block directives: the last disable/enable before the finding that concerns its rule wins.
    let owner: Tracked | null = null;
    for (const t of blocks) {
      if (t.d.start > f.start) break;
      if (t.d.ruleIds.length === 0 || t.d.ruleIds.some((id) => covers(id, f.ruleId))) {
        owner = t.d.kind === 'disable' ? t : null;
      }
    }
    if (owner) {
      markUsed(owner, f.ruleId);
      suppressedCount++;
      return false;
    }
    return true;
  });

  if (reportUnused !== 'off') {
    for (const t of tracked) {
      if (t.d.kind === 'enable') continue;
      const unusedIds = t.d.ruleIds.length === 0 ? (t.used.size === 0 ? [''] : []) : t.d.ruleIds.filter((id) => !t.used.has(id));
      for (const id of unusedIds) {
        extra.push({
          ruleId: 'unused-directive',
          messageId: 'unusedDirective',
          message: id
            ? `Unused unlinter-${t.d.kind} directive: no finding from "${id}" to suppress here. Remove it.`
            : `Unused unlinter-${t.d.kind} directive: no finding to suppress here. Remove it.`,
          severity: reportUnused,
          start: t.d.start,
          end: t.d.end,
        });
      }
    }
  }
  return { findings: kept.concat(extra), suppressedCount };
}

function matches(t: Tracked, ruleId: string): boolean {
  if (t.d.ruleIds.length === 0) {
    t.used.add('');
    return true;
  }
  const id = t.d.ruleIds.find((i) => covers(i, ruleId));
  if (id === undefined) return false;
  t.used.add(id);
  return true;
}

function markUsed(t: Tracked, ruleId: string): void {
  if (t.d.ruleIds.length === 0) t.used.add('');
  for (const id of t.d.ruleIds) if (covers(id, ruleId)) t.used.add(id);
}
