/**
 * A small rule module for engine, config and CLI tests: `demo/word` reports the word "forbidden",
 * `demo/shout` reports "LOUD" (warn by default), `demo/personal-only` reports once per document
 * on the personal preset only.
 */
import { z } from 'zod';
import { defineRule, matchProse } from '../../src/rule-kit/index.js';

export const demoRule = defineRule({
  meta: {
    id: 'demo',
    section: 'Demo section',
    description: 'Finds demo words.',
    guidance: 'A demo of the rule API.',
    messages: {
      word: 'Forbidden word "{{word}}": use another.',
      shout: 'Loud word: calm down.',
      doc: 'Personal-only document check.',
    },
    checks: {
      word: { description: 'Finds "forbidden".', severity: 'error', messages: ['word'] },
      shout: { description: 'Finds "LOUD".', severity: 'warn', messages: ['shout'] },
      'personal-only': { description: 'Once per document.', severity: 'off', presets: { personal: 'warn' }, messages: ['doc'] },
    },
    options: z.strictObject({
      word: z.string().default('forbidden').describe('The word to find.'),
    }),
  },
  checks: {
    word(doc, ctx) {
      const re = new RegExp(`\\b${ctx.options.word}\\b`, 'gi');
      for (const m of matchProse(doc.prose, re)) ctx.report({ messageId: 'word', data: { word: m.match[0] }, start: m.start, end: m.end });
    },
    shout(doc, ctx) {
      for (const m of matchProse(doc.prose, /\bLOUD\b/g)) ctx.report({ messageId: 'shout', start: m.start, end: m.end });
    },
    'personal-only'(_doc, ctx) {
      ctx.report({ messageId: 'doc', start: 0, end: 0 });
    },
  },
});
