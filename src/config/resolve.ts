/**
 * From defaults, presets, a config file, its overrides and command-line rules to the checks that
 * run on one file. Pure: no file system.
 *
 * Order: each check's default severity, then the preset's (last `extends` or `--preset`), then the
 * config's `rules`, then each matching `overrides` entry, then `--rule`. Within one layer, module
 * entries apply before check entries. A module entry of `off` turns all its checks off; `warn` or
 * `error` sets the severity of the checks that are on in the preset or that a check entry turned
 * on. A check entry sets that check alone.
 */
import picomatch from 'picomatch';
import path from 'node:path';
import type { AnyRuleModule, PresetName, Severity } from '../types.js';
import type { ActiveCheck, ResolvedRules } from '../engine/lint.js';
import type { ConfigData, Override, RuleEntry } from './schema.js';
import { settingsSchema, type Settings } from './settings.js';
import { ruleIdsOf } from './validate.js';
import { ENGINE_RULE_IDS } from '../engine/lint.js';

/** A config as loaded: its data, where it came from, and the rule modules it can use. */
export interface LoadedConfig {
  /** The config file, or null for the built-in defaults. */
  filePath: string | null;
  /** Folder that relative paths and globs in the config are relative to. */
  dir: string;
  data: ConfigData;
  modules: readonly AnyRuleModule[];
}

export interface CliRuleOptions {
  preset?: PresetName;
  rules?: Record<string, RuleEntry>;
}

interface CheckState {
  severity: Severity;
  presetOn: boolean;
  explicit: boolean;
  options: Record<string, unknown>;
}

const matcherCache = new WeakMap<Override, (rel: string) => boolean>();

/**
 * Match globs the way `.gitignore` and ESLint overrides read them: a pattern with a slash is
 * relative to the config folder; one without matches the file name at any depth.
 */
