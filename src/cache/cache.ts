/**
 * `--cache`: results of earlier runs, keyed on each file's content hash, the config that applies
 * to it and unlinter's version, so a cache stays right in CI where file times change. A cache file
 * that is corrupt, foreign or from another version is ignored and rewritten, never fatal. It is
 * never a draft: a location named like one, or one of the drafts being linted, is refused (exit 2).
 * It is written whole, through a temporary file and a rename.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentHash } from './hash.js';
import type { LintResult } from '../types.js';
import { refuseDraftName, refuseDraftTarget } from '../files/write-guard.js';
import { statOrNull } from '../util/stat.js';
import { writeAtomic } from '../util/write-atomic.js';

/** Default cache file name, in the working folder. */
export const DEFAULT_CACHE_FILE = '.unlintercache';
const FORMAT = 'unlinter-cache/1';

interface Entry {
  /** Content hash of the file. */
  h: string;
  /** Key of the config and options it was linted with. */
  k: string;
  /** The result, without `filePath` (the entry's key). */
  r: Omit<LintResult, 'filePath' | 'source'>;
}

interface CacheData {
  format: string;
  version: string;
  entries: Record<string, Entry>;
}

export class LintCache {
  private readonly entries: Map<string, Entry>;
  private dirty = false;
  /** Why an existing cache file was not used (for tests and debugging). */
  readonly discarded: string | null;

  private constructor(
    readonly file: string,
    private readonly version: string,
    entries: Map<string, Entry>,
    discarded: string | null,
  ) {
    this.entries = entries;
    this.discarded = discarded;
  }

  /** Resolve `--cache-location`: a folder (existing, or written with a trailing slash) gets the default name. */
  static locate(cwd: string, location: string | undefined): string {
    if (!location) return path.join(cwd, DEFAULT_CACHE_FILE);
    const abs = path.resolve(cwd, location);
    const isDir = /[\\/]$/.test(location) || statOrNull(abs)?.isDirectory() === true;
    return isDir ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
  }

  /**
   * Load a cache file; anything unreadable or unexpected starts an empty cache. A location named
   * like a draft is refused (UsageError) before anything is read or linted.
   */
  static load(file: string, version: string): LintCache {
    refuseDraftName(file, '--cache-location');
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch {
      return new LintCache(file, version, new Map(), null);
    }
    try {
      const data = JSON.parse(raw) as Partial<CacheData>;
      if (data?.format !== FORMAT) return new LintCache(file, version, new Map(), 'not an unlinter cache');
      if (data.version !== version) return new LintCache(file, version, new Map(), `written by version ${String(data.version)}`);
      if (!data.entries || typeof data.entries !== 'object') return new LintCache(file, version, new Map(), 'no entries');
      const entries = new Map<string, Entry>();
      for (const [k, e] of Object.entries(data.entries)) {
        if (e && typeof e.h === 'string' && typeof e.k === 'string' && e.r && Array.isArray(e.r.messages)) entries.set(k, e);
      }
      return new LintCache(file, version, entries, null);
    } catch {
      return new LintCache(file, version, new Map(), 'corrupt');
    }
  }

  /** The key of a config and the run's options, for `get`/`set`. */
  static key(configKey: string, options: unknown): string {
    return contentHash(JSON.stringify([configKey, options]));
  }

  /** Whether the cache holds an entry for a file under this config key (whatever its content hash). */
  hasEntry(filePath: string, key: string): boolean {
    return this.entries.get(filePath)?.k === key;
  }

  /** A cached result for a file whose content and config key match, or undefined. */
  get(filePath: string, hash: string, key: string): LintResult | undefined {
    const e = this.entries.get(filePath);
    if (!e || e.h !== hash || e.k !== key) return undefined;
    return { filePath, ...structuredClone(e.r) };
  }

  set(filePath: string, hash: string, key: string, result: LintResult): void {
    const { filePath: _f, source: _s, ...r } = result;
    this.entries.set(filePath, { h: hash, k: key, r });
    this.dirty = true;
  }

  /**
   * Write the cache (atomically) when it changed or was discarded; drop entries of deleted files.
   * Refused (UsageError, nothing written) when the cache file is one of the linted drafts.
   */
  save(): void {
    for (const f of this.entries.keys()) {
      if (!fs.existsSync(f)) {
        this.entries.delete(f);
        this.dirty = true;
      }
    }
    if (!this.dirty && !this.discarded && fs.existsSync(this.file)) return;
    refuseDraftTarget(this.file, [...this.entries.keys()].map((filePath) => ({ filePath })), '--cache-location');
    const data: CacheData = { format: FORMAT, version: this.version, entries: Object.fromEntries(this.entries) };
    writeAtomic(this.file, JSON.stringify(data));
  }
}
