/**
 * `settings`: facts about the organisation and the duty station that several rules share.
 * Rule-specific knobs live in each module's `options` instead.
 */
import { z } from 'zod';

/** E-mail and web domains of the UN system used when no organisation domains are configured. */
export const UN_SYSTEM_DOMAINS = [
  'un.org', 'undp.org', 'unicef.org', 'unhcr.org', 'wfp.org', 'who.int', 'unfpa.org', 'unwomen.org',
  'ohchr.org', 'unops.org', 'unep.org', 'unesco.org', 'ilo.org', 'fao.org', 'iom.int', 'unaids.org',
  'unhabitat.org', 'unido.org', 'itu.int', 'wmo.int', 'ifad.org', 'unrwa.org', 'unctad.org', 'unicc.org',
  'unv.org', 'unssc.org', 'unitar.org', 'unodc.org', 'undrr.org', 'unocha.org', 'reliefweb.int',
  'worldbank.org', 'imf.org', 'iaea.org', 'icao.int', 'imo.org', 'wipo.int', 'upu.int', 'unwto.org',
  'uncdf.org', 'unu.edu', 'unfccc.int', 'cbd.int', 'ungm.org', 'unjspf.org', 'unsystem.org',
];

/** Names of the organisation and its agencies used when none are configured. */
export const UN_SYSTEM_NAMES = [
  'United Nations', 'UN', 'UNDP', 'UNICEF', 'UNHCR', 'WFP', 'WHO', 'OCHA', 'UNFPA', 'UN Women', 'OHCHR',
  'UNOPS', 'UNEP', 'UNESCO', 'ILO', 'FAO', 'IOM', 'UNAIDS', 'UN-Habitat', 'UNIDO', 'UNRWA', 'UNODC',
  'UNV', 'UNCTAD', 'ITU', 'WMO', 'IFAD', 'UNDRR', 'UNITAR',
];

const stringList = (description: string, def: string[] = []) => z.array(z.string()).default(def).describe(description);

export const settingsSchema = z
  .strictObject({
    organization: z
      .strictObject({
        names: stringList('Names of the organisation and its agencies (for official contacts, bylines, logos).', UN_SYSTEM_NAMES),
        domains: stringList('E-mail and web domains of the organisation; addresses on them are official contacts.', UN_SYSTEM_DOMAINS),
        officialPhones: stringList('Phone numbers the organisation publishes (press office, hotline, switchboard).'),
        officialEmails: stringList('E-mail addresses the organisation publishes, on any domain.'),
        officialAddresses: stringList('Public street addresses of the organisation\'s buildings.'),
      })
      .prefault({})
      .describe('The organisation behind the blog.'),
    phoneRegions: stringList('ISO 3166 country codes tried for phone numbers written without a country code, first match wins.', ['US', 'GB', 'KE', 'UA', 'CH', 'FR', 'IN']),
    political: z
      .strictObject({
        parties: stringList('Political parties of the duty station.'),
        politicians: stringList('Politicians and candidates of the duty station.'),
        hashtags: stringList('Partisan hashtags (without or with #).'),
      })
      .prefault({})
      .describe('Names that make a sentence political where the office serves.'),
    intranetHosts: stringList('Internal host names or domains that must not appear in public posts (e.g. intranet.myagency.org).'),
  })
  .prefault({});

export type Settings = z.output<typeof settingsSchema>;

/** The default settings (every default applied). */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
