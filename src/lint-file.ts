/**
 * One file from path to outcome: its config, ignore patterns, reading, linting. The same code runs
 * on the main thread (serial runs) and in worker threads (parallel runs).
 */
import type { ConfigLoader } from './config/load.js';
import type { CliRuleOptions, LoadedConfig } from './config/resolve.js';
import { readDraft } from './files/read.js';
import { InputError } from './errors.js';
import { lintSource } from './lint-source.js';
import { isIgnored } from './files/discover.js';
import { loadAssetsFor } from './files/assets-hook.js';
import { inputMessage, resultOf } from './results.js';
import type { LintResult } from './types.js';

export { inputMessage, resultOf };
import { contentHash } from './cache/hash.js';
import ignore from 'ignore';
import { isWordDraft, readWordDraft } from './files/docx.js';

/** What every file of a run shares. Plain data, so it can cross into a worker thread. */
export interface FileJobOptions {
  cli: CliRuleOptions;
  inlineConfig: boolean;
  useIgnore: boolean;
  maxFileSize?: number;
  keepSource: boolean;
}

export type FileOutcome =
  | { kind: 'result'; result: LintResult; hash: string | null }
  | { kind: 'skipped' }
  | { kind: 'unreadable'; message: string };

/** Lint one file found by discovery. User errors in config propagate; an unreadable file does not. */
export async function lintFile(file: string, loader: ConfigLoader, opts: FileJobOptions): Promise<FileOutcome> {
  const config = await loader.forFile(file);
  if (opts.useIgnore && configIgnores(config, file)) return { kind: 'skipped' };
  let outcome;
  try {
    // Word drafts are converted to text; their findings then name the paragraph (src/files/docx.ts).
    outcome = isWordDraft(file) ? await readWordDraft(file, opts.maxFileSize) : await readDraft(file, opts.maxFileSize);
  } catch (e) {
    if (e instanceof InputError) return { kind: 'unreadable', message: e.message };
    throw e;
  }
  if (!outcome.ok) return { kind: 'result', result: resultOf(file, [inputMessage(outcome.problem, 2)]), hash: null };
  const result = await lintSource(outcome.text, file, config, {
    cli: opts.cli,
    inlineConfig: opts.inlineConfig,
    keepSource: opts.keepSource,
    loadAssets: loadAssetsFor(file),
  });
  if ('annotate' in outcome) outcome.annotate(result);
  if ('warning' in outcome && outcome.warning) {
    result.messages.unshift(inputMessage(outcome.warning, 1));
    result.warningCount++;
  }
  return { kind: 'result', result, hash: outcome.hash };
}



const configIgnoreCache = new WeakMap<LoadedConfig, ReturnType<typeof ignore> | null>();

/** Whether a config's `ignorePatterns` (relative to its folder) skip a file. */
export function configIgnores(config: LoadedConfig, file: string): boolean {
  let ig = configIgnoreCache.get(config);
  if (ig === undefined) {
    ig = config.data.ignorePatterns?.length ? ignore({ allowRelativePaths: true }).add(config.data.ignorePatterns) : null;
    configIgnoreCache.set(config, ig);
  }
  return ig ? isIgnored(ig, config.dir, file) : false;
}

export { contentHash };
