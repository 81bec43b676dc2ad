/**
 * The Node API: `import { lint, lintText, loadConfig } from 'unlinter'`. The same config search,
 * file discovery, engine and docs links as the command line, without a process to run: for
 * editor plugins, publishing pipelines and scripts.
 *
 * Errors meant for people are typed: `UsageError` (bad options, no matching file), `ConfigError`
 * (an invalid config; the message names the file and key path) and `InputError` (a file that
 * cannot be read at all). A file that is not a draft (binary, too large, a damaged Word file) is
 * not an error: its result holds an `input-error` finding.
 */
import path from 'node:path';
import { ConfigLoader, defaultConfig } from './config/load.js';
import type { CliRuleOptions, LoadedConfig } from './config/resolve.js';
import type { RuleEntry } from './config/schema.js';
import { ruleIdsOf, validateRuleEntry } from './config/validate.js';
import { discoverFiles } from './files/discover.js';
import { WORD_EXTENSIONS, isWordDraft } from './files/docx.js';
import { inputMessage, resultOf, type FileJobOptions } from './lint-file.js';
import { lintFiles } from './lint-files.js';
import { lintSource } from './lint-source.js';
import { attachDocs } from './docs/links.js';
import { loadReporter, FORMAT_NAMES } from './reporters/index.js';
import { InputError, UsageError } from './errors.js';
import { statOrNull } from './util/stat.js';
import type { LintResult, PresetName } from './types.js';

export type { LintResult, LintMessage, Severity, PresetName, RuleModule, RuleMeta, CheckMeta, CheckContext, CheckFunction, ReportDescriptor, Document, Settings } from './types.js';
export { defineRule, PRESET_NAMES } from './types.js';
export type { RuleEntry } from './config/schema.js';
export { UsageError, ConfigError, InputError } from './errors.js';
export { docsUrl } from './docs/links.js';

/** A loaded, validated config (from `loadConfig`), reusable across calls. */
export type UnlinterConfig = LoadedConfig;

/** Options shared by `lint` and `lintText`. */
export interface CommonOptions {
  /** Folder that relative paths and the config search start from. Default: `process.cwd()`. */
  cwd?: string;
  /**
   * A config file to use for every draft (like `--config`), or a config from `loadConfig`.
   * Default: the nearest config file above each draft.
   */
  config?: string | UnlinterConfig;
  /** `false` ignores config files: built-in defaults and these options only. Default `true`. */
  configLookup?: boolean;
  /** The preset, overriding the config's `extends` (like `--preset`). */
  preset?: PresetName;
  /** Rule settings that win over the config, as in a config's `rules` (like `--rule`). */
  rules?: Record<string, RuleEntry>;
  /** `false` ignores `unlinter-disable` comments. Default `true`. */
  inlineConfig?: boolean;
  /** Keep each draft's text on its result (`source`), for formats that show drafts. Default `false`. */
  keepSource?: boolean;
}

/** Options of `lint`. */
export interface LintOptions extends CommonOptions {
  /** `false` uses no ignore file or pattern (like `--no-ignore`). Default `true`. */
  ignore?: boolean;
  /** Extra gitignore-style patterns of files to skip, relative to `cwd`. */
  ignorePatterns?: string[];
  /** The ignore file to use instead of `.unlinterignore` in `cwd`. */
  ignorePath?: string;
  /** Throw a `UsageError` when a pattern matches no file. Default `true`. */
  errorOnUnmatchedPattern?: boolean;
  /** Largest file to lint, in bytes. Default 10 MB. */
  maxFileSize?: number;
  /** `'off'` (default), `'auto'` or a number of worker threads, as a string (like `--concurrency`). */
  concurrency?: string;
}

/** Options of `lintText`. */
export interface LintTextOptions extends CommonOptions {
  /**
   * The path the text stands for: picks the config, the overrides, the kind of draft (`.txt` is
   * plain text, anything else markdown) and the result's `filePath`. Default `<text>.md` in `cwd`.
   */
  filePath?: string;
}

/**
 * Lint files, folders (searched for `.md`, `.markdown`, `.mdx`, `.txt` and `.docx`) and glob
 * patterns. Results are sorted by path; each finding carries its `docs` link.
 *
 * @throws UsageError when a pattern matches nothing (unless `errorOnUnmatchedPattern: false`),
 *   ConfigError for an invalid config, InputError when a file cannot be read at all.
 */
