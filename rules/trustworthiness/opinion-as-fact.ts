/**
 * `opinion-as-fact`: an opinion offered on a contested matter of fact ("I think the data is wrong",
 * "in my opinion the outbreak is over"). Taste and experience ("I think the mango season is the
 * best", "I feel the workshop went well") are left alone: the sentence must name a factual topic
 * and assert something true or false about it.
 */
import { hasAnyWord, squash, type CheckFunction } from '../../src/rule-kit/index.js';
import { BELIEF_IN, IMO_PREFILTER, LINE_BREAKS, OPINION, OPINION_KEYS, PREDICATE, TOPIC } from './patterns.js';
import { quoteTracker, sentenceSpan } from './context.js';
import type { Options } from './options.js';

export const opinionAsFact: CheckFunction<Options> = (doc, ctx) => {
  const done = new Set<number>();
  for (const seg of doc.prose) {
    if (seg.kind === 'frontMatter' && seg.key !== 'title' && seg.key !== 'description') continue;
    if (!hasAnyWord(seg, OPINION_KEYS) && !IMO_PREFILTER.test(seg.text)) continue;
    const quoted = quoteTracker(seg.text);
    OPINION.lastIndex = 0;
    for (let m = OPINION.exec(seg.text); m; m = OPINION.exec(seg.text)) {
      const abs = seg.start + m.index;
      const sentence = sentenceSpan(doc, seg, abs);
      if (done.has(sentence.start) || quoted(m.index)) continue;
      const restStart = abs + m[0].length;
      const restEnd = Math.min(sentence.end, restStart + 200);
      const rest = doc.text.slice(restStart, restEnd).replace(LINE_BREAKS, ' ');
      if (BELIEF_IN.test(rest)) continue;
      const topic = TOPIC.exec(rest);
      if (!topic) continue;
      const afterTopic = rest.slice(topic.index + topic[0].length);
      const predicate = PREDICATE.exec(afterTopic);
      if (!predicate) continue;
      done.add(sentence.start);
      const end = restStart + topic.index + topic[0].length + predicate.index + predicate[0].length;
      ctx.report({ messageId: 'opinionAsFact', data: { phrase: squash(doc.text.slice(abs, end)) }, start: abs, end });
    }
  }
};

