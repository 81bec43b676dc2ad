/**
 * `insecure-link`: links written with `http://` to sites on the public web. Readers' connections
 * to them can be read and altered on the way. Local, private and example hosts are left alone, and
 * so are posts dated before `insecureLinksSince` (archived posts linked the web as it was then).
 */
import ipaddr from 'ipaddr.js';
import { frontMatterEntries, valueText, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import type { ItSecurityOptions } from './options.js';
import { FILE_NAME_DATE, HOST_BRACKETS, HTTP_SCHEME, LEADING_DATE } from './patterns.js';
import { inSocialEmbed, webLinks } from './url.js';

/** Host names that never leave the machine or the local network, or are reserved for examples. */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'corp', 'lan', 'intranet', 'localdomain', 'home.arpa', 'test', 'example', 'invalid', 'onion'];
const EXAMPLE_DOMAINS = ['example.com', 'example.org', 'example.net'];

/** Whether a host is local, private or reserved for documentation. */
export function isLocalHost(host: string): boolean {
  const h = host.replace(HOST_BRACKETS, '');
  if (ipaddr.isValid(h)) return ipaddr.process(h).range() !== 'unicast';
  if (!h.includes('.')) return true;
  return LOCAL_SUFFIXES.some((s) => h === s || h.endsWith('.' + s)) || EXAMPLE_DOMAINS.some((d) => h === d || h.endsWith('.' + d));
}

/** The post's date (`YYYY-MM-DD`) from its front matter or its file name, if any. */
export function postDate(doc: Document): string | null {
  for (const e of frontMatterEntries(doc, ['date', 'published', 'pubDate', 'publishDate', 'publish_date'])) {
    const m = LEADING_DATE.exec(valueText(e.value));
    if (m) return m[1]!;
  }
  const base = doc.filePath.slice(Math.max(doc.filePath.lastIndexOf('/'), doc.filePath.lastIndexOf('\\')) + 1);
  return FILE_NAME_DATE.exec(base)?.[1] ?? null;
}

export function insecureLink(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  if (doc.links.length === 0) return;
  const since = ctx.options.insecureLinksSince;
  if (since) {
    const date = postDate(doc);
    if (date && date < since) return;
  }
  const seen = new Set<string>();
  for (const p of webLinks(doc)) {
    if (p.url.protocol !== 'http:') continue;
    // Only what the author wrote: `www.x.org` autolinks get `http://` from the parser.
    if (p.written === null || !HTTP_SCHEME.test(p.written)) continue;
    if (isLocalHost(p.host)) continue;
    if (inSocialEmbed(doc, p)) continue;
    // One finding per host: the fix is the same for every link to it.
    if (seen.has(p.host)) continue;
    seen.add(p.host);
    ctx.report({ messageId: 'insecure', data: { host: p.host }, start: p.start, end: p.end });
  }
}
