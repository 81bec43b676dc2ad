/**
 * `executable-link`: links to programs, installers, scripts, disk images and app or extension
 * packages. A post that links one invites every reader to install it on a work computer.
 */
import type { CheckContext, Document } from '../../src/rule-kit/index.js';
import { classifyDownload } from './downloads.js';
import type { ItSecurityOptions } from './options.js';
import { VOWEL_START } from './patterns.js';
import { hostIn, parsedLinks } from './url.js';

export function executableLink(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  if (doc.links.length === 0) return;
  for (const p of parsedLinks(doc)) {
    const d = classifyDownload(p);
    if (!d || d.class !== 'executable') continue;
    if (p.absolute && hostIn(p.host, ctx.options.allowedDownloadHosts)) continue;
    ctx.report({ messageId: 'executable', data: { kind: `${VOWEL_START.test(d.kind) ? 'an' : 'a'} ${d.kind}`, ext: d.ext }, start: p.start, end: p.end });
  }
}
