// A third-party plugin as users write one: plain ESM JavaScript exporting `rules`.
// `demo/word` reports "forbidden" (error), `demo/shout` reports "LOUD" (warn).
import { z } from 'zod';

const find = (doc, re, cb) => {
  for (const seg of doc.prose) {
    re.lastIndex = 0;
    for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) cb(seg.start + m.index, seg.start + m.index + m[0].length, m[0]);
  }
};

export const rules = [
  {
    meta: {
      id: 'demo',
      section: 'Demo section',
      description: 'Finds demo words.',
      guidance: 'A demo of the plugin API.',
      messages: { word: 'Forbidden word "{{word}}": use another.', shout: 'Loud word: calm down.' },
      checks: {
        word: { description: 'Finds the configured word.', severity: 'error', messages: ['word'] },
        shout: { description: 'Finds "LOUD".', severity: 'warn', messages: ['shout'] },
      },
      options: z.strictObject({ word: z.string().default('forbidden').describe('The word to find.') }),
    },
    checks: {
      word(doc, ctx) {
        // Tests of the cache count which drafts were really linted.
        globalThis.__unlinterLinted?.push(doc.filePath);
        find(doc, new RegExp(`\\b${ctx.options.word}\\b`, 'gi'), (start, end, word) => ctx.report({ messageId: 'word', data: { word }, start, end }));
      },
      shout(doc, ctx) {
        find(doc, /\bLOUD\b/g, (start, end) => ctx.report({ messageId: 'shout', start, end }));
      },
    },
  },
];
