/**
 * Options of `neutrality`, the one place their defaults live. The duty station's parties,
 * politicians and partisan hashtags are shared settings (`settings.political`), not options.
 */
import { z } from 'zod';

export const options = z.strictObject({
  ignoreQuoted: z
    .boolean()
    .default(true)
    .describe('Leave political statements alone inside quotations of other people, blockquotes and reported speech ("critics say ...").'),
});

export type Options = z.output<typeof options>;
