import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildConfig } from '../src/config/load.js';
import type { LoadedConfig } from '../src/config/resolve.js';
import { lintSource } from '../src/lint-source.js';
import { defineRule } from '../src/rule-kit/index.js';
import type { AnyRuleModule } from '../src/types.js';
import { demoRule } from './support/fake-rule.js';

function config(data: Record<string, unknown> = {}, modules: AnyRuleModule[] = [demoRule]): LoadedConfig {
  return { filePath: '/virtual/.unlinterrc.json', dir: '/virtual', data, modules };
}
const lint = (text: string, cfg = config(), file = '/virtual/post.md', inlineConfig = true) => lintSource(text, file, cfg, { inlineConfig });
const ids = (r: Awaited<ReturnType<typeof lint>>) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

describe('engine', () => {
  it('reports findings with rule ids, severities, positions and filled messages', async () => {
    const r = await lint('One forbidden word.\n\nA LOUD one.\n');
    expect(r.messages).toEqual([
      { ruleId: 'demo/word', messageId: 'word', severity: 2, message: 'Forbidden word "forbidden": use another.', line: 1, column: 5, endLine: 1, endColumn: 14 },
      { ruleId: 'demo/shout', messageId: 'shout', severity: 1, message: 'Loud word: calm down.', line: 3, column: 3, endLine: 3, endColumn: 7 },
    ]);
    expect([r.errorCount, r.warningCount]).toEqual([1, 1]);
  });

  it('lints with no rule modules at all: zero findings', async () => {
    const r = await lint('Anything forbidden.\n', config({}, []));
    expect(r.messages).toEqual([]);
  });

  it('reports a front matter that does not parse as parse-error and still lints the body', async () => {
    const r = await lint('---\ntitle: [unclosed\n---\n\nA forbidden body.\n');
    expect(ids(r)).toEqual(['2:1 parse-error', '5:3 demo/word']);
    expect(r.messages[0]!.severity).toBe(2);
  });

  it('runs checks at preset severities and passes options', async () => {
    const personal = await lint('A word.\n', config({ extends: ['personal'], rules: { demo: ['warn', { word: 'word' }] } }));
    expect(personal.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['demo/personal-only', 1],
      ['demo/word', 1],
    ]);
  });

  it('names the rule when a check throws or reports something malformed', async () => {
    const bad = (report: 'throw' | 'id' | 'span') =>
      defineRule({
        meta: { ...demoRule.meta, id: 'broken', checks: { c: { description: 'x', severity: 'error', messages: ['word'] } } },
        checks: {
          c(doc, ctx) {
            if (report === 'throw') throw new Error('boom');
            if (report === 'id') ctx.report({ messageId: 'nope', start: 0, end: 1 });
            ctx.report({ messageId: 'word', start: 0, end: doc.text.length + 5 });
          },
        },
      });
    await expect(lint('text', config({}, [bad('throw')]))).rejects.toThrow('Rule "broken/c": threw boom');
    await expect(lint('text', config({}, [bad('id')]))).rejects.toThrow('Rule "broken/c": reported unknown message id "nope"');
    await expect(lint('text', config({}, [bad('span')]))).rejects.toThrow(/Rule "broken\/c": reported a span outside the document/);
  });

  it('drops duplicate reports of the same span', async () => {
    const twice = defineRule({
      meta: { ...demoRule.meta, id: 'twice', options: z.strictObject({}), checks: { c: { description: 'x', severity: 'error', messages: ['shout'] } } },
      checks: {
        c(_doc, ctx) {
          ctx.report({ messageId: 'shout', start: 0, end: 2 });
          ctx.report({ messageId: 'shout', start: 0, end: 2 });
        },
      },
    });
    expect((await lint('text', config({}, [twice]))).messages).toHaveLength(1);
  });
});

describe('inline directives', () => {
  it('disable-next-line and disable-line suppress by module id or check id', async () => {
    const text = [
      '<!-- unlinter-disable-next-line demo -->',
      'A forbidden LOUD line.',
      'Another forbidden one. <!-- unlinter-disable-line demo/word -- quoted from a source -->',
      'A third forbidden one.',
    ].join('\n');
    expect(ids(await lint(text))).toEqual(['4:9 demo/word']);
  });

  it('disable and enable blocks work without blank lines around them', async () => {
    const text = ['Before forbidden.', '<!-- unlinter-disable demo/word -->', 'Inside forbidden LOUD.', '<!-- unlinter-enable demo/word -->', 'After forbidden.'].join('\n');
    expect(ids(await lint(text))).toEqual(['1:8 demo/word', '3:18 demo/shout', '5:7 demo/word']);
  });

  it('a bare disable covers every rule until the end', async () => {
    const text = 'Before forbidden.\n\n<!-- unlinter-disable -->\n\nAfter forbidden LOUD.\n';
    expect(ids(await lint(text))).toEqual(['1:8 demo/word']);
  });

  it('works in text files on a line of their own', async () => {
    const text = 'unlinter-disable-next-line demo/word\nA forbidden line.\nAnother forbidden.\n';
    expect(ids(await lint(text, config(), '/virtual/post.txt'))).toEqual(['3:9 demo/word']);
  });

  it('reports unknown rule ids with a suggestion, and directives that suppress nothing', async () => {
    const text = '<!-- unlinter-disable-next-line demo/wrd -->\nA forbidden line.\n\n<!-- unlinter-disable-next-line demo/shout -->\nQuiet line.\n';
    const r = await lint(text);
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['unknown-rule', 2, 'Unknown rule "demo/wrd" in an unlinter-disable-next-line directive (did you mean "demo/word"?): use a rule id from the rule table.'],
      ['demo/word', 2, 'Forbidden word "forbidden": use another.'],
      ['unused-directive', 1, 'Unused unlinter-disable-next-line directive: no finding from "demo/shout" to suppress here. Remove it.'],
    ]);
  });

  it('reportUnusedDirectives sets the severity of unused directives, or turns them off', async () => {
    const text = '<!-- unlinter-disable-next-line -->\nQuiet line.\n';
    expect((await lint(text, config({ reportUnusedDirectives: 'error' }))).messages.map((m) => m.severity)).toEqual([2]);
    expect((await lint(text, config({ reportUnusedDirectives: 'off' }))).messages).toEqual([]);
  });

  it('--no-inline-config ignores directives', async () => {
    const text = '<!-- unlinter-disable -->\nA forbidden line.\n';
    expect(ids(await lint(text, config(), '/virtual/post.md', false))).toEqual(['2:3 demo/word']);
  });
});

describe('plugins through config', () => {
  it('accepts a config whose plugin modules validate', async () => {
    const cfg = await buildConfig('/virtual/.unlinterrc.json', {});
    expect(cfg.modules.map((m) => m.meta.id)).toContain('privacy-and-safety');
  });
});
