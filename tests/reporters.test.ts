import { describe, expect, it } from 'vitest';
import { stylish } from '../src/reporters/stylish.js';
import { json } from '../src/reporters/json.js';
import { compact } from '../src/reporters/compact.js';
import type { LintResult } from '../src/types.js';

const results: LintResult[] = [
  {
    filePath: '/blog/posts/a.md',
    errorCount: 1,
    warningCount: 1,
    messages: [
      { ruleId: 'privacy-and-safety/phone-number', messageId: 'personalPhone', severity: 2, message: 'Personal phone number "+254 7** *** *12": share an office line or leave it out.', line: 3, column: 12, endLine: 3, endColumn: 28 },
      { ruleId: 'think-before-posting/shouting', messageId: 'shout', severity: 1, message: 'Sentence in capitals reads as shouting: write it in sentence case.', line: 10, column: 1, endLine: 10, endColumn: 30 },
    ],
  },
  { filePath: '/blog/posts/b.md', errorCount: 0, warningCount: 0, messages: [] },
];
const ctx = { cwd: '/blog', color: 0 as const, modules: [] };

describe('stylish', () => {
  it("prints ESLint's layout: file header, aligned rows, summary", () => {
    expect(stylish(results, ctx)).toBe(
      [
        '',
        'posts/a.md',
        '   3:12  error    Personal phone number "+254 7** *** *12": share an office line or leave it out.  privacy-and-safety/phone-number',
        '  10:1   warning  Sentence in capitals reads as shouting: write it in sentence case.               think-before-posting/shouting',
        '',
        '\u2716 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there is nothing to report', () => {
    expect(stylish([results[1]!], ctx)).toBe('');
  });

  it('colours severities and the summary when asked', () => {
    const out = stylish(results, { ...ctx, color: 1 });
    expect(out).toContain('\u001b[31merror');
    expect(out).toContain('\u001b[33mwarning');
  });

  it('never lets control characters from a draft reach the terminal', () => {
    const evil: LintResult = { ...results[0]!, messages: [{ ...results[0]!.messages[0]!, message: 'Word "\u001b[2J\u001b]0;pwned\u0007" here.' }] };
    const out = stylish([evil], ctx) + compact([evil], ctx);
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('\\x1b[2J');
  });
});

describe('json', () => {
  it('is ESLint-compatible', () => {
    const parsed = JSON.parse(json(results, ctx));
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toEqual({
      filePath: '/blog/posts/a.md',
      messages: results[0]!.messages,
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });

  it('never includes the source text', () => {
    expect(json([{ ...results[0]!, source: 'secret draft text' }], ctx)).not.toContain('secret draft text');
  });
});

describe('compact', () => {
  it('prints one file:line:col line per finding', () => {
    expect(compact(results, ctx)).toBe(
      [
        'posts/a.md:3:12: error Personal phone number "+254 7** *** *12": share an office line or leave it out. [privacy-and-safety/phone-number]',
        'posts/a.md:10:1: warning Sentence in capitals reads as shouting: write it in sentence case. [think-before-posting/shouting]',
        '',
        '2 problems',
        '',
      ].join('\n'),
    );
  });
});

describe('formats and the rule modules', () => {
  // A re-run from the cache loads the rules only for a format that reads them (src/run.ts): every
  // other format must print without touching `modules`.
  it('only the formats that say so read the rule modules', async () => {
    const { FORMAT_NAMES, loadReporter, reporterUsesModules } = await import('../src/reporters/index.js');
    const { builtinRules } = await import('../rules/index.js');
    const readers: string[] = [];
    for (const name of FORMAT_NAMES) {
      const reporter = (await loadReporter(name))!;
      let read = false;
      const watched = {
        cwd: '/blog',
        color: 0 as const,
        get modules() {
          read = true;
          return builtinRules;
        },
      };
      expect(reporter(results, watched).length, name).toBeGreaterThan(0);
      if (read) readers.push(name);
      expect(read, name).toBe(reporterUsesModules(name));
    }
    expect(readers.sort()).toEqual(['html', 'sarif']);
  });
});
