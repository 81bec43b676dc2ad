/**
 * loadBundle (src/util/load-bundle.ts): the binary's bundle with V8's compiled code kept between
 * runs. Each load runs in a fresh process, as the binary does, since V8 would otherwise find the
 * code in its in-memory cache and never read the file.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { init, parse } from 'es-module-lexer';
import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, TUNES_INTERRUPT_BUDGET } from '../src/util/v8-tuning.js';
import { ROOT } from './support/fixtures.js';
import { tmpProject } from './support/tmp.js';

const LOADER = pathToFileURL(path.join(ROOT, 'dist/src/util/load-bundle.js')).href;

// A small bundle that uses what the real one uses: require, __dirname and a dynamic import.
const BUNDLE = `'use strict';
var __unlinterImport = __unlinterImport || ((specifier) => import(specifier));
const path = require('node:path');
exports.answer = async () => ({ sep: (await __unlinterImport('node:path')).sep, dir: path.basename(__dirname), join: path.join('a', 'b') });
`;

interface Outcome {
  status: string;
  cacheFile: string | null;
  answer: { sep: string; dir: string; join: string };
}

/**
 * Load `file` with loadBundle in a new process, call its export, then save the cache. With
 * `flags`, the process sets them before the load and says so (as a lint worker does).
 */
function load(file: string, env: Record<string, string | undefined>, flags?: string): Outcome {
  const script = `
    const { loadBundle } = await import(${JSON.stringify(LOADER)});
    ${flags ? `(await import('node:v8')).setFlagsFromString(${JSON.stringify(flags)});` : ''}
    const b = loadBundle(${JSON.stringify(file)}, process.env${flags ? `, { flags: ${JSON.stringify(flags)} }` : ''});
    const answer = await b.exports.answer();
    b.saveCache();
    console.log(JSON.stringify({ status: b.status, cacheFile: b.cacheFile, answer }));`;
  const env2: Record<string, string | undefined> = { ...process.env, NODE_DISABLE_COMPILE_CACHE: undefined, NODE_COMPILE_CACHE: undefined, ...env };
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: env2 as NodeJS.ProcessEnv });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Outcome;
}

function setUp(): { file: string; cache: string } {
  const dir = tmpProject({ 'lib/bundle.cjs': BUNDLE });
  return { file: path.join(dir, 'lib/bundle.cjs'), cache: path.join(dir, 'cache') };
}

const EXPECTED = { sep: path.sep, dir: 'lib', join: path.join('a', 'b') };

