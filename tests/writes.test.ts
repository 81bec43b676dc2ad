/**
 * Writes: the real executable (bin/unlinter.js, built by `npm run build`) is run in a temporary
 * project with HOME and TMPDIR pointed into the sandbox. Before and after each command, the tree
 * of the project, the home and the temporary folder is snapshotted (paths, content hashes,
 * modification times): only the files the command was asked to write may appear or change, and
 * no draft is ever modified. Leftover temporary files of an atomic write would show up too.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpProject } from './support/tmp.js';
import { FORMAT_NAMES } from '../src/reporters/index.js';

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
  const exec = (args: string[], input = '') =>
    spawnSync(process.execPath, [BIN, ...args], {
      cwd: project,
      input,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: path.join(root, 'home'), TMPDIR: path.join(root, 'tmp'), TMP: path.join(root, 'tmp'), TEMP: path.join(root, 'tmp'), NO_COLOR: '1', CI: 'true' },
    });
  return { root, project, exec };
}

/** Run `args` and return what changed in the whole sandbox (paths relative to it). */
function run(s: ReturnType<typeof sandbox>, args: string[], input = '') {
  const before = snapshot(s.root);
  const r = s.exec(args, input);
  const after = snapshot(s.root);
  const drafts = Object.keys(DRAFTS).map((d) => `project/${d}`);
  return { r, changed: changes(before, after), draftsTouched: changes(before, after).filter((c) => drafts.some((d) => c.endsWith(' ' + d))) };
}

// Each command starts a Node.js process; a busy CI machine needs time.
const SLOW = 300_000;

describe('unlinter writes only what it is asked to write, and never a draft', () => {
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
