/**
 * `trustworthiness`: Hearsay, unsourced claims, opinion as fact, uncredited media and anonymous posts.
 */
import { z } from 'zod';
import { defineRule } from '../../src/rule-kit/index.js';

export default defineRule({
  meta: {
    id: 'trustworthiness',
    section: 'Be trustworthy',
    description: 'Hearsay, unsourced claims, opinion as fact, uncredited media and anonymous posts.',
    guidance:
      'Post what is accurate and current, not rumour. Be open about who you are and never post about the organisation anonymously. Link to original sources, stick to facts rather than personal opinion, read what you share, credit others and respect copyright, and correct mistakes openly.',
    messages: {},
    checks: {},
    options: z.strictObject({}),
  },
  checks: {},
});
