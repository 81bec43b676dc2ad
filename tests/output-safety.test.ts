/**
 * Output safety, for every format in `FORMAT_NAMES` (a format added later is covered without
 * editing this file: it is checked by what its output looks like):
 * - whatever text findings, file names and drafts hold (control characters, escape sequences,
 *   markup, quotes, lone surrogates, bidi overrides, forged CI commands), JSON and SARIF outputs
 *   parse (SARIF also against its schema), XML outputs are well-formed XML 1.0, the HTML report
 *   shows the text instead of interpreting it, and the terminal formats (stylish, compact, github)
 *   never contain a raw control character;
 * - drafts full of personal data and secrets, linted by the built-in rules, never show those
 *   values unmasked in any format.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, loadReporter } from '../src/reporters/index.js';
import type { LintMessage, LintResult } from '../src/types.js';
import { builtinRules } from '../rules/index.js';
import { run } from '../src/run.js';
import { demoProject, runIn } from './support/project.js';
import { tmpProject } from './support/tmp.js';
import { validateSarif } from './support/sarif-schema.js';

type Kind = 'json' | 'sarif' | 'xml' | 'html' | 'terminal';

/** How a format's output is checked; a format not listed is recognised by its output. */
const KNOWN: Record<string, Kind> = { json: 'json', sarif: 'sarif', junit: 'xml', checkstyle: 'xml', html: 'html', stylish: 'terminal', compact: 'terminal', github: 'terminal' };

function kindOf(format: string, output: string): Kind {
  const known = KNOWN[format];
  if (known) return known;
  const head = output.trimStart();
  if (head.startsWith('<?xml')) return 'xml';
  if (/^<!doctype html/i.test(head)) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return 'terminal';
}

// C0 controls but tab and line feed (CR too: a bare CR rewrites the line), DEL, C1 controls, bidi overrides and isolates.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// A colour or style sequence as chalk writes them at colour level 1 (one parameter). The texts
// below use other forms (`ESC[38;5;1m`, `ESC[0;31m`), so an escape from a draft is never excused.
const SGR = /\u001b\[\d{1,2}m/g;
// Characters XML 1.0 forbids (its `Char` production), lone surrogates included.
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why an output of a given kind is not safe, or '' when it is. */
function problemWith(kind: Kind, output: string, results: readonly LintResult[]): string {
  try {
    if (kind === 'json') {
      const parsed = JSON.parse(output) as unknown;
      if (Array.isArray(parsed) && parsed.length !== results.length) return `JSON holds ${parsed.length} results, not ${results.length}`;
      return '';
    }
    if (kind === 'sarif') {
      const parsed = JSON.parse(output) as unknown;
      return validateSarif(parsed) ? '' : `SARIF schema: ${JSON.stringify(validateSarif.errors).slice(0, 500)}`;
    }
    if (kind === 'xml') {
      const bad = NOT_XML_CHAR.exec(output);
      if (bad) return `character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML 1.0`;
      const v = XMLValidator.validate(output);
      return v === true ? '' : `not well-formed XML: ${JSON.stringify(v.err)}`;
    }
    if (kind === 'html') {
      if (output.includes('<x-inject')) return 'markup from the text reached the page';
      if (/<\/script\s*>\s*<x-after/i.test(output)) return 'a </script> from the text closed a script';
      if (output.includes('<img src=x onerror')) return 'a tag with an event handler from the text reached the page';
      const bad = RAW_CONTROL.exec(output.replace(/\r/g, ''));
      return bad ? `raw control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}` : '';
    }
    // The format's own colours (SGR sequences) are allowed; any other escape came from the text.
    const bad = RAW_CONTROL.exec(output.replace(SGR, ''));
    return bad ? `raw control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} in terminal output` : '';
  } catch (e) {
    return `${(e as Error).message}`;
  }
}

// ---------------------------------------------------------------- arbitrary text through every reporter

/** Pieces of text that have broken formats somewhere: escapes, markup, forged commands, odd Unicode. */
const NASTY = [
  '\u001b[38;5;1mred\u001b[0;39m', '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', '\u001b[2J\u001b[H', '\r', '\r\n', '\n', '\t', '\u0000', '\u0007', '\u0008', '\u007f', '\u0085', '\u009b31m',
  '\u202eevil\u202c', '\u2066x\u2069', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff', '😀', 'e\u0301',
  '<x-inject>', '</script><x-after>', '<img src=x onerror=x-inject>', '<![CDATA[', ']]>', '&amp;', '&#0;', '"', "'", '`', '\\', '%0A', '%25',
  '::error file=x.md,line=1::forged', '::set-output name=x::y', '{"a":', '},', '</testcase>', '<?xml version="1.0"?>',
];
const text = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 8 }).map((xs) => xs.join(''));

