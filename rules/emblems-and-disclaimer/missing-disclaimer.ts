/**
 * `missing-disclaimer` (personal preset): no personal-views disclaimer ("views are my own",
 * "opinions expressed here are mine") anywhere in the post or its front matter. Reported once, at
 * the front matter or line 1. With `requiredDisclaimer` set, only that text counts.
 */
import { documentAnchor, frontMatterEntries, squash, stringsOf, type CheckFunction, type Document } from '../../src/rule-kit/index.js';
import { DISCLAIMER, DISCLAIMER_NOT_EMPLOYER, DISCLAIMER_VIEWS, phrases } from './patterns.js';
import type { Options } from './options.js';

const extraCache = new WeakMap<readonly string[], RegExp>();

export const missingDisclaimer: CheckFunction<Options> = (doc, ctx) => {
  const { requiredDisclaimer, disclaimerPhrases, disclaimerKeys } = ctx.options;
  const at = documentAnchor(doc);
  if (requiredDisclaimer && requiredDisclaimer.trim()) {
    if (!containsText(doc, requiredDisclaimer)) ctx.report({ messageId: 'missingRequiredDisclaimer', data: { text: requiredDisclaimer.trim() }, ...at });
    return;
  }
  if (frontMatterEntries(doc, disclaimerKeys).some((e) => [...stringsOf(e.value)].some((s) => s.trim().length > 0))) return;
  let extra = extraCache.get(disclaimerPhrases);
  if (!extra) extraCache.set(disclaimerPhrases, (extra = disclaimerPhrases.length ? phrases(disclaimerPhrases) : /(?!)/));
  for (const text of texts(doc)) {
    if (DISCLAIMER.test(text) || DISCLAIMER_VIEWS.test(text) || DISCLAIMER_NOT_EMPLOYER.test(text) || extra.test(text)) return;
  }
  ctx.report({ messageId: 'missingDisclaimer', data: { text: ctx.options.disclaimerText }, ...at });
};

/** The prose of the post and the strings of its front matter. */
function* texts(doc: Document): Generator<string> {
  for (const seg of doc.prose) yield seg.text;
  if (doc.frontMatter && !doc.frontMatter.error) for (const s of stringsOf(doc.frontMatter.data)) yield s;
}

/** Whether the post holds a text word for word, ignoring case, spacing, markup and curly quotes. */
function containsText(doc: Document, wanted: string): boolean {
  const norm = (s: string): string => squash(s).toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  const target = norm(wanted);
  if (!target) return true;
  const body = norm(doc.prose.map((p) => p.text).join(' '));
  if (body.includes(target)) return true;
  if (doc.frontMatter && !doc.frontMatter.error) for (const s of stringsOf(doc.frontMatter.data)) if (norm(s).includes(target)) return true;
  return false;
}
