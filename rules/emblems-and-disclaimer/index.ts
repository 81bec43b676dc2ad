/**
 * `emblems-and-disclaimer`: Organisation emblems and logos on personal blogs, and the personal-views disclaimer.
 */
import { defineRule } from '../../src/rule-kit/index.js';
import { optionsSchema, type Options } from './options.js';
import { emblem } from './emblem.js';
import { missingDisclaimer } from './missing-disclaimer.js';

export default defineRule<Options>({
  meta: {
    id: 'emblems-and-disclaimer',
    section: "Don't use the emblems, the UN or your agency logos on personal blogs or social media profiles; add a disclaimer",
    description: 'Organisation emblems and logos on personal blogs, and the personal-views disclaimer.',
    guidance:
      'A personal blog or profile must not carry the UN emblem, the UN logotype or an agency logo. Say that the views are your own with a short disclaimer, knowing that it does not lift the obligations of the codes of conduct.',
    messages: {
      emblem:
        'Emblem or logo of {{name}} in {{where}}: a personal blog or profile must not carry the UN emblem, the UN logotype or an agency logo; use your own picture instead.',
      missingDisclaimer:
        'No personal-views disclaimer: add a sentence such as "{{text}}" to the post or its front matter (it does not lift your obligations under the codes of conduct).',
      missingRequiredDisclaimer: 'The required disclaimer is missing: add "{{text}}" to the post or its front matter.',
    },
    checks: {
      emblem: {
        description: 'Pictures and front-matter image fields whose file name, alt text or title show the UN emblem, the UN logotype or an agency logo.',
        severity: 'warn',
        presets: { personal: 'error' },
        messages: ['emblem'],
      },
      'missing-disclaimer': {
        description: 'Posts with no "views are my own" disclaimer in the text or the front matter (personal blogs).',
        severity: 'off',
        presets: { personal: 'warn' },
        messages: ['missingDisclaimer', 'missingRequiredDisclaimer'],
      },
    },
    options: optionsSchema,
  },
  checks: {
    emblem,
    'missing-disclaimer': missingDisclaimer,
  },
});
