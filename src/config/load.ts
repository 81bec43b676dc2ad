/**
 * Finding and loading config files with cosmiconfig (module name `unlinter`), from each linted
 * file's folder upward, or one file given with `--config`. Plugins are loaded and validated here.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { cosmiconfig, type PublicExplorer } from 'cosmiconfig';
import { ConfigError } from '../errors.js';
import type { AnyRuleModule } from '../types.js';
import { validateAgainstRegistry, validateConfigShape } from './validate.js';
import type { LoadedConfig } from './resolve.js';
import { validatePluginModule } from './plugin.js';
import { contentHash } from '../cache/hash.js';
import fs from 'node:fs';

/** The files searched for in each folder, in this order. `.js` files run code when loaded. */
export const SEARCH_PLACES = [
  'package.json',
  '.unlinterrc',
  '.unlinterrc.json',
  '.unlinterrc.yaml',
  '.unlinterrc.yml',
  '.unlinterrc.js',
  '.unlinterrc.cjs',
  '.unlinterrc.mjs',
  'unlinter.config.js',
  'unlinter.config.cjs',
  'unlinter.config.mjs',
];

const SEARCH_NAMES = new Set(SEARCH_PLACES.map((name) => name.toLowerCase()));

/**
 * Whether a folder has an entry with one of the config names (in any case, for file systems that
 * ignore it), or cannot be listed: then cosmiconfig looks there itself.
 */
function mayHoldConfig(dir: string): boolean {
  try {
    return fs.readdirSync(dir).some((name) => SEARCH_NAMES.has(name.toLowerCase()));
  } catch {
    return true;
  }
}

/** Loads configs once per file and once per folder searched. */
export class ConfigLoader {
  private readonly explorer: PublicExplorer;
  private readonly byDir = new Map<string, Promise<LoadedConfig>>();
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();
  private readonly built = new Map<string, Promise<LoadedConfig>>();
  private readonly located = new Map<string, Promise<{ filepath: string; config: unknown } | null>>();
  private fixed: Promise<LoadedConfig> | null = null;
  private readonly fixedFile: string | null = null;
  private readonly keys = new Map<string, string>();

  /**
   * @param cwd folder for the built-in default config and relative `--config`
   * @param configFile `--config FILE`: use this file for every input, no search
   * @param useConfigFiles false for `--no-config-lookup`: built-in defaults only
   */
  constructor(
    private readonly cwd: string,
    configFile?: string,
    private readonly useConfigFiles = true,
  ) {
    this.explorer = cosmiconfig('unlinter', { searchPlaces: SEARCH_PLACES, searchStrategy: 'global', stopDir: path.parse(cwd).root, cache: true });
    if (configFile) {
      this.fixedFile = path.resolve(cwd, configFile);
      this.fixed = this.loadFile(this.fixedFile);
      // Reported when used; avoid an unhandled rejection before then.
      this.fixed.catch(() => undefined);
    }
  }

  /** The config that applies to a file (or, for stdin, to a path in the cwd). */
  forFile(filePath: string): Promise<LoadedConfig> {
    if (this.fixed) return this.fixed;
    return this.forDir(path.dirname(path.resolve(this.cwd, filePath)));
  }

  /** The config that applies to files in a folder. */
  forDir(dir: string): Promise<LoadedConfig> {
    if (this.fixed) return this.fixed;
    let p = this.byDir.get(dir);
    if (!p) {
      p = this.search(dir);
      this.byDir.set(dir, p);
    }
    return p;
  }

  private async search(dir: string): Promise<LoadedConfig> {
    const found = await this.locate(dir);
    if (!found) return defaultConfig(this.cwd);
    return this.fromResult(found.filepath, found.config);
  }

  /**
   * The raw config file that applies in a folder (not validated, plugins not loaded), or null. A
   * folder that holds none of the config names finds what its parent finds in cosmiconfig's
   * search, so it asks the parent: one listing of the folder instead of a lookup per name (an
   * awaited one each, which kept a re-run over 172 folders idle for a third of its time). The
   * root still goes to cosmiconfig, which then looks in the user's global config folder.
   */
  private locate(dir: string): Promise<{ filepath: string; config: unknown } | null> {
    let p = this.located.get(dir);
    if (!p) {
      const parent = path.dirname(dir);
      p = this.useConfigFiles && parent !== dir && !mayHoldConfig(dir) ? this.locate(parent) : (async () => {
        if (!this.useConfigFiles) return null;
        let found;
        try {
          found = await this.explorer.search(dir);
        } catch (e) {
          throw toConfigError(e, dir);
        }
        return found && !found.isEmpty ? { filepath: found.filepath, config: found.config as unknown } : null;
      })();
      this.located.set(dir, p);
    }
    return p;
  }

