/**
 * Options of the `manager-approval` module: the one place their defaults live.
 */
import { z } from 'zod';
import { DEFAULT_AUTHOR_KEYS } from '../../src/rule-kit/index.js';
import { NESTED_QUANTIFIER } from './patterns.js';
import { APPROVAL_KEYS, PENDING_VALUES } from './words.js';

const list = (def: readonly string[], description: string) => z.array(z.string().max(200)).max(500).default([...def]).describe(description);

/** Whether a user's format pattern compiles and cannot backtrack badly (no nested quantifiers, no back-references). */
export function safeFormat(source: string): boolean {
  if (source.length > 200 || NESTED_QUANTIFIER.test(source)) return false;
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

export const optionsSchema = z.strictObject({
  approvalKeys: list(APPROVAL_KEYS, 'Front-matter keys that record a manager\'s clearance (case, "-", "_" and spaces ignored); the first one is suggested in messages.').refine(
    (a) => a.length > 0,
    'approvalKeys needs at least one key',
  ),
  approvalFormat: z
    .string()
    .nullable()
    .default(null)
    .refine((s) => s === null || safeFormat(s), 'approvalFormat must be a valid regular expression of at most 200 characters with no nested quantifiers or back-references')
    .describe('Optional regular expression (as a string, tested case-insensitively) that an approval value must match, e.g. a name and a date: "^[^,]{2,60},\\\\s*\\\\d{4}-\\\\d{2}-\\\\d{2}$".'),
  approvalExample: z.string().min(1).max(100).default('Name, YYYY-MM-DD').describe('The example approval value shown in messages.'),
  pendingValues: list(PENDING_VALUES, 'Approval values that record no approval yet ("pending", "tbd"), compared case-insensitively.'),
  workPhrases: list([], 'Extra phrases that on their own show a draft is about your function, team, mission or assignment.'),
  authorKeys: list(DEFAULT_AUTHOR_KEYS, 'Front-matter keys that name the author of a post (office preset).'),
});

export type Options = z.output<typeof optionsSchema>;
