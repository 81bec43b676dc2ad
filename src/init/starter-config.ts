/**
 * The commented starter config that `unlinter --init` writes. Pure: answers in, YAML text out.
 */
import { stringify } from 'yaml';
import type { PresetName } from '../types.js';
import { UN_SYSTEM_DOMAINS, UN_SYSTEM_NAMES } from '../config/settings.js';

export interface InitAnswers {
  preset: PresetName;
  /** The organisation's name as posts write it, if given. */
  orgName?: string;
  /** E-mail and web domains of the organisation, if given. */
  orgDomains: string[];
}

const PRESET_LINES: Record<PresetName, string> = {
  recommended: 'recommended: any draft, such as a short social-media post',
  personal: "personal: a staff member's own blog or profile (personal-views disclaimer, anonymous posts; logos are errors)",
  office: "office: an office's official blog with review (every post needs an approval field and an author)",
};

// A domain name: labels of letters, digits and hyphens, at least one dot (bounded, no nesting).
const DOMAIN = /^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){1,10}$/;

/** A domain as people type it (`@UNDP.org`, `https://www.un.org/`) cleaned, or null if it is not one. */
export function normalizeDomain(input: string): string | null {
  const d = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^.*@/, '')
    .replace(/\/.*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return DOMAIN.test(d) ? d : null;
}

/** An organisation name on one line, or null when empty or too long. */
export function normalizeName(input: string): string | null {
  const n = input.replace(/\s+/g, ' ').trim();
  return n.length > 0 && n.length <= 200 ? n : null;
}

/** The YAML text of the starter config. */
export function starterConfig(a: InitAnswers): string {
  const names = unique([...(a.orgName ? [a.orgName] : []), ...UN_SYSTEM_NAMES]);
  const domains = unique([...a.orgDomains, ...UN_SYSTEM_DOMAINS]);
  const yours = a.orgName || a.orgDomains.length > 0;
  const out = [
    `# unlinter configuration (${a.preset} preset), written by \`unlinter --init\`.`,
    '# Every key and rule is listed with its default in .unlinterrc.example (in the unlinter package),',
    '# and each rule has a page: `unlinter --explain <rule-id>`.',
    '',
    '# Which whole-post checks apply:',
    ...Object.values(PRESET_LINES).map((l) => `#   ${l}`),
    `extends: [${a.preset}]`,
    '',
    'settings:',
    '  organization:',
    yours
      ? '    # Yours first, then the UN-system entries unlinter uses by default; trim those that do not apply.'
      : '    # The UN-system entries unlinter uses by default; put your organisation first and trim the rest.',
    '    # Names of the organisation as posts write them (official contacts, bylines, logos):',
    ...flowList('names', names, '    '),
    '    # E-mail and web domains: addresses on them are official contacts, not personal data.',
    ...flowList('domains', domains, '    '),
    '    # Phone numbers, e-mail addresses and street addresses the organisation publishes:',
    "    # officialPhones: ['+41 22 917 1234']",
    '    # officialEmails: [press@example.org]',
    "    # officialAddresses: ['405 East 42nd Street, New York']",
    '  # Countries tried for phone numbers written without a country code, first match wins:',
    '  # phoneRegions: [KE, UG]',
    "  # The duty station's political parties, politicians and partisan hashtags:",
    '  # political:',
    '  #   parties: []',
    '  #   politicians: []',
    '  #   hashtags: []',
    '',
    '# Change a rule: off, warn or error, for a module or one check (see the rule table in the README).',
    'rules: {}',
    '#   trustworthiness/unsourced-claim: warn',
    '',
    '# Files to skip, relative to this file:',
    "# ignorePatterns: ['drafts/archive/**']",
    '',
  ];
  return out.join('\n');
}

function unique(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** `key: [a, b, ...]` as YAML flow, wrapped at about 100 columns. */
function flowList(key: string, items: readonly string[], indent: string): string[] {
  const parts = items.map((i) => stringify(i, { lineWidth: 0 }).trim());
  const lines: string[] = [];
  let cur = `${indent}${key}: [`;
  parts.forEach((p, i) => {
    const piece = p + (i < parts.length - 1 ? ',' : ']');
    if (cur.length + piece.length + 1 > 100 && !cur.endsWith('[')) {
      lines.push(cur);
      cur = `${indent}  ${piece}`;
    } else cur += (cur.endsWith('[') ? '' : ' ') + piece;
  });
  if (parts.length === 0) cur += ']';
  lines.push(cur);
  return lines;
}
