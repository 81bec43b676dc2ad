/**
 * The line reader of simple YAML front matter (`simpleYamlKeys`, src/document/front-matter.ts)
 * must give exactly the key and value ranges that the `yaml` package's syntax tree gives, and
 * decline whatever it cannot read that way.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simpleYamlKeys, yamlTreeKeys } from '../src/document/front-matter.js';
import { CORPUS_DIR, listCorpus } from '../bench/lib/corpus.mjs';

const BASE = 4;

/** Whenever the line reader answers, its answer is the `yaml` route's. */
function agrees(body: string): boolean {
  const fast = simpleYamlKeys(body, BASE);
  if (fast === null) return false;
  expect(fast).toEqual(yamlTreeKeys(body, BASE));
  return true;
}

describe('simple front matter read line by line', () => {
  it('reads the common shapes and gives the ranges of the yaml package', () => {
    const bodies = [
      'title: Hello world\ndate: 2024-05-01',
      'title: "Quoted: with a colon"\nauthor: \'Single\'\n',
      'layout: post\ntags:\n- one\n- two words\n\nauthors:\n  - a\n  - b',
      'tags:\n - x\ntitle: After a sequence',
      'url: https://example.org/a#b\ncount: 12\nflag: yes\nkey_with-dash: v',
      'title:    Many spaces before\n\n\nend: last',
      'TRUEish: not a boolean key\nnullable: value',
    ];
    for (const body of bodies) expect(agrees(body), body).toBe(true);
  });

  it('declines what it cannot read as the yaml package does', () => {
    const declined = [
      '# a comment\ntitle: x',
      'title: x # a comment',
      'title: >\n  folded',
      'title: |\n  literal',
      'author:\n  name: nested',
      'title: "escaped \\" quote"',
      "title: 'it''s'",
      'title: two\n  lines',
      'title: x\r\ndate: y',
      'title: trailing space ',
      'title: a: b',
      'title: [flow, list]',
      'title: {a: 1}',
      'title: &anchor x',
      'title: *alias',
      'title: !tag x',
      'empty:\nnext: x',
      'tags:\n- a\n  - b',
      'tags:\n- [a]',
      'tags:\n-  {a}',
      'tags:\n-  ? a',
      "tags:\n  -  'a",
      'True: x',
      'null: x',
      '"quoted key": x',
      'title: x\n   \ndate: y',
      'title:\tx',
      '- a list at the top',
      'title: x\n---',
    ];
    for (const body of declined) expect(simpleYamlKeys(body, BASE), body).toBeNull();
  });

  it('agrees with the yaml package on generated front matter', () => {
    // Mostly shapes the reader takes, with every kind of near miss mixed in.
    const key = fc.oneof(
      { arbitrary: fc.constantFrom('title', 'date', 'tags', 'authors', 'Title', 'x_1', 'a-b', 'yes', 'on', 'k', '_'), weight: 6 },
      { arbitrary: fc.constantFrom('true', 'False', 'NULL', '"q"', 'a b', '-k', '1a', 'a:b', 'é'), weight: 1 },
    );
    const scalar = fc.oneof(
      { arbitrary: fc.constantFrom('plain', 'two words', 'https://x.org/a?b=c#d', '12', '1.5', '2024-01-02', 'yes', 'null', '~', '"dq"', "'sq'", '"d:q"', "'s #q'", 'a#b', 'a:b', 'é', '日本'), weight: 6 },
      { arbitrary: fc.constantFrom('"esc\\"aped"', "'it''s'", 'a: b', 'a #c', 'x ', ' lead', '\tx', '-x', '- x', '[a]', '{a}', '&a', '*a', '!t', '|', '>', '%', '@', '`', '?x', ',x', ''), weight: 1 },
    );
    const line = fc.oneof(
      { arbitrary: fc.tuple(key, fc.constantFrom(' ', ' ', '  ', '\t', ''), scalar).map(([k, sp, v]) => `${k}:${sp}${v}`), weight: 6 },
      {
        arbitrary: fc
          .tuple(key, fc.constantFrom('', '', ' ', '  ', '   '), fc.array(fc.tuple(fc.constantFrom('', '', ' '), scalar), { minLength: 0, maxLength: 3 }))
          .map(([k, indent, items]) => [`${k}:`, ...items.map(([extra, v]) => `${indent}${extra}- ${v}`)].join('\n')),
        weight: 3,
      },
      { arbitrary: fc.constantFrom('', ' ', '# c', '  nested: x', '---', '...'), weight: 1 },
    );
    const body = fc
      .tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\n', '\n', '\r\n'), fc.boolean())
      .map(([lines, eol, endBreak]) => lines.join('\n').replaceAll('\n', eol) + (endBreak ? eol : ''));
    let taken = 0;
    fc.assert(
      fc.property(body, (b) => {
        if (agrees(b)) taken++;
      }),
      { numRuns: 4000, seed: 20261207 },
    );
    // The generator reaches both sides.
    expect(taken).toBeGreaterThan(200);
  });

  const present = fs.existsSync(CORPUS_DIR);
  it.skipIf(!present)('agrees with the yaml package on every front matter of the corpus it reads', () => {
    let all = 0;
    let taken = 0;
    for (const file of listCorpus() as string[]) {
      const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'));
      if (!m) continue;
      all++;
      if (agrees(m[1]!)) taken++;
    }
    expect(all).toBeGreaterThan(1000);
    // Most posts have the simple shape; the rest go to the yaml package.
    expect(taken / all).toBeGreaterThan(0.5);
    expect(path.isAbsolute(CORPUS_DIR)).toBe(true);
  });
});
