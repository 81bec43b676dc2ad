/**
 * Options of `think-before-posting`, the one place their defaults live.
 */
import { z } from 'zod';

export const options = z.strictObject({
  allowWords: z
    .array(z.string())
    .default([])
    .describe('Words never reported as profanity (e.g. a place or family name that the word list holds).'),
  extraWords: z
    .array(z.string())
    .default([])
    .describe('Extra words or phrases reported as profanity, in any language.'),
  ignoreQuoted: z
    .boolean()
    .default(true)
    .describe('Leave profanity, insults and tone alone inside quotations of other people, blockquotes and titles of works.'),
  shoutingMinWords: z
    .number()
    .int()
    .min(2)
    .default(4)
    .describe('Fewest words in capitals that make a sentence shouting.'),
  hostileToneMinScore: z
    .number()
    .int()
    .min(2)
    .default(3)
    .describe('Fewest signals of anger (words, capitals, "!!", profanity, insults) in one paragraph, of at least two kinds, that make it hostile.'),
});

export type Options = z.output<typeof options>;
