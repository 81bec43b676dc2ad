import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoConfig, demoProject, runIn } from './support/project.js';

// The contents hashed, to count how often each draft is read (every read of a draft is hashed).
const hashed = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../src/cache/hash.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/cache/hash.js')>();
  return {
    contentHash(data: string | Uint8Array): string {
      // Config keys are hashed as strings; drafts (and plugin files) as the bytes read from disk.
      if (typeof data !== 'string') hashed.texts.push(Buffer.from(data).toString('utf8'));
      return original.contentHash(data);
    },
  };
});
const A = 'A forbidden word.\n';
const B = 'Clean text.\n';
const B2 = 'Now forbidden.\n';
const C = 'LOUD text.\n';
const DRAFTS = new Set([A, B, B2, C]);
/** How many times a draft's content was hashed (the demo plugin's file is also hashed, for the config key). */
const draftHashes = (): number => hashed.texts.filter((t) => DRAFTS.has(t)).length;

const g = globalThis as { __unlinterLinted?: string[] };
beforeEach(() => {
  g.__unlinterLinted = [];
  hashed.texts = [];
});
afterEach(() => {
  delete g.__unlinterLinted;
});
const linted = (dir: string) => (g.__unlinterLinted ?? []).map((f) => path.relative(dir, f)).sort();

function project() {
  return demoProject({ 'a.md': A, 'b.md': B, 'c.md': C });
}
const args = ['--cache', '--concurrency', 'off', '--format', 'json', '.'];

describe('--cache', () => {
  it('a re-run with nothing changed lints nothing and gives the same output', async () => {
    const dir = project();
    const first = await runIn(dir, args);
    expect(linted(dir)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(fs.existsSync(path.join(dir, '.unlintercache'))).toBe(true);
    g.__unlinterLinted = [];
    const second = await runIn(dir, args);
    expect(linted(dir)).toEqual([]);
    expect(second.stdout).toBe(first.stdout);
    expect(second.exitCode).toBe(first.exitCode);
  });

  it('re-lints only the file whose content changed, even if its time did not', async () => {
    const dir = project();
    await runIn(dir, args);
    const file = path.join(dir, 'b.md');
    const { mtime } = fs.statSync(file);
    fs.writeFileSync(file, 'Now forbidden.\n');
    fs.utimesSync(file, mtime, mtime);
    g.__unlinterLinted = [];
    const r = await runIn(dir, args);
    expect(linted(dir)).toEqual(['b.md']);
    expect(JSON.parse(r.stdout).map((x: { errorCount: number }) => x.errorCount)).toEqual([1, 1, 0]);
  });

  it('a file whose time changed but content did not is not re-linted (CI checkouts)', async () => {
    const dir = project();
    await runIn(dir, args);
    const later = new Date(Date.now() + 60_000);
    for (const f of ['a.md', 'b.md', 'c.md']) fs.utimesSync(path.join(dir, f), later, later);
    g.__unlinterLinted = [];
    await runIn(dir, args);
    expect(linted(dir)).toEqual([]);
  });

  it('re-lints everything when the config changes, and when options change', async () => {
    const dir = project();
    await runIn(dir, args);
    fs.writeFileSync(path.join(dir, '.unlinterrc.json'), demoConfig({ rules: { 'demo/shout': 'error' } }));
    g.__unlinterLinted = [];
    const r = await runIn(dir, args);
    expect(linted(dir)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(JSON.parse(r.stdout).map((x: { errorCount: number }) => x.errorCount)).toEqual([1, 0, 1]);
    g.__unlinterLinted = [];
    await runIn(dir, [...args, '--rule', 'demo/shout: warn']);
    expect(linted(dir)).toEqual(['a.md', 'b.md', 'c.md']);
  });

  it('ignores a corrupt or foreign cache file and rewrites it', async () => {
    for (const content of ['{not json', '{"format":"something-else","entries":{}}', '\u0000\u0001binary']) {
      const dir = project();
      fs.writeFileSync(path.join(dir, '.unlintercache'), content);
      const r = await runIn(dir, args);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toBe('');
      expect(JSON.parse(fs.readFileSync(path.join(dir, '.unlintercache'), 'utf8')).format).toBe('unlinter-cache/1');
    }
  });

  it('--cache-location takes a file or a folder', async () => {
    const dir = project();
    await runIn(dir, [...args, '--cache-location', 'tmp/cache.json']);
    expect(fs.existsSync(path.join(dir, 'tmp/cache.json'))).toBe(true);
    fs.mkdirSync(path.join(dir, 'cachedir'));
    await runIn(dir, [...args, '--cache-location', 'cachedir']);
    expect(fs.existsSync(path.join(dir, 'cachedir/.unlintercache'))).toBe(true);
  });

  it('without --cache nothing is written', async () => {
    const dir = project();
    await runIn(dir, ['--format', 'json', '.']);
    expect(fs.existsSync(path.join(dir, '.unlintercache'))).toBe(false);
  });
});

describe('--cache reads', () => {
  // A file is read and hashed before linting only when the cache holds an entry for it under the
  // same config: a first run, a new file or a changed config reads each file once, as it is linted.
  it('a first run hashes each file once; a re-run hashes each once and lints none', async () => {
    const dir = project();
    const first = await runIn(dir, args);
    expect(linted(dir)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(draftHashes()).toBe(3);

    hashed.texts = [];
    g.__unlinterLinted = [];
    const second = await runIn(dir, args);
    expect(linted(dir)).toEqual([]);
    expect(draftHashes()).toBe(3);
    expect(second.stdout).toBe(first.stdout);
  });

  it('a new file and a changed file: only the changed one is hashed twice', async () => {
    const dir = demoProject({ 'a.md': A, 'b.md': B });
    await runIn(dir, args);
    fs.writeFileSync(path.join(dir, 'b.md'), B2);
    fs.writeFileSync(path.join(dir, 'c.md'), C);
    hashed.texts = [];
    g.__unlinterLinted = [];
    const r = await runIn(dir, args);
    expect(linted(dir)).toEqual(['b.md', 'c.md']);
    // a: checked (hit); b: checked (miss), then linted; c: no entry, linted only.
    expect(draftHashes()).toBe(4);
    expect(JSON.parse(r.stdout).map((x: { errorCount: number }) => x.errorCount)).toEqual([1, 1, 0]);

    // Every file is a hit on the next run.
    g.__unlinterLinted = [];
    await runIn(dir, args);
    expect(linted(dir)).toEqual([]);
  });

  it('after a config change no file is read before it is linted', async () => {
    const dir = demoProject({ 'a.md': A, 'b.md': B });
    await runIn(dir, args);
    fs.writeFileSync(path.join(dir, '.unlinterrc.json'), demoConfig({ rules: { 'demo/shout': 'error' } }));
    hashed.texts = [];
    g.__unlinterLinted = [];
    await runIn(dir, args);
    expect(linted(dir)).toEqual(['a.md', 'b.md']);
    expect(draftHashes()).toBe(2);
  });
});
