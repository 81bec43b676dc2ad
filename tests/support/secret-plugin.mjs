// A plugin whose check flags secrets: its name (`api-key`) marks its spans as sensitive, so every
// format that shows draft text must mask them. `acme/api-key` finds `sk_live_` keys (error);
// `acme/shout` finds "LOUD" (warn), so a draft can mix a masked and an unmasked finding.
import { z } from 'zod';

const find = (doc, re, cb) => {
  for (const seg of doc.prose) {
    re.lastIndex = 0;
    for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) cb(seg.start + m.index, seg.start + m.index + m[0].length, m[0]);
  }
};

const mask = (s) => s.slice(0, 4) + '*'.repeat(Math.max(0, s.length - 6)) + s.slice(-2);

export const rules = [
  {
    meta: {
      id: 'acme',
      section: 'Acme secrets section',
      description: 'Finds Acme API keys.',
      guidance: 'Never publish a key that opens an account.',
      messages: { key: 'API key "{{key}}" in a post: revoke it and remove it.', shout: 'Loud word: write it in lower case.' },
      checks: {
        'api-key': { description: 'Acme API keys.', severity: 'error', messages: ['key'] },
        shout: { description: 'The word LOUD.', severity: 'warn', messages: ['shout'] },
      },
      options: z.strictObject({}),
    },
    checks: {
      'api-key'(doc, ctx) {
        find(doc, /\bsk_live_[A-Za-z0-9]{8,40}\b/g, (start, end, key) => ctx.report({ messageId: 'key', data: { key: mask(key) }, start, end }));
      },
      shout(doc, ctx) {
        find(doc, /\bLOUD\b/g, (start, end) => ctx.report({ messageId: 'shout', start, end }));
      },
    },
  },
];
