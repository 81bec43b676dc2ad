/**
 * Writes: the real executable (bin/unlinter.js, built by `npm run build`) is run in a temporary
 * project with HOME and TMPDIR pointed into the sandbox. Before and after each command, the tree
 * of the project, the home and the temporary folder is snapshotted (paths, content hashes,
 * modification times): only the files the command was asked to write may appear or change, and
 * no draft is ever modified. Leftover temporary files of an atomic write would show up too.
 * The one thing a run writes unasked, V8's compiled code in its own folder of the temporary
 * folder (src/util/load-bundle.ts), is checked on its own and left out of the other comparisons.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tmpProject } from './support/tmp.js';
import { LintCache } from '../src/cache/cache.js';
import { FORMAT_NAMES } from '../src/reporters/index.js';
import { run as runInProcess } from '../src/run.js';

const BIN = path.resolve(import.meta.dirname, '../bin/unlinter.js');

const DRAFTS: Record<string, string> = {
  'posts/field-notes.md': '---\ntitle: Field notes\n---\n\nCall me on my personal mobile +254 712 345 612 when you land.\n',
  'posts/clean.md': '# A quiet week\n\nThe team met partners to plan the next quarter.\n',
  'posts/notes.txt': 'We travel to the border crossing tomorrow at 6 am, staying at the Hotel Meridian.\n',
  'posts/component.mdx': 'import X from "./x"\n\n# Title\n\nSome text.\n',
};

type Snapshot = Map<string, string>;

/** Every file and folder below `dir`: a folder as `dir`, a file as its hash and mtime. */
function snapshot(dir: string, prefix = ''): Snapshot {
  const out: Snapshot = new Map();
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    const rel = prefix + e.name;
    if (e.isDirectory()) {
      out.set(rel + '/', 'dir');
      for (const [k, v] of snapshot(abs, rel + '/')) out.set(k, v);
    } else {
      const st = fs.statSync(abs);
      out.set(rel, `${createHash('sha256').update(fs.readFileSync(abs)).digest('hex')} ${st.mtimeMs}`);
    }
  }
  return out;
}

/** Paths added, removed or changed between two snapshots. */
function changes(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const [k, v] of after) if (before.get(k) !== v) out.push(before.has(k) ? `changed ${k}` : `added ${k}`);
  for (const k of before.keys()) if (!after.has(k)) out.push(`removed ${k}`);
  return out.sort();
}

/** A sandbox: the project, and a home and temporary folder the process is given. */
function sandbox(withConfig = true) {
  const root = tmpProject({ ...Object.fromEntries(Object.entries(DRAFTS).map(([k, v]) => [`project/${k}`, v])), 'home/.keep': '', 'tmp/.keep': '' });
  if (withConfig) fs.writeFileSync(path.join(root, 'project/.unlinterrc.json'), JSON.stringify({ extends: ['personal'] }));
  const project = path.join(root, 'project');
  const exec = (args: string[], input = '', env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [BIN, ...args], {
      cwd: project,
      input,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: path.join(root, 'home'), TMPDIR: path.join(root, 'tmp'), TMP: path.join(root, 'tmp'), TEMP: path.join(root, 'tmp'), NO_COLOR: '1', CI: 'true', ...env },
    });
  return { root, project, exec };
}

/** Run `args` and return what changed in the whole sandbox (paths relative to it). */
function run(s: ReturnType<typeof sandbox>, args: string[], input = '') {
  const before = snapshot(s.root);
  const r = s.exec(args, input);
  const after = snapshot(s.root);
  const drafts = Object.keys(DRAFTS).map((d) => `project/${d}`);
  const all = changes(before, after);
  return { r, changed: all.filter((c) => !COMPILE_CACHE.test(c)), draftsTouched: all.filter((c) => drafts.some((d) => c.endsWith(' ' + d))) };
}

/** A change in the compiled-code cache's folder of the temporary folder. */
const COMPILE_CACHE = /^\w+ tmp\/unlinter-compile-cache(?:-\d+)?\//;

