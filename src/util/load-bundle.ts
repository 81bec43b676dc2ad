/**
 * Loading the command line's bundle (`dist/bundle`, CommonJS) with V8's compiled code kept between
 * runs, the way Node 22's `module.enableCompileCache()` does for modules; Node 20 has no such cache.
 *
 * Compiling the bundle (3.7 MB then) cost a one-draft run about 0.1 s of its 0.4 s. V8 can write
 * out the code it compiled (`script.createCachedData()`) and take it back on the next start. The
 * data is written after the run, so it holds the functions the lint compiled as well as the top
 * level: the v8-compile-cache package writes it at compile time, which holds only the top level and
 * measured no faster here. A run that found the cache lacking much of what it compiled (the cache
 * was written by `--version`, or by a run whose linting happened on worker threads) writes it again.
 *
 * The cache lives in the system's temporary folder (`unlinter-compile-cache-<uid>`, or the folder
 * `NODE_COMPILE_CACHE` names) and is off when `NODE_DISABLE_COMPILE_CACHE` is set to anything but
 * an empty string or `0`, as with Node's own switches. Cached code is code, so where the system has
 * user ids a file is only read if it is a regular file (not a link) that belongs to this user, is
 * not readable or writable by others and has no second name, in a folder no one else can write
 * to; on Windows the temporary folder is the user's own. A file's name carries a digest of the
 * bundle, the Node version, the platform and the process's V8 flags; its first 32 bytes are a
 * SHA-256 of the rest, which catches a torn or damaged file (it keeps out no one: the ownership
 * checks do). A file that fails a check, or that V8 rejects, is ignored and written again: never
 * an error. Writing one removes those of other builds of the bundle not used for a day.
 */
import { isAscii } from 'node:buffer';
import crypto from 'node:crypto';
import fs from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { startedWith, TUNED_V8_FLAGS } from './v8-tuning.js';

/** What happened to the cached code: used, none usable, rejected by V8, or the cache is off. */
export type CacheStatus = 'used' | 'missing' | 'rejected' | 'off';

export interface LoadedBundle<T> {
  /** The bundle's `module.exports`. */
  exports: T;
  status: CacheStatus;
  /** The cache file, or null when the cache is off. */
  cacheFile: string | null;
  /**
   * Write the code compiled so far for the next run, when this run had none to use or compiled
   * much more than the cache held. Call it at the end of a run, after the output: it costs about
   * 15 ms when it writes. Never throws.
   */
  saveCache(): void;
}

const DIGEST_BYTES = 32;
/**
 * A run that used the cache writes it again when it compiled this much more bytecode than the
 * cache held: about 740 KB after a cache written by `--version`, under 70 KB after a full one.
 */
const REWRITE_GROWTH = 256 * 1024;
/** A used cache file's time is brought forward at most this often, so that it is not taken for stale. */
const TOUCH_MS = 60 * 60 * 1000;

/**
 * CommonJS's wrapper parameters, and `__unlinterImport`: code compiled as a vm.Script cannot use
 * `import()` on Node 20, so the bundle calls this instead (scripts/bundle.mjs).
 */
const WRAPPER_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname', '__unlinterImport'];
const importModule = (specifier: string): Promise<unknown> => import(specifier);

export interface LoadBundleOptions {
  /**
   * The V8 flags this process changed before the load (a lint worker's bundle loads after the run
   * tuned its V8 flags). The cache is then kept for those flags: they are part of its key, and
   * the code is written under them. Without it, the code is written under the start-up flags.
   */
  flags?: string;
}