const message: fc.Arbitrary<LintMessage> = fc.record({
  ruleId: fc.constantFrom('demo/word', 'input-error', 'parse-error', 'privacy-and-safety/phone-number', 'plugin-x/odd'),
  messageId: fc.constantFrom('word', 'input', 'x'),
  severity: fc.constantFrom(1 as const, 2 as const),
  message: text.map((t) => `Problem ${t}: fix it.`),
  line: fc.integer({ min: 1, max: 5 }),
  column: fc.integer({ min: 1, max: 30 }),
  endLine: fc.integer({ min: 1, max: 5 }),
  endColumn: fc.integer({ min: 1, max: 30 }),
}).map((m) => (m.endLine < m.line || (m.endLine === m.line && m.endColumn < m.column) ? { ...m, endLine: m.line, endColumn: m.column } : m));

const result: fc.Arbitrary<LintResult> = fc
  .record({ name: text, messages: fc.array(message, { maxLength: 4 }), source: fc.option(fc.array(text, { minLength: 1, maxLength: 5 }).map((ls) => ls.join('\n'))) })
  .map(({ name, messages, source }) => ({
    filePath: `/blog/posts/${name.replace(/[/\\]/g, '_') || 'x'}.md`, // lone surrogates too: Windows allows them in file names
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    ...(source !== null ? { source } : {}),
  }));

describe('every format stays valid and inert whatever the text', () => {
  it('covers every registered format', () => {
    expect(FORMAT_NAMES.length).toBeGreaterThanOrEqual(3);
    for (const f of ['stylish', 'json', 'compact']) expect(FORMAT_NAMES).toContain(f);
  });

  for (const format of FORMAT_NAMES) {
    it(`${format}: arbitrary messages, file names and drafts`, async () => {
      const reporter = (await loadReporter(format))!;
      expect(reporter).toBeTypeOf('function');
      fc.assert(
        fc.property(fc.array(result, { minLength: 1, maxLength: 3 }), fc.constantFrom(0 as const, 1 as const), (results, color) => {
          const out = reporter(results, { cwd: '/blog', color, modules: builtinRules });
          expect(problemWith(kindOf(format, out), out, results)).toBe('');
        }),
        { numRuns: 300, seed: 7 },
      );
    });
  }

  it('the checks above catch what they look for', () => {
    // Without these, a checker that accepts everything would pass every format.
    const one: LintResult[] = [{ filePath: '/a.md', messages: [], errorCount: 0, warningCount: 0 }];
    expect(problemWith('json', '[{"a":1}', one)).not.toBe('');
    expect(problemWith('xml', '<a><b></a>', one)).not.toBe('');
    expect(problemWith('xml', '<a>\u0001</a>', one)).not.toBe('');
    expect(problemWith('terminal', 'fine \u001b[0;31m', one)).not.toBe('');
    expect(problemWith('terminal', 'fine \u001b]8;;x\u0007', one)).not.toBe('');
    expect(problemWith('html', '<p><x-inject></p>', one)).not.toBe('');
    expect(problemWith('terminal', 'fine\tand\nfine', one)).toBe('');
  });

  it('a draft full of control characters and markup, linted end to end, gives a safe report in every format', async () => {
    const draft = `# Title \u001b[2J\n\nA forbidden <x-inject> word\u0007 with \u202eevil\u202c and </script><x-after> and \u0000 and\r::error::forged\n`;
    const dir = demoProject({ 'posts/we\u001b[31mird <x-inject>.md': draft, 'posts/plain.md': 'A forbidden word.\n' });
    for (const format of FORMAT_NAMES) {
      const r = await runIn(dir, ['--format', format, 'posts']);
      expect(r.exitCode, `${format}: ${r.stderr}`).toBe(1);
      const results = JSON.parse((await runIn(dir, ['--format', 'json', 'posts'])).stdout) as LintResult[];
      expect(problemWith(kindOf(format, r.stdout), r.stdout, results), format).toBe('');
    }
  });
});

