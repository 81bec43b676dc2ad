/**
 * Lint the discovered files: cached results first, then the rest on the main thread or on worker
 * threads (`--concurrency`). The outcome is the same whatever the concurrency, in path order.
 */
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import type { ConfigLoader } from './config/load.js';
import type { LintCache } from './cache/cache.js';
import { LintCache as Cache } from './cache/cache.js';
import { contentHash } from './cache/hash.js';
import type { FileJobOptions, FileOutcome } from './lint-file.js';
import type { LintResult } from './types.js';
import { tuneV8ForFiles } from './util/v8-tuning.js';

export interface LintFilesOptions {
  cwd: string;
  loader: ConfigLoader;
  job: FileJobOptions;
  cache: LintCache | null;
  /** `auto`, `off` or a number of workers. */
  concurrency: string;
  configFile: string | undefined;
  configLookup: boolean;
  /** Told which file is being linted, so a crash can name it. */
  setCurrent: (file: string) => void;
  /** The process runs only this lint (the command line): V8 flags may be tuned for a short run. */
  ownsProcess?: boolean;
}

export interface LintFilesOutcome {
  results: LintResult[];
  /** Messages for files that could not be read. */
  unreadable: string[];
}

export async function lintFiles(files: readonly string[], o: LintFilesOptions): Promise<LintFilesOutcome> {
  const byFile = new Map<string, FileOutcome>();
  let todo: string[] = [...files];
  const keys = new Map<string, string>();

  if (o.cache) {
    todo = [];
    // Most files share a config: its key is hashed once, not once per file.
    const keyOf = new Map<string, string>();
    for (const file of files) {
      const configKey = await o.loader.keyFor(file);
      let key = keyOf.get(configKey);
      if (key === undefined) keyOf.set(configKey, (key = Cache.key(configKey, o.job)));
      keys.set(file, key);
      // Only a file with an entry under this key can be a hit. The others (a first run, a new
      // file, a changed config) are read and hashed once, as they are linted.
      if (!o.cache.hasEntry(file, key)) {
        todo.push(file);
        continue;
      }
      let hash: string | null = null;
      try {
        // Read synchronously: nothing else runs yet, and one awaited read per file left the
        // process idle for a third of a re-run of 2,592 posts.
        hash = contentHash(readFileSync(file));
      } catch {
        hash = null;
      }
      const hit = hash ? o.cache.get(file, hash, key) : undefined;
      if (hit) byFile.set(file, { kind: 'result', result: hit, hash });
      else todo.push(file);
    }
  }

  const record = (file: string, outcome: FileOutcome): void => {
    byFile.set(file, outcome);
    if (o.cache && outcome.kind === 'result' && outcome.hash) o.cache.set(file, outcome.hash, keys.get(file)!, outcome.result);
  };

  const { workerCount, lintInWorkers } = await import('./parallel/pool.js');
  const n = workerCount(o.concurrency, todo.length);
  // V8's flags are process-wide, so the workers started below compile as tuned here.
  if (o.ownsProcess && todo.length > 0) tuneV8ForFiles(todo);
  if (n > 0) {
    try {
      await lintInWorkers(todo, { cwd: o.cwd, ...(o.configFile ? { configFile: o.configFile } : {}), configLookup: o.configLookup, job: o.job }, n, record);
    } catch (e) {
      const file = (e as { file?: string }).file;
      if (file) o.setCurrent(file);
      throw e;
    }
  } else if (todo.length > 0) {
    const { lintFile } = await import('./lint-file.js');
    for (const file of todo) {
      o.setCurrent(file);
      record(file, await lintFile(file, o.loader, o.job));
    }
  }

  const results: LintResult[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    const outcome = byFile.get(file);
    if (!outcome || outcome.kind === 'skipped') continue;
    if (outcome.kind === 'unreadable') unreadable.push(outcome.message);
    else results.push(outcome.result);
  }
  return { results, unreadable };
}
