/**
 * `archive-link`: links to archives and macro-enabled office files, which can carry programs.
 * Archives that hold data, or that official sites publish, are not reported.
 */
import { sentenceAt, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import { classifyDownload, textSaysData } from './downloads.js';
import type { ItSecurityOptions } from './options.js';
import { VOWEL_START } from './patterns.js';
import { hostIn, isOfficialHost, parsedLinks } from './url.js';

export function archiveLink(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  if (doc.links.length === 0) return;
  const org = ctx.settings.organization.domains;
  for (const p of parsedLinks(doc)) {
    const d = classifyDownload(p);
    if (!d || d.class !== 'container') continue;
    // Relative links stay on the blog's own (the organisation's) site.
    if (!p.absolute) continue;
    if (hostIn(p.host, org) || hostIn(p.host, ctx.options.trustedHosts) || hostIn(p.host, ctx.options.allowedDownloadHosts)) continue;
    if (isOfficialHost(p.host)) continue;
    if (d.holdsData || textSaysData(p.link.text) || textSaysData(sentenceAt(doc, p.link.start)?.text ?? '')) continue;
    ctx.report({ messageId: 'archive', data: { kind: `${VOWEL_START.test(d.kind) ? 'an' : 'a'} ${d.kind}`, ext: d.ext, host: p.host }, start: p.start, end: p.end });
  }
}
