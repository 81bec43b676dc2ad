/**
 * `lookalike-domain`: link hosts that imitate a well-known or organisation domain: letters from
 * another alphabet mixed into a name, a digit or look-alike letter swapped in (`paypa1.com`), one
 * letter changed (`linkedn.com`), or the real name put in front of another site
 * (`un.org.secure-login.net`).
 */
import { domainToUnicode } from 'node:url';
import { parse as parseDomain } from 'tldts';
import type { CheckContext, Document } from '../../src/rule-kit/index.js';
import confusables from './data/confusables.json' with { type: 'json' };
import domains from './data/domains.json' with { type: 'json' };
import type { ItSecurityOptions } from './options.js';
import { LATIN_LETTER, LOOKALIKE_SCRIPT_LETTER } from './patterns.js';
import { hostIn, ownerGroup, webLinks } from './url.js';

const CHAR_MAP = new Map(Object.entries(confusables.characters));
const PAIRS = Object.entries(confusables.pairs);

/** The look-alike skeleton of a name: `paypa1` -> `paypal`, `аррle` (Cyrillic) -> `apple`. */
export function skeleton(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) out += CHAR_MAP.get(ch) ?? ch;
  for (const [pair, single] of PAIRS) out = out.split(pair).join(single);
  return out;
}

/** Whether two strings differ by exactly one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface Brand {
  domain: string;
  label: string;
  suffix: string;
  skeleton: string;
  /** Index of the brand's group of one owner (`wikipedia.org` with `wikimedia.org`), or -1. */
  owner?: number;
}

const brandCache = new Map<string, Brand[]>();

/** The built-in well-known domains plus `extra`, parsed once per list. */
export function brandsFor(extra: readonly string[]): Brand[] {
  const key = extra.join('\n');
  let list = brandCache.get(key);
  if (list) return list;
  list = [];
  for (const d of new Set([...domains.brands, ...extra].map((x) => x.trim().toLowerCase()).filter(Boolean))) {
    const info = parseDomain(d);
    if (!info.domain || !info.domainWithoutSuffix || !info.publicSuffix) continue;
    list.push({ domain: info.domain, label: info.domainWithoutSuffix, suffix: info.publicSuffix, skeleton: skeleton(info.domainWithoutSuffix), owner: ownerGroup(info.domain) });
  }
  if (brandCache.size > 50) brandCache.clear();
  brandCache.set(key, list);
  return list;
}

/** Scripts a label mixes: Latin with Cyrillic, Greek, Armenian or Cherokee letters. */
function mixesScripts(label: string): boolean {
  return LATIN_LETTER.test(label) && LOOKALIKE_SCRIPT_LETTER.test(label);
}

type Verdict = { messageId: 'mixedScript'; data: Record<string, string> } | { messageId: 'lookalike' | 'embedded'; data: Record<string, string> };

/** Judge one host against the brand list; null when it is fine. */
export function judgeHost(host: string, brands: readonly Brand[]): Verdict | null {
  const info = parseDomain(host);
  if (!info.domain || !info.domainWithoutSuffix || !info.publicSuffix || info.isIp) return null;
  const shown = host.includes('xn--') ? domainToUnicode(host) || host : host;
  if (brands.some((b) => b.domain === info.domain)) return null;
  for (const label of shown.split('.')) {
    if (mixesScripts(label)) return { messageId: 'mixedScript', data: { host: shown } };
  }
  const shownInfo = shown === host ? info : parseDomain(shown);
  const label = (shownInfo.domainWithoutSuffix ?? info.domainWithoutSuffix).toLowerCase();
  const sk = skeleton(label);
  const sub = info.subdomain ? `.${info.subdomain}.` : '';
  const owner = ownerGroup(info.domain);
  for (const b of brands) {
    if (owner >= 0 && b.owner === owner) continue;
    // `un.org.verify.net` (the name as subdomains) or `un.org-verify.net` (glued on with a hyphen).
    if ((sub && sub.includes(`.${b.domain}.`)) || `.${host}`.includes(`.${b.domain}-`)) {
      return { messageId: 'embedded', data: { host: shown, brand: b.domain, domain: info.domain } };
    }
    if (info.publicSuffix !== b.suffix) continue;
    if (sk === b.skeleton || (b.label.length >= 6 && oneEditApart(label, b.label))) {
      return { messageId: 'lookalike', data: { host: shown, brand: b.domain } };
    }
  }
  return null;
}

/** Verdicts by brand list and host: most links of a blog go to a few hosts. */
const verdicts = new WeakMap<readonly Brand[], Map<string, Verdict | null>>();

export function lookalikeDomain(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  if (doc.links.length === 0) return;
  const org = ctx.settings.organization.domains;
  const brands = brandsFor([...org, ...ctx.options.brands]);
  let known = verdicts.get(brands);
  if (!known) verdicts.set(brands, (known = new Map()));
  for (const p of webLinks(doc)) {
    if (hostIn(p.host, org)) continue;
    let verdict = known.get(p.host);
    if (verdict === undefined) {
      if (known.size > 20_000) known.clear();
      verdict = judgeHost(p.host, brands);
      known.set(p.host, verdict);
    }
    if (verdict) ctx.report({ messageId: verdict.messageId, data: verdict.data, start: p.start, end: p.end });
  }
}
