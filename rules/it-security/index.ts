/**
 * `it-security`: Installers, unofficial software, hidden link destinations, secrets and internal infrastructure.
 */
import { z } from 'zod';
import { defineRule } from '../../src/rule-kit/index.js';

export default defineRule({
  meta: {
    id: 'it-security',
    section: 'Observe IT security rules',
    description: 'Installers, unofficial software, hidden link destinations, secrets and internal infrastructure.',
    guidance:
      'Do not download or install software found through social networks on a work computer, and ask the agency IT focal point when in doubt. A post that tells readers to install something, hides where a link goes or exposes credentials spreads that risk to every reader.',
    messages: {},
    checks: {},
    options: z.strictObject({}),
  },
  checks: {},
});
