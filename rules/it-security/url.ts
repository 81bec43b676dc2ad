/**
 * Link helpers shared by the link checks of this module: each link's parsed URL (once per
 * document), where to report it, and host tests (lists, official sites, organisation domains).
 */
import { parse as parseDomain } from 'tldts';
import { DraftCache, type Document, type Link } from '../../src/rule-kit/index.js';
import domains from './data/domains.json' with { type: 'json' };
import { BLOCKQUOTE_OPEN, HOST_WILDCARD, OFFICIAL_HOST, SOCIAL_EMBED_CLASS, TRAILING_DOT, WEB_PROTOCOL } from './patterns.js';

/** A link with its URL parsed. */
export interface ParsedLink {
  link: Link;
  url: URL;
  /** Lower-case host name (IDNs in punycode, as `URL` gives them), without a trailing dot. */
  host: string;
  /** False for relative links (`/downloads/x.zip`, `../a.html`): they stay on the blog's own site. */
  absolute: boolean;
  /** Where to report: the URL as written, else the whole link. */
  start: number;
  end: number;
  /** The URL as written in the source, when known. */
  written: string | null;
}

const BASE = 'https://relative.invalid/';
const cache = new DraftCache<Document, ParsedLink[]>('parsed links');

/**
 * The links of a document that carry a URL (inline links, autolinks, definitions, HTML `<a>`),
 * parsed once per document and shared by every link check. Reference links are skipped: their
 * definition carries the URL and is checked instead.
 */
export function parsedLinks(doc: Document): ParsedLink[] {
  let list = cache.get(doc);
  if (list) return list;
  list = [];
  for (const link of doc.links) {
    const raw = link.url.trim();
    if (!raw || raw.startsWith('#')) continue;
    let url: URL;
    try {
      url = new URL(raw, BASE);
    } catch {
      continue;
    }
    const absolute = url.hostname !== 'relative.invalid';
    const hasUrlSpan = link.urlStart !== null && link.urlEnd !== null && link.urlEnd > link.urlStart;
    list.push({
      link,
      url,
      host: url.hostname.toLowerCase().replace(TRAILING_DOT, ''),
      absolute,
      start: hasUrlSpan ? link.urlStart! : link.start,
      end: hasUrlSpan ? link.urlEnd! : link.end,
      written: hasUrlSpan ? doc.text.slice(link.urlStart!, link.urlEnd!) : null,
    });
  }
  cache.set(doc, list);
  return list;
}

const embedCache = new DraftCache<Document, Array<{ start: number; end: number }>>('embeds');

/** Spans of social posts embedded as HTML (`<blockquote class="twitter-tweet">...</blockquote>`). */
function socialEmbeds(doc: Document): Array<{ start: number; end: number }> {
  let spans = embedCache.get(doc);
  if (spans) return spans;
  spans = [];
  const text = doc.text;
  if (text.includes('<blockquote') || text.includes('<BLOCKQUOTE')) {
    BLOCKQUOTE_OPEN.lastIndex = 0;
    for (let m = BLOCKQUOTE_OPEN.exec(text); m; m = BLOCKQUOTE_OPEN.exec(text)) {
      const tagEnd = text.indexOf('>', m.index);
      const tag = text.slice(m.index, tagEnd < 0 ? Math.min(text.length, m.index + 1000) : Math.min(tagEnd, m.index + 1000));
      if (!SOCIAL_EMBED_CLASS.test(tag)) continue;
      const close = text.indexOf('</blockquote>', m.index);
      spans.push({ start: m.index, end: close < 0 ? text.length : close });
      if (close > 0) BLOCKQUOTE_OPEN.lastIndex = close;
    }
  }
  embedCache.set(doc, spans);
  return spans;
}

/** Whether a link sits inside a social post embedded as HTML, whose links the platform wrote. */
export function inSocialEmbed(doc: Document, p: ParsedLink): boolean {
  return socialEmbeds(doc).some((s) => p.link.start >= s.start && p.link.start < s.end);
}

/** Web links only (http, https, ftp) with a host. */
export function webLinks(doc: Document): ParsedLink[] {
  return parsedLinks(doc).filter((p) => p.absolute && p.host !== '' && WEB_PROTOCOL.test(p.url.protocol));
}

const hostSets = new WeakMap<readonly string[], Set<string>>();

/** A host list as a set of normalised names, built once per list. */
function hostSet(list: readonly string[]): Set<string> {
  let set = hostSets.get(list);
  if (!set) {
    set = new Set(list.map((e) => e.trim().toLowerCase().replace(HOST_WILDCARD, '')).filter(Boolean));
    hostSets.set(list, set);
  }
  return set;
}

/** Whether `host` is one of `list` or a subdomain of one (checks the host and each parent domain). */
export function hostIn(host: string, list: readonly string[]): boolean {
  if (list.length === 0) return false;
  const set = hostSet(list);
  for (let h = host; h; ) {
    if (set.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  return false;
}

/** The registrable domain of a host (`www.un.org.ua` -> `un.org.ua`), or the host itself. */
export function registrableDomain(host: string): string {
  return parseDomain(host).domain ?? host;
}

/** Government, intergovernmental, academic and military hosts (`.gov`, `.int`, `gov.uk`, `go.ke`, `ac.uk`). */
export function isOfficialHost(host: string): boolean {
  const suffix = parseDomain(host).publicSuffix ?? '';
  if (domains.officialSuffixes.some((s) => suffix === s || host.endsWith('.' + s))) return true;
  if (hostIn(host, domains.officialDomains)) return true;
  return OFFICIAL_HOST.test(host);
}

/** The index of the group of one owner a host belongs to (`domains.sameOwner`), or -1. */
export function ownerGroup(host: string): number {
  return domains.sameOwner.findIndex((group) => hostIn(host, group));
}

/** Whether two hosts belong to the same owner: same registrable domain, or a known group of one owner. */
export function sameOwner(a: string, b: string): boolean {
  const da = registrableDomain(a);
  const db = registrableDomain(b);
  if (da === db) return true;
  for (const group of domains.sameOwner) {
    if (hostIn(a, group) && hostIn(b, group)) return true;
  }
  return false;
}

const TRUSTED = [...domains.brands, ...domains.sameOwner.flat()];

/** A well-known site or platform (the brand list and the groups of one owner). */
export function isTrustedSite(host: string): boolean {
  return hostIn(host, TRUSTED);
}

/** Decode a URL path for judging file names (`%2E` -> `.`); keeps the raw path if it does not decode. */
export function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}
