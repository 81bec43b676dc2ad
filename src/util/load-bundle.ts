/**
 * Loading the command line's bundle (`dist/bundle`, CommonJS) with V8's compiled code kept between
 * runs, the way Node 22's `module.enableCompileCache()` does for modules; Node 20 has no such cache.
 *
 * Compiling the 3.7 MB bundle cost a one-draft run about 0.1 s of its 0.45 s. V8 can write out the
 * code it compiled (`script.createCachedData()`) and take it back on the next start. The data is
 * written after the run, so it holds the functions the lint compiled as well as the top level:
 * the v8-compile-cache package writes it at compile time, which holds only the top level and
 * measured no faster than no cache here.
 *
 * The cache lives in the system's temporary folder (`unlinter-compile-cache-<uid>`, or the folder
 * `NODE_COMPILE_CACHE` names) and is off with `NODE_DISABLE_COMPILE_CACHE=1`, Node's own switches.
 * Cached code is code, so it is only read from a folder that belongs to this user and no one else
 * can write to. A file's name carries a digest of the bundle, the Node version, the platform and
 * the process's V8 flags; its first 32 bytes are a SHA-256 of the rest. A file that fails either
 * check, or that V8 rejects, is ignored and written again: never an error. Writing a cache removes
 * those of other builds of the bundle written more than a day before.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

/** What happened to the cached code: used, none usable, rejected by V8, or the cache is off. */
export type CacheStatus = 'used' | 'missing' | 'rejected' | 'off';

export interface LoadedBundle<T> {
  /** The bundle's `module.exports`. */
  exports: T;
  status: CacheStatus;
  /** The cache file, or null when the cache is off. */
  cacheFile: string | null;
  /**
   * Write the code compiled so far for the next run, when this run had none to use. Call it at the
   * end of a run, after the output: it costs about 15 ms when it writes. Never throws.
   */
  saveCache(): void;
}

const DIGEST_BYTES = 32;

/**
 * CommonJS's wrapper parameters, and `__unlinterImport`: code compiled as a vm.Script cannot use
 * `import()` on Node 20, so the bundle calls this instead (scripts/bundle.mjs).
 */
const WRAPPER_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname', '__unlinterImport'];
const importModule = (specifier: string): Promise<unknown> => import(specifier);

/** Load a CommonJS bundle file, with its compiled code from the cache when there is some. */
export function loadBundle<T>(file: string, env: NodeJS.ProcessEnv = process.env): LoadedBundle<T> {
  const dir = compileCacheDir(env);
  if (dir === null) return { exports: module.createRequire(file)(file) as T, status: 'off', cacheFile: null, saveCache() {} };
  const source = fs.readFileSync(file, 'utf8');
  const key = crypto
    .createHash('sha256')
    .update(source)
    .update(`\0${process.version}\0${process.platform}\0${process.arch}\0${process.execArgv.join(' ')}\0${env.NODE_OPTIONS ?? ''}`)
    .digest('hex')
    .slice(0, 24);
  const cacheFile = path.join(dir, `${path.basename(file, path.extname(file))}-${key}.bin`);
  const cachedData = readCache(dir, cacheFile);
  const script = new vm.Script(`(function (${WRAPPER_PARAMETERS.join(', ')}) {${source}\n})`, { filename: file, cachedData });
  const status: CacheStatus = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const mod = { exports: {} as unknown };
  wrapper.call(mod.exports, mod.exports, module.createRequire(file), mod, file, path.dirname(file), importModule);
  return {
    exports: mod.exports as T,
    status,
    cacheFile,
    saveCache() {
      if (status === 'used') return;
      try {
        restoreStartupFlags(env);
        const data = script.createCachedData();
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (!privateDir(dir)) return;
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, Buffer.concat([crypto.createHash('sha256').update(data).digest(), data]), { mode: 0o600 });
        fs.renameSync(tmp, cacheFile);
        removeStaleSiblings(dir, cacheFile);
      } catch {
        /* a cache that cannot be written is a slower next start, not an error */
      }
    },
  };
}

/**
 * The folder for compiled code, or null when the cache is off: `NODE_COMPILE_CACHE` if set, else
 * `unlinter-compile-cache-<uid>` in the system's temporary folder. The binary points Node's own
 * module cache (Node 22.1 and later) here as well, so compiled code is kept in one place.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const off = env.NODE_DISABLE_COMPILE_CACHE;
  if (off !== undefined && off !== '' && off !== '0') return null;
  if (env.NODE_COMPILE_CACHE) return path.resolve(env.NODE_COMPILE_CACHE);
  const uid = process.getuid?.();
  return path.join(os.tmpdir(), uid === undefined ? 'unlinter-compile-cache' : `unlinter-compile-cache-${uid}`);
}

/**
 * `compileCacheDir`, created (mode 0700) if missing, when it is a folder only this user can write
 * to; otherwise null. The binary gives it to Node's own module cache, which does not check.
 */
export function privateCompileCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = compileCacheDir(env);
  if (dir === null) return null;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    return privateDir(dir) ? dir : null;
  } catch {
    return null;
  }
}

/** A folder only this user can write to (on systems with user ids; elsewhere the temporary folder is per user). */
function privateDir(dir: string): boolean {
  const st = fs.lstatSync(dir);
  if (!st.isDirectory()) return false;
  const uid = process.getuid?.();
  return uid === undefined || (st.uid === uid && (st.mode & 0o022) === 0);
}

/** How long the cache of another build of the same bundle is kept: a rebuild leaves the old one behind. */
const STALE_MS = 24 * 60 * 60 * 1000;

/** Remove the caches of other builds of this bundle that were written more than a day ago. */
function removeStaleSiblings(dir: string, keep: string): void {
  const prefix = path.basename(keep).replace(/-[0-9a-f]+\.bin$/, '-');
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (file === keep || !name.startsWith(prefix) || !/^[0-9a-f]+\.bin$/.test(name.slice(prefix.length))) continue;
    try {
      if (Date.now() - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file);
    } catch {
      /* another process removed it first */
    }
  }
}

/** The cached code in `file`, if the folder is private and the file's digest matches its data. */
function readCache(dir: string, file: string): Buffer | undefined {
  try {
    if (!privateDir(dir)) return undefined;
    const buf = fs.readFileSync(file);
    if (buf.length <= DIGEST_BYTES) return undefined;
    const data = buf.subarray(DIGEST_BYTES);
    return crypto.createHash('sha256').update(data).digest().equals(buf.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The V8 flags a run may change after start-up (src/util/regexp-tuning.ts), as their defaults. */
const RUN_TUNED_FLAGS = ['regexp-optimization', 'regexp-tier-up'];

/**
 * V8 keys cached code on its flags, and a run tunes two of them after start-up: data written
 * with them changed would be rejected at the next start. So their defaults are turned back on
 * first, except for a flag the process was started with.
 */
function restoreStartupFlags(env: NodeJS.ProcessEnv): void {
  const startup = `${process.execArgv.join(' ')} ${env.NODE_OPTIONS ?? ''}`.replace(/_/g, '-');
  for (const flag of RUN_TUNED_FLAGS) {
    if (!new RegExp(`--(?:no-)?${flag}(?![\\w-])`).test(startup)) v8.setFlagsFromString(`--${flag}`);
  }
}
