/**
 * `think-before-posting`: Judgement before posting: nothing you would not show a news channel, your family or your boss.
 */
import { z } from 'zod';
import { defineRule } from '../../src/rule-kit/index.js';

export default defineRule({
  meta: {
    id: 'think-before-posting',
    section: 'Think before you post',
    description: 'Judgement before posting: nothing you would not show a news channel, your family or your boss.',
    guidance:
      'Social media posts by staff are public even when they feel personal: anything written can be found, forwarded and tied back to the organisation. Before posting, ask whether you would be comfortable seeing it on the evening news or read by your manager; if unsure, do not post. The staff rules apply online exactly as they do offline.',
    messages: {},
    checks: {},
    options: z.strictObject({}),
  },
  checks: {},
});
