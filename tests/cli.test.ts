import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoProject, runIn } from './support/project.js';
import { readDraft } from '../src/files/read.js';

type Json = Array<{ filePath: string; messages: Array<Record<string, unknown>>; errorCount: number; warningCount: number }>;
const parse = (s: string) => JSON.parse(s) as Json;
const rel = (dir: string, r: Json) => r.map((x) => path.relative(dir, x.filePath));

describe('inputs', () => {
  const files = {
    'posts/b.md': 'A forbidden word.\n',
    'posts/a.markdown': 'Clean.\n',
    'posts/c.mdx': 'Clean.\n',
    'posts/d.txt': 'Clean.\n',
    'posts/e.html': 'forbidden but not a draft type\n',
    'posts/node_modules/x.md': 'forbidden\n',
    'posts/sub/f.md': 'Clean.\n',
    'notes.md': 'Clean.\n',
  };

  it('recurses into folders for .md, .markdown, .mdx and .txt, skipping node_modules, in sorted order', async () => {
    const dir = demoProject(files);
    fs.mkdirSync(path.join(dir, 'posts/.git'));
    fs.writeFileSync(path.join(dir, 'posts/.git/y.md'), 'forbidden');
    const r = await runIn(dir, ['--format', 'json', 'posts']);
    expect(rel(dir, parse(r.stdout))).toEqual(['posts/a.markdown', 'posts/b.md', 'posts/c.mdx', 'posts/d.txt', 'posts/sub/f.md']);
  });

  it('accepts files and glob patterns, each file once', async () => {
    const dir = demoProject(files);
    const r = await runIn(dir, ['--format', 'json', 'posts/**/*.md', 'notes.md', 'posts/b.md']);
    expect(rel(dir, parse(r.stdout))).toEqual(['notes.md', 'posts/b.md', 'posts/sub/f.md']);
  });

  it('gives the same output order whatever the order of the patterns', async () => {
    const dir = demoProject(files);
    const a = await runIn(dir, ['--format', 'json', 'posts', 'notes.md']);
    const b = await runIn(dir, ['--format', 'json', 'notes.md', 'posts']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('honours .unlinterignore, --ignore-path, --ignore-pattern, config ignorePatterns and --no-ignore', async () => {
    const dir = demoProject({ ...files, '.unlinterignore': '# drafts in progress\nposts/sub/\n', 'other-ignore': 'notes.md\n' }, { ignorePatterns: ['*.txt'] });
    const base = rel(dir, parse((await runIn(dir, ['--format', 'json', '.'])).stdout));
    expect(base).toEqual(['notes.md', 'posts/a.markdown', 'posts/b.md', 'posts/c.mdx']);
    const withPattern = rel(dir, parse((await runIn(dir, ['--format', 'json', '--ignore-pattern', '*.mdx', '.'])).stdout));
    expect(withPattern).toEqual(['notes.md', 'posts/a.markdown', 'posts/b.md']);
    const otherFile = rel(dir, parse((await runIn(dir, ['--format', 'json', '--ignore-path', 'other-ignore', '.'])).stdout));
    expect(otherFile).toEqual(['posts/a.markdown', 'posts/b.md', 'posts/c.mdx', 'posts/sub/f.md']);
    const none = rel(dir, parse((await runIn(dir, ['--format', 'json', '--no-ignore', '.'])).stdout));
    expect(none).toEqual(['notes.md', 'posts/a.markdown', 'posts/b.md', 'posts/c.mdx', 'posts/d.txt', 'posts/sub/f.md']);
  });

  it('an ignore file that is missing when named, a folder or unreadable is exit 2 with the reason, never a crash', async () => {
    const dir = demoProject({ ...files, 'ignores/.keep': '' });
    const missing = await runIn(dir, ['--ignore-path', 'no-such-ignore', 'posts']);
    expect([missing.exitCode, missing.stderr]).toEqual([2, 'unlinter: Ignore file not found: no-such-ignore\n']);
    const below = await runIn(dir, ['--ignore-path', 'notes.md/ignore', 'posts']);
    expect([below.exitCode, below.stderr]).toEqual([2, 'unlinter: Ignore file not found: notes.md/ignore\n']);
    const folder = await runIn(dir, ['--ignore-path', 'ignores', 'posts']);
    expect([folder.exitCode, folder.stderr]).toEqual([2, `unlinter: Cannot read the ignore file ${path.join(dir, 'ignores')}: it is a folder\n`]);
    fs.mkdirSync(path.join(dir, '.unlinterignore'));
    const defaultFolder = await runIn(dir, ['posts']);
    expect([defaultFolder.exitCode, defaultFolder.stderr]).toEqual([2, `unlinter: Cannot read the ignore file ${path.join(dir, '.unlinterignore')}: it is a folder\n`]);
  });

  it('warns about a file named explicitly but ignored', async () => {
    const dir = demoProject({ ...files, '.unlinterignore': 'notes.md\n' });
    const r = await runIn(dir, ['--format', 'json', 'notes.md']);
    expect(parse(r.stdout)[0]!.messages[0]).toMatchObject({ ruleId: 'input-error', severity: 1, message: expect.stringContaining('ignore pattern') });
    expect(r.exitCode).toBe(0);
  });

  it('a pattern that matches nothing is exit 2 unless --no-error-on-unmatched-pattern', async () => {
    const dir = demoProject(files);
    const r = await runIn(dir, ['missing/*.md']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('No files matching the pattern "missing/*.md" were found');
    const ok = await runIn(dir, ['--no-error-on-unmatched-pattern', 'missing/*.md', 'notes.md']);
    expect(ok.exitCode).toBe(0);
    const onlyHtml = await runIn(dir, ['posts/*.html']);
    expect(onlyHtml.exitCode).toBe(1);
  });

  it('reads standard input with - or --stdin, named by --stdin-filename', async () => {
    const dir = demoProject({});
    const io = { readStdin: async () => 'Some forbidden text.\n' };
    const r = await runIn(dir, ['--format', 'json', '--stdin', '--stdin-filename', 'drafts/post.md'], io);
    expect(parse(r.stdout)[0]!.filePath).toBe(path.join(dir, 'drafts/post.md'));
    expect(r.exitCode).toBe(1);
    const dash = await runIn(dir, ['--format', 'compact', '-'], io);
    expect(dash.stdout).toContain('<stdin>.md:1:6: error');
  });

  it('stdin text files are read as text: directives on a line of their own work', async () => {
    const dir = demoProject({});
    const io = { readStdin: async () => 'unlinter-disable-next-line demo\nSome forbidden text.\n' };
    const r = await runIn(dir, ['--format', 'json', '--stdin', '--stdin-filename', 'post.txt'], io);
    expect(parse(r.stdout)[0]!.messages).toEqual([]);
  });
});

describe('exit codes and output options', () => {
  const dir = demoProject({ 'err.md': 'A forbidden word.\n', 'warn.md': 'A LOUD word. LOUD again.\n', 'clean.md': 'Nothing here.\n' });

  it('0 with no findings, 1 with an error, 0 with warnings only', async () => {
    expect((await runIn(dir, ['clean.md'])).exitCode).toBe(0);
    expect((await runIn(dir, ['err.md'])).exitCode).toBe(1);
    expect((await runIn(dir, ['warn.md'])).exitCode).toBe(0);
  });

  it('--max-warnings N fails when there are more than N warnings', async () => {
    expect((await runIn(dir, ['--max-warnings', '2', 'warn.md'])).exitCode).toBe(0);
    const r = await runIn(dir, ['--max-warnings', '1', 'warn.md']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('too many warnings (maximum: 1)');
    expect((await runIn(dir, ['--max-warnings', 'x', 'warn.md'])).exitCode).toBe(2);
  });

  it('--quiet reports errors only', async () => {
    const r = await runIn(dir, ['--quiet', '--format', 'json', 'warn.md', 'err.md']);
    expect(parse(r.stdout).flatMap((x) => x.messages.map((m) => m.severity))).toEqual([2]);
    expect((await runIn(dir, ['--quiet', 'warn.md'])).stdout).toBe('');
  });

  it('--output-file writes the report and keeps the exit code', async () => {
    const r = await runIn(dir, ['--format', 'json', '--output-file', 'out/report.json', 'err.md']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(parse(fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8'))[0]!.errorCount).toBe(1);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['report.json']);
  });

  it('bad usage is exit 2 with a message, help and version are exit 0', async () => {
    for (const argv of [['--format', 'nope', 'err.md'], ['--preset', 'nope', 'err.md'], ['--bogus'], [], ['--rule', 'not yaml: [', 'err.md'], ['--stdin-filename', 'x.md', 'err.md']]) {
      const r = await runIn(dir, argv);
      expect(r.exitCode, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(/^unlinter: /);
    }
    const help = await runIn(dir, ['--help']);
    expect(help.exitCode).toBe(0);
    for (const flag of ['--format', '--max-warnings', '--stdin-filename', '--print-config', 'Exit codes', 'unlinter-disable-next-line']) expect(help.stdout).toContain(flag);
    const version = await runIn(dir, ['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a file that cannot be read is a clear error naming it', async () => {
    const d = demoProject({ 'a.md': 'x' });
    fs.symlinkSync(path.join(d, 'gone.md'), path.join(d, 'b.md'));
    await expect(readDraft(path.join(d, 'b.md'))).rejects.toThrow(`Cannot read ${path.join(d, 'b.md')}: it does not exist`);
    await expect(readDraft(d)).rejects.toThrow('not a regular file');
    expect(await readDraft(path.join(d, 'a.md'), 0)).toMatchObject({ ok: false, problem: expect.stringContaining('over the') });
  });

  it('invalid UTF-8 is read with a warning, not dropped', async () => {
    const d = demoProject({ 'a.md': new Uint8Array([0x41, 0x20, 0xff, 0xfe, 0x20, 0x66, 0x6f, 0x72, 0x62, 0x69, 0x64, 0x64, 0x65, 0x6e]) });
    const r = parse((await runIn(d, ['--format', 'json', 'a.md'])).stdout)[0]!;
    expect(r.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['input-error', 1],
      ['demo/word', 2],
    ]);
  });

  it('a binary file gets a clear finding and the others are still linted', async () => {
    const d = demoProject({ 'a.md': 'A forbidden word.\n', 'img.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) });
    const r = await runIn(d, ['--format', 'json', '.']);
    const res = parse(r.stdout);
    expect(res.map((x) => x.messages[0]?.ruleId)).toEqual(['demo/word', 'input-error']);
    expect(String(res[1]!.messages[0]!.message)).toContain('Binary file');
  });
});

describe('colour', () => {
  const dir = demoProject({ 'err.md': 'A forbidden word.\n' });
  const hasAnsi = (s: string) => s.includes('\u001b[');
  it('is off when output is not a terminal, on when it is, and follows NO_COLOR, FORCE_COLOR and --no-color', async () => {
    expect(hasAnsi((await runIn(dir, ['err.md'])).stdout)).toBe(false);
    expect(hasAnsi((await runIn(dir, ['err.md'], { stdoutIsTTY: true })).stdout)).toBe(true);
    expect(hasAnsi((await runIn(dir, ['err.md'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout)).toBe(false);
    expect(hasAnsi((await runIn(dir, ['err.md'], { env: { FORCE_COLOR: '1' } })).stdout)).toBe(true);
    expect(hasAnsi((await runIn(dir, ['--no-color', 'err.md'], { stdoutIsTTY: true })).stdout)).toBe(false);
    expect(hasAnsi((await runIn(dir, ['--color', 'err.md'])).stdout)).toBe(true);
  });
});
