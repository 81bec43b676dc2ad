/**
 * Bulk suppressions, ESLint's model: `--suppress-all` records today's errors by file, rule and count;
 * later runs report only what goes beyond the counts; `--prune-suppressions` drops what was fixed.
 * Through `run()` on the demo plugin (`demo/word` is an error, `demo/shout` a warning).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoProject, runIn } from './support/project.js';
import { applySuppressions, prune, suppress, type Suppressions } from '../src/suppressions/suppressions.js';
import { loadSuppressions } from '../src/suppressions/store.js';
import type { LintResult } from '../src/types.js';

const FILE = 'unlinter-suppressions.json';
const read = (dir: string, file = FILE) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Suppressions;
const write = (dir: string, rel: string, text: string) => fs.writeFileSync(path.join(dir, rel), text);

/** An archive with old problems: two errors and a warning in one post, one error in another. */
function archive(): string {
  return demoProject({
    'posts/2019/old.md': 'A forbidden word.\n\nAnother forbidden one. LOUD.\n',
    'posts/2020/older.txt': 'forbidden\n',
    'posts/clean.md': 'Fine.\n',
  });
}

describe('--suppress-all', () => {
  it("records today's errors by relative path, rule and count, and reports none of them", async () => {
    const dir = archive();
    const first = await runIn(dir, ['--suppress-all', '--format', 'compact', '.']);
    expect(first.exitCode).toBe(0);
    expect(read(dir)).toEqual({
      'posts/2019/old.md': { 'demo/word': { count: 2 } },
      'posts/2020/older.txt': { 'demo/word': { count: 1 } },
    });
    // Warnings are never suppressed: they do not block, so they stay visible.
    expect(first.stdout).toContain('posts/2019/old.md:3:24: warning Loud word: calm down. [demo/shout]');
    expect(first.stdout).not.toContain('demo/word');
    expect(first.stderr).toContain(`${FILE} now suppresses 3 errors`);
    const text = fs.readFileSync(path.join(dir, FILE), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    // Written through a temporary file and a rename: nothing else is left beside it.
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(FILE))).toEqual([FILE]);

    const again = await runIn(dir, ['--format', 'compact', '.']);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).not.toContain('demo/word');
  });

  it('is robust to lines moving: edits above old findings do not bring them back', async () => {
    const dir = archive();
    await runIn(dir, ['--suppress-all', '.']);
    write(dir, 'posts/2019/old.md', '# A new title\n\nA new first paragraph.\n\nA forbidden word.\n\nAnother forbidden one. LOUD.\n');
    const r = await runIn(dir, ['--format', 'compact', '.']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('demo/word');
  });

  it("reports all of a rule's errors in a file once there are more than recorded (ESLint's behaviour)", async () => {
    const dir = archive();
    await runIn(dir, ['--suppress-all', '.']);
    write(dir, 'posts/2019/old.md', 'A forbidden word.\n\nAnother forbidden one. LOUD.\n\nA new forbidden thing.\n');
    const r = await runIn(dir, ['--format', 'compact', '.']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout.match(/posts\/2019\/old\.md:\d+:\d+: error .*\[demo\/word\]/g)).toHaveLength(3);
    // The other file is still within its count.
    expect(r.stdout).not.toContain('older.txt');
  });

  it('reports errors in new files and in rules that had none', async () => {
    const dir = archive();
    await runIn(dir, ['--suppress-all', '.']);
    write(dir, 'posts/new.md', 'A forbidden word in a new post.\n');
    const r = await runIn(dir, ['--format', 'compact', '.']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('posts/new.md:1:3: error');
  });

  it('keeps entries of files not linted in this run (a pre-commit hook lints a few files)', async () => {
    const dir = archive();
    await runIn(dir, ['--suppress-all', '.']);
    write(dir, 'posts/new.md', 'forbidden\n');
    const r = await runIn(dir, ['--suppress-all', 'posts/new.md']);
    expect(r.exitCode).toBe(0);
    expect(Object.keys(read(dir))).toEqual(['posts/2019/old.md', 'posts/2020/older.txt', 'posts/new.md']);
    // Linting only a clean file says nothing about the others' entries.
    expect((await runIn(dir, ['posts/clean.md'])).exitCode).toBe(0);
  });

  it('never suppresses a file that could not be read', async () => {
    const dir = demoProject({ 'bin.md': new Uint8Array([0, 1, 2, 0, 255, 0]) });
    const r = await runIn(dir, ['--suppress-all', '--format', 'compact', '.']);
    expect(r.stdout).toContain('[input-error]');
    expect(r.exitCode).toBe(1);
    expect(read(dir)).toEqual({});
  });
});

