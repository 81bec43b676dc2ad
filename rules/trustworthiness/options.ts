/**
 * Options of the `trustworthiness` module: the one place their defaults live.
 */
import { z } from 'zod';
import { DEFAULT_ANONYMOUS_AUTHORS, DEFAULT_AUTHOR_KEYS } from '../../src/rule-kit/index.js';

/** Front-matter keys that date a post (publication or update), by default. */
export const DEFAULT_DATE_KEYS = [
  'date', 'published', 'publishDate', 'publish_date', 'pubDate', 'date_published', 'datePublished', 'created', 'created_at',
  'updated', 'updated_at', 'lastmod', 'last_modified', 'lastModified', 'modified', 'dateModified', 'last_updated', 'lastUpdated',
];

/** The keys among the date keys that say when a post was first published. */
export const PUBLISHED_KEYS = ['date', 'published', 'publishDate', 'publish_date', 'pubDate', 'date_published', 'datePublished', 'created', 'created_at'];

const list = (def: readonly string[], description: string) => z.array(z.string()).default([...def]).describe(description);

export const optionsSchema = z.strictObject({
  hearsayPhrases: list([], 'Extra phrases that present a claim as second-hand and unverified (matched case-insensitively).'),
  authorKeys: list(DEFAULT_AUTHOR_KEYS, 'Front-matter keys that name the author of a post.'),
  anonymousAuthors: list(DEFAULT_ANONYMOUS_AUTHORS, 'Author names that count as anonymous (compared case-insensitively).'),
  dateKeys: list(DEFAULT_DATE_KEYS, 'Front-matter keys whose dates show when a post was published or updated.'),
  staleAfterYears: z.number().int().min(1).max(50).default(2).describe('How many years older than the post dated figures ("as of 2015") may be before they count as out of date.'),
});

export type Options = z.output<typeof optionsSchema>;
