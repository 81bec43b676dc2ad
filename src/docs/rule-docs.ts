/**
 * The rule documentation pages `docs/rules/<module>.md`, generated from the rule metadata and the
 * fixtures' examples. `unlinter --explain` prints the same text. Pure: the examples are passed in.
 */
import type { z } from 'zod';
import type { AnyRuleModule } from '../types.js';
import { PRESET_NAMES } from '../types.js';
import { descriptionOf, inlineYaml, presetSeverity, unwrap } from './generate.js';
import type { ModuleExamples } from './examples.js';
import { OWN_RULE_IDS } from './links.js';

/** The first line of every generated page. */
export const GENERATED_NOTE = '<!-- Generated from the rule metadata and fixtures by `npm run docs`. Do not edit by hand. -->';

/** Longest default shown in the options table before it is shortened. */
const MAX_DEFAULT = 140;

/** The documentation page of one module. */
export function moduleDoc(module: AnyRuleModule, examples: ModuleExamples = {}): string {
  const m = module.meta;
  const checks = Object.entries(m.checks);
  const out: string[] = [GENERATED_NOTE, '', `# ${m.id}`, '', `Guidance section: **${m.section}**`, '', m.guidance, '', `What this module finds: ${m.description}`, ''];
  if (checks.length === 0) {
    out.push('This module has no checks yet.', '');
  } else {
    out.push('| Check | recommended | personal | office | What it finds |', '| --- | --- | --- | --- | --- |');
    for (const [name, c] of checks) {
      out.push(`| [\`${name}\`](#${name}) | ${PRESET_NAMES.map((p) => presetSeverity(c, p)).join(' | ')} | ${cell(c.description)} |`);
    }
    out.push('');
  }
  for (const [name] of checks) out.push(...checkSection(module, name, examples[name] ?? {}), '');
  out.push(...optionsSection(module), '');
  out.push(...turnOffSection(module.meta.id, checks[0]?.[0]));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\s*$/, '\n');
}

function checkSection(module: AnyRuleModule, name: string, ex: { failing?: import('./examples.js').FailingExample; passing?: import('./examples.js').PassingExample }): string[] {
  const m = module.meta;
  const c = m.checks[name]!;
  const id = `${m.id}/${name}`;
  const out = [`## ${name}`, '', `Rule id: \`${id}\`. ${c.description}`, ''];
  out.push(`Default severity: ${PRESET_NAMES.map((p) => `${p} **${presetSeverity(c, p)}**`).join(', ')}.`, '');
  out.push('Messages:', '');
  for (const msg of c.messages) out.push(`- \`${msg}\`: ${m.messages[msg] ?? ''}`);
  out.push('');
  out.push('### Failing example', '');
  if (ex.failing) {
    const f = ex.failing;
    out.push(`From \`${f.file}\`${f.config ? ` (config \`${f.config}\`)` : ''}:`, '', fence(f.snippet, 'text'), '', `> ${f.message} (\`${f.messageId}\`)`);
  } else {
    out.push('No fixture exercises this check yet.');
  }
  out.push('', '### Passing example', '');
  if (ex.passing) {
    const p = ex.passing;
    const lang = p.file.endsWith('.txt') ? 'text' : 'markdown';
    const what = p.named ? 'A near-miss this check leaves alone' : 'A draft that passes this check';
    out.push(`${what}, from \`${p.file}\`${p.config ? ` (config \`${p.config}\`)` : ''}:`, '', fence(p.snippet, lang));
  } else {
    out.push('No valid fixture for this module yet.');
  }
  return out;
}

function optionsSection(module: AnyRuleModule): string[] {
  const m = module.meta;
  const shape = unwrap(m.options as z.ZodType).shape ?? {};
  const keys = Object.keys(shape);
  const out = ['## Options', ''];
  if (keys.length === 0) return [...out, `\`${m.id}\` has no options.`];
  const defaults = (m.options.parse({}) ?? {}) as Record<string, unknown>;
  out.push('| Option | Default | What it does |', '| --- | --- | --- |');
  for (const key of keys) {
    out.push(`| \`${key}\` | ${cell(shorten(inlineYaml(defaults[key])))} | ${cell(descriptionOf(shape[key]!) ?? '')} |`);
  }
  out.push('', 'Options go with a severity, for the whole module or for one check:', '', fence(`rules:\n  ${m.id}: [error, { ${keys[0]}: ${exampleValue(defaults[keys[0]!])} }]`, 'yaml'));
  return out;
}

function turnOffSection(id: string, firstCheck: string | undefined): string[] {
  const check = firstCheck ? `${id}/${firstCheck}` : id;
  return [
    '## Turning it off',
    '',
    'In a config file (`.unlinterrc.yaml`), for the whole module or for one check:',
    '',
    fence(`rules:\n  ${id}: off  # the whole module\n  # or one check:\n  # ${check}: off`, 'yaml'),
    '',
    'For one run:',
    '',
    fence(`unlinter --rule '${check}: off' drafts/`, 'sh'),
    '',
    'For one line of a draft, with the reason:',
    '',
    fence(`<!-- unlinter-disable-next-line ${check} -- why this is fine here -->`, 'markdown'),
  ];
}

/** The index page `docs/rules/README.md`: every module, and the ids unlinter reports itself. */
export function indexDoc(modules: readonly AnyRuleModule[]): string {
  const out = [GENERATED_NOTE, '', '# Rules', '', 'One module per section of the UN social-media guidance for staff. `unlinter --explain <rule-id>` prints a page in the terminal.', ''];
  out.push('| Module | Guidance section | Checks |', '| --- | --- | --- |');
  for (const m of [...modules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const checks = Object.keys(m.meta.checks).map((c) => `[\`${c}\`](${m.meta.id}.md#${c})`).join(', ');
    out.push(`| [\`${m.meta.id}\`](${m.meta.id}.md) | ${cell(m.meta.section)} | ${checks || 'none yet'} |`);
  }
  out.push('', '## Findings from unlinter itself', '');
  const own: Record<string, string> = {
    'input-error': 'A file that could not be checked: binary, over the size limit, not valid UTF-8, ignored though named, or a Word file that is corrupt or password-protected. Fix the file or leave it out of the run.',
    'parse-error': 'Front matter that does not parse. Its fields are not checked until it is fixed; the body is still checked.',
    'unknown-rule': 'An `unlinter-disable` comment that names a rule id unlinter does not know. Use an id from the rule table.',
    'unused-directive': 'An `unlinter-disable` comment that suppresses nothing. Remove it (`reportUnusedDirectives` sets its severity).',
  };
  for (const id of OWN_RULE_IDS) out.push(`### ${id}`, '', own[id] ?? '', '');
  return out.join('\n').replace(/\s*$/, '\n');
}

/** A fenced code block with a fence longer than any backtick run inside. */
function fence(body: string, lang: string): string {
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(Math.max(3, longest + 1));
  return `${f}${lang}\n${body}\n${f}`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A short value for the options example: the default when short, else its first item. */
function exampleValue(v: unknown): string {
  const s = inlineYaml(v);
  if (s.length <= 60) return s;
  return Array.isArray(v) && v.length > 0 ? inlineYaml([v[0]]) : '…';
}

function shorten(s: string): string {
  if (s.length <= MAX_DEFAULT) return `\`${s}\``;
  const cut = s.slice(0, MAX_DEFAULT);
  return `\`${s.startsWith('[') && cut.includes(',') ? cut.replace(/,[^,]*$/, ', …]') : `${cut}…`}\``;
}
