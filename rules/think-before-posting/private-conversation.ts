/**
 * `think-before-posting/private-conversation`: wording that treats a post as a private talk:
 * "off the record", "just between us", "don't tell anyone", "DM me and I'll tell you". The
 * guidance: what staff write on social media is public, direct messages included. Talk about
 * the practice ("speaking on or off the record to journalists") and quotations of others are
 * not findings.
 */
import { hasAnyWord, sentenceWindow, squash, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import { DM_FOR_SECRET, META_PRIVATE, ORDINARY_HELP_AFTER, PRIVATE_MARKER, SHOULD_NOT_SAY, TELL_IN_PRIVATE } from './patterns.js';
import { DM_KEYS, PRIVATE_TEST, SHOULD_NOT_SAY_KEYS, TELL_IN_PRIVATE_KEYS } from './keys.js';
import { othersWords } from './quoting.js';
import type { Options } from './options.js';

/** Report markers of a private conversation in the author's own words. */
export function privateConversation(doc: Document, ctx: CheckContext<Options>): void {
  for (const seg of doc.prose) {
    const text = seg.text;
    const hits: Array<[number, number]> = [];
    for (const [re, keys] of [[PRIVATE_MARKER, PRIVATE_TEST], [TELL_IN_PRIVATE, TELL_IN_PRIVATE_KEYS], [SHOULD_NOT_SAY, SHOULD_NOT_SAY_KEYS]] as const) {
      if (typeof keys === 'function' ? !keys(seg) : !hasAnyWord(seg, keys)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const sentence = sentenceWindow(doc, seg.start + m.index, seg.start + m.index + m[0].length, 120);
        if (META_PRIVATE.test(sentence.text)) continue;
        hits.push([m.index, m.index + m[0].length]);
      }
    }
    DM_FOR_SECRET.lastIndex = 0;
    for (let m = hasAnyWord(seg, DM_KEYS) ? DM_FOR_SECRET.exec(text) : null; m; m = DM_FOR_SECRET.exec(text)) {
      const end = m.index + m[0].length;
      // "DM me and I'll tell you how to apply" is ordinary help.
      if (m[1] && ORDINARY_HELP_AFTER.test(text.slice(end, end + 60))) continue;
      hits.push([m.index, end]);
    }
    hits.sort((a, b) => a[0] - b[0]);
    let lastEnd = -1;
    for (const [s, e] of hits) {
      if (s < lastEnd) continue;
      lastEnd = e;
      // A quotation of someone else ("the minister said it was off the record") is reporting.
      if (othersWords(doc, seg, s, e) === 'quotation' || othersWords(doc, seg, s, e) === 'blockquote') continue;
      ctx.report({ messageId: 'privateConversation', data: { phrase: squash(text.slice(s, e)) }, start: seg.start + s, end: seg.start + e });
    }
  }
}
