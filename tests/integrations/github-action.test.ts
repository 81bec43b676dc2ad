/**
 * The GitHub Action (action.yml) end to end, as a runner would run it: the README's workflow
 * snippet gives the inputs, each composite step's `env` is evaluated from them and from the
 * pull-request event, and each step's script runs with bash in a checkout made the way
 * actions/checkout makes it (the pull request's merge commit, one commit deep). Also the README's
 * code-scanning steps (SARIF).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../support/fixtures.js';
import { demoConfig } from '../support/project.js';
import { readmeSnippet } from '../support/readme.js';
import { bash, installPackages, output, sh } from '../support/consumer.js';
import { sarifVerdict } from '../support/sarif-schema.js';
import { tmpProject } from '../support/tmp.js';

interface ActionStep {
  name: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}
const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;

/** The blog before the pull request: one old post with an error, one clean. */
const BASE_FILES = {
  '.gitignore': 'node_modules\n',
  '.unlinterrc.json': demoConfig(),
  '.unlinterignore': 'posts/archive/\n',
  'posts/old.md': 'An old forbidden post.\n',
  'posts/clean.md': 'Fine.\n',
  'notes/todo.md': 'Nothing.\n',
};

const git = (dir: string, ...args: string[]) => {
  const r = sh(dir, 'git', ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.org', ...args]);
  if (r.status !== 0) throw new Error(output(r));
  return r.stdout.trim();
};

/**
 * A repository on "GitHub" with a pull request that writes `changes` (null deletes a file), and a
 * workspace checked out as actions/checkout does for a pull_request event.
 */
function pullRequest(changes: Record<string, string | null>): { workspace: string; baseSha: string } {
  const origin = tmpProject(BASE_FILES);
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '.');
  git(origin, 'commit', '-q', '-m', 'Base');
  const baseSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'feature');
  for (const [rel, text] of Object.entries(changes)) {
    if (text === null) fs.rmSync(path.join(origin, rel));
    else {
      fs.mkdirSync(path.dirname(path.join(origin, rel)), { recursive: true });
      fs.writeFileSync(path.join(origin, rel), text);
    }
  }
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'Pull request');
  // GitHub's refs/pull/N/merge: the pull request merged into the base, first parent the base.
  git(origin, 'checkout', '-q', 'main');
  git(origin, 'merge', '-q', '--no-ff', 'feature', '-m', 'Merge pull request');
  git(origin, 'update-ref', 'refs/pull/1/merge', 'HEAD');
  git(origin, 'reset', '-q', '--hard', baseSha);

  const workspace = tmpProject({});
  git(workspace, 'init', '-q');
  git(workspace, 'remote', 'add', 'origin', `file://${origin}`);
  git(workspace, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/1/merge:refs/remotes/pull/1/merge');
  git(workspace, 'checkout', '-q', '--detach', 'refs/remotes/pull/1/merge');
  expect(sh(workspace, 'git', ['cat-file', '-e', `${baseSha}^{commit}`]).status, 'the base is not in a one-commit checkout').not.toBe(0);
  installPackages(workspace, ['unlinter']);
  return { workspace, baseSha };
}

/** A workspace for a push event: the base files, committed. */
function pushCheckout(): string {
  const workspace = tmpProject(BASE_FILES);
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-q', '-m', 'Base');
  installPackages(workspace, ['unlinter']);
  return workspace;
}

/** Evaluate the `${{ ... }}` expressions the action uses, as the runner would. */
function evaluate(value: string, inputs: Record<string, string>, event: { name: string; baseSha?: string }): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (input) {
      const spec = action.inputs[input[1]!];
      if (!spec) throw new Error(`action.yml uses an undeclared input: ${expr}`);
      return inputs[input[1]!] ?? spec.default ?? '';
    }
    if (expr === 'github.event.pull_request.base.sha') return event.baseSha ?? '';
    throw new Error(`the test does not know the expression ${expr}`);
  });
}

/** Run every step of the composite action; stops at the first failing step, like the runner. */
function runAction(workspace: string, withInputs: Record<string, unknown>, event: { name: string; baseSha?: string }) {
  const inputs = Object.fromEntries(Object.entries(withInputs).map(([k, v]) => [k, String(v)]));
  for (const k of Object.keys(inputs)) expect(action.inputs, `input ${k}`).toHaveProperty(k);
  let last;
  for (const step of action.runs.steps) {
    expect(step.shell).toBe('bash');
    const env: Record<string, string> = { GITHUB_ACTION_PATH: ROOT, GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: event.name, GITHUB_ACTIONS: 'true', CI: 'true' };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(v, inputs, event);
    // The runner's command for `shell: bash`.
    last = sh(workspace, 'bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', evaluate(step.run, inputs, event)], env);
    if (last.status !== 0) break;
  }
  return last!;
}

