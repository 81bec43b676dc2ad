/**
 * Options of the `emblems-and-disclaimer` module: the one place their defaults live.
 */
import { z } from 'zod';
import { DISCLAIMER_KEYS, LOGO_WORDS } from './words.js';

const list = (def: readonly string[], description: string) => z.array(z.string().max(200)).max(500).default([...def]).describe(description);

export const DEFAULT_DISCLAIMER_TEXT = 'The views expressed here are my own and do not necessarily reflect those of the United Nations.';

export const optionsSchema = z.strictObject({
  organizations: list([], 'Extra organisation or agency names whose logos must not be used (added to settings.organization.names).'),
  logoWords: list(LOGO_WORDS, 'Words that, next to an organisation name, say that a picture is its logo or emblem.'),
  disclaimerPhrases: list([], 'Extra wordings accepted as a personal-views disclaimer (matched case-insensitively, added to the built-in ones).'),
  disclaimerKeys: list(DISCLAIMER_KEYS, 'Front-matter keys whose non-empty value counts as a disclaimer.'),
  requiredDisclaimer: z
    .string()
    .max(500)
    .nullable()
    .default(null)
    .describe('A disclaimer text that must appear word for word (case and spacing ignored); when set, other wordings are not accepted.'),
  disclaimerText: z.string().min(1).max(500).default(DEFAULT_DISCLAIMER_TEXT).describe('The disclaimer suggested in the message when none is found.'),
});

export type Options = z.output<typeof optionsSchema>;
