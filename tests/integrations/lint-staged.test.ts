/**
 * husky + lint-staged end to end, with the real packages (dev dependencies of unlinter): the
 * README's setup commands and lint-staged config, run in a temporary git repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoConfig } from '../support/project.js';
import { readmeSnippet } from '../support/readme.js';
import { bash, committedFiles, consumerRepo, output, sh } from '../support/consumer.js';

describe('husky + lint-staged', () => {
  it('a staged draft with an error blocks the commit; warnings do not', { timeout: 240_000 }, () => {
    const config = JSON.parse(readmeSnippet('lint-staged-config')) as Record<string, unknown>;
    const dir = consumerRepo(
      {
        '.unlinterrc.json': demoConfig(),
        '.unlinterignore': 'archive/\n',
        'package.json': JSON.stringify({ name: 'office-blog', private: true, devDependencies: { unlinter: '*', husky: '*', 'lint-staged': '*' }, ...config }, null, 2),
      },
      ['unlinter', 'husky', 'lint-staged'],
    );
    // The README's setup, as written, except `npm install`: the packages are already linked in
    // node_modules (no registry needed), exactly where `npm install --save-dev` puts them.
    const setup = readmeSnippet('husky-setup').split('\n');
    expect(setup[0]).toBe('npm install --save-dev unlinter husky lint-staged');
    const ran = bash(dir, setup.slice(1).join('\n'));
    expect(ran.status, output(ran)).toBe(0);
    expect(sh(dir, 'git', ['config', 'core.hooksPath']).stdout.trim()).toBe('.husky/_');
    expect(fs.readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8')).toBe('npx lint-staged\n');

    const git = (...args: string[]) => sh(dir, 'git', args);
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    git('add', '.');
    const first = git('commit', '-m', 'Set up husky and lint-staged');
    expect(first.status, output(first)).toBe(0);

    write('posts/bad.md', '# Field notes\n\nA forbidden word.\n');
    git('add', 'posts/bad.md');
    const refused = git('commit', '-m', 'Add a post with an error');
    expect(refused.status, output(refused)).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/3:3\s+error\s+Forbidden word "forbidden": use another\.\s+demo\/word/);
    expect(committedFiles(dir)).not.toContain('posts/bad.md');
    // lint-staged put the work back as it was: the draft is still staged, unchanged.
    expect(git('diff', '--cached', '--name-only').stdout.trim()).toBe('posts/bad.md');

    git('reset', '-q', 'posts/bad.md');
    write('posts/loud.md', 'A LOUD post.\n');
    write('archive/old.md', 'An old forbidden post.\n');
    git('add', 'posts/loud.md', 'archive/old.md');
    const warned = git('commit', '-m', 'Add a loud post');
    expect(warned.status, output(warned)).toBe(0);
    expect(committedFiles(dir)).toEqual(expect.arrayContaining(['posts/loud.md', 'archive/old.md']));

    write('posts/bad.md', '# Field notes\n\nA better word.\n');
    git('add', 'posts/bad.md');
    const fixed = git('commit', '-m', 'Add the fixed post');
    expect(fixed.status, output(fixed)).toBe(0);
    expect(committedFiles(dir)).toContain('posts/bad.md');
  });
});
