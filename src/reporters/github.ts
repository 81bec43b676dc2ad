/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per finding, shown on
 * the pull request's diff and in the run summary.
 *
 * Values are escaped as the workflow-command rules require (the `@actions/core` toolkit's
 * `escapeData` and `escapeProperty`): in the message `%`, CR and LF; in properties also `:` and
 * `,`. Without that, a message quoting a draft could end the command early or start another one.
 */
import type { Reporter } from './types.js';
import { displayPath } from './display-path.js';
import { sanitizeForTerminal } from './sanitize.js';

/** Escape the message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value (`file=...`, `title=...`) of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Reporter = (results, ctx) => {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    const file = displayPath(r.filePath, ctx.cwd);
    for (const m of r.messages) {
      if (m.severity === 2) errors++;
      else warnings++;
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`unlinter ${m.ruleId}`)}`,
      ];
      const command = `::${m.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(m.message)}`;
      // After escaping no CR or LF is left; other control characters are shown as escapes so
      // that a draft cannot recolour the log.
      lines.push(sanitizeForTerminal(command));
    }
  }
  if (errors + warnings > 0) {
    lines.push(`unlinter found ${plural(errors, 'error')} and ${plural(warnings, 'warning')}.`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
