/**
 * Text generated from rule metadata: the README rule table and `.unlinterrc.example`. Tests keep
 * both files equal to what these functions produce (`npm run sync` rewrites them).
 */
import { stringify } from 'yaml';
import type { z } from 'zod';
import type { AnyRuleModule, CheckMeta, PresetName } from '../types.js';
import { PRESET_NAMES } from '../types.js';
import { settingsSchema } from '../config/settings.js';
import { configSchema } from '../config/schema.js';

/** The severity of a check under a preset. */
export function presetSeverity(c: CheckMeta, preset: PresetName): string {
  return c.presets?.[preset] ?? c.severity;
}

/** The markdown rule table of the README. */
export function ruleTable(modules: readonly AnyRuleModule[]): string {
  const rows = ['| Rule | recommended | personal | office | What it finds |', '| --- | --- | --- | --- | --- |'];
  for (const m of [...modules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    rows.push(`| **\`${m.meta.id}\`** | | | | **${escapeCell(m.meta.section)}**: ${escapeCell(m.meta.description)} |`);
    for (const [name, c] of Object.entries(m.meta.checks)) {
      const sev = PRESET_NAMES.map((p) => presetSeverity(c, p));
      rows.push(`| \`${m.meta.id}/${name}\` | ${sev.join(' | ')} | ${escapeCell(c.description)} |`);
    }
  }
  return rows.join('\n');
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export type Internals = { def: { type: string; innerType?: z.ZodType; element?: z.ZodType }; shape?: Record<string, z.ZodType>; description?: string };

export function unwrap(schema: z.ZodType): Internals {
  let cur = schema as unknown as Internals;
  for (let i = 0; i < 6 && cur.def.innerType; i++) cur = cur.def.innerType as unknown as Internals;
  return cur;
}

export function descriptionOf(schema: z.ZodType): string | undefined {
  let cur = schema as unknown as Internals;
  for (let i = 0; i < 6; i++) {
    if (cur.description) return cur.description;
    if (!cur.def.innerType) return undefined;
    cur = cur.def.innerType as unknown as Internals;
  }
  return undefined;
}

/** YAML lines for an object schema's keys with their defaults and descriptions as comments. */
function objectYaml(schema: z.ZodType, value: Record<string, unknown>, indent: string, commentOut = false): string[] {
  const shape = unwrap(schema).shape ?? {};
  const lines: string[] = [];
  const c = commentOut ? '# ' : '';
  for (const [key, sub] of Object.entries(shape)) {
    const desc = descriptionOf(sub);
    if (desc) lines.push(`${indent}# ${desc}`);
    const v = value[key];
    const inner = unwrap(sub);
    if (inner.shape && v && typeof v === 'object' && !Array.isArray(v)) {
      lines.push(`${indent}${c}${key}:`);
      lines.push(...objectYaml(sub, v as Record<string, unknown>, indent + '  ', commentOut));
    } else {
      lines.push(`${indent}${c}${key}: ${inlineYaml(v)}`);
    }
  }
  return lines;
}

export function inlineYaml(v: unknown): string {
  if (v === undefined) return '~';
  return stringify(v, { flow: true, lineWidth: 0 }).trim();
}

/** `.unlinterrc.example`: every key and every rule with its default. */
export function exampleConfig(modules: readonly AnyRuleModule[]): string {
  const out: string[] = [
    '# unlinter configuration: every key, with its default value.',
    '# Copy this file to .unlinterrc.yaml (or .unlinterrc, .unlinterrc.json, .unlinterrc.yml, package.json#unlinter)',
    '# and keep only what you change. YAML and JSON configs are data only; .js/.cjs/.mjs configs run code.',
    '# This file is generated from the rule metadata (npm run sync) and a test keeps it in sync.',
    '',
    `# ${descriptionOf(configSchema.shape.extends)}`,
    '# recommended: any draft, e.g. a short social post (the default)',
    "# personal: a staff member's own blog or profile (adds the disclaimer and anonymous-post checks, logos are errors)",
    "# office: an office's official blog with review (approval and author required)",
    'extends: [recommended]',
    '',
    `# ${descriptionOf(configSchema.shape.reportUnusedDirectives)}`,
    'reportUnusedDirectives: warn',
    '',
    `# ${descriptionOf(configSchema.shape.ignorePatterns)}`,
    'ignorePatterns: []',
    '',
    `# ${descriptionOf(configSchema.shape.plugins)} A plugin exports "rules", an array of rule modules.`,
    'plugins: []',
    '',
    `# ${descriptionOf(configSchema.shape.settings)}`,
    'settings:',
    ...objectYaml(settingsSchema, settingsSchema.parse({}) as Record<string, unknown>, '  '),
    '',
    `# ${descriptionOf(configSchema.shape.rules)}`,
    '# A rule is a module id (all its checks) or module/check. A value is off, warn or error (or 0, 1, 2),',
    '# or [severity, {options}]. A module severity applies to those of its checks that are on;',
    '# off turns them all off. Severities shown are those of the recommended preset.',
    'rules:',
  ];
  for (const m of [...modules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    out.push('', `  # ${m.meta.id}: ${m.meta.section}`, `  # ${m.meta.description}`);
    const defaults = m.meta.options.parse({}) as Record<string, unknown>;
    if (Object.keys(unwrap(m.meta.options).shape ?? {}).length > 0) {
      out.push(`  # Options of ${m.meta.id} (uncomment to change; they need a severity):`, `  # ${m.meta.id}:`, '  #   - warn', '  #   -');
      out.push(...objectYaml(m.meta.options, defaults, '  #     ', false).map((l) => l.replace(/^ {2}# {5}# /, '  #     # ')));
    }
    for (const [name, c] of Object.entries(m.meta.checks)) {
      const others = PRESET_NAMES.filter((p) => p !== 'recommended' && presetSeverity(c, p) !== presetSeverity(c, 'recommended'))
        .map((p) => `${p}: ${presetSeverity(c, p)}`)
        .join(', ');
      out.push(`  # ${c.description}${others ? ` (${others})` : ''}`);
      out.push(`  ${m.meta.id}/${name}: ${presetSeverity(c, 'recommended')}`);
    }
  }
  if (!modules.some((m) => Object.keys(m.meta.checks).length > 0)) out[out.indexOf('rules:')] = 'rules: {}';
  out.push('', '# Rules for some files only: globs relative to this file.', '# overrides:', "#   - files: ['drafts/**']", '#     excludedFiles: []', '#     rules:', '#       trustworthiness: off', '');
  return out.join('\n');
}
