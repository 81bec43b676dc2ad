/**
 * Real archives: a deterministic sample of the shared corpus of real blog posts
 * (`../shared/corpus`, beside the repository; see bench/lib/corpus.mjs for how the sample is
 * drawn: every folder gets its share, plus the files with CRLF, TOML front matter, MDX, odd names,
 * blank lines before the front matter, front matter that only a lenient YAML reader accepts,
 * invisible characters, and the largest file) linted through `run()` with every built-in rule.
 *
 * It must exit with 0 or 1, print nothing on stderr, report every file, and give a `parse-error`
 * exactly on the files whose front matter a static-site generator would reject (judged
 * independently: js-yaml as Eleventy and gray-matter read it, a TOML 1.0 parser for `+++`).
 * `bench/corpus-all.mjs` runs the whole corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { CORPUS_DIR, frontMatterProblem, listCorpus, sampleCorpus, traitsOf } from '../bench/lib/corpus.mjs';

type Json = Array<{ filePath: string; messages: Array<{ ruleId: string; message: string; line: number }> }>;

const present = fs.existsSync(CORPUS_DIR);
const ROOT = path.resolve(import.meta.dirname, '..');

if (!present) {
  console.warn(`tests/corpus.test.ts: skipped, the corpus folder ${CORPUS_DIR} is missing (it sits beside the repository as ../shared/corpus).`);
}

describe.skipIf(!present)(`real blog posts from ${CORPUS_DIR}`, () => {
  const files: string[] = present ? listCorpus() : [];
  const drawn = present ? sampleCorpus(files) : { sample: [] as string[], folders: [] as string[], traits: {} };
  const { folders, traits } = drawn;
  // The robustness cases the corpus README names, whatever the sample drew: the 18f post whose
  // front matter is invalid YAML to a strict reader (a quoted excerpt over unindented lines, tabs
  // after a list item) and the 851 KB release notes.
  const named: string[] = present ? files.filter((f: string) => /^18f[\\/]2016-05-19-content-debt-/.test(path.relative(CORPUS_DIR, f)) || /[\\/]10-lts-to-12-lts\.md$/.test(f)) : [];
  const sample: string[] = [...new Set([...drawn.sample, ...named])].sort();

  it('the sample covers every folder and every robustness trait found in the corpus', () => {
    expect(files.length).toBeGreaterThan(1000);
    expect(sample.length).toBeGreaterThanOrEqual(120);
    expect(sample.length).toBeLessThanOrEqual(220);
    for (const folder of folders) expect(sample.some((f: string) => path.relative(CORPUS_DIR, f).startsWith(folder + path.sep)), folder).toBe(true);
    for (const t of ['crlf', 'toml', 'mdx', 'odd-name', 'blank-before-front-matter', 'lenient-yaml', 'invisible-chars']) expect(traits, t).toHaveProperty(t);
    expect(named.map((f) => path.relative(CORPUS_DIR, f).split(path.sep)[0]).sort(), 'the named cases of the corpus README').toEqual(['18f', 'nodejs-blog']);
    expect(traitsOf(named.find((f) => f.includes('content-debt'))!).traits, 'the content-debt post is read by a lenient YAML reader only').toContain('lenient-yaml');
  });

  it('lints the sample with exit code 0 or 1, no crash, every file reported, parse errors only on broken front matter', async () => {
    const r = await run(['--format', 'json', '--no-config-lookup', '--concurrency', 'off', ...sample], { cwd: ROOT, env: {} });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.exitCode);
    const results = JSON.parse(r.stdout) as Json;
    expect(results.map((x) => x.filePath).sort()).toEqual([...sample].sort());

    const broken = new Set(sample.filter((f: string) => frontMatterProblem(fs.readFileSync(f, 'utf8'))));
    const withParseError = new Set(results.filter((x) => x.messages.some((m) => m.ruleId === 'parse-error')).map((x) => x.filePath));
    const report = (set: Set<string>) => [...set].map((f) => path.relative(CORPUS_DIR, f)).sort();
    // A parse error on front matter a generator reads is a false alarm; broken front matter without one is a miss.
    expect(report(new Set([...withParseError].filter((f) => !broken.has(f)))), 'parse errors on front matter a generator accepts').toEqual([]);
    expect(report(new Set([...broken].filter((f) => !withParseError.has(f)))), 'broken front matter without a parse error').toEqual([]);

    // input-error only where the file really is not clean UTF-8 text.
    for (const x of results) {
      for (const m of x.messages.filter((m) => m.ruleId === 'input-error')) {
        const t = traitsOf(x.filePath).traits;
        expect(t.includes('invalid-utf8') || /empty|front matter/.test(m.message), `${path.relative(CORPUS_DIR, x.filePath)}: ${m.message}`).toBe(true);
      }
    }
  }, 600_000);
});
