/**
 * Checkstyle XML, as ESLint's `checkstyle` formatter writes it: a `<file>` per linted file and an
 * `<error>` per finding. Jenkins (Warnings Next Generation), GitLab and many CI dashboards read it.
 */
import type { Reporter } from './types.js';
import { xmlAttributes } from './xml.js';

export const checkstyle: Reporter = (results) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const r of results) {
    out.push(`  <file ${xmlAttributes({ name: r.filePath })}>`);
    for (const m of r.messages) {
      const attrs = {
        line: m.line,
        column: m.column,
        severity: m.severity === 2 ? 'error' : 'warning',
        message: `${m.message} (${m.ruleId})`,
        source: `unlinter.rules.${m.ruleId}`,
      };
      out.push(`    <error ${xmlAttributes(attrs)} />`);
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
};
