/**
 * `neutrality`: Political endorsement, activity and side-taking, including by resharing.
 */
import { z } from 'zod';
import { defineRule } from '../../src/rule-kit/index.js';

export default defineRule({
  meta: {
    id: 'neutrality',
    section: 'Observe neutrality',
    description: 'Political endorsement, activity and side-taking, including by resharing.',
    guidance:
      'Staff are bound by codes of conduct that ask for impartiality, integrity and respect for diversity, online as offline and at all hours, on leave too. Stay out of political initiatives, weigh the political reading of what you share, and remember that resharing, liking or following can read as endorsement.',
    messages: {},
    checks: {},
    options: z.strictObject({}),
  },
  checks: {},
});
