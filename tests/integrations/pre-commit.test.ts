/**
 * The pre-commit framework end to end: the real `pre-commit` program (Debian package `pre-commit`,
 * which .ci/run installs) installs the hook from a repository holding this checkout's
 * `.pre-commit-hooks.yaml`, configured with the README's snippet, and `git commit` runs it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';
import { demoConfig } from '../support/project.js';
import { readmeSnippet } from '../support/readme.js';
import { committedFiles, consumerRepo, output, sh } from '../support/consumer.js';
import { tmpProject } from '../support/tmp.js';

/** A repository that publishes the hook, as the organisation's copy of unlinter would. */
function hookRepository(): { dir: string; rev: string } {
  const dir = tmpProject({ '.pre-commit-hooks.yaml': fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8') });
  for (const args of [['init', '-q', '-b', 'main'], ['add', '.'], ['-c', 'user.name=Publisher', '-c', 'user.email=publisher@example.org', 'commit', '-q', '-m', 'Hook']]) {
    const r = sh(dir, 'git', args);
    if (r.status !== 0) throw new Error(output(r));
  }
  return { dir, rev: sh(dir, 'git', ['rev-parse', 'HEAD']).stdout.trim() };
}

/** The README's `.pre-commit-config.yaml`, pointed at the local hook repository: only `repo` and `rev` change. */
function configFromReadme(repo: string, rev: string): string {
  const snippet = readmeSnippet('pre-commit-config');
  expect(snippet).toMatch(/^ {2}- repo: \S+/m);
  expect(snippet).toMatch(/^ {4}rev: \S+/m);
  return snippet.replace(/^( {2}- repo: )\S+.*$/m, `$1${repo}`).replace(/^( {4}rev: )\S+.*$/m, `$1${rev}`);
}

describe('pre-commit hook', () => {
  it('is installed by the real pre-commit program (a missing program fails this test: apt-get install pre-commit)', () => {
    const r = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    expect(r.error, 'pre-commit is not installed').toBeUndefined();
    expect(r.stdout).toMatch(/^pre-commit \d+\.\d+/);
  });

  it('refuses a commit whose staged draft has an error, accepts warnings and clean drafts', { timeout: 240_000 }, () => {
    const hook = hookRepository();
    const dir = consumerRepo({
      '.unlinterrc.json': demoConfig(),
      '.unlinterignore': 'archive/\n',
      '.pre-commit-config.yaml': configFromReadme(hook.dir, hook.rev),
      'package.json': JSON.stringify({ name: 'office-blog', private: true, devDependencies: { unlinter: '*' } }, null, 2),
    });
    const env = { PRE_COMMIT_HOME: path.join(dir, '.git', 'pre-commit-home') };
    const git = (...args: string[]) => sh(dir, 'git', args, env);
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };

    const install = sh(dir, 'pre-commit', ['install'], env);
    expect(install.status, output(install)).toBe(0);
    git('add', '.');
    const first = git('commit', '-m', 'Set up unlinter');
    expect(first.status, output(first)).toBe(0);

    // An error in a staged draft: the commit is refused and the finding is shown.
    write('posts/bad.md', '# Field notes\n\nA forbidden word.\n');
    git('add', 'posts/bad.md');
    const refused = git('commit', '-m', 'Add a post with an error');
    expect(refused.status, output(refused)).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('unlinter');
    expect(refused.stdout + refused.stderr).toMatch(/3:3\s+error\s+Forbidden word "forbidden": use another\.\s+demo\/word/);
    expect(committedFiles(dir)).not.toContain('posts/bad.md');

    // Warnings only: shown, and the commit goes ahead. Ignored drafts are not checked.
    git('reset', '-q', 'posts/bad.md');
    write('posts/loud.md', 'A LOUD post.\n');
    write('archive/old.md', 'An old forbidden post.\n');
    git('add', 'posts/loud.md', 'archive/old.md');
    const warned = git('commit', '-m', 'Add a loud post');
    expect(warned.status, output(warned)).toBe(0);
    expect(committedFiles(dir)).toEqual(expect.arrayContaining(['posts/loud.md', 'archive/old.md']));
    // What a passing hook printed (pre-commit shows it with --verbose): the warning reached
    // unlinter's report, and the hook's own options reached unlinter (no "File ignored" warning).
    const shown = sh(dir, 'pre-commit', ['run', 'unlinter', '--verbose', '--files', 'posts/loud.md', 'archive/old.md'], env);
    expect(shown.status, output(shown)).toBe(0);
    expect(shown.stdout).toMatch(/1:3\s+warning\s+Loud word: calm down\.\s+demo\/shout/);
    expect(shown.stdout).not.toContain('archive/old.md');

    // The fixed draft goes in.
    write('posts/bad.md', '# Field notes\n\nA better word.\n');
    git('add', 'posts/bad.md');
    const fixed = git('commit', '-m', 'Add the fixed post');
    expect(fixed.status, output(fixed)).toBe(0);
    expect(committedFiles(dir)).toContain('posts/bad.md');
  });
});
