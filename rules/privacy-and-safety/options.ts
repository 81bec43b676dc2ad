/**
 * Options of `privacy-and-safety`: the one place their defaults live.
 */
import { z } from 'zod';
import { CONSENT_PHRASES } from './words.js';

export const options = z.strictObject({
  consentPhrases: z
    .array(z.string())
    .default([...CONSENT_PHRASES])
    .describe('Phrases that, next to a photo (alt text, title, caption or the paragraph around it), say the people shown agreed or cannot be identified.'),
  officialContactPhrases: z
    .array(z.string())
    .default([])
    .describe('Extra words that present a phone number, e-mail or address as an official contact of the organisation (added to the built-in list: press office, hotline, switchboard, ...).'),
  roleMailboxes: z
    .array(z.string())
    .default([])
    .describe('Extra e-mail local parts that belong to a team or a role rather than a person (added to the built-in list: info, press, support, ...).'),
  governmentDomainsAreOfficial: z
    .boolean()
    .default(true)
    .describe('Treat addresses on government and intergovernmental domains (.gov, go.ke, gouv.fr, .int, ...) as work contacts, not personal ones.'),
});

export type Options = z.output<typeof options>;
