/** One line per finding: `file:line:col: severity message [rule]`, for editors and grep. */
import type { Reporter } from './types.js';
import { sanitizeForTerminal } from './sanitize.js';
import { displayPath } from './display-path.js';

export const compact: Reporter = (results, ctx) => {
  const lines: string[] = [];
  let total = 0;
  for (const r of results) {
    const file = sanitizeForTerminal(displayPath(r.filePath, ctx.cwd));
    for (const m of r.messages) {
      total++;
      lines.push(`${file}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${sanitizeForTerminal(m.message)} [${m.ruleId}]`);
    }
  }
  if (total > 0) lines.push('', `${total} problem${total === 1 ? '' : 's'}`);
  return lines.length ? lines.join('\n') + '\n' : '';
};
