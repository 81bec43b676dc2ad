/**
 * `missing-disclaimer` (personal preset): no personal-views disclaimer ("views are my own",
 * "opinions expressed here are mine") anywhere in the post or its front matter. Reported once, at
 * the front matter or line 1. With `requiredDisclaimer` set, only that text counts.
 */
import { documentAnchor, frontMatterEntries, hasAnyWord, keyWords, keyWordTest, squash, stringsOf, type CheckFunction, type Document, type PhraseTest, type ProseSegment } from '../../src/rule-kit/index.js';
import { DISCLAIMER, DISCLAIMER_NOT_EMPLOYER, DISCLAIMER_VIEWS, phrases } from './patterns.js';
import { DISCLAIMER_PHRASES } from './words.js';
import type { Options } from './options.js';

const extraCache = new WeakMap<readonly string[], { re: RegExp; test: PhraseTest }>();

// Words each disclaimer pattern needs: a paragraph with none of them is skipped before the pattern runs.
const DISCLAIMER_KEYS = keyWords(DISCLAIMER_PHRASES);
const VIEWS_KEYS = new Set(['view', 'views', 'opinion', 'opinions', 'thoughts', 'tweets', 'posts', 'content', 'words', 'comments', 'statements']);
const NOT_EMPLOYER_KEYS = new Set(['reflect', 'represent']);
const NONE = { re: /(?!)/, test: (): boolean => false };

export const missingDisclaimer: CheckFunction<Options> = (doc, ctx) => {
  const { requiredDisclaimer, disclaimerPhrases, disclaimerKeys } = ctx.options;
  const at = documentAnchor(doc);
  if (requiredDisclaimer && requiredDisclaimer.trim()) {
    if (!containsText(doc, requiredDisclaimer)) ctx.report({ messageId: 'missingRequiredDisclaimer', data: { text: requiredDisclaimer.trim() }, ...at });
    return;
  }
  if (frontMatterEntries(doc, disclaimerKeys).some((e) => [...stringsOf(e.value)].some((s) => s.trim().length > 0))) return;
  let extra = extraCache.get(disclaimerPhrases);
  if (!extra) extraCache.set(disclaimerPhrases, (extra = disclaimerPhrases.length ? { re: phrases(disclaimerPhrases), test: keyWordTest(disclaimerPhrases) } : NONE));
  for (const seg of doc.prose) if (segmentHasDisclaimer(seg, extra)) return;
  if (doc.frontMatter && !doc.frontMatter.error) {
    for (const text of stringsOf(doc.frontMatter.data)) {
      if (DISCLAIMER.test(text) || DISCLAIMER_VIEWS.test(text) || DISCLAIMER_NOT_EMPLOYER.test(text) || extra.re.test(text)) return;
    }
  }
  ctx.report({ messageId: 'missingDisclaimer', data: { text: ctx.options.disclaimerText }, ...at });
};

/** Whether a paragraph holds a disclaimer; each pattern runs only where its key words are. */
function segmentHasDisclaimer(seg: ProseSegment, extra: { re: RegExp; test: PhraseTest }): boolean {
  const text = seg.text;
  return (
    (hasAnyWord(seg, DISCLAIMER_KEYS) && DISCLAIMER.test(text)) ||
    (hasAnyWord(seg, VIEWS_KEYS) && DISCLAIMER_VIEWS.test(text)) ||
    (hasAnyWord(seg, NOT_EMPLOYER_KEYS) && DISCLAIMER_NOT_EMPLOYER.test(text)) ||
    (extra.test(seg) && extra.re.test(text))
  );
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
