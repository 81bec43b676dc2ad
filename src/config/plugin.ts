/**
 * Validation of third-party rule modules loaded through `plugins`. A plugin exports
 * `rules: RuleModule[]` (named or on its default export).
 */
import { z } from 'zod';
import type { AnyRuleModule } from '../types.js';

const severity = z.enum(['off', 'warn', 'error']);

const metaSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a rule module id is lower-case letters, digits and dashes'),
  section: z.string().min(1),
  description: z.string().min(1),
  guidance: z.string(),
  messages: z.record(z.string(), z.string()),
  checks: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/),
    z.object({
      description: z.string(),
      severity,
      presets: z.record(z.string(), severity).optional(),
      messages: z.array(z.string()),
    }),
  ),
  options: z.custom<z.ZodType>((v) => typeof (v as { safeParse?: unknown })?.safeParse === 'function', 'options must be a zod schema'),
  docs: z.string().optional(),
});

/** Check a loaded plugin module and return its rule modules. */
export function validatePluginModule(mod: unknown): AnyRuleModule[] {
  const m = mod as { rules?: unknown; default?: { rules?: unknown } };
  const rules = m.rules ?? m.default?.rules;
  if (!Array.isArray(rules) || rules.length === 0) throw new Error('it exports no "rules" array');
  return rules.map((r: unknown, i) => validateRuleModule(r, `rules[${i}]`));
}

/** Check one rule module's shape: meta, message ids of each check, a function per check. */
export function validateRuleModule(r: unknown, where: string): AnyRuleModule {
  const rule = r as { meta?: unknown; checks?: Record<string, unknown> };
  const parsed = metaSchema.safeParse(rule?.meta);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${where}.meta.${issue.path.join('.')}: ${issue.message}`);
  }
  const meta = parsed.data;
  for (const [name, c] of Object.entries(meta.checks)) {
    if (typeof rule.checks?.[name] !== 'function') throw new Error(`${where}: check "${name}" has no function in "checks"`);
    for (const id of c.messages) if (!(id in meta.messages)) throw new Error(`${where}: check "${name}" names unknown message "${id}"`);
  }
  return r as AnyRuleModule;
}