// ---------------------------------------------------------------- personal data stays masked

/**
 * Invented personal data and secrets. `forms` are the ways a value could leak: as written, and
 * compacted (without spaces, dashes and dots) where a rule might normalise it.
 */
const PERSONAL = [
  { what: 'phone', value: '+254 712 345 612', forms: ['+254 712 345 612', '254712345612', '712 345 612'] },
  { what: 'phone', value: '0722 987 654', forms: ['0722 987 654', '0722987654'] },
  { what: 'phone', value: '+41 79 555 12 34', forms: ['+41 79 555 12 34', '41795551234'] },
  { what: 'e-mail', value: 'amina.k.private@gmail.com', forms: ['amina.k.private@gmail.com', 'amina.k.private'] },
  { what: 'e-mail', value: 'j.odhiambo1984@yahoo.co.uk', forms: ['j.odhiambo1984', 'odhiambo1984'] },
  { what: 'IBAN', value: 'DE89 3704 0044 0532 0130 00', forms: ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', '3704 0044 0532'] },
  { what: 'IBAN', value: 'GB33BUKB20201555555555', forms: ['GB33BUKB20201555555555', '20201555555555'] },
  { what: 'card', value: '4111 1111 1111 1111', forms: ['4111 1111 1111 1111', '4111111111111111', '4111 1111 1111'] },
  { what: 'card', value: '5500-0055-5555-5559', forms: ['5500-0055-5555-5559', '5500005555555559'] },
  { what: 'passport', value: 'X1234567', forms: ['X1234567', '1234567'] },
  { what: 'passport', value: 'PA7264813', forms: ['PA7264813', '7264813'] },
  { what: 'home address', value: '14 Rue des Lilas', forms: ['14 Rue des Lilas', 'Rue des Lilas'] },
  { what: 'home address', value: '27 Kilimani Road', forms: ['27 Kilimani Road', 'Kilimani Road'] },
  { what: 'API key', value: 'sk_live_51Hq8xKz2eTq9VvYwLm3NpRs', forms: ['sk_live_51Hq8xKz2eTq9VvYwLm3NpRs', '51Hq8xKz2eTq9VvYwLm3NpRs'] },
  { what: 'API key', value: 'ghp_Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2', forms: ['ghp_Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2', 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2'] },
  { what: 'password', value: 'Tr0ub4dor&3xK', forms: ['Tr0ub4dor&3xK', 'Tr0ub4dor'] },
];

const V = Object.fromEntries(PERSONAL.map((p, i) => [i, p.value]));

/** Drafts that a staff member might really write, with the invented values above in them. */
const DRAFTS: Record<string, string> = {
  'posts/field-week.md': `---
title: Notes from the field week
author: Amina
contact: ${V[3]}
---

# Notes from the field week

If anything goes wrong, call me on my personal mobile ${V[0]} or WhatsApp ${V[1]}.
When I am in Geneva my private number is ${V[2]}. You can also write to ${V[3]}, or to my husband at [his address](mailto:${V[4]}).

For the reimbursement, use my own account IBAN ${V[5]} (or my old UK one, ${V[6]}), or my card ${V[7]}.

| Who | Card | Passport |
| --- | --- | --- |
| me | ${V[8]} | passport number ${V[9]} |
| my sister | - | her passport no. ${V[10]} |

I live at ${V[11]}, Apartment 3B, 75011 Paris; my parents live at ${V[12]}, Nairobi, if you need to send the parcel.

![Our flat at ${V[11]}](flat.jpg)
`,
  'posts/credentials.txt': `Quick note for the team

The key for the reporting API is ${V[13]} and my GitHub token is ${V[14]}.
The shared mailbox password: ${V[15]}

Call me on ${V[0]} if it does not work.
`,
};

describe('personal data is masked in every format', () => {
  const dir = tmpProject({ ...DRAFTS, '.unlinterrc.json': JSON.stringify({ extends: ['personal'] }) });
  /** Every built-in check on, so every check's message is part of the report. */
  const allOn = builtinRules.flatMap((m) => Object.keys(m.meta.checks).flatMap((c) => ['--rule', `${m.meta.id}/${c}: error`]));

  it('the drafts give findings (the checks below are not empty)', async () => {
    const r = await run(['--format', 'json', ...allOn, 'posts'], { cwd: dir, env: {} });
    const results = JSON.parse(r.stdout) as LintResult[];
    expect(results.length).toBe(2);
    expect(results.reduce((n, x) => n + x.messages.length, 0)).toBeGreaterThanOrEqual(10);
  });

  for (const format of FORMAT_NAMES) {
    it(`${format}: no unmasked personal data or secret`, async () => {
      const outFile = path.join(dir, `report-${format}.out`);
      const r = await run(['--format', format, ...allOn, '--output-file', outFile, 'posts'], { cwd: dir, env: {} });
      expect(r.exitCode, r.stderr).toBe(1);
      const out = fs.readFileSync(outFile, 'utf8');
      expect(out.length).toBeGreaterThan(0);
      // A format that shows the drafts (HTML) must mask what the rules flagged; values no rule
      // flagged cannot be masked, so for such a format only flagged values are checked.
      const showsDrafts = kindOf(format, out) === 'html';
      const flagged = showsDrafts ? await flaggedValues() : null;
      const leaks: string[] = [];
      for (const p of PERSONAL) {
        if (flagged && !flagged.has(p.value)) continue;
        for (const form of p.forms) if (out.includes(form)) leaks.push(`${p.what} "${form}"`);
      }
      expect(leaks).toEqual([]);
    });
  }

  /** The values some finding covers (by position in the JSON report). */
  async function flaggedValues(): Promise<Set<string>> {
    const r = await run(['--format', 'json', ...allOn, 'posts'], { cwd: dir, env: {} });
    const covered = new Set<string>();
    const missed = new Set<string>();
    for (const res of JSON.parse(r.stdout) as LintResult[]) {
      const text = fs.readFileSync(res.filePath, 'utf8');
      const starts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
      const spans = res.messages.map((m) => [starts[m.line - 1]! + m.column - 1, starts[m.endLine - 1]! + m.endColumn - 1] as const);
      for (const p of PERSONAL) {
        for (let at = text.indexOf(p.value); at >= 0; at = text.indexOf(p.value, at + 1)) {
          const hit = spans.some(([s, e]) => s < at + p.value.length && e > at);
          (hit ? covered : missed).add(p.value);
        }
      }
    }
    // A value is masked in a view of the draft only if every place it appears in was flagged.
    for (const v of missed) covered.delete(v);
    if (missed.size) console.log(`Not flagged everywhere by the built-in rules (so shown where unflagged in the HTML report): ${[...missed].join(', ')}`);
    return covered;
  }
});

describe('standard error', () => {
  const ESC = '\u001b[2J\u001b]0;owned\u0007';
  it('shows escape sequences in config keys and file names escaped, keeping its line breaks', async () => {
    const dir = tmpProject({
      'posts/a.md': 'Fine.\n',
      '.unlinterrc.json': JSON.stringify({ [`rules${ESC}`]: {} }),
    });
    const bad = await runIn(dir, ['posts']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('\\x1b[2J');
    expect(RAW_CONTROL.exec(bad.stderr)).toBeNull();

    const missing = await runIn(tmpProject({ 'posts/a.md': 'Fine.\n' }), ['posts', `gone${ESC}.md`, `also${ESC}*.md`]);
    expect(missing.stderr).toContain('\\x1b]0;owned\\x07');
    expect(RAW_CONTROL.exec(missing.stderr)).toBeNull();
    expect(missing.stderr.trimEnd().split('\n').length).toBeGreaterThanOrEqual(1);
    expect(missing.stderr.endsWith('\n')).toBe(true);
  });
});