describe('suppressions that no longer occur', () => {
  it('end the run with exit code 2 and a pointer to --prune-suppressions, unless passed on', async () => {
    const dir = archive();
    await runIn(dir, ['--suppress-all', '.']);
    write(dir, 'posts/2019/old.md', 'A forbidden word.\n\nAnother fixed one. LOUD.\n');
    const r = await runIn(dir, ['--format', 'compact', '.']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('1 suppressed error in unlinter-suppressions.json no longer occur (posts/2019/old.md)');
    expect(r.stderr).toContain('--prune-suppressions');
    // The report itself is still printed.
    expect(r.stdout).toContain('[demo/shout]');
    const passed = await runIn(dir, ['--pass-on-unpruned-suppressions', '.']);
    expect(passed.exitCode).toBe(0);
  });

  it('--prune-suppressions lowers counts and drops entries that reach zero', async () => {
    const dir = archive();
    await runIn(dir, ['--suppress-all', '.']);
    write(dir, 'posts/2019/old.md', 'A forbidden word.\n\nAnother fixed one.\n');
    write(dir, 'posts/2020/older.txt', 'fixed\n');
    const r = await runIn(dir, ['--prune-suppressions', '.']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('pruned 2 suppressed errors');
    expect(read(dir)).toEqual({ 'posts/2019/old.md': { 'demo/word': { count: 1 } } });
    expect((await runIn(dir, ['.'])).exitCode).toBe(0);
    // Now a second error in that file is new, and both are reported.
    write(dir, 'posts/2019/old.md', 'A forbidden word.\n\nforbidden again.\n');
    expect((await runIn(dir, ['.'])).exitCode).toBe(1);
  });
});

describe('--suppress-rule and --suppressions-location', () => {
  it('--suppress-rule records one rule (or a whole module) only', async () => {
    const dir = demoProject({ 'a.md': 'forbidden and LOUD\n' }, { rules: { 'demo/shout': 'error' } });
    const r = await runIn(dir, ['--suppress-rule', 'demo/word', '--format', 'compact', '.']);
    expect(read(dir)).toEqual({ 'a.md': { 'demo/word': { count: 1 } } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('[demo/shout]');
    expect(r.stdout).not.toContain('[demo/word]');
    const all = await runIn(dir, ['--suppress-rule', 'demo', '.']);
    expect(all.exitCode).toBe(0);
    expect(read(dir)).toEqual({ 'a.md': { 'demo/shout': { count: 1 }, 'demo/word': { count: 1 } } });
    const bad = await runIn(dir, ['--suppress-rule', 'demo/wrd', '.']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('unknown rule "demo/wrd" (did you mean "demo/word"?)');
    const both = await runIn(dir, ['--suppress-all', '--suppress-rule', 'demo/word', '.']);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toContain('cannot be used together');
  });

  it('--suppressions-location puts the file elsewhere and must be given on later runs too', async () => {
    const dir = archive();
    const r = await runIn(dir, ['--suppress-all', '--suppressions-location', '.config/unlinter/suppressions.json', '.']);
    expect(r.exitCode).toBe(0);
    expect(fs.existsSync(path.join(dir, FILE))).toBe(false);
    expect(read(dir, '.config/unlinter/suppressions.json')['posts/2019/old.md']).toEqual({ 'demo/word': { count: 2 } });
    expect((await runIn(dir, ['--suppressions-location', '.config/unlinter/suppressions.json', '.'])).exitCode).toBe(0);
    expect((await runIn(dir, ['.'])).exitCode).toBe(1);
    const missing = await runIn(dir, ['--suppressions-location', 'nowhere.json', '.']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('does not exist: create it with --suppress-all');
  });

  it('a broken suppressions file stops the run with exit code 2 and names the file and entry', async () => {
    const dir = archive();
    write(dir, FILE, '{ "posts/2019/old.md": ');
    const r = await runIn(dir, ['.']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`${path.join(dir, FILE)}: the suppressions file is not valid JSON`);
    write(dir, FILE, JSON.stringify({ 'posts/2019/old.md': { 'demo/word': { count: 0 } } }));
    const bad = await runIn(dir, ['.']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('suppressions["posts/2019/old.md"]["demo/word"]["count"]');
  });

  it('standard input is never suppressed, and the flags that write need files', async () => {
    const dir = archive();
    await runIn(dir, ['--suppress-all', '.']);
    const r = await runIn(dir, ['--stdin', '--stdin-filename', 'posts/2020/older.txt'], { readStdin: async () => 'forbidden\n' });
    expect(r.exitCode).toBe(1);
    const w = await runIn(dir, ['--stdin', '--suppress-all'], { readStdin: async () => 'x\n' });
    expect(w.exitCode).toBe(2);
    expect(w.stderr).toContain('need files, not standard input');
  });
});

describe('the suppression functions', () => {
  const msg = (ruleId: string, severity: 1 | 2, line = 1) => ({ ruleId, messageId: 'm', severity, message: 'M.', line, column: 1, endLine: line, endColumn: 2 });
  const result = (file: string, ...messages: ReturnType<typeof msg>[]): LintResult => ({
    filePath: file,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
  });

  it('count errors only, per file and rule, with sorted keys', () => {
    const s = suppress({}, [result('/r/b.md', msg('x/b', 2), msg('x/a', 2), msg('x/a', 2), msg('x/w', 1)), result('/r/a/c.md', msg('x/a', 2))], '/r');
    expect(JSON.stringify(s)).toBe(JSON.stringify({ 'a/c.md': { 'x/a': { count: 1 } }, 'b.md': { 'x/a': { count: 2 }, 'x/b': { count: 1 } } }));
  });

  it('hide exactly the rules within their count and recompute the counts', () => {
    const s = suppress({}, [result('/r/a.md', msg('x/a', 2), msg('x/b', 2))], '/r');
    const applied = applySuppressions([result('/r/a.md', msg('x/a', 2, 5), msg('x/b', 2), msg('x/b', 2, 9), msg('x/w', 1))], s, '/r');
    const [r] = applied.results;
    expect(r!.messages.map((m) => m.ruleId)).toEqual(['x/b', 'x/b', 'x/w']);
    expect([r!.errorCount, r!.warningCount, applied.suppressed]).toEqual([2, 1, 1]);
    expect(applied.unused).toEqual({});
  });

  it('prune by the unused part only', () => {
    const s: Suppressions = { 'a.md': { 'x/a': { count: 3 }, 'x/b': { count: 1 } }, 'gone.md': { 'x/a': { count: 1 } } };
    const { unused } = applySuppressions([result('/r/a.md', msg('x/a', 2))], s, '/r');
    // Only linted files can have unused entries: gone.md was not linted in this run.
    expect(unused).toEqual({ 'a.md': { 'x/a': { count: 2 }, 'x/b': { count: 1 } } });
    expect(prune(s, unused)).toEqual({ 'a.md': { 'x/a': { count: 1 } }, 'gone.md': { 'x/a': { count: 1 } } });
  });

  it('treat a file called __proto__ as a plain key', () => {
    const dir = demoProject({});
    const file = path.join(dir, 'weird.json');
    fs.writeFileSync(file, '{"__proto__": {"x/a": {"count": 1}}}');
    const s = loadSuppressions(file);
    expect(Object.keys(s)).toEqual(['__proto__']);
    const applied = applySuppressions([result(path.join(dir, '__proto__'), msg('x/a', 2))], s, dir);
    expect(applied.suppressed).toBe(1);
  });
});
