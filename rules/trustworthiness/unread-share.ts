/**
 * `unread-share`: sharing or endorsing a link while saying it has not been read ("haven't read it
 * yet, but worth a look"). The author must be the one who has not read it (not "if you haven't
 * read it"), and the sentence must share something: a link in the paragraph or the one next to
 * it, or sharing words ("sharing", "check it out", "worth a read").
 */
import { hasAnyWord, squash, type CheckFunction } from '../../src/rule-kit/index.js';
import { AUTHOR_IN_SENTENCE, NEGATED_START, SHARE, UNREAD, UNREAD_KEYS, UNREAD_SUBJECT } from './patterns.js';
import { hasLinkIn, sentenceSpan, test } from './context.js';
import type { Options } from './options.js';

export const unreadShare: CheckFunction<Options> = (doc, ctx) => {
  doc.prose.forEach((seg, i) => {
    if (!hasAnyWord(seg, UNREAD_KEYS)) return;
    UNREAD.lastIndex = 0;
    for (let m = UNREAD.exec(seg.text); m; m = UNREAD.exec(seg.text)) {
      const abs = seg.start + m.index;
      const sentence = sentenceSpan(doc, seg, abs);
      const before = doc.text.slice(sentence.start, abs);
      const negated = NEGATED_START.test(m[0]);
      if (negated ? !UNREAD_SUBJECT.test(before) : !test(AUTHOR_IN_SENTENCE, sentence.text)) continue;
      const prev = doc.prose[i - 1];
      const next = doc.prose[i + 1];
      const linked = hasLinkIn(doc, prev && prev.kind !== 'heading' ? prev.start : seg.start, next && next.kind !== 'heading' ? next.end : seg.end);
      if (!linked && !test(SHARE, sentence.text)) continue;
      const end = abs + m[0].length;
      ctx.report({ messageId: 'unreadShare', data: { phrase: squash(doc.text.slice(abs, end)) }, start: abs, end });
    }
  });
};
