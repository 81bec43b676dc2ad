/**
 * Words for `think-before-posting/shouting`. A sentence in capitals is shouting; a run of
 * acronyms ("UNHCR, WFP AND UNICEF") or a legal disclaimer written in capitals by convention is not.
 */

/** Acronyms and initialisms that look like words (they have vowels) but are names. */
export const COMMON_ACRONYMS: readonly string[] = [
  'UN', 'UNICEF', 'UNESCO', 'UNAIDS', 'UNOPS', 'UNEP', 'UNDP', 'UNHCR', 'UNFPA', 'UNIDO', 'UNITAR', 'UNRWA', 'UNODC',
  'OCHA', 'OHCHR', 'WHO', 'WFP', 'FAO', 'IFAD', 'ILO', 'IOM', 'ITU', 'WMO', 'IAEA', 'ICAO', 'IMO', 'WIPO', 'UPU',
  'NATO', 'ASEAN', 'OPEC', 'OECD', 'OSCE', 'ECOWAS', 'IGAD', 'SADC', 'AU', 'EU', 'USA', 'US', 'UK', 'UAE', 'DRC',
  'NGO', 'NGOS', 'INGO', 'CSO', 'CSOS', 'IDP', 'IDPS', 'SDG', 'SDGS', 'COVID', 'AIDS', 'HIV', 'SARS', 'MERS',
  'EBOLA', 'NASA', 'FEMA', 'USAID', 'GSA', 'API', 'APIS', 'HTML', 'JSON', 'YAML', 'HTTP', 'HTTPS', 'URL', 'URLS',
  'AI', 'IT', 'ICT', 'FAQ', 'FAQS', 'CEO', 'CFO', 'CTO', 'HR', 'PR', 'TV', 'GPS', 'SMS', 'PDF', 'CSV', 'RSVP',
  'ASAP', 'FYI', 'TBD', 'TBA', 'NB', 'PS', 'AM', 'PM', 'GMT', 'UTC', 'EAT', 'CET', 'EST', 'PST', 'CEST', 'OK',
  'WASH', 'GBV', 'SEA', 'PSEA', 'MHPSS', 'CERF', 'CBPF', 'HRP', 'RRP', 'COP', 'UNGA', 'ECOSOC', 'HLPF', 'SIDS',
  'LDC', 'LDCS', 'GDP', 'ODA', 'SOP', 'SOPS', 'TOR', 'TORS', 'MOU', 'MOUS', 'POC', 'UNV', 'UNVS', 'UNON', 'UNOG',
  'UNOV', 'ICRC', 'IFRC', 'MSF', 'OXFAM', 'CARE', 'NRC', 'IRC', 'IMF', 'WTO', 'UNWTO', 'IPCC', 'UNFCCC',
  'CSS', 'SQL', 'CLI', 'SDK', 'NPM', 'LTS', 'RFC', 'CVE', 'TLS', 'SSL', 'SSH', 'DNS', 'AWS', 'UI', 'UX', 'QA',
  'NEW', 'README', 'TODO', 'FIXME', 'NOTE', 'WARNING', 'IMPORTANT', 'UPDATE', 'UPDATED', 'EDIT', 'DRAFT',
];

/** Words that mark a legal disclaimer, written in capitals by convention. */
export const LEGAL_CAPITALS: readonly string[] = [
  'WARRANTY', 'WARRANTIES', 'LIABILITY', 'LIABLE', 'MERCHANTABILITY', 'HEREBY', 'HEREIN', 'HEREUNDER',
  'INDEMNIFY', 'DISCLAIMER', 'DISCLAIMS', 'NONINFRINGEMENT', 'AS IS', 'TERMS AND CONDITIONS', 'COPYRIGHT',
];

/** Short words that show a run of capitals is a sentence, not a list of acronyms. */
export const FUNCTION_WORDS: readonly string[] = [
  'THE', 'AND', 'IS', 'ARE', 'WAS', 'WERE', 'TO', 'OF', 'WE', 'YOU', 'THIS', 'THAT', 'NOT', 'FOR', 'WITH', 'IT',
  'I', 'ALL', 'NO', 'WHY', 'WHAT', 'HOW', 'CAN', 'DO', 'DOES', 'DON\'T', 'DONT', 'STOP', 'PLEASE', 'NEVER', 'THEY',
  'OUR', 'YOUR', 'MY', 'ME', 'US', 'BE', 'HAVE', 'HAS', 'WILL', 'JUST', 'NOW', 'SO', 'BUT', 'IF', 'ON', 'IN', 'AT',
  'AN', 'A', 'NOBODY', 'EVERYONE', 'ANYONE', 'ENOUGH', 'MORE', 'ANY', 'EVEN', 'STILL', 'AGAIN', 'GET', 'CAN\'T',
];
