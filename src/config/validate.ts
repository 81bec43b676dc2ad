/**
 * Turn a raw config object into validated `ConfigData`, or throw a ConfigError that names the
 * file, the key path and, where one fits, the key that was probably meant.
 */
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { didYouMean } from '../util/suggest.js';
import { CONFIG_KEYS, configSchema, type ConfigData, type RuleEntry } from './schema.js';
import { settingsSchema } from './settings.js';
import { PRESET_NAMES, type AnyRuleModule } from '../types.js';

/** Render a zod path as `rules["privacy-and-safety"][1].regions`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || '(top level)';
}

type SchemaInternals = { def: { innerType?: z.ZodType; element?: z.ZodType }; shape?: Record<string, z.ZodType> };

/** Strip optional/default/prefault wrappers off a schema. */
function unwrap(schema: z.ZodType): SchemaInternals {
  let cur = schema as unknown as SchemaInternals;
  for (let i = 0; i < 6 && cur.def.innerType; i++) cur = cur.def.innerType as unknown as SchemaInternals;
  return cur;
}

/** Known keys at a path inside the config, for suggestions. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let cur = unwrap(configSchema);
  for (const p of path) {
    const next = typeof p === 'string' ? cur.shape?.[p] : cur.def.element;
    if (!next) return [];
    cur = unwrap(next);
  }
  return cur.shape ? Object.keys(cur.shape) : [];
}

/** Describe the first problem of a zod error in one line. */
export function describeZodError(error: z.ZodError, prefix: readonly PropertyKey[] = [], known?: string[]): string {
  const issue = error.issues[0]!;
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const candidates = known ?? knownKeysAt(issue.path);
    const hint = didYouMean(key, candidates);
    return `${formatPath([...path, key])}: unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
  }
  return `${formatPath(path)}: ${issue.message}`;
}

/** Validate the structure of a config object. */
export function validateConfigShape(raw: unknown, file: string): ConfigData {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(file, 'a config must be an object of keys and values');
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const topKeys = first?.code === 'unrecognized_keys' && first.path.length === 0 ? CONFIG_KEYS : undefined;
    throw new ConfigError(file, describeZodError(parsed.error, [], topKeys));
  }
  return parsed.data;
}

/** Every rule id a registry knows: module ids and `module/check` ids. */
export function ruleIdsOf(modules: readonly AnyRuleModule[]): Set<string> {
  const ids = new Set<string>();
  for (const m of modules) {
    ids.add(m.meta.id);
    for (const c of Object.keys(m.meta.checks)) ids.add(`${m.meta.id}/${c}`);
  }
  return ids;
}

/** Check rule ids, rule options and presets against the registry. */
export function validateAgainstRegistry(config: ConfigData, file: string, modules: readonly AnyRuleModule[]): void {
  const byId = new Map(modules.map((m) => [m.meta.id, m]));
  const ids = ruleIdsOf(modules);
  for (const preset of config.extends ?? []) {
    if (!(PRESET_NAMES as readonly string[]).includes(preset)) {
      const hint = didYouMean(preset, PRESET_NAMES);
      throw new ConfigError(file, `extends: unknown preset "${preset}"${hint ? ` (did you mean "${hint}"?)` : ''}; presets are ${PRESET_NAMES.join(', ')}`);
    }
  }
  const checkRules = (rules: Record<string, RuleEntry> | undefined, path: PropertyKey[]): void => {
    for (const [id, entry] of Object.entries(rules ?? {})) {
      validateRuleEntry(id, entry, file, [...path, id], byId, ids);
    }
  };
  checkRules(config.rules, ['rules']);
  config.overrides?.forEach((o, i) => checkRules(o.rules, ['overrides', i, 'rules']));
  if (config.settings) settingsSchema.parse(config.settings);
}

/** Validate one `rules` entry: the id exists and its options fit the module's schema. */
export function validateRuleEntry(
  id: string,
  entry: RuleEntry,
  file: string,
  path: PropertyKey[],
  byId: Map<string, AnyRuleModule>,
  ids: Set<string>,
): void {
  if (!ids.has(id)) {
    const hint = didYouMean(id, ids);
    throw new ConfigError(file, `${formatPath(path)}: unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
  }
  if (Array.isArray(entry) && entry.length === 2) {
    const module = byId.get(id.split('/')[0]!)!;
    const result = module.meta.options.safeParse(entry[1]);
    if (!result.success) {
      const known = knownOptionKeys(module);
      throw new ConfigError(file, `options of "${id}": ${describeZodError(result.error as z.ZodError, [...path, 1], known)}`);
    }
  }
}

function knownOptionKeys(module: AnyRuleModule): string[] {
  const shape = (module.meta.options as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
