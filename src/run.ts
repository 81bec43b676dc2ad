/**
 * Orchestration: argv -> options -> config -> files -> lint each file -> reporter -> exit code.
 * `run()` returns what to print and the exit code; it never exits the process, so tests call it
 * in process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type CliOptions } from './cli.js';
import { ConfigLoader } from './config/load.js';
import { describeResolved, resolveRules } from './config/resolve.js';
import { discoverFiles } from './files/discover.js';
import { ruleIdsOf, validateRuleEntry } from './config/validate.js';
import { inputMessage, resultOf } from './results.js';
import type { FileJobOptions } from './lint-file.js';
import { lintFiles } from './lint-files.js';
import { tuneV8ForText } from './util/v8-tuning.js';
import { LintCache } from './cache/cache.js';
import { loadReporter, reporterUsesModules } from './reporters/index.js';
import { isUserError, UsageError } from './errors.js';
import type { LintResult } from './types.js';
import { VERSION } from './version.js';
import { writeAtomic } from './util/write-atomic.js';
import { refuseDraftTarget } from './files/write-guard.js';

export { writeAtomic };
import { bulkSuppressionStep } from './suppressions/hook.js';
import { runCommand, type CommandIO } from './commands.js';
import { attachDocs, docsNeedModules } from './docs/links.js';
import { WORD_EXTENSIONS } from './files/extensions.js';
import { sanitizeForTerminal } from './reporters/sanitize.js';

/** What the process gives a run: all optional, so tests pass only what they need. */
export interface RunIO extends CommandIO {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Reads all of standard input. */
  readStdin?: () => Promise<string>;
  /** Whether standard output is a terminal (for colour). */
  stdoutIsTTY?: boolean;
  /**
   * The process exists only for this run (the `unlinter` binary), so process-wide settings such as
   * V8 flags may be tuned for it. Off for callers that embed `run` in a longer-lived process.
   */
  ownsProcess?: boolean;
}

