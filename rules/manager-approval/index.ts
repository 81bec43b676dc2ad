/**
 * `manager-approval`: Work-related posts that need clearance from a manager before they are published.
 */
import { z } from 'zod';
import { defineRule } from '../../src/rule-kit/index.js';

export default defineRule({
  meta: {
    id: 'manager-approval',
    section: 'Keep your manager in the loop',
    description: 'Work-related posts that need clearance from a manager before they are published.',
    guidance:
      'Anything you publish about your function or assignment, blogs included, needs permission first. Talk your work-related social media plans through with your manager so that clearance is recorded before the post goes out.',
    messages: {},
    checks: {},
    options: z.strictObject({}),
  },
  checks: {},
});
