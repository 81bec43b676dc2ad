/**
 * `unlinter --explain <rule-id>[/check]`: the rule's documentation page in the terminal. Built-in
 * modules print their generated `docs/rules/<id>.md` (shipped with the package; a test keeps it in
 * step with the metadata), cut to one check when a check is named; plugin modules print a page
 * generated from their metadata.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AnyRuleModule } from '../types.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../util/suggest.js';
import { sanitizeForTerminal } from '../reporters/sanitize.js';
import { BUILTIN_MODULE_IDS, OWN_RULE_IDS, RULE_DOCS_DIR, ownPackageInfo } from './links.js';
import { indexDoc, moduleDoc } from './rule-docs.js';

/** The explanation of a rule id, as terminal text. Throws UsageError for an unknown id. */
export function explain(ruleId: string, modules: readonly AnyRuleModule[]): string {
  const root = ownPackageInfo()?.root;
  if (OWN_RULE_IDS.includes(ruleId)) {
    const index = readDoc(root, 'README.md') ?? indexDoc(modules);
    return toTerminal(section(index, `### ${ruleId}`, '### ') ?? index);
  }
  const slash = ruleId.indexOf('/');
  const moduleId = slash < 0 ? ruleId : ruleId.slice(0, slash);
  const check = slash < 0 ? undefined : ruleId.slice(slash + 1);
  const module = modules.find((m) => m.meta.id === moduleId);
  const ids = [...modules.flatMap((m) => [m.meta.id, ...Object.keys(m.meta.checks).map((c) => `${m.meta.id}/${c}`)]), ...OWN_RULE_IDS];
  const unknown = (): never => {
    const guess = didYouMean(ruleId, ids);
    throw new UsageError(`--explain: unknown rule "${ruleId}"${guess ? ` (did you mean "${guess}"?)` : ''}. The rules are listed in the README and in ${RULE_DOCS_DIR}/.`);
  };
  if (!module) return unknown();
  if (check !== undefined && !Object.prototype.hasOwnProperty.call(module.meta.checks, check)) return unknown();
  const page = (BUILTIN_MODULE_IDS.includes(moduleId) ? readDoc(root, `${moduleId}.md`) : undefined) ?? moduleDoc(module);
  if (check === undefined) return toTerminal(page);
  // One check: the page's head without the checks table, the check's section, options, turning off.
  const head = (page.split(/^## /m)[0] ?? '').replace(/^\|.*\n?/gm, '');
  const own = section(page, `## ${check}`, '## ') ?? '';
  const options = section(page, '## Options', '## ') ?? '';
  const off = (section(page, '## Turning it off', '## ') ?? '').split(`${moduleId}/${Object.keys(module.meta.checks)[0]}`).join(ruleId);
  return toTerminal([head.trimEnd(), own.trimEnd(), options.trimEnd(), off.trimEnd()].filter(Boolean).join('\n\n') + '\n');
}

function readDoc(root: string | undefined, name: string): string | undefined {
  if (!root) return undefined;
  try {
    return fs.readFileSync(path.join(root, RULE_DOCS_DIR, name), 'utf8');
  } catch {
    return undefined;
  }
}

/** The part of a page from a heading line to the next heading of the same level. */
function section(page: string, heading: string, level: string): string | undefined {
  const lines = page.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return undefined;
  let end = start + 1;
  let inFence = false;
  for (; end < lines.length; end++) {
    const l = lines[end]!;
    if (/^`{3,}/.test(l)) inFence = !inFence;
    if (!inFence && (l.startsWith(level) || (level === '### ' && l.startsWith('## ')))) break;
  }
  return lines.slice(start, end).join('\n');
}

/** Drop the generated-file note and show control characters as escapes, line by line. */
function toTerminal(page: string): string {
  return page
    .replace(/^<!-- Generated[^\n]*-->\n+/, '')
    .split('\n')
    .map((l) => sanitizeForTerminal(l))
    .join('\n');
}
