/**
 * Bad input, clear answers: a binary file, invalid UTF-8, a file over the size limit, an unreadable
 * or vanished file, a folder loop through symbolic links, an empty file and a file of only front
 * matter. Each case is run through `run()` beside a draft with a known finding, which must still be
 * reported: the run goes on. Built-in rules are off (tests/support/project.ts); the demo plugin
 * reports "forbidden".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_PLUGIN, demoProject, runIn } from './support/project.js';

type Json = Array<{ filePath: string; messages: Array<{ ruleId: string; messageId: string; severity: number; message: string }>; errorCount: number; warningCount: number }>;

const OTHER = { 'other.md': 'A forbidden word.\n' };

/** Run on the folder as JSON; the result by file name, plus exit code and stderr. */
async function lintFolder(dir: string, extra: string[] = []) {
  const r = await runIn(dir, ['--format', 'json', ...extra, '.']);
  const results = r.stdout ? (JSON.parse(r.stdout) as Json) : [];
  const byName = new Map(results.map((x) => [path.relative(dir, x.filePath), x]));
  return { ...r, results, byName };
}

/** The run went on: the other draft was linted and its finding reported. */
function expectOtherLinted(byName: Map<string, Json[number]>): void {
  expect(byName.get('other.md')?.messages.map((m) => m.ruleId)).toEqual(['demo/word']);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bad input gets a clear answer and the run goes on', () => {
  it('a binary file: an input-error finding that says so (exit 1)', async () => {
    const dir = demoProject({ ...OTHER, 'photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) });
    const r = await lintFolder(dir);
    expect(r.byName.get('photo.md')?.messages).toEqual([expect.objectContaining({ ruleId: 'input-error', severity: 2, message: expect.stringMatching(/^Binary file, not a text draft/) })]);
    expectOtherLinted(r.byName);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('invalid UTF-8: a warning, and the file is still linted with the bad bytes as U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' is forbidden here.\n')]); // Latin-1 é
    const dir = demoProject({ ...OTHER, 'latin1.md': bytes });
    const r = await lintFolder(dir);
    const msgs = r.byName.get('latin1.md')!.messages;
    expect(msgs[0]).toMatchObject({ ruleId: 'input-error', severity: 1, message: expect.stringContaining('not valid UTF-8') });
    expect(msgs.map((m) => m.ruleId)).toContain('demo/word');
    expectOtherLinted(r.byName);
  });

  it('a file over --max-file-size: an input-error finding naming the limit, the file is not read', async () => {
    const dir = demoProject({ ...OTHER, 'big.md': 'A forbidden word. '.repeat(100) });
    const r = await lintFolder(dir, ['--max-file-size', '1000']);
    expect(r.byName.get('big.md')?.messages).toEqual([expect.objectContaining({ ruleId: 'input-error', severity: 2, message: expect.stringMatching(/over the 1 KB limit: not checked\. Raise --max-file-size/) })]);
    expectOtherLinted(r.byName);
    expect(r.exitCode).toBe(1);
    // Under the limit, the same file is linted.
    const under = await lintFolder(dir, ['--max-file-size', '10000']);
    expect(under.byName.get('big.md')!.messages.every((m) => m.ruleId === 'demo/word')).toBe(true);
  });

  it('a file that grows past --max-file-size between its size check and its read: the same finding, not linted', async () => {
    const dir = demoProject({ ...OTHER, 'growing.md': 'A forbidden word.\n' });
    const growing = path.join(dir, 'growing.md');
    const real = fs.readFileSync;
    vi.spyOn(fs, 'readFileSync').mockImplementation(((file: Parameters<typeof real>[0], ...rest: unknown[]) => {
      if (file === growing) return Buffer.from('A forbidden word. '.repeat(100));
      return (real as (...a: unknown[]) => unknown)(file, ...rest);
    }) as typeof real);
    const r = await lintFolder(dir, ['--max-file-size', '1000', '--concurrency', 'off']);
    expect(r.byName.get('growing.md')?.messages).toEqual([expect.objectContaining({ ruleId: 'input-error', severity: 2, message: expect.stringMatching(/^File is 2 KB, over the 1 KB limit/) })]);
    expectOtherLinted(r.byName);
  });

  it('a file that vanishes after discovery: exit 2, a message naming it on stderr, the other files reported', async () => {
    const dir = demoProject({ 'a.md': 'Nothing here.\n', 'b.md': 'A forbidden word.\n', 'c.md': 'Another forbidden word.\n' }, { plugins: [DEMO_PLUGIN, path.resolve(import.meta.dirname, 'support/vanish-plugin.mjs')] });
    const r = await lintFolder(dir, ['--concurrency', 'off']);
    expect(fs.existsSync(path.join(dir, 'b.md'))).toBe(false);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`unlinter: Cannot read ${path.join(dir, 'b.md')}: it does not exist (moved or deleted during the run?)\n`);
    expect([...r.byName.keys()]).toEqual(['a.md', 'c.md']);
    expect(r.byName.get('c.md')!.messages.map((m) => m.ruleId)).toEqual(['demo/word']);
  });

  for (const concurrency of ['off', '2']) {
    it(`a file that vanishes between discovery and its first read (--concurrency ${concurrency}): exit 2, named on stderr, the others reported`, async () => {
      // The plugin deletes b.md when it is loaded: after discovery listed b.md, before any draft
      // is read (each worker loads the config before reading its first file), so worker threads
      // meet the missing file too.
      const dir = demoProject({ 'a.md': 'A forbidden word.\n', 'b.md': 'A forbidden word.\n', 'c.md': 'Another forbidden word.\n' }, { plugins: [DEMO_PLUGIN, './gone.mjs'] });
      // A plugin must export rules: the demo plugin's, under another module id.
      const plugin = [
        `import fs from 'node:fs';`,
        `import { rules as demo } from ${JSON.stringify(DEMO_PLUGIN)};`,
        `fs.rmSync(${JSON.stringify(path.join(dir, 'b.md'))}, { force: true });`,
        `export const rules = demo.map((m) => ({ ...m, meta: { ...m.meta, id: 'gone' } }));`,
      ];
      fs.writeFileSync(path.join(dir, 'gone.mjs'), plugin.join('\n') + '\n');
      const r = await lintFolder(dir, ['--concurrency', concurrency]);
      expect(fs.existsSync(path.join(dir, 'b.md'))).toBe(false);
      expect(r.stderr).toBe(`unlinter: Cannot read ${path.join(dir, 'b.md')}: it does not exist (moved or deleted during the run?)\n`);
      expect(r.exitCode).toBe(2);
      expect([...r.byName.keys()]).toEqual(['a.md', 'c.md']);
      expect(r.byName.get('c.md')!.messages.map((m) => m.ruleId)).toContain('demo/word');
    });
  }

  it('a file that cannot be read (permission denied): exit 2, a message naming it, the other files reported', async () => {
    const dir = demoProject({ ...OTHER, 'secret.md': 'A forbidden word.\n' });
    const locked = path.join(dir, 'secret.md');
    // As root, permissions do not stop a read, so the operating system's answer is simulated.
    const real = fs.readFileSync;
    vi.spyOn(fs, 'readFileSync').mockImplementation(((file: Parameters<typeof real>[0], ...rest: unknown[]) => {
      if (file === locked) throw Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: 'EACCES' });
      return (real as (...a: unknown[]) => unknown)(file, ...rest);
    }) as typeof real);
    const r = await lintFolder(dir, ['--concurrency', 'off']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`unlinter: Cannot read ${locked}: permission denied\n`);
    expectOtherLinted(r.byName);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission (real chmod 000; skipped when running as root, who can read it)', async () => {
    const dir = demoProject({ ...OTHER, 'secret.md': 'A forbidden word.\n' });
    fs.chmodSync(path.join(dir, 'secret.md'), 0o000);
    try {
      const r = await lintFolder(dir, ['--concurrency', 'off']);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain(`Cannot read ${path.join(dir, 'secret.md')}: permission denied`);
      expectOtherLinted(r.byName);
    } finally {
      fs.chmodSync(path.join(dir, 'secret.md'), 0o644);
    }
  });

  it('a folder loop through symbolic links: folders are searched without following links, so the run ends and lints each draft once', async () => {
    const dir = demoProject({ ...OTHER, 'posts/a.md': 'A forbidden word.\n', 'posts/deep/b.md': 'Clean.\n' });
    fs.symlinkSync(path.join(dir, 'posts'), path.join(dir, 'posts/deep/loop'), 'dir'); // posts/deep/loop -> posts
    fs.symlinkSync('.', path.join(dir, 'posts/self'), 'dir'); // posts/self -> posts
    fs.symlinkSync(path.join(dir, 'posts/a.md'), path.join(dir, 'posts/link-to-a.md'));
    const r = await lintFolder(dir);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    const names = [...r.byName.keys()];
    expect(names.filter((n) => n.includes('loop') || n.includes('self'))).toEqual([]);
    expect(names).toContain('posts/a.md');
    expect(names).toContain('posts/deep/b.md');
    expectOtherLinted(r.byName);
    // A path through the loop named on the command line is a file like any other.
    const named = await runIn(dir, ['--format', 'json', 'posts/deep/loop/self/deep/b.md']);
    expect(named.exitCode).toBe(0);
    expect((JSON.parse(named.stdout) as Json).length).toBe(1);
  });

  it('an empty file: a warning that there is nothing to check (exit 0 on its own)', async () => {
    const dir = demoProject({ ...OTHER, 'empty.md': '', 'blank.txt': ' \n\n\t\n', 'bom.md': '\ufeff' });
    const r = await lintFolder(dir);
    for (const name of ['empty.md', 'blank.txt', 'bom.md']) {
      expect(r.byName.get(name)?.messages, name).toEqual([expect.objectContaining({ ruleId: 'input-error', messageId: 'empty', severity: 1, message: 'File is empty: there is nothing to check.' })]);
    }
    expectOtherLinted(r.byName);
    expect(r.exitCode).toBe(1); // other.md's error
    expect(r.stderr).toBe('');
    fs.rmSync(path.join(dir, 'other.md'));
    expect((await lintFolder(dir)).exitCode).toBe(0); // a warning alone
  });

  it.skipIf(process.platform === 'win32')('a named pipe among the drafts is not opened (a read could wait forever): the run ends', async () => {
    const dir = demoProject({ ...OTHER });
    const made = spawnSync('mkfifo', [path.join(dir, 'pipe.md')]);
    if (made.status !== 0) return; // no mkfifo here
    const r = await lintFolder(dir);
    expect(r.exitCode).toBe(1);
    expect([...r.byName.keys()]).toEqual(['other.md']);
    expectOtherLinted(r.byName);
  });

  it('a file of only front matter: its text fields are checked; with no text in them, a warning that there was nothing to check', async () => {
    const dir = demoProject({
      ...OTHER,
      'link-post.md': '---\ntitle: A forbidden title\nsummary: A link post whose body lives elsewhere.\n---\n',
      'no-text.md': '---\ndate: 2024-05-06\ntags: [a, b]\n---\n',
      'no-text-toml.md': '+++\ndate = 2024-05-06\ndraft = true\n+++\n\n\n',
      'unclosed.md': '---\ntitle: never closed\n',
    });
    const r = await lintFolder(dir);
    const notices = (name: string) => r.byName.get(name)!.messages.filter((m) => m.ruleId === 'input-error');
    for (const name of ['no-text.md', 'no-text-toml.md']) {
      expect(notices(name), name).toEqual([expect.objectContaining({ messageId: 'front-matter-only', severity: 1, message: 'File has only front matter, with no text in it to check.' })]);
    }
    // A link post: its title and summary were checked, so no notice, and the title's finding is reported.
    expect(r.byName.get('link-post.md')!.messages.map((m) => m.ruleId)).toEqual(['demo/word']);
    // An unclosed fence is not front matter: the text is linted as it stands, with no notice.
    expect(notices('unclosed.md')).toEqual([]);
    expectOtherLinted(r.byName);
    expect(r.exitCode).toBe(1);
  });
});
