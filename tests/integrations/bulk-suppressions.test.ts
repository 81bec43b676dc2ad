/**
 * The README's archive-adoption snippets run as written in a blog repository: record today's
 * findings and commit the record; later, after fixes, prune it and commit again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoConfig } from '../support/project.js';
import { readmeSnippet } from '../support/readme.js';
import { bash, committedFiles, consumerRepo, output, sh } from '../support/consumer.js';

describe('README: adopting unlinter on an existing archive', () => {
  it('--suppress-all, commit, lint, fix, prune, commit', { timeout: 180_000 }, () => {
    const dir = consumerRepo({
      '.unlinterrc.json': demoConfig(),
      'posts/2018/a.md': '# Old\n\nA forbidden word. Another forbidden word.\n',
      'posts/2019/b.txt': 'forbidden\n',
    });
    const lint = () => sh(dir, 'node_modules/.bin/unlinter', ['--format', 'compact', 'posts/']);
    expect(lint().status).toBe(1);
    sh(dir, 'git', ['add', '.']);
    sh(dir, 'git', ['commit', '-q', '-m', 'Archive']);

    const suppress = bash(dir, readmeSnippet('suppress-all'));
    expect(suppress.status, output(suppress)).toBe(0);
    expect(committedFiles(dir)).toContain('unlinter-suppressions.json');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'unlinter-suppressions.json'), 'utf8'))).toEqual({
      'posts/2018/a.md': { 'demo/word': { count: 2 } },
      'posts/2019/b.txt': { 'demo/word': { count: 1 } },
    });
    expect(lint().status).toBe(0);

    // Someone edits an old post (lines move) and fixes one finding: the record now overstates.
    fs.writeFileSync(path.join(dir, 'posts/2018/a.md'), '# Old, edited\n\nA new opening.\n\nA better word. Another forbidden word.\n');
    const stale = lint();
    expect(stale.status, output(stale)).toBe(2);
    expect(stale.stderr).toContain('--prune-suppressions');

    const pruned = bash(dir, readmeSnippet('prune-suppressions'));
    expect(pruned.status, output(pruned)).toBe(0);
    const record = sh(dir, 'git', ['show', 'HEAD:unlinter-suppressions.json']);
    expect(JSON.parse(record.stdout)).toEqual({
      'posts/2018/a.md': { 'demo/word': { count: 1 } },
      'posts/2019/b.txt': { 'demo/word': { count: 1 } },
    });
    expect(lint().status).toBe(0);

    // A new finding is reported.
    fs.writeFileSync(path.join(dir, 'posts/2020-new.md'), 'A forbidden word in a new post.\n');
    const fresh = lint();
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toContain('posts/2020-new.md:1:3: error');
  });
});