// Each command starts a Node.js process; a busy CI machine needs time.
const SLOW = 300_000;

describe('unlinter writes only what it is asked to write, and never a draft', () => {
  it('keeps compiled code only in its own folder of the temporary folder, and writes none with NODE_DISABLE_COMPILE_CACHE', () => {
    const s = sandbox();
    const before = snapshot(s.root);
    expect(s.exec(['posts']).status).toBe(1);
    const first = changes(before, snapshot(s.root));
    // The folder, the bundle's compiled code and, on Node 22.1 and later, Node's own module cache.
    for (const c of first) expect(c).toMatch(COMPILE_CACHE);
    expect(first.filter((c) => /\/run-[0-9a-f]+\.bin$/.test(c))).toHaveLength(1);
    if (process.platform !== 'win32') {
      const dir = path.join(s.root, first.find((c) => c.endsWith('/'))!.replace(/^added /, ''));
      expect(fs.statSync(dir).mode & 0o077).toBe(0);
    }
    // The next run uses it and writes nothing at all.
    const again = snapshot(s.root);
    expect(s.exec(['posts']).status).toBe(1);
    expect(changes(again, snapshot(s.root))).toEqual([]);

    const off = sandbox();
    const offBefore = snapshot(off.root);
    expect(off.exec(['posts'], '', { NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(1);
    expect(changes(offBefore, snapshot(off.root))).toEqual([]);
  }, SLOW);

  it('a plain run, in every format, writes nothing', () => {
    const s = sandbox();
    for (const format of FORMAT_NAMES) {
      const { r, changed } = run(s, ['--format', format, 'posts']);
      expect(r.status, `${format}: ${r.stderr}`).toBe(1);
      expect(changed, format).toEqual([]);
    }
  }, SLOW);

  it('standard input, --print-config, --explain, --help and --version write nothing', () => {
    const s = sandbox();
    expect(run(s, ['--stdin', '--stdin-filename', 'posts/new.md'], 'Call me on +254 712 345 612.\n').changed).toEqual([]);
    expect(run(s, ['--print-config', 'posts/clean.md']).changed).toEqual([]);
    expect(run(s, ['--explain', 'privacy-and-safety']).changed).toEqual([]);
    expect(run(s, ['--help']).changed).toEqual([]);
    expect(run(s, ['--version']).changed).toEqual([]);
  }, SLOW);

  it('--output-file writes that file only (and the folder it needs), whole', () => {
    const s = sandbox();
    const { r, changed } = run(s, ['--format', 'json', '--output-file', 'reports/lint/out.json', 'posts']);
    expect(r.status).toBe(1);
    expect(changed).toEqual(['added project/reports/', 'added project/reports/lint/', 'added project/reports/lint/out.json']);
    expect(JSON.parse(fs.readFileSync(path.join(s.project, 'reports/lint/out.json'), 'utf8'))).toHaveLength(4);
    // Written again: only the report changes.
    expect(run(s, ['--format', 'html', '--output-file', 'reports/lint/out.json', 'posts']).changed).toEqual(['changed project/reports/lint/out.json']);
  }, SLOW);

  it('--output-file aimed at a draft is refused before anything is written (exit 2)', () => {
    const s = sandbox();
    const { r, changed } = run(s, ['--format', 'json', '--output-file', 'posts/clean.md', 'posts']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is one of the drafts being linted; unlinter never writes over a draft');
    expect(changed).toEqual([]);
  }, SLOW);

  it('--cache writes the cache file only, in the default place or at --cache-location', () => {
    const s = sandbox();
    expect(run(s, ['--cache', 'posts']).changed).toEqual(['added project/.unlintercache']);
    const again = run(s, ['--cache', 'posts']);
    expect(again.changed.filter((c) => !c.endsWith('.unlintercache'))).toEqual([]);
    expect(run(s, ['--cache', '--cache-location', 'build/lint-cache.json', 'posts']).changed).toEqual(['added project/build/', 'added project/build/lint-cache.json']);
  }, SLOW);

  it('--suppress-all writes the suppressions file only', () => {
    const s = sandbox();
    const { r, changed } = run(s, ['--suppress-all', 'posts']);
    expect(r.status, r.stderr).toBe(0);
    expect(changed).toEqual(['added project/unlinter-suppressions.json']);
  }, SLOW);

  it('--init writes the starter config only, and never over an existing one', () => {
    const s = sandbox(false);
    const { r, changed } = run(s, ['--init', '--preset', 'personal']);
    expect(r.status, r.stderr).toBe(0);
    expect(changed).toEqual(['added project/.unlinterrc.yaml']);
    const second = run(s, ['--init', '--preset', 'office']);
    expect(second.r.status).toBe(2);
    expect(second.changed).toEqual([]);
  }, SLOW);

  it('no run above modified a draft', () => {
    // Each test checks its own runs; this one runs everything at once on one project and checks
    // the drafts' bytes and modification times alone.
    const s = sandbox();
    const touched: string[] = [];
    for (const args of [['posts'], ['--cache', 'posts'], ['--suppress-all', 'posts'], ['--format', 'html', '-o', 'r.html', 'posts'], ['--quiet', 'posts/notes.txt']]) {
      touched.push(...run(s, args).draftsTouched);
    }
    expect(touched).toEqual([]);
  }, SLOW);
});

// ---------------------------------------------------------------- each writer is atomic

/**
 * Black box: a target that already exists, with a second hard link to it, is replaced by a rename
 * (a new inode; the other link keeps the old bytes), never rewritten in place, where a reader or a
 * crash could see half a file.
 */
describe('each writer replaces its file through a rename (real executable)', () => {
  it('--output-file, --cache, --suppress-all and --prune-suppressions: a new inode, the old bytes untouched behind a hard link', () => {
    const s = sandbox();
    const targets: Array<[string, string, string[]]> = [
      ['report.json', 'old report\n', ['--format', 'json', '--output-file', 'report.json', 'posts']],
      ['.unlintercache', 'old cache\n', ['--cache', 'posts']],
      ['unlinter-suppressions.json', '{}\n', ['--suppress-all', 'posts']],
      ['unlinter-suppressions.json', '{ }\n', ['--prune-suppressions', 'posts']], // written back as "{}\n"
    ];
    for (const [name, old, args] of targets) {
      const file = path.join(s.project, name);
      const alias = path.join(s.root, `alias-of-${name}`);
      fs.rmSync(file, { force: true });
      fs.rmSync(alias, { force: true });
      fs.writeFileSync(file, old);
      fs.linkSync(file, alias);
      const inode = fs.statSync(file).ino;
      const { r, changed } = run(s, args);
      expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.status);
      expect(fs.readFileSync(alias, 'utf8'), `${args.join(' ')}: the old file was written in place`).toBe(old);
      expect(fs.statSync(file).ino, args.join(' ')).not.toBe(inode);
      expect(fs.readFileSync(file, 'utf8'), args.join(' ')).not.toBe(old);
      expect(changed, args.join(' ')).toEqual([`changed project/${name}`]);
    }
  }, SLOW);
});

/**
 * In process, every write of the file system module is recorded: a writer may write only a
 * temporary file beside its target, which a rename (or, for --init, which never overwrites, a hard
 * link) then puts in place. When that last step fails, the old file is left as it was, the
 * temporary file is removed, and the run ends with exit 2 and a message.
 */
describe('each writer writes a temporary file and renames it (in process, fs calls recorded)', () => {
  type Call = { op: 'write' | 'rename' | 'link'; from?: string; to: string };

  async function recorded(cwd: string, argv: string[], fail?: 'rename' | 'link') {
    const calls: Call[] = [];
    const write = fs.writeFileSync;
    const rename = fs.renameSync;
    const link = fs.linkSync;
    const spies = [
      vi.spyOn(fs, 'writeFileSync').mockImplementation(((f: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
        calls.push({ op: 'write', to: String(f) });
        return (write as (...a: unknown[]) => void)(f, ...rest);
      }) as typeof fs.writeFileSync),
      vi.spyOn(fs, 'renameSync').mockImplementation(((from: fs.PathLike, to: fs.PathLike) => {
        calls.push({ op: 'rename', from: String(from), to: String(to) });
        if (fail === 'rename') throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
        return rename(from, to);
      }) as typeof fs.renameSync),
      vi.spyOn(fs, 'linkSync').mockImplementation(((from: fs.PathLike, to: fs.PathLike) => {
        calls.push({ op: 'link', from: String(from), to: String(to) });
        if (fail === 'link') throw Object.assign(new Error('EIO: i/o error, link'), { code: 'EIO' });
        return link(from, to);
      }) as typeof fs.linkSync),
    ];
    try {
      const r = await runInProcess(argv, { cwd, env: {}, stdoutIsTTY: false });
      return { r, calls };
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  /** Files left in a folder whose name says they are temporary. */
  const temporaries = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.tmp$|tmp/i.test(path.basename(f)));

  const WRITERS: Array<{ what: string; target: string; argv: string[]; finalOp: 'rename' | 'link'; config?: boolean }> = [
    { what: '--output-file', target: 'out/report.json', argv: ['--format', 'json', '--output-file', 'out/report.json', '--concurrency', 'off', 'posts'], finalOp: 'rename' },
    { what: '--cache', target: '.unlintercache', argv: ['--cache', '--concurrency', 'off', 'posts'], finalOp: 'rename' },
    { what: '--suppress-all', target: 'unlinter-suppressions.json', argv: ['--suppress-all', '--concurrency', 'off', 'posts'], finalOp: 'rename' },
    { what: '--init', target: '.unlinterrc.yaml', argv: ['--init', '--preset', 'office'], finalOp: 'link', config: false },
  ];

  for (const w of WRITERS) {
    it(`${w.what}: only a temporary file beside ${w.target} is written, then ${w.finalOp === 'rename' ? 'renamed' : 'linked'} into place`, async () => {
      const dir = tmpProject(Object.fromEntries(Object.entries(DRAFTS).map(([k, v]) => [k, v])));
      if (w.config !== false) fs.writeFileSync(path.join(dir, '.unlinterrc.json'), JSON.stringify({ extends: ['personal'] }));
      const target = path.join(dir, w.target);
      const { r, calls } = await recorded(dir, w.argv);
      expect([0, 1], r.stderr).toContain(r.exitCode);
      expect(fs.existsSync(target)).toBe(true);
      const inDir = calls.filter((c) => c.to.startsWith(dir + path.sep));
      // The target itself is never opened for writing; only temporary files beside it are.
      expect(inDir.filter((c) => c.op === 'write' && c.to === target)).toEqual([]);
      const final = inDir.filter((c) => c.to === target);
      expect(final, JSON.stringify(inDir)).toHaveLength(1);
      expect(final[0]!.op).toBe(w.finalOp);
      const tmp = final[0]!.from!;
      expect(path.dirname(tmp)).toBe(path.dirname(target)); // same folder, so the same file system: the rename is atomic
      expect(inDir.filter((c) => c.op === 'write').map((c) => c.to)).toEqual([tmp]);
      expect(fs.existsSync(tmp)).toBe(false);
      expect(temporaries(dir)).toEqual([]);
      // Nothing else in the project was written: no draft, no other file.
      expect(inDir.filter((c) => c.to !== tmp && c.to !== target)).toEqual([]);
    });

    it(`${w.what}: when the last step fails, the old file stays whole, no temporary file is left, exit 2`, async () => {
      const dir = tmpProject(Object.fromEntries(Object.entries(DRAFTS).map(([k, v]) => [k, v])));
      if (w.config !== false) fs.writeFileSync(path.join(dir, '.unlinterrc.json'), JSON.stringify({ extends: ['personal'] }));
      const target = path.join(dir, w.target);
      // --init never overwrites, so for it "the old file" is no file at all.
      const old = w.what === '--init' ? null : w.what === '--suppress-all' ? '{}\n' : 'the old bytes\n';
      if (old !== null) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, old);
      }
      const { r } = await recorded(dir, w.argv, w.finalOp);
      expect(r.exitCode, r.stdout).toBe(2);
      expect(r.stderr).toMatch(/cannot write .*EIO/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      if (old === null) expect(fs.existsSync(target)).toBe(false);
      else expect(fs.readFileSync(target, 'utf8')).toBe(old);
      expect(temporaries(dir)).toEqual([]);
      for (const [rel, content] of Object.entries(DRAFTS)) expect(fs.readFileSync(path.join(dir, rel), 'utf8'), rel).toBe(content);
    });
  }
});

// ---------------------------------------------------------------- the cache and suppressions are never a draft

describe('the report, the cache and the suppressions file are never written over a draft', () => {
  /** In process, in a fresh project: the exit code, stderr, and what changed in the project. */
  async function attempt(argv: string[], extra: Record<string, string> = {}, setup?: (dir: string) => void) {
    const dir = tmpProject({ ...DRAFTS, ...extra, '.unlinterrc.json': JSON.stringify({ extends: ['personal'] }) });
    setup?.(dir);
    const before = snapshot(dir);
    const r = await runInProcess(argv, { cwd: dir, env: {}, stdoutIsTTY: false });
    return { r, changed: changes(before, snapshot(dir)) };
  }

  const cases: Array<[string, string[], Record<string, string>, ((dir: string) => void)?]> = [
    ['--cache-location at a draft being linted', ['--cache', '--cache-location', 'posts/clean.md', 'posts'], {}],
    ['--cache-location at a draft not linted in this run', ['--cache', '--cache-location', 'archive/old.txt', 'posts'], { 'archive/old.txt': 'An old post.\n' }],
    ['--cache-location at a link to a draft', ['--cache', '--cache-location', 'cache-link', 'posts'], {}, (d) => fs.symlinkSync(path.join(d, 'posts/clean.md'), path.join(d, 'cache-link'))],
    ['--cache-location at a linted file without a draft extension', ['--cache', '--cache-location', 'posts/NOTES', 'posts/NOTES', 'posts/clean.md'], { 'posts/NOTES': 'Plain notes named on the command line.\n' }],
    ['--output-file at a link to a draft being linted', ['--format', 'json', '--output-file', 'report-link', 'posts'], {}, (d) => fs.symlinkSync(path.join(d, 'posts/clean.md'), path.join(d, 'report-link'))],
    ['--suppressions-location at a draft that happens to be JSON', ['--suppress-all', '--suppressions-location', 'posts/data.md', 'posts'], { 'posts/data.md': '{}\n' }],
    ['--suppressions-location at a draft being linted', ['--suppress-all', '--suppressions-location', 'posts/clean.md', 'posts'], {}],
    ['--prune-suppressions at a draft', ['--prune-suppressions', '--suppressions-location', 'posts/data.md', 'posts'], { 'posts/data.md': '{}\n' }],
    ['--suppressions-location at a linted file without a draft extension', ['--suppress-all', '--suppressions-location', 'posts/DATA', 'posts/DATA', 'posts/clean.md'], { 'posts/DATA': '{}\n' }],
  ];
  for (const [what, argv, extra, setup] of cases) {
    it(`${what}: refused with exit 2, nothing written`, async () => {
      const { r, changed } = await attempt(argv, extra, setup);
      expect(r.exitCode, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/unlinter never writes over a draft/);
      expect(changed).toEqual([]);
    });
  }

  // The guard compares files by inode before it resolves real paths; a hard link has a draft's
  // inode but is another name, which the report replaces with a new file.
  it.skipIf(process.platform === 'win32')('--output-file at a hard link of a draft: written as a new file, the draft untouched', async () => {
    const { r, changed } = await attempt(['--format', 'json', '--output-file', 'report.json', 'posts'], {}, (d) => fs.linkSync(path.join(d, 'posts/clean.md'), path.join(d, 'report.json')));
    expect(r.exitCode, r.stderr).toBe(1);
    expect(changed).toEqual(['changed report.json']);
  });

  it('the defaults and ordinary locations still work (the refusals above are not blanket ones)', async () => {
    expect((await attempt(['--cache', '--cache-location', 'build/cache.json', 'posts'])).changed).toEqual(['added build/', 'added build/cache.json']);
    expect((await attempt(['--suppress-all', '--suppressions-location', 'conf/suppressions.json', 'posts'])).changed).toEqual(['added conf/', 'added conf/suppressions.json']);
  });
});

/**
 * What is at the output path already decides how it is written: a rename over a device or a pipe
 * would replace it with an ordinary file (run as root, `--output-file /dev/null` used to turn the
 * system's null device into one), and a rename over a symbolic link would replace the link.
 */
describe('writing over what is not a plain file', () => {
  it('--output-file /dev/null leaves the null device a device', async () => {
    if (!fs.existsSync('/dev/null') || !fs.statSync('/dev/null').isCharacterDevice()) return;
    const dir = tmpProject({ 'post.md': 'A short post.\n' });
    const r = await runInProcess(['--format', 'json', '--output-file', '/dev/null', 'post.md'], { cwd: dir, env: {}, stdoutIsTTY: false });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(fs.lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(fs.readdirSync('/dev').filter((f) => f.startsWith('null.'))).toEqual([]);
  });

  it('--output-file at a symbolic link writes the file it points to and keeps the link', async () => {
    const dir = tmpProject({ 'post.md': 'A short post.\n', 'reports/real.json': 'old\n' });
    fs.symlinkSync(path.join(dir, 'reports/real.json'), path.join(dir, 'report.json'));
    const r = await runInProcess(['--format', 'json', '--output-file', 'report.json', 'post.md'], { cwd: dir, env: {}, stdoutIsTTY: false });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(fs.lstatSync(path.join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'reports/real.json'), 'utf8'))).toHaveLength(1);
  });

  // A path that runs through a file (ENOTDIR) used to end in "unlinter crashed", blaming a draft.
  it.each([
    ['--output-file', ['--output-file', 'notes.txt/report.json']],
    ['--cache-location (a file)', ['--cache', '--cache-location', 'notes.txt/cache.json']],
    ['--cache-location (a folder)', ['--cache', '--cache-location', 'notes.txt/cache/']],
  ])('%s through a file is a usage error naming the path, not a crash', async (_what, args) => {
    const dir = tmpProject({ 'post.md': 'A short post.\n', 'notes.txt': 'not a folder\n' });
    const r = await runInProcess(['--format', 'json', ...args, 'post.md'], { cwd: dir, env: {}, stdoutIsTTY: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^unlinter: cannot write \S*notes\.txt\/\S*: part of its path is a file, not a folder\n$/);
    expect(r.stderr).not.toContain('crashed');
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('not a folder\n');
  });

  it('a crash once every draft is linted (saving the cache) is not blamed on the last draft', async () => {
    const dir = tmpProject({ 'post.md': 'A short post.\n' });
    const save = vi.spyOn(LintCache.prototype, 'save').mockImplementation(() => {
      throw new Error('disk on fire');
    });
    try {
      const r = await runInProcess(['--format', 'json', '--cache', 'post.md'], { cwd: dir, env: {}, stdoutIsTTY: false });
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/^unlinter crashed after linting\.\nError: disk on fire/);
    } finally {
      save.mockRestore();
    }
  });
});
