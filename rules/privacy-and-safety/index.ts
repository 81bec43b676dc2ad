/**
 * `privacy-and-safety`: Personal data, travel plans, locations and photos of people that put someone at risk.
 */
import { z } from 'zod';
import { defineRule } from '../../src/rule-kit/index.js';

export default defineRule({
  meta: {
    id: 'privacy-and-safety',
    section: 'Keep Safety and Security in mind, respect privacy',
    description: 'Personal data, travel plans, locations and photos of people that put someone at risk.',
    guidance:
      'Protect people: do not reveal private details about yourself, colleagues or the people the organisation serves, above all in operational settings. Never publish travel plans or personal details such as a home address, follow the office security rules, and only share photos or videos of people who agreed to it, with extra care for children.',
    messages: {},
    checks: {},
    options: z.strictObject({}),
  },
  checks: {},
});
