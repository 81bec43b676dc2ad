/**
 * Worker threads (`--concurrency`) give the same results, in the same order, as a serial run.
 * Workers run the build (`npm test` builds first).
 */
import { describe, expect, it } from 'vitest';
import { demoProject, runIn } from './support/project.js';
import { workerCount } from '../src/parallel/pool.js';

describe('--concurrency', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`posts/${String(i).padStart(2, '0')}.md`] = i % 3 === 0 ? `Post ${i} has a forbidden word.\n` : i % 3 === 1 ? `Post ${i} is LOUD.\n` : `Post ${i} is fine.\n`;
  files['posts/bad-front-matter.md'] = '---\ntitle: [open\n---\n\nA forbidden body.\n';

  it('gives identical output serially and on 2 or 3 workers', async () => {
    const dir = demoProject(files);
    const serial = await runIn(dir, ['--concurrency', 'off', '--format', 'json', 'posts']);
    for (const n of ['2', '3', 'auto']) {
      const parallel = await runIn(dir, ['--concurrency', n, '--format', 'json', 'posts']);
      expect(parallel.stdout, n).toBe(serial.stdout);
      expect(parallel.exitCode).toBe(serial.exitCode);
    }
    expect(serial.exitCode).toBe(1);
  });

  it('a config error inside a worker is still exit 2 with the message', async () => {
    const dir = demoProject({ ...files, 'posts/sub/.unlinterrc.json': '{"rules": {"nope": "warn"}}', 'posts/sub/x.md': 'x' });
    const r = await runIn(dir, ['--concurrency', '2', 'posts']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/sub\/\.unlinterrc\.json: rules\.nope: unknown rule "nope"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a bad --concurrency value', async () => {
    const r = await runIn(demoProject(files), ['--concurrency', 'many', 'posts']);
    expect(r.exitCode).toBe(2);
  });

  it('stays serial for a handful of files when auto', () => {
    expect(workerCount('auto', 5)).toBe(0);
    expect(workerCount('off', 5000)).toBe(0);
    expect(workerCount('4', 2)).toBe(2);
    expect(workerCount('1', 100)).toBe(0);
  });
});