describe('loadBundle', () => {
  it('compiles without a cache, writes one, and uses it on the next run', () => {
    const { file, cache } = setUp();
    const first = load(file, { NODE_COMPILE_CACHE: cache });
    expect(first.status).toBe('missing');
    expect(first.answer).toEqual(EXPECTED);
    expect(fs.existsSync(first.cacheFile!)).toBe(true);
    if (process.platform !== 'win32') {
      expect(fs.statSync(first.cacheFile!).mode & 0o777).toBe(0o600);
      expect(fs.statSync(cache).mode & 0o777).toBe(0o700);
    }
    const second = load(file, { NODE_COMPILE_CACHE: cache });
    expect(second).toEqual({ ...first, status: 'used' });
  });

  it('keys the cache on the bundle: a changed bundle does not get the old code', () => {
    const { file, cache } = setUp();
    const first = load(file, { NODE_COMPILE_CACHE: cache });
    fs.writeFileSync(file, BUNDLE.replace("'a', 'b'", "'a', 'c'"));
    const changed = load(file, { NODE_COMPILE_CACHE: cache });
    expect(changed.status).toBe('missing');
    expect(changed.cacheFile).not.toBe(first.cacheFile);
    expect(changed.answer.join).toBe(path.join('a', 'c'));
  });

  it('removes the caches of other builds written more than a day before, when it writes one', () => {
    const { file, cache } = setUp();
    fs.mkdirSync(cache, { mode: 0o700 });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    const old = path.join(cache, 'bundle-0123456789abcdef01234567.bin');
    const recent = path.join(cache, 'bundle-89abcdef0123456789abcdef.bin');
    const otherBundle = path.join(cache, 'worker-0123456789abcdef01234567.bin');
    for (const f of [old, recent, otherBundle]) fs.writeFileSync(f, 'x');
    for (const f of [old, otherBundle]) fs.utimesSync(f, twoDaysAgo, twoDaysAgo);
    const { cacheFile } = load(file, { NODE_COMPILE_CACHE: cache });
    expect(fs.readdirSync(cache).sort()).toEqual([path.basename(cacheFile!), path.basename(otherBundle), path.basename(recent)].sort());
  });

  it('writes the cache again when a run compiled much more than it held, and not otherwise', () => {
    // 4,000 functions that only run when CALL_ALL is set: a first run that does not call them
    // writes a cache without them, as a --version run would for the rules.
    const fns = Array.from({ length: 4000 }, (_, i) => `f${i}(a) { let s = 0; for (let j = 0; j < a; j++) s += (j * ${i}) % 7; return s + ${i}; }`);
    const dir = tmpProject({ 'lib/big.cjs': `'use strict';\nconst big = {${fns.join(',\n')}};\n${BUNDLE.split('\n').slice(1).join('\n').replace('async () => ({', 'async () => { if (process.env.CALL_ALL) for (const f of Object.values(big)) f(2); return {').replace("join('a', 'b') });", "join('a', 'b') }; };")}` });
    const file = path.join(dir, 'lib/big.cjs');
    const cache = path.join(dir, 'cache');
    const first = load(file, { NODE_COMPILE_CACHE: cache });
    expect(first.answer).toEqual(EXPECTED);
    const small = fs.statSync(first.cacheFile!).size;
    expect(load(file, { NODE_COMPILE_CACHE: cache, CALL_ALL: '1' }).status).toBe('used');
    const grown = fs.statSync(first.cacheFile!).size;
    expect(grown).toBeGreaterThan(small + 256 * 1024);
    const before = fs.readFileSync(first.cacheFile!);
    expect(load(file, { NODE_COMPILE_CACHE: cache, CALL_ALL: '1' }).status).toBe('used');
    expect(fs.readFileSync(first.cacheFile!).equals(before)).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('reads only a regular file of its own that no one else can read, with one name', () => {
    const { file, cache } = setUp();
    const { cacheFile } = load(file, { NODE_COMPILE_CACHE: cache });
    const good = fs.readFileSync(cacheFile!);
    fs.chmodSync(cacheFile!, 0o644);
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('missing');
    expect(fs.statSync(cacheFile!).mode & 0o777).toBe(0o600);
    // A second name (hard link) and a symbolic link to a good file are refused.
    const elsewhere = path.join(path.dirname(cache), 'elsewhere.bin');
    fs.linkSync(cacheFile!, elsewhere);
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('missing');
    fs.rmSync(elsewhere);
    fs.writeFileSync(elsewhere, good, { mode: 0o600 });
    fs.rmSync(cacheFile!);
    fs.symlinkSync(elsewhere, cacheFile!);
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('missing');
    expect(fs.lstatSync(cacheFile!).isSymbolicLink()).toBe(false);
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('used');
  });

  it('removes temporary files its writes left more than an hour before, and keeps a used cache fresh', () => {
    const { file, cache } = setUp();
    const { cacheFile } = load(file, { NODE_COMPILE_CACHE: cache });
    const hoursAgo = new Date(Date.now() - 3 * 3600 * 1000);
    const oldTmp = `${cacheFile}.4242.tmp`;
    const newTmp = `${cacheFile}.4343.tmp`;
    fs.writeFileSync(oldTmp, 'x');
    fs.utimesSync(oldTmp, hoursAgo, hoursAgo);
    fs.writeFileSync(newTmp, 'x');
    // Used: its time is brought forward, so another build's sweep does not take it for stale.
    fs.utimesSync(cacheFile!, hoursAgo, hoursAgo);
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('used');
    expect(Date.now() - fs.statSync(cacheFile!).mtimeMs).toBeLessThan(600_000);
    // The next write sweeps.
    fs.rmSync(cacheFile!);
    load(file, { NODE_COMPILE_CACHE: cache });
    expect(fs.existsSync(oldTmp)).toBe(false);
    expect(fs.existsSync(newTmp)).toBe(true);
  });

  it('ignores and rewrites a corrupt cache file, and one V8 rejects', () => {
    const { file, cache } = setUp();
    const { cacheFile } = load(file, { NODE_COMPILE_CACHE: cache });
    // A flipped byte: the digest no longer matches, so the data is not handed to V8.
    const good = fs.readFileSync(cacheFile!);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 1] ^= 0xff;
    fs.writeFileSync(cacheFile!, flipped);
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('missing');
    expect(fs.readFileSync(cacheFile!).equals(flipped)).toBe(false);
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('used');
    // Data with a matching digest that is not V8's: V8 rejects it, and it is written again.
    const junk = Buffer.from('not compiled code, but long enough to look like some');
    fs.writeFileSync(cacheFile!, Buffer.concat([crypto.createHash('sha256').update(junk).digest(), junk]));
    const rejected = load(file, { NODE_COMPILE_CACHE: cache });
    expect(rejected.status).toBe('rejected');
    expect(rejected.answer).toEqual(EXPECTED);
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('used');
    // A truncated file is not enough to hold a digest.
    fs.writeFileSync(cacheFile!, good.subarray(0, 10));
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('missing');
  });

  it.skipIf(process.platform === 'win32')('neither reads nor writes a cache folder others can write to', () => {
    const { file, cache } = setUp();
    const { cacheFile } = load(file, { NODE_COMPILE_CACHE: cache });
    fs.chmodSync(cache, 0o777);
    const before = fs.readFileSync(cacheFile!);
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('missing');
    fs.rmSync(cacheFile!);
    load(file, { NODE_COMPILE_CACHE: cache });
    expect(fs.existsSync(cacheFile!)).toBe(false);
    fs.chmodSync(cache, 0o700);
    fs.writeFileSync(cacheFile!, before, { mode: 0o600 });
    expect(load(file, { NODE_COMPILE_CACHE: cache }).status).toBe('used');
  });

  // V8 keys cached code on its flags; a run of the binary changes some of them after start-up
  // (src/util/v8-tuning.ts), and the cache it writes must still suit the next start.
  it('writes a cache the next start can use after the run changed its V8 flags', () => {
    const { file, cache } = setUp();
    fs.writeFileSync(file, `${BUNDLE}require('node:v8').setFlagsFromString(process.env.TUNE_FLAG);\n`);
    const budget = TUNES_INTERRUPT_BUDGET ? [`--interrupt-budget=${INTERRUPT_BUDGET}`] : [];
    for (const flag of ['--regexp-tier-up-ticks=0', '--no-regexp-optimization', ...budget]) {
      const dir = path.join(cache, flag.slice(2));
      expect(load(file, { NODE_COMPILE_CACHE: dir, TUNE_FLAG: flag }).status).toBe('missing');
      expect(load(file, { NODE_COMPILE_CACHE: dir, TUNE_FLAG: flag }).status).toBe('used');
    }
  });

  // A lint worker loads its bundle after the run tuned V8's flags, so its code is kept under them.
  it('keeps code for the flags set before the load under its own key, and uses it there', () => {
    const { file, cache } = setUp();
    const plain = load(file, { NODE_COMPILE_CACHE: cache });
    const tuned = load(file, { NODE_COMPILE_CACHE: cache }, '--regexp-tier-up-ticks=0');
    expect(tuned).toMatchObject({ status: 'missing', answer: EXPECTED });
    expect(tuned.cacheFile).not.toBe(plain.cacheFile);
    const again = load(file, { NODE_COMPILE_CACHE: cache }, '--regexp-tier-up-ticks=0');
    expect(again).toEqual({ ...tuned, status: 'used' });
    // The start-up flags' cache is still the plain one's, and still usable.
    expect(load(file, { NODE_COMPILE_CACHE: cache })).toEqual({ ...plain, status: 'used' });
    // Another set of flags (a short run's) gets a file of its own, so the two do not take turns.
    const short = load(file, { NODE_COMPILE_CACHE: cache }, '--regexp-tier-up-ticks=0 --no-regexp-optimization');
    expect(short.status).toBe('missing');
    expect(new Set([plain.cacheFile, tuned.cacheFile, short.cacheFile]).size).toBe(3);
    expect(load(file, { NODE_COMPILE_CACHE: cache }, '--regexp-tier-up-ticks=0').status).toBe('used');
    expect(load(file, { NODE_COMPILE_CACHE: cache }, '--regexp-tier-up-ticks=0 --no-regexp-optimization').status).toBe('used');
  });

  it.skipIf(process.platform === 'win32')('creates its folder in the temporary folder but never a missing temporary folder', () => {
    const { file, cache } = setUp();
    const missing = path.join(cache, 'no', 'such', 'tmp');
    const r = load(file, { TMPDIR: missing });
    expect(r).toMatchObject({ status: 'missing', answer: EXPECTED });
    expect(fs.existsSync(path.join(cache, 'no'))).toBe(false);
    fs.mkdirSync(missing, { recursive: true });
    expect(load(file, { TMPDIR: missing }).cacheFile).toMatch(/unlinter-compile-cache-\d+[\\/]bundle-[0-9a-f]+\.bin$/);
    expect(load(file, { TMPDIR: missing }).status).toBe('used');
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE, and loads the bundle as Node does', () => {
    const { file, cache } = setUp();
    const off = load(file, { NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(off).toEqual({ status: 'off', cacheFile: null, answer: EXPECTED });
    expect(fs.existsSync(cache)).toBe(false);
  });

  // Code compiled as a vm.Script cannot use import() on Node 20, so scripts/bundle.mjs routes every
  // dynamic import through __unlinterImport; only the banner's fallback may remain.
  // scripts/bundle.mjs escapes what esbuild leaves outside strings (the rules' regular expression
  // literals), so the binary reads each bundle as Latin-1 and V8 keeps it one byte a character.
  // The binary's findings are compared with the per-module build's in tests/bin.test.ts.
  it('writes the built bundles in ASCII', () => {
    for (const name of ['run.js', 'worker.js']) {
      const bytes = fs.readFileSync(path.join(ROOT, 'dist/bundle', name));
      const at = bytes.findIndex((b) => b > 0x7f);
      expect(at === -1 ? null : bytes.subarray(Math.max(0, at - 60), at + 20).toString('utf8'), name).toBeNull();
    }
  });

  it('finds no import() in the built bundles but the fallback in their banner', async () => {
    await init;
    for (const name of ['run.js', 'worker.js']) {
      const code = fs.readFileSync(path.join(ROOT, 'dist/bundle', name), 'utf8');
      const dynamic = parse(code)[0].filter((im) => im.type === 'dynamic');
      expect(dynamic.map((im) => code.slice(im.importStart, im.importEnd)), name).toEqual(['import(specifier)']);
      expect(code.indexOf('import(specifier)')).toBeLessThan(200);
      // Plain text as well, in case the lexer missed one: only the banner's and comments' remain.
      const lines = code.split('\n').filter((l) => /(?<![\w$.])import\s*\(/.test(l) && !/^\s*(?:\/\/|\*)/.test(l));
      expect(lines, name).toEqual(['var __unlinterImport = __unlinterImport || ((specifier) => import(specifier));']);
    }
  });
});
