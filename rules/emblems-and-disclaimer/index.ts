/**
 * `emblems-and-disclaimer`: Organisation emblems and logos on personal blogs, and the personal-views disclaimer.
 */
import { z } from 'zod';
import { defineRule } from '../../src/rule-kit/index.js';

export default defineRule({
  meta: {
    id: 'emblems-and-disclaimer',
    section: "Don't use the emblems, the UN or your agency logos on personal blogs or social media profiles; add a disclaimer",
    description: 'Organisation emblems and logos on personal blogs, and the personal-views disclaimer.',
    guidance:
      'A personal blog or profile must not carry the UN emblem, the UN logotype or an agency logo. Say that the views are your own with a short disclaimer, knowing that it does not lift the obligations of the codes of conduct.',
    messages: {},
    checks: {},
    options: z.strictObject({}),
  },
  checks: {},
});
