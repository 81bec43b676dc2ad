/**
 * `url-shortener`: links through a URL shortener, which hide where they lead until clicked.
 */
import type { CheckContext, Document } from '../../src/rule-kit/index.js';
import domains from './data/domains.json' with { type: 'json' };
import type { ItSecurityOptions } from './options.js';
import { WWW_PREFIX } from './patterns.js';
import { hostIn, inSocialEmbed, webLinks } from './url.js';

const SHORTENERS = new Set(domains.shorteners);

/** Whether a host is a known shortener (built-in list or the `shorteners` option). */
export function isShortener(host: string, extra: readonly string[]): boolean {
  const bare = host.replace(WWW_PREFIX, '');
  return SHORTENERS.has(bare) || hostIn(host, extra);
}

export function urlShortener(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  if (doc.links.length === 0) return;
  for (const p of webLinks(doc)) {
    if (!isShortener(p.host, ctx.options.shorteners)) continue;
    if (inSocialEmbed(doc, p)) continue;
    // A bare shortener home page (`https://bit.ly/`) hides nothing.
    if (p.url.pathname === '/' || p.url.pathname === '') continue;
    ctx.report({ messageId: 'shortener', data: { host: p.host }, start: p.start, end: p.end });
  }
}