export function globMatcher(patterns: readonly string[]): (rel: string) => boolean {
  const withSlash = patterns.filter((p) => p.includes('/')).map((p) => p.replace(/^\.\//, ''));
  const bare = patterns.filter((p) => !p.includes('/'));
  const full = withSlash.length ? picomatch(withSlash, { dot: true }) : null;
  const base = bare.length ? picomatch(bare, { dot: true }) : null;
  return (rel) => Boolean(full?.(rel) || base?.(rel.slice(rel.lastIndexOf('/') + 1)));
}

function overrideMatcher(o: Override): (rel: string) => boolean {
  let fn = matcherCache.get(o);
  if (!fn) {
    const inc = globMatcher(o.files);
    const exc = o.excludedFiles?.length ? globMatcher(o.excludedFiles) : null;
    fn = (rel: string): boolean => inc(rel) && !(exc && exc(rel));
    matcherCache.set(o, fn);
  }
  return fn;
}

/** The preset that applies: `--preset`, else the last preset in `extends`, else `recommended`. */
export function presetOf(config: LoadedConfig, cli: CliRuleOptions): PresetName {
  return cli.preset ?? ((config.data.extends?.at(-1) as PresetName | undefined) ?? 'recommended');
}

/** Overrides of a config that apply to a file. */
export function matchingOverrides(config: LoadedConfig, filePath: string): Override[] {
  const rel = path.relative(config.dir, filePath).split(path.sep).join('/');
  return (config.data.overrides ?? []).filter((o) => overrideMatcher(o)(rel));
}

const resolvedCache = new WeakMap<LoadedConfig, Map<string, ResolvedRules>>();

/** The checks that run on one file. Cached per config, preset and set of matching overrides. */
export function resolveRules(config: LoadedConfig, filePath: string, cli: CliRuleOptions = {}): ResolvedRules {
  const overrides = matchingOverrides(config, filePath);
  const all = config.data.overrides ?? [];
  const key = `${cli.preset ?? ''}|${overrides.map((o) => all.indexOf(o)).join(',')}|${JSON.stringify(cli.rules ?? {})}`;
  let perConfig = resolvedCache.get(config);
  if (!perConfig) resolvedCache.set(config, (perConfig = new Map()));
  const hit = perConfig.get(key);
  if (hit) return hit;

  const preset = presetOf(config, cli);
  const state = new Map<string, CheckState>();
  for (const m of config.modules) {
    for (const [name, c] of Object.entries(m.meta.checks)) {
      const sev = c.presets?.[preset] ?? c.severity;
      state.set(`${m.meta.id}/${name}`, { severity: sev, presetOn: sev !== 'off', explicit: false, options: {} });
    }
  }
  const moduleOptions = new Map<string, Record<string, unknown>>();
  const layers: Array<Record<string, RuleEntry> | undefined> = [config.data.rules, ...overrides.map((o) => o.rules), cli.rules];
  for (const layer of layers) {
    if (!layer) continue;
    const entries = Object.entries(layer);
    for (const [id, entry] of entries) {
      if (id.includes('/')) continue;
      const { severity, options } = splitEntry(entry);
      if (options) moduleOptions.set(id, { ...(moduleOptions.get(id) ?? {}), ...options });
      for (const [cid, s] of state) {
        if (!cid.startsWith(id + '/')) continue;
        if (severity === 'off') s.severity = 'off';
        else if (s.presetOn || s.explicit) s.severity = severity;
      }
    }
    for (const [id, entry] of entries) {
      if (!id.includes('/')) continue;
      const s = state.get(id);
      if (!s) continue;
      const { severity, options } = splitEntry(entry);
      s.severity = severity;
      s.explicit = severity !== 'off';
      if (options) s.options = { ...s.options, ...options };
    }
  }

  const modules: ResolvedRules['modules'][number][] = [];
  for (const m of config.modules) {
    const checks: ActiveCheck[] = [];
    for (const name of Object.keys(m.meta.checks)) {
      const s = state.get(`${m.meta.id}/${name}`)!;
      if (s.severity === 'off') continue;
      const merged = { ...(moduleOptions.get(m.meta.id) ?? {}), ...s.options };
      checks.push({ name, severity: s.severity, options: m.meta.options.parse(merged) as Record<string, unknown> });
    }
    if (checks.length) modules.push({ module: m, checks });
  }
  const known = ruleIdsOf(config.modules);
  for (const id of ENGINE_RULE_IDS) known.add(id);
  const resolved: ResolvedRules = {
    modules,
    settings: resolveSettings(config),
    preset,
    reportUnusedDirectives: config.data.reportUnusedDirectives ?? 'warn',
    knownRuleIds: known,
  };
  perConfig.set(key, resolved);
  return resolved;
}

const settingsCache = new WeakMap<LoadedConfig, Settings>();

/** The config's settings with every default applied. */
export function resolveSettings(config: LoadedConfig): Settings {
  let s = settingsCache.get(config);
  if (!s) settingsCache.set(config, (s = settingsSchema.parse(config.data.settings ?? {})));
  return s;
}

function splitEntry(entry: RuleEntry): { severity: Severity; options: Record<string, unknown> | undefined } {
  if (Array.isArray(entry)) return { severity: entry[0], options: entry[1] as Record<string, unknown> | undefined };
  return { severity: entry as Severity, options: undefined };
}

/** The resolved config for a file, as `--print-config` shows it. */
export function describeResolved(config: LoadedConfig, resolved: ResolvedRules): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const m of config.modules) {
    for (const name of Object.keys(m.meta.checks)) {
      const active = resolved.modules.find((x) => x.module === m)?.checks.find((c) => c.name === name);
      rules[`${m.meta.id}/${name}`] = active ? [active.severity, active.options] : 'off';
    }
  }
  return {
    configFile: config.filePath,
    preset: resolved.preset,
    rules,
    settings: resolved.settings,
    reportUnusedDirectives: resolved.reportUnusedDirectives,
    plugins: config.data.plugins ?? [],
  };
}