  /**
   * A key that changes whenever the config that applies to a file may change: the config file's
   * path and data and its plugins' code. Cheap: no rule module is loaded.
   */
  async keyFor(filePath: string): Promise<string> {
    const file = path.resolve(this.cwd, filePath);
    const found = this.fixedFile ? await this.loadRaw(this.fixedFile) : await this.locate(path.dirname(file));
    if (!found) return 'defaults';
    let cached = this.keys.get(found.filepath);
    if (!cached) {
      cached = JSON.stringify([found.filepath, found.config, pluginFingerprints(found.config, path.dirname(found.filepath))]);
      this.keys.set(found.filepath, cached);
    }
    return cached;
  }

  private async loadRaw(file: string): Promise<{ filepath: string; config: unknown }> {
    try {
      const found = await this.explorer.load(file);
      if (!found) throw new ConfigError(file, 'config file not found');
      return { filepath: found.filepath, config: found.config as unknown };
    } catch (e) {
      throw toConfigError(e, file);
    }
  }

  private loadFile(file: string): Promise<LoadedConfig> {
    let p = this.byFile.get(file);
    if (!p) {
      p = this.loadRaw(file).then((found) => this.fromResult(found.filepath, found.config));
      this.byFile.set(file, p);
    }
    return p;
  }

  private fromResult(filepath: string, raw: unknown): Promise<LoadedConfig> {
    let p = this.built.get(filepath);
    if (!p) {
      p = buildConfig(filepath, raw);
      this.built.set(filepath, p);
    }
    return p;
  }
}

/** The built-in rule modules, loaded on first use (a cached run may never need them). */
export async function loadBuiltinRules(): Promise<readonly AnyRuleModule[]> {
  return (await import('../../rules/index.js')).builtinRules;
}

/** The built-in defaults, used where no config file is found. */
export async function defaultConfig(cwd: string): Promise<LoadedConfig> {
  return { filePath: null, dir: cwd, data: {}, modules: await loadBuiltinRules() };
}

/** What identifies the code of a config's plugins: file contents for paths, versions for packages. */
function pluginFingerprints(raw: unknown, dir: string): string[] {
  const plugins = (raw as { plugins?: unknown })?.plugins;
  if (!Array.isArray(plugins)) return [];
  return plugins.map((spec: unknown) => {
    if (typeof spec !== 'string') return String(spec);
    try {
      const file = spec.startsWith('.') || path.isAbsolute(spec) ? path.resolve(dir, spec) : createRequire(path.join(dir, 'noop.js')).resolve(spec);
      return `${spec}:${contentHash(fs.readFileSync(file))}`;
    } catch {
      return `${spec}:missing`;
    }
  });
}

/** Validate raw config data and load its plugins. */
export async function buildConfig(filepath: string, raw: unknown): Promise<LoadedConfig> {
  const data = validateConfigShape(raw, filepath);
  const dir = path.dirname(filepath);
  const modules: AnyRuleModule[] = [...(await loadBuiltinRules())];
  for (const spec of data.plugins ?? []) {
    for (const m of await loadPlugin(spec, dir, filepath)) {
      if (modules.some((x) => x.meta.id === m.meta.id)) {
        throw new ConfigError(filepath, `plugins: plugin "${spec}" defines rule module "${m.meta.id}", which already exists`);
      }
      modules.push(m);
    }
  }
  validateAgainstRegistry(data, filepath, modules);
  return { filePath: filepath, dir, data, modules };
}

async function loadPlugin(spec: string, dir: string, file: string): Promise<AnyRuleModule[]> {
  let url: string;
  try {
    const isPath = spec.startsWith('.') || path.isAbsolute(spec);
    url = isPath ? pathToFileURL(path.resolve(dir, spec)).href : pathToFileURL(createRequire(path.join(dir, 'noop.js')).resolve(spec)).href;
  } catch {
    throw new ConfigError(file, `plugins: cannot find plugin "${spec}" (relative paths start at the config file's folder)`);
  }
  let mod: unknown;
  try {
    mod = await import(url);
  } catch (e) {
    throw new ConfigError(file, `plugins: plugin "${spec}" failed to load: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return validatePluginModule(mod);
  } catch (e) {
    throw new ConfigError(file, `plugins: plugin "${spec}" is not a valid unlinter plugin: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function toConfigError(e: unknown, where: string): ConfigError {
  if (e instanceof ConfigError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  const file = /^(?:YAMLException|JSONError)?[^\n]*?(\/[^\s:]+)/.exec(msg)?.[1] ?? (e as { filepath?: string }).filepath ?? where;
  return new ConfigError(file, `cannot read config: ${msg.split('\n')[0]}`);
}
