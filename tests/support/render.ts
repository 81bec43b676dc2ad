/**
 * The `.expected.txt` rendering of findings: each flagged line with `~~~~` under the span, the
 * rule id, severity and message id, then the message (the typescript-eslint `.shot` idea).
 */
import type { LintMessage } from '../../src/types.js';

export function renderFindings(source: string, messages: readonly LintMessage[]): string {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = text.split(/\r\n|\n|\r/);
  const out: string[] = [];
  for (const m of messages) {
    const sev = m.severity === 2 ? 'error' : 'warn';
    out.push(`${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${sev} ${m.ruleId} ${m.messageId}`);
    for (let l = m.line; l <= Math.min(m.endLine, m.line + 4); l++) {
      const line = (lines[l - 1] ?? '').replace(/\t/g, ' ');
      const from = l === m.line ? m.column - 1 : 0;
      let to = l === m.endLine ? m.endColumn - 1 : line.length;
      if (to <= from) to = from + 1;
      out.push(`  | ${line}`);
      out.push(`  | ${' '.repeat(from)}${'~'.repeat(Math.max(1, to - from))}`);
    }
    out.push(`  = ${m.message}`);
    out.push('');
  }
  return out.join('\n');
}
