/**
 * `manager-approval`: Work-related posts that need clearance from a manager before they are published.
 */
import { defineRule } from '../../src/rule-kit/index.js';
import { optionsSchema, type Options } from './options.js';
import { workPostWithoutApproval } from './work-post.js';
import { officeMetadata } from './office-metadata.js';

export default defineRule<Options>({
  meta: {
    id: 'manager-approval',
    section: 'Keep your manager in the loop',
    description: 'Work-related posts that need clearance from a manager before they are published.',
    guidance:
      'Anything you publish about your function or assignment, blogs included, needs permission first. Talk your work-related social media plans through with your manager so that clearance is recorded before the post goes out.',
    messages: {
      workPostNoApproval:
        'Post about your work ("{{phrase}}") with no clearance recorded: discuss it with your manager and add `{{key}}: "{{example}}"` to the front matter.',
      workPostNoApprovalText:
        'Post about your work ("{{phrase}}") with no clearance recorded: discuss it with your manager and record it with a line "Approved by: {{example}}".',
      approvalPending: 'Clearance `{{key}}` is "{{value}}", which records no approval: get your manager\'s clearance and write it as `{{key}}: "{{example}}"`.',
      approvalFormat: 'Clearance `{{key}}: "{{value}}"` is not in the required format: write it as `{{key}}: "{{example}}"`.',
      officeMissingApproval: 'Office post with no clearance recorded: add `{{key}}: "{{example}}"` to the front matter once your manager has cleared it.',
      officeMissingAuthor: 'Office post with no author: add `author: "Your Name"` to the front matter or a byline ("By Your Name").',
      officeMissingBoth:
        'Office post with no author and no clearance recorded: add `author: "Your Name"` and `{{key}}: "{{example}}"` to the front matter once your manager has cleared it.',
    },
    checks: {
      'work-post-without-approval': {
        description: 'Drafts about your own function, team, mission or assignment with no clearance recorded in the front matter.',
        severity: 'warn',
        presets: { office: 'error' },
        messages: ['workPostNoApproval', 'workPostNoApprovalText', 'approvalPending', 'approvalFormat'],
      },
      'office-metadata': {
        description: 'Office-blog posts with no recorded clearance or no author (office preset).',
        severity: 'off',
        presets: { office: 'error' },
        messages: ['officeMissingApproval', 'officeMissingAuthor', 'officeMissingBoth', 'approvalPending', 'approvalFormat'],
      },
    },
    options: optionsSchema,
  },
  checks: {
    'work-post-without-approval': workPostWithoutApproval,
    'office-metadata': officeMetadata,
  },
});