export async function lint(patterns: string | readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const list = typeof patterns === 'string' ? [patterns] : [...patterns];
  if (list.length === 0) throw new UsageError('lint() needs at least one file, folder or glob pattern');
  const { loader, fixed } = loaderFor(cwd, options);
  const cli = cliRules(options);
  await validateRules(cli, await loader.forDir(cwd));
  const useIgnore = options.ignore !== false;
  const { files, ignoredExplicit } = await discoverFiles(list, {
    cwd,
    ignorePatterns: useIgnore ? (options.ignorePatterns ?? []) : [],
    ignorePath: useIgnore ? options.ignorePath : null,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern !== false,
    extensions: WORD_EXTENSIONS,
  });
  const job: FileJobOptions = {
    cli,
    inlineConfig: options.inlineConfig !== false,
    useIgnore,
    keepSource: options.keepSource === true,
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
  };
  const results: LintResult[] = ignoredExplicit.map((f) => resultOf(f, [inputMessage('File ignored because of a matching ignore pattern. Use ignore: false to lint it.', 1, 'ignored')]));
  const outcome = await lintFiles(files, {
    cwd,
    loader,
    job,
    cache: null,
    // A config object cannot cross into a worker thread: it runs on this thread.
    concurrency: fixed ? 'off' : (options.concurrency ?? 'off'),
    configFile: typeof options.config === 'string' ? options.config : undefined,
    configLookup: options.configLookup !== false,
    setCurrent: () => undefined,
  });
  if (outcome.unreadable.length > 0) throw new InputError(outcome.unreadable.join('\n'));
  results.push(...outcome.results);
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return attachDocs(results, (await loader.forDir(cwd)).modules);
}

/**
 * Lint a draft's text as if it were at `options.filePath`. No file is read except configs and
 * plugins. The finding positions are 1-based lines and columns in `text`.
 */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const file = path.resolve(cwd, options.filePath ?? '<text>.md');
  if (isWordDraft(file)) throw new UsageError('lintText() takes text; lint a Word file with lint([path])');
  const { loader } = loaderFor(cwd, options);
  const config = await loader.forFile(file);
  const cli = cliRules(options);
  await validateRules(cli, config);
  const result = await lintSource(text, file, config, { cli, inlineConfig: options.inlineConfig !== false, keepSource: options.keepSource === true });
  return attachDocs([result], config.modules)[0]!;
}

/**
 * Load the config that applies in a folder (searching upward, like the command line; the
 * built-in defaults when there is none), or a config file given by its path. The result can be
 * passed as `config` to `lint` and `lintText`.
 *
 * @throws ConfigError when the config is invalid, naming the file and the key path.
 */
export async function loadConfig(pathOrDir: string, options: { cwd?: string } = {}): Promise<UnlinterConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const target = path.resolve(cwd, pathOrDir);
  const stat = statOrNull(target);
  if (!stat) throw new UsageError(`loadConfig(): ${target} does not exist`);
  if (stat.isDirectory()) return new ConfigLoader(target).forDir(target);
  return new ConfigLoader(path.dirname(target), target).forFile(target);
}

/** The names `formatResults` accepts: `stylish`, `json`, `compact`, `html`, ... */
export const FORMATS: readonly string[] = FORMAT_NAMES;

/**
 * Format results as the command line would print them (`'html'` needs results linted with
 * `keepSource: true` to show the drafts).
 */
export async function formatResults(results: readonly LintResult[], format = 'stylish', options: { cwd?: string; config?: UnlinterConfig } = {}): Promise<string> {
  const reporter = await loadReporter(format);
  if (!reporter) throw new UsageError(`unknown format "${format}" (one of: ${FORMAT_NAMES.join(', ')})`);
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const modules = (options.config ?? (await defaultConfig(cwd))).modules;
  return reporter(results, { cwd, color: 0, modules });
}

function cliRules(o: CommonOptions): CliRuleOptions {
  return { ...(o.preset ? { preset: o.preset } : {}), rules: o.rules ?? {} };
}

/** Check `rules` ids and entries against the modules a config knows (plugins included). */
async function validateRules(cli: CliRuleOptions, config: LoadedConfig): Promise<void> {
  const entries = Object.entries(cli.rules ?? {});
  if (entries.length === 0) return;
  const byId = new Map(config.modules.map((m) => [m.meta.id, m]));
  const ids = ruleIdsOf(config.modules);
  for (const [id, entry] of entries) validateRuleEntry(id, entry, 'options.rules', ['rules', id], byId, ids);
}

/** A config loader for the options: searching, one file, the defaults, or a given config. */
function loaderFor(cwd: string, o: CommonOptions): { loader: ConfigLoader; fixed: boolean } {
  if (o.config && typeof o.config === 'object') {
    const cfg = o.config;
    // The loader interface lintFiles uses, answering every question with the given config.
    const fixedLoader = { forFile: async () => cfg, forDir: async () => cfg, keyFor: async () => `api:${cfg.filePath ?? 'defaults'}` };
    return { loader: fixedLoader as unknown as ConfigLoader, fixed: true };
  }
  return { loader: new ConfigLoader(cwd, o.config, o.configLookup !== false), fixed: false };
}
