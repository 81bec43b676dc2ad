/**
 * Adversarial inputs of 100 KB, built from each rule module's own patterns (bench/lib/adversarial.mjs:
 * for each pattern, a near miss that pumps its widest quantifier, repeated), plus generic runs of
 * digits, blanks, punctuation and so on, go through the module with all of its checks on. They must
 * finish: vitest's timeout per input is the only bound here. Timing and growth from 100 KB to
 * 200 KB are measured by the benchmark, `node bench/redos.mjs`, not asserted in tests.
 * The inputs built from src/document's patterns go through the document parser as markdown, and
 * the sentence splitter. Word drafts of 200 KB of blanks and slashes go through the .docx
 * conversion (src/files/docx.ts), with a CPU bound far below what its old quadratic patterns cost.
 */
import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/load.js';
import { createDocument } from '../src/document/parse.js';
import { lintSource } from '../src/lint-source.js';
import { builtinRules } from '../rules/index.js';
import { adversarialInputsFor, genericInputs } from '../bench/lib/adversarial.mjs';
import { regExpLiterals } from '../bench/lib/literals.mjs';
import { docxToText } from '../src/files/docx.js';
import { makeDocx } from './support/docx.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SIZE = 100_000;
/** Per input: generous, since a linear pass over 100 KB takes well under a second. */
const TIMEOUT = 60_000;
const config = await defaultConfig(ROOT);

for (const m of builtinRules) {
  const id = m.meta.id;
  const checks = Object.keys(m.meta.checks);
  const file = path.join(ROOT, 'rules', id, 'patterns.ts');
  const patterns = fs.existsSync(file) ? (((await import(file)) as { patterns?: Record<string, RegExp> }).patterns ?? {}) : {};
  const inputs = [...adversarialInputsFor(patterns, SIZE, { maxQuantifiers: 1, kinds: ['near-miss'] }), ...genericInputs(SIZE)];
  const rules: Record<string, 'off' | 'error'> = {};
  for (const other of builtinRules) rules[other.meta.id] = 'off';
  for (const c of checks) rules[`${id}/${c}`] = 'error';

  describe.skipIf(checks.length === 0)(`${id}: 100 KB adversarial inputs finish`, () => {
    it.each(inputs.map((input, i) => [`${i + 1}. ${input.name}`, input.text] as const))('%s', async (_, text) => {
      expect(text.length).toBe(SIZE);
      const r = await lintSource(text, path.join(ROOT, 'adversarial.txt'), config, { cli: { rules } });
      expect(Array.isArray(r.messages)).toBe(true);
    }, TIMEOUT);
  });
}

describe('src/document: 100 KB adversarial inputs finish', () => {
  const inputs = [...adversarialInputsFor(regExpLiterals(ROOT, ['src/document']), SIZE, { maxQuantifiers: 1, kinds: ['near-miss'] }), ...genericInputs(SIZE)];
  it.each(inputs.map((input, i) => [`${i + 1}. ${input.name}`, input.text] as const))('%s', (_, text) => {
    const doc = createDocument(text, path.join(ROOT, 'adversarial.md'));
    expect(doc.text.length).toBe(SIZE);
    // Sentences are split lazily, when a rule first asks: ask here.
    expect(doc.sentences.every((s) => s.start >= 0 && s.end <= SIZE)).toBe(true);
  }, TIMEOUT);
});

describe('src/files/docx.ts: Word drafts of 200 KB of blanks and slashes convert quickly', () => {
  // The conversion's own patterns (recheck found three quadratic ones: blanks before an image's
  // alt text, blanks around a directive's marker, trailing slashes of a link). Before the fix a
  // 200 KB paragraph of blanks took minutes; now milliseconds. The bound is generous for a busy
  // machine and still far below the quadratic cost.
  const N = 200_000;
  const cases: Array<[string, () => Promise<Buffer>]> = [
    ['a paragraph of spaces', () => makeDocx([`a${' '.repeat(N)}b`])],
    ['a paragraph of spaces and tabs, then an image', () => makeDocx([{ runs: [`a${' \t'.repeat(N / 2)}`, { image: 'alt' }] }])],
    ['a link whose text and address are slashes', () => makeDocx([{ runs: [{ link: `https://example.org/${'/'.repeat(N)}x`, text: `example.org/${'/'.repeat(N)}y` }] }])],
  ];
  it.each(cases)('%s', async (_, make) => {
    const buf = await make();
    const t0 = process.cpuUsage();
    const word = await docxToText(buf);
    const ms = (process.cpuUsage(t0).user + process.cpuUsage(t0).system) / 1000;
    expect(word.text.length).toBeGreaterThan(0);
    expect(ms, 'CPU time of the conversion, ms').toBeLessThan(10_000);
  }, TIMEOUT);
});
