import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoConfig, demoProject, runIn } from './support/project.js';

const g = globalThis as { __unlinterLinted?: string[] };
beforeEach(() => {
  g.__unlinterLinted = [];
});
afterEach(() => {
  delete g.__unlinterLinted;
});
const linted = (dir: string) => (g.__unlinterLinted ?? []).map((f) => path.relative(dir, f)).sort();

function project() {
  return demoProject({ 'a.md': 'A forbidden word.\n', 'b.md': 'Clean text.\n', 'c.md': 'LOUD text.\n' });
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
