/**
 * The options of `it-security`, with their defaults: the one place defaults live.
 */
import { z } from 'zod';

const hosts = (description: string, def: string[] = []) => z.array(z.string()).default(def).describe(description);

export const optionsSchema = z.strictObject({
  allowedDownloadHosts: hosts(
    'Hosts (and their subdomains) whose installers and archives may be linked, e.g. the software portal your IT service runs.',
  ),
  trustedHosts: hosts(
    'Extra hosts whose archives (data sets, templates) are official, besides the organisation domains and government, intergovernmental and academic sites.',
  ),
  shorteners: hosts('Extra URL-shortener hosts, besides the built-in list.'),
  brands: hosts('Extra domains whose look-alikes are reported, besides the built-in list and the organisation domains.'),
  insecureLinksSince: z
    .string()
    .regex(/^(?:\d{4}-\d{2}-\d{2})?$/, 'a date as YYYY-MM-DD, or empty')
    .default('2018-07-01')
    .describe(
      'Posts whose front-matter date is before this day are not checked for http:// links: browsers have marked plain http pages "Not secure" since July 2018, and older archived posts linked the web as it was. Empty checks every post.',
    ),
  ignoredAddresses: hosts(
    'Private IP addresses that reveal nothing about an office: the factory defaults of home routers that how-to posts mention.',
    ['192.168.0.1', '192.168.1.1', '192.168.1.254', '192.168.0.254', '10.0.0.1', '10.0.0.138', '192.168.100.1'],
  ),
  allowedSecrets: hosts('Exact values never reported as secrets (published example keys your posts quote on purpose).'),
});

export type ItSecurityOptions = z.output<typeof optionsSchema>;
