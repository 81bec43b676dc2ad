/**
 * The default format, ESLint's look: a header per file, aligned `line:col  severity  message  rule`
 * rows, and a summary line.
 */
import { Chalk } from 'chalk';
import type { Reporter } from './types.js';
import { sanitizeForTerminal } from './sanitize.js';
import { displayPath } from './display-path.js';

export const stylish: Reporter = (results, ctx) => {
  const c = new Chalk({ level: ctx.color });
  let errors = 0;
  let warnings = 0;
  const out: string[] = [];
  for (const r of results) {
    if (r.messages.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    out.push('', c.underline(sanitizeForTerminal(displayPath(r.filePath, ctx.cwd))));
    // Line numbers right-aligned and columns left-aligned around the colon, as ESLint does.
    const lineW = Math.max(...r.messages.map((m) => String(m.line).length));
    const colW = Math.max(...r.messages.map((m) => String(m.column).length));
    const rows = r.messages.map((m) => ({
      pos: `${String(m.line).padStart(lineW)}:${String(m.column).padEnd(colW)}`,
      sev: m.severity === 2 ? 'error' : 'warning',
      msg: sanitizeForTerminal(m.message),
      rule: m.ruleId,
    }));
    const sevW = Math.max(...rows.map((x) => x.sev.length));
    const msgW = Math.min(100, Math.max(...rows.map((x) => x.msg.length)));
    for (const x of rows) {
      const sev = x.sev === 'error' ? c.red(x.sev.padEnd(sevW)) : c.yellow(x.sev.padEnd(sevW));
      out.push(`  ${c.dim(x.pos)}  ${sev}  ${x.msg.padEnd(msgW)}  ${c.dim(x.rule)}`);
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push('', (errors > 0 ? c.red.bold : c.yellow.bold)(summary), '');
  return out.join('\n');
};