/** Load a CommonJS bundle file, with its compiled code from the cache when there is some. */
export function loadBundle<T>(file: string, env: NodeJS.ProcessEnv = process.env, options: LoadBundleOptions = {}): LoadedBundle<T> {
  const dir = compileCacheDir(env);
  if (dir === null) return { exports: module.createRequire(file)(file) as T, status: 'off', cacheFile: null, saveCache() {} };
  const bytes = fs.readFileSync(file);
  // The build writes the bundle in ASCII (scripts/bundle.mjs), which reads as Latin-1 in under a
  // millisecond; Node 20's UTF-8 decoding of the same 2.8 MB took 7-8 ms.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const key = crypto
    .createHash('sha256')
    .update(bytes)
    .update(`\0${process.version}\0${process.platform}\0${process.arch}\0${process.execArgv.join(' ')}\0${env.NODE_OPTIONS ?? ''}`)
    .update(options.flags === undefined ? '' : `\0${options.flags}`)
    .digest('hex')
    .slice(0, 24);
  const cacheFile = path.join(dir, `${path.basename(file, path.extname(file))}-${key}.bin`);
  const cached = readCache(dir, cacheFile);
  const cachedData = cached?.data;
  const script = new vm.Script(`(function (${WRAPPER_PARAMETERS.join(', ')}) {${source}\n})`, { filename: file, cachedData });
  const status: CacheStatus = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const mod = { exports: {} as unknown };
  wrapper.call(mod.exports, mod.exports, module.createRequire(file), mod, file, path.dirname(file), importModule);
  const bytecodeAtLoad = bytecodeSize();
  if (status === 'used' && cached && Date.now() - cached.mtimeMs > TOUCH_MS) touch(cacheFile);
  return {
    exports: mod.exports as T,
    status,
    cacheFile,
    saveCache() {
      if (status === 'used' && bytecodeSize() - bytecodeAtLoad < REWRITE_GROWTH) return;
      try {
        if (options.flags === undefined) restoreStartupFlags(env);
        const data = script.createCachedData();
        makeCacheDir(dir, env);
        if (!privateDir(dir)) return;
        writeCache(cacheFile, data);
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
    makeCacheDir(dir, env);
    return privateDir(dir) ? dir : null;
  } catch {
    return null;
  }
}

/**
 * Create the cache folder, private, if it is missing: with its parents for a `NODE_COMPILE_CACHE`
 * the user named, but never the system's temporary folder itself.
 */
function makeCacheDir(dir: string, env: NodeJS.ProcessEnv): void {
  try {
    fs.mkdirSync(dir, { recursive: Boolean(env.NODE_COMPILE_CACHE), mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

/** A folder only this user can write to (on systems with user ids; elsewhere the temporary folder is per user). */
function privateDir(dir: string): boolean {
  const st = fs.lstatSync(dir);
  if (!st.isDirectory()) return false;
  const uid = process.getuid?.();
  return uid === undefined || (st.uid === uid && (st.mode & 0o022) === 0);
}

/** How long the cache of another build of the same bundle is kept unused: a rebuild leaves the old one behind. */
const STALE_MS = 24 * 60 * 60 * 1000;
/** A temporary file of a write that a killed process left. */
const STALE_TMP_MS = 60 * 60 * 1000;

/**
 * Remove the caches of other builds of this bundle not used for a day, and temporary files of
 * this bundle's writes older than an hour.
 */
function removeStaleSiblings(dir: string, keep: string): void {
  const prefix = path.basename(keep).replace(/-[0-9a-f]+\.bin$/, '-');
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (file === keep || !name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const limit = /^[0-9a-f]+\.bin$/.test(rest) ? STALE_MS : /^[0-9a-f]+\.bin\.\d+\.tmp$/.test(rest) ? STALE_TMP_MS : null;
    if (limit === null) continue;
    try {
      if (Date.now() - fs.lstatSync(file).mtimeMs > limit) fs.rmSync(file);
    } catch {
      /* another process removed it first */
    }
  }
}

function bytecodeSize(): number {
  return v8.getHeapCodeStatistics().bytecode_and_metadata_size;
}

/**
 * The cached code in `file` and the file's time, if the folder is private, the file passes the
 * ownership checks (read from the open file, so it cannot be swapped between check and read) and
 * its digest matches its data.
 */
function readCache(dir: string, file: string): { data: Buffer; mtimeMs: number } | undefined {
  let fd: number | undefined;
  try {
    if (!privateDir(dir)) return undefined;
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    const st = fs.fstatSync(fd);
    const uid = process.getuid?.();
    if (!st.isFile() || (uid !== undefined && (st.uid !== uid || (st.mode & 0o077) !== 0 || st.nlink !== 1))) return undefined;
    const buf = fs.readFileSync(fd);
    if (buf.length <= DIGEST_BYTES) return undefined;
    const data = buf.subarray(DIGEST_BYTES);
    if (!crypto.createHash('sha256').update(data).digest().equals(buf.subarray(0, DIGEST_BYTES))) return undefined;
    return { data, mtimeMs: st.mtimeMs };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Write the cache through a temporary file and a rename; the temporary file never stays. Not
 * `writeAtomic` (src/util/write-atomic.ts): that writes through a link at the path to the file it
 * names, which suits a report but not code that a later run will execute, and it cannot set a mode.
 */
function writeCache(file: string, data: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([crypto.createHash('sha256').update(data).digest(), data]), { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

function touch(file: string): void {
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    /* only the stale sweep of another build reads the time */
  }
}

/**
 * V8 keys cached code on its flags, and a run tunes some after start-up (`TUNED_V8_FLAGS`):
 * data written with them changed would be rejected at the next start. So their defaults are
 * turned back on first, except for a flag the process was started with.
 */
function restoreStartupFlags(env: NodeJS.ProcessEnv): void {
  for (const { name, restore } of TUNED_V8_FLAGS) {
    if (!startedWith(name, env)) v8.setFlagsFromString(restore);
  }
}
