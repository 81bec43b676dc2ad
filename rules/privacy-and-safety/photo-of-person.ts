/**
 * `photo-of-person`: images that show an identifiable vulnerable adult (a patient, a survivor, a
 * detainee, a refugee by name) with no consent note next to them. Photos of children are
 * `photo-of-child`'s, so an image is reported by one of the two checks only.
 */
import type { CheckContext, Document } from '../../src/rule-kit/index.js';
import { lazyConsent, photoFacts } from './photo.js';
import { phrases } from './context.js';
import type { Options } from './options.js';

export function photoOfPerson(doc: Document, ctx: CheckContext<Options>): void {
  if (doc.images.length === 0) return;
  const docConsent = lazyConsent(doc, phrases(ctx.options.consentPhrases));
  for (const image of doc.images) {
    const facts = photoFacts(doc, image, ctx.options.consentPhrases, docConsent);
    if (facts.child || !facts.vulnerable || facts.consent) continue;
    ctx.report({ messageId: 'vulnerablePhoto', data: { what: facts.vulnerable }, start: image.start, end: image.end });
  }
}
