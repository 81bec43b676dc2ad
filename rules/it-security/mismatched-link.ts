/**
 * `mismatched-link`: link text that shows one web address while the link goes to another site,
 * the classic disguise of a phishing link ("www.un.org" pointing somewhere else).
 */
import { parse as parseDomain } from 'tldts';
import { matchText, squash, type CheckContext, type Document, type Link } from '../../src/rule-kit/index.js';
import type { ItSecurityOptions } from './options.js';
import { TEXT_ADDRESS, TEXT_ADDRESS_EXPLICIT, TEXT_ADDRESS_TOKEN, TEXT_ADDRESS_WRAPPING, UPPER_LETTER, WWW_PREFIX } from './patterns.js';
import domains from './data/domains.json' with { type: 'json' };
import { hostIn, inSocialEmbed, isOfficialHost, isTrustedSite, sameOwner, webLinks, type ParsedLink } from './url.js';

const ADDRESS_TLDS = new Set(domains.addressTlds);

/**
 * Country-code domains that are also common file extensions: "README.md", "main.rs", "setup.py",
 * "install.sh" as link text name a file, not a site, unless written with `www.` or a scheme.
 */
const FILE_LIKE_SUFFIXES = new Set(['md', 'rs', 'py', 'sh', 'pl', 'pm', 'zip', 'mov', 'ai', 'ps', 'so', 'ml', 'cc', 'tf', 'mk', 'sx']);

/**
 * The host that link text shows: the whole text as a web address, or an address written with a
 * scheme or `www.` inside longer text ("Sign in at www.un.org"); else null.
 */
export function shownHost(text: string): string | null {
  if (!text.includes('.')) return null;
  const whole = addressHost(text);
  const lower = text.toLowerCase();
  if (whole !== null || text.length > 2100 || !(lower.includes('www.') || lower.includes('://'))) return whole;
  for (const { match } of matchText(text, TEXT_ADDRESS_TOKEN)) {
    const host = addressHost(match[0]);
    if (host) return host;
  }
  return null;
}

function addressHost(text: string): string | null {
  const t = text.trim().replace(TEXT_ADDRESS_WRAPPING, '');
  if (t.length < 4 || t.length > 2100) return null;
  const m = TEXT_ADDRESS.exec(t);
  if (!m) return null;
  let host: string;
  try {
    host = new URL(`http://${m[1]!}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  const info = parseDomain(host);
  if (!info.domain || !info.isIcann) return null;
  if (!TEXT_ADDRESS_EXPLICIT.test(t) && !t.includes('/')) {
    // "Kids.gov", "Crates.io", "NotAlone.gov": written with capitals, the name of a site or a
    // project (a talk, a team), not an address the reader is asked to trust.
    if (UPPER_LETTER.test(m[1]!)) return null;
    // "README.md", "main.rs", "setup.py": a file, not an address.
    if (FILE_LIKE_SUFFIXES.has(info.publicSuffix ?? '')) return null;
    // "build.target", "package.name": a name, unless the domain is one people type as an address.
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (tld.length !== 2 && !ADDRESS_TLDS.has(tld)) return null;
  }
  return host;
}

/** Resolve the text a reference link shows to its definition's URL (`[text][label]`, `[label]`). */
function referenceTargets(doc: Document, links: readonly ParsedLink[]): Array<{ link: Link; target: ParsedLink }> {
  const defs = new Map<string, ParsedLink>();
  for (const p of links) if (p.link.kind === 'definition') defs.set(normalizeLabel(p.link.text), p);
  if (defs.size === 0) return [];
  const out: Array<{ link: Link; target: ParsedLink }> = [];
  for (const link of doc.links) {
    if (link.kind !== 'reference') continue;
    const raw = doc.text.slice(link.start, link.end);
    const close = raw.lastIndexOf('][');
    const label = close >= 0 && raw.endsWith(']') ? raw.slice(close + 2, -1) || link.text : link.text;
    const target = defs.get(normalizeLabel(label));
    if (target) out.push({ link, target });
  }
  return out;
}

function normalizeLabel(s: string): string {
  return squash(s).toLowerCase();
}

export function mismatchedLink(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  if (doc.links.length === 0) return;
  const web = webLinks(doc);
  const pairs: Array<{ link: Link; target: ParsedLink; start: number; end: number }> = [];
  for (const p of web) {
    if ((p.link.kind === 'link' || p.link.kind === 'html') && !inSocialEmbed(doc, p)) pairs.push({ link: p.link, target: p, start: p.start, end: p.end });
  }
  for (const r of referenceTargets(doc, web)) pairs.push({ link: r.link, target: r.target, start: r.link.start, end: r.link.end });
  const org = ctx.settings.organization.domains;
  for (const { link, target, start, end } of pairs) {
    // Code in link text (`build.target`) names an identifier, not a site.
    if (doc.text.startsWith('`', link.start + 1) || doc.text.startsWith('<code', link.start + 1)) continue;
    const shown = shownHost(link.text);
    if (!shown) continue;
    if (sameOwner(shown, target.host) || sameLabel(shown, target.host)) continue;
    // A destination the reader can trust hides nothing that hurts: the organisation's sites,
    // government and intergovernmental sites, well-known platforms (an account page, a tweet).
    if (hostIn(target.host, org) || isOfficialHost(target.host) || isTrustedSite(target.host)) continue;
    // Archives and redirect services carry the shown address inside the target.
    const full = safeDecode(target.url.href).toLowerCase();
    if (full.includes(shown.replace(WWW_PREFIX, ''))) continue;
    // "GetMyFuture.org" naming a programme whose page sits at /GetMyFuture/ on its parent site.
    if (!TEXT_ADDRESS_EXPLICIT.test(link.text.trim()) && pathNames(target.url, shown)) continue;
    ctx.report({ messageId: 'mismatch', data: { shown, target: target.host }, start, end });
  }
}

/** Same name under another suffix (`nodejs.com` and `nodejs.org`): one owner's sites. */
function sameLabel(a: string, b: string): boolean {
  const la = parseDomain(a).domainWithoutSuffix;
  return !!la && la === parseDomain(b).domainWithoutSuffix;
}

/** Whether a path segment of the URL is the name of the shown site (at least four letters). */
function pathNames(url: URL, shown: string): boolean {
  const label = (parseDomain(shown).domainWithoutSuffix ?? '').toLowerCase();
  if (label.length < 4) return false;
  return safeDecode(url.pathname).toLowerCase().split('/').includes(label);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