export interface RunOutcome {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/**
 * Run the command line with these arguments (without `node` and the script name). Messages on
 * standard error quote file names, config keys and values, which a draft's author may control:
 * their control characters and escape sequences are shown escaped, line by line.
 */
export async function run(argv: readonly string[], io: RunIO = {}): Promise<RunOutcome> {
  const outcome = await runUnsafe(argv, io);
  if (!outcome.stderr) return outcome;
  return { ...outcome, stderr: outcome.stderr.split('\n').map(sanitizeForTerminal).join('\n') };
}

async function runUnsafe(argv: readonly string[], io: RunIO): Promise<RunOutcome> {
  const cwd = io.cwd ?? process.cwd();
  // The draft being linted; null once every draft is linted (writing the report or the cache).
  let current: string | null | undefined;
  try {
    const parsed = parseArgs(argv, VERSION);
    if (parsed.kind === 'output') return { exitCode: 0, stdout: parsed.text, stderr: '' };
    // --explain and --init do not lint (src/commands.ts).
    const command = await runCommand(parsed.options, cwd, io);
    if (command) return command;
    return await lintRun(parsed.options, cwd, io, (f) => (current = f));
  } catch (e) {
    if (isUserError(e)) return { exitCode: 2, stdout: '', stderr: `unlinter: ${e.message}\n` };
    const where = current === null ? 'after linting' : current ? `while linting ${current}` : 'before linting';
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { exitCode: 2, stdout: '', stderr: `unlinter crashed ${where}.\n${detail}\n` };
  }
}

async function lintRun(o: CliOptions, cwd: string, io: RunIO, setCurrent: (f: string | null) => void): Promise<RunOutcome> {
  const loader = new ConfigLoader(cwd, o.config, o.configLookup);
  const cli = { ...(o.preset ? { preset: o.preset } : {}), rules: o.rules };
  if (Object.keys(o.rules).length > 0) {
    const modules = (await loader.forDir(cwd)).modules;
    const byId = new Map(modules.map((m) => [m.meta.id, m]));
    const ids = ruleIdsOf(modules);
    for (const [id, entry] of Object.entries(o.rules)) validateRuleEntry(id, entry, '--rule', ['rules', id], byId, ids);
  }

  if (o.printConfig) {
    const file = path.resolve(cwd, o.printConfig);
    const config = await loader.forFile(file);
    return { exitCode: 0, stdout: JSON.stringify(describeResolved(config, resolveRules(config, file, cli)), null, 2) + '\n', stderr: '' };
  }

  const reporter = await loadReporter(o.format);
  if (!reporter) throw new UsageError(`unknown format "${o.format}"`);

  const results: LintResult[] = [];
  let stderr = '';
  let inputFailed = false;
  const job: FileJobOptions = {
    cli,
    inlineConfig: o.inlineConfig,
    useIgnore: o.ignore,
    keepSource: reporterNeedsSource(o.format),
    ...(o.maxFileSize !== undefined ? { maxFileSize: o.maxFileSize } : {}),
  };

  if (o.stdin) {
    const text = io.readStdin ? await io.readStdin() : '';
    if (io.ownsProcess) tuneV8ForText(text);
    const file = path.resolve(cwd, o.stdinFilename ?? '<stdin>.md');
    setCurrent(file);
    const config = await loader.forFile(file);
    const { lintSource } = await import('./lint-source.js');
    results.push(await lintSource(text, file, config, { cli, inlineConfig: o.inlineConfig, keepSource: job.keepSource }));
    setCurrent(null);
  } else {
    const { files, ignoredExplicit } = await discoverFiles(o.patterns, {
      cwd,
      ignorePatterns: o.ignore ? o.ignorePatterns : [],
      ignorePath: o.ignore ? (o.ignorePath ?? undefined) : null,
      errorOnUnmatchedPattern: o.errorOnUnmatchedPattern,
      extensions: WORD_EXTENSIONS,
    });
    for (const f of o.warnIgnored === false ? [] : ignoredExplicit) {
      results.push(resultOf(f, [inputMessage('File ignored because of a matching ignore pattern. Use --no-ignore to lint it.', 1, 'ignored')]));
    }
    const cache = o.cache && !job.keepSource ? LintCache.load(LintCache.locate(cwd, o.cacheLocation), VERSION) : null;
    const outcome = await lintFiles(files, { cwd, loader, job, cache, concurrency: o.concurrency, configFile: o.config, configLookup: o.configLookup, setCurrent, ownsProcess: io.ownsProcess === true });
    setCurrent(null);
    results.push(...outcome.results);
    for (const message of outcome.unreadable) {
      stderr += `unlinter: ${message}\n`;
      inputFailed = true;
    }
    cache?.save();
  }

  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  // Bulk suppressions (src/suppressions/): hide the errors a committed suppressions file accounts for.
  // The rule modules are needed only to check the ids --suppress-rule names.
  const suppressModules = o.suppressions && o.suppressions.suppressRules.length > 0 ? (await loader.forDir(cwd)).modules : [];
  const bulk = o.suppressions ? bulkSuppressionStep(results, o.suppressions, { cwd, stdin: o.stdin, modules: suppressModules }) : { stderr: '', failed: false };
  stderr += bulk.stderr;
  const shown = o.quiet ? results.map(errorsOnly) : results;
  let errors = 0;
  let warnings = 0;
  for (const r of shown) {
    errors += r.errorCount;
    warnings += r.warningCount;
  }
  const color = colorLevel(o, io);
  // Each finding links to its rule's documentation (src/docs/links.ts). The rule modules are loaded
  // (with the config of the cwd) only for a format that lists them or a plugin's finding: a re-run
  // from the cache otherwise prints without loading the rules (40-50 ms).
  const needModules = reporterUsesModules(o.format) || shown.some((r) => r.messages.some((m) => docsNeedModules(m.ruleId)));
  const modules = needModules ? (await loader.forDir(cwd)).modules : [];
  attachDocs(shown, modules);
  const report = reporter(shown, { cwd, color: o.outputFile ? 0 : color, modules, ...(o.maxWarnings !== undefined ? { maxWarnings: o.maxWarnings } : {}) });
  const tooManyWarnings = o.maxWarnings !== undefined && warnings > o.maxWarnings;
  if (tooManyWarnings) stderr += `unlinter found too many warnings (maximum: ${o.maxWarnings}).\n`;
  let stdout = report;
  if (o.outputFile) {
    refuseDraftTarget(path.resolve(cwd, o.outputFile), results, '--output-file'); // src/files/write-guard.ts
    writeAtomic(path.resolve(cwd, o.outputFile), report);
    stdout = '';
  }
  const exitCode = inputFailed || bulk.failed ? 2 : errors > 0 || tooManyWarnings ? 1 : 0;
  return { exitCode, stdout, stderr };
}

/** Formats that show the drafts themselves need their text on the results. */
function reporterNeedsSource(format: string): boolean {
  return format === 'html';
}

function errorsOnly(r: LintResult): LintResult {
  const messages = r.messages.filter((m) => m.severity === 2);
  return { ...r, messages, warningCount: 0, errorCount: messages.length };
}

function colorLevel(o: CliOptions, io: RunIO): 0 | 1 | 2 | 3 {
  if (o.color === false) return 0;
  if (o.color === true) return 1;
  const env = io.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR !== undefined) {
    const n = env.FORCE_COLOR === '' || env.FORCE_COLOR === 'true' ? 1 : Number(env.FORCE_COLOR);
    return n === 0 || env.FORCE_COLOR === 'false' ? 0 : n >= 3 ? 3 : n === 2 ? 2 : 1;
  }
  return io.stdoutIsTTY ? 1 : 0;
}

