/**
 * `photo-of-child`: images whose alt text, title, file name or caption show a child, with no
 * consent note next to them. The guidance asks for special care with photos of children.
 */
import type { CheckContext, Document } from '../../src/rule-kit/index.js';
import { lazyConsent, photoFacts } from './photo.js';
import { phrases } from './context.js';
import type { Options } from './options.js';

export function photoOfChild(doc: Document, ctx: CheckContext<Options>): void {
  if (doc.images.length === 0) return;
  const docConsent = lazyConsent(doc, phrases(ctx.options.consentPhrases));
  for (const image of doc.images) {
    const facts = photoFacts(doc, image, ctx.options.consentPhrases, docConsent);
    if (!facts.child || facts.consent) continue;
    ctx.report({ messageId: 'childPhoto', data: { what: facts.child }, start: image.start, end: image.end });
  }
}