/** The `with:` of the README workflow's unlinter step. */
function readmeInputs(): Record<string, unknown> {
  const workflow = parseYaml(readmeSnippet('github-workflow')) as { on: Record<string, unknown>; jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
  expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
  const steps = Object.values(workflow.jobs)[0]!.steps;
  expect(steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/checkout', 'actions/setup-node', 'your-org/unlinter']);
  return steps[2]!.with ?? {};
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['changed-files-only', 'config', 'max-warnings', 'paths', 'preset']);
    expect(action.inputs['changed-files-only']!.default).toBe('true');
    // Inputs reach the script through env only: nothing is pasted into shell code.
    for (const step of action.runs.steps) expect(step.run).not.toContain('${{');
  });

  it('on a pull request, annotates only the changed drafts under paths (README inputs: paths, preset, max-warnings)', { timeout: 120_000 }, () => {
    const inputs = readmeInputs();
    expect(inputs).toEqual({ paths: 'posts/', preset: 'office', 'max-warnings': 0 });
    const { workspace, baseSha } = pullRequest({
      'posts/new.md': '# New\n\nA forbidden word.\n',
      'notes/todo.md': 'A forbidden note outside paths.\n',
      'posts/clean.md': null,
    });
    const r = runAction(workspace, inputs, { name: 'pull_request', baseSha });
    expect(r.status, output(r)).toBe(1);
    expect(r.stdout).toContain('unlinter: checking 1 changed draft(s)');
    expect(r.stdout).toContain('::error file=posts/new.md,line=3,col=3,endLine=3,endColumn=12,title=unlinter demo/word::Forbidden word "forbidden": use another.');
    // Not changed (posts/old.md) or outside paths (notes/): not linted.
    expect(r.stdout).not.toContain('posts/old.md');
    expect(r.stdout).not.toContain('notes/todo.md');
  });

  it('fails a pull request on warnings with max-warnings 0, passes a clean one, ignores ignored drafts', { timeout: 120_000 }, () => {
    const loud = pullRequest({ 'posts/loud.md': 'A LOUD post.\n' });
    const warned = runAction(loud.workspace, readmeInputs(), { name: 'pull_request', baseSha: loud.baseSha });
    expect(warned.status, output(warned)).toBe(1);
    expect(warned.stdout).toContain('::warning file=posts/loud.md,line=1,col=3,');
    expect(warned.stderr).toContain('too many warnings (maximum: 0)');

    const clean = pullRequest({ 'posts/fine.md': 'A fine post.\n', 'posts/archive/legacy.md': 'A forbidden legacy post.\n' });
    const passed = runAction(clean.workspace, readmeInputs(), { name: 'pull_request', baseSha: clean.baseSha });
    expect(passed.status, output(passed)).toBe(0);
    expect(passed.stdout).toContain('checking 2 changed draft(s)');
    expect(passed.stdout).not.toContain('::');

    const none = pullRequest({ 'images/logo.svg': '<svg/>\n' });
    const nothing = runAction(none.workspace, readmeInputs(), { name: 'pull_request', baseSha: none.baseSha });
    expect(nothing.status, output(nothing)).toBe(0);
    expect(nothing.stdout).toContain('this pull request changes no drafts under: posts/');
  });

  it('on a pull request, matches changed drafts against glob paths', { timeout: 120_000 }, () => {
    const { workspace, baseSha } = pullRequest({ 'posts/2024/new.md': 'forbidden\n', 'posts/new.txt': 'forbidden\n' });
    const r = runAction(workspace, { paths: 'posts/*.md' }, { name: 'pull_request', baseSha });
    expect(r.status, output(r)).toBe(1);
    expect(r.stdout).toContain('checking 1 changed draft(s)');
    expect(r.stdout).toContain('::error file=posts/2024/new.md,');
    expect(r.stdout).not.toContain('posts/new.txt');
  });

  it('lints all of paths on a push, or on a pull request with changed-files-only: false', { timeout: 120_000 }, () => {
    const push = runAction(pushCheckout(), { paths: 'posts/' }, { name: 'push' });
    expect(push.status, output(push)).toBe(1);
    expect(push.stdout).toContain('::error file=posts/old.md,line=1,col=8,');
    expect(push.stdout).not.toContain('notes/');

    const { workspace, baseSha } = pullRequest({ 'posts/fine.md': 'Fine.\n' });
    const full = runAction(workspace, { paths: 'posts/', 'changed-files-only': false }, { name: 'pull_request', baseSha });
    expect(full.status, output(full)).toBe(1);
    expect(full.stdout).toContain('::error file=posts/old.md,');
  });

  it('passes config and several paths through, and never runs an input as shell code', { timeout: 120_000 }, () => {
    const workspace = pushCheckout();
    fs.writeFileSync(path.join(workspace, 'strict.json'), demoConfig({ rules: { 'demo/shout': 'error' } }));
    fs.writeFileSync(path.join(workspace, 'notes/todo.md'), 'LOUD.\n');
    const r = runAction(workspace, { paths: 'posts/clean.md\nnotes/', config: 'strict.json' }, { name: 'push' });
    expect(r.status, output(r)).toBe(1);
    expect(r.stdout).toContain('::error file=notes/todo.md,line=1,col=1,endLine=1,endColumn=5,title=unlinter demo/shout::');

    const evil = runAction(workspace, { paths: '$(touch pwned) `touch pwned2`', preset: 'office; touch pwned3' }, { name: 'push' });
    expect(evil.status, output(evil)).toBe(2);
    for (const f of ['pwned', 'pwned2', 'pwned3']) expect(fs.existsSync(path.join(workspace, f)), f).toBe(false);
  });
});

describe('README: code scanning with SARIF', () => {
  it('the steps write a valid SARIF file for upload-sarif, even when the check fails', { timeout: 120_000 }, () => {
    const steps = parseYaml(readmeSnippet('github-code-scanning')) as Array<{ run?: string; uses?: string; if?: string; with?: { sarif_file?: string } }>;
    const [lint, upload] = steps;
    expect(upload!.uses).toMatch(/^github\/codeql-action\/upload-sarif@/);
    expect(upload!.if).toBe('always()');
    const workspace = pushCheckout();
    const r = bash(workspace, lint!.run!);
    expect(r.status, output(r)).toBe(1);
    const file = path.join(workspace, upload!.with!.sarif_file!);
    const text = fs.readFileSync(file, 'utf8');
    expect(sarifVerdict(text)).toBe('valid');
    const run = JSON.parse(text).runs[0];
    expect(run.results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['posts/old.md']);
  });
});
