/**
 * Worker threads (`--concurrency`) give the same results, in the same order, as a serial run.
 * Workers run the build (`npm test` builds first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoProject, runIn } from './support/project.js';
import { batchSize, workerCount } from '../src/parallel/pool.js';

/** The sizes of the batches a run of `files` files on `workers` workers sends, in order. */
function batchSizes(files: number, workers: number): number[] {
  const sizes: number[] = [];
  for (let left = files; left > 0; left -= sizes[sizes.length - 1]!) sizes.push(batchSize(left, workers));
  return sizes;
}

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

  // A worker that stops, even with exit code 0, would never send back its batches: the run must
  // end with an error, not wait for them.
  it('ends with exit 2 when a worker stops early, whatever its exit code', async () => {
    for (const code of [0, 3]) {
      const plugin = `import { isMainThread } from 'node:worker_threads';\nif (!isMainThread) process.exit(${code});\nexport const rules = [];\n`;
      const dir = demoProject({ ...files, 'p.mjs': plugin });
      const rc = JSON.parse(fs.readFileSync(path.join(dir, '.unlinterrc.json'), 'utf8')) as Record<string, unknown>;
      fs.writeFileSync(path.join(dir, '.unlinterrc.json'), JSON.stringify({ ...rc, plugins: ['./p.mjs'] }));
      const r = await runIn(dir, ['--concurrency', '2', 'posts']);
      expect(r.exitCode, String(code)).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`a lint worker stopped with exit code ${code}`));
    }
  }, 30_000);

  it('spreads a few files over every worker', () => {
    // Batches shrink to a share of what is left, and the first ones go round the workers.
    expect(batchSizes(16, 2)).toEqual([4, 3, 3, 2, 1, 1, 1, 1]);
    expect(batchSizes(6, 4)).toEqual([1, 1, 1, 1, 1, 1]);
    const long = batchSizes(200, 2);
    expect(long.slice(0, 20)).toEqual(Array(20).fill(8));
    expect(long.reduce((a, b) => a + b, 0)).toBe(200);
    expect(long.slice(-4)).toEqual([1, 1, 1, 1]);
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
