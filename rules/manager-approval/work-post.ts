/**
 * `work-post-without-approval`: a draft about the author's own function, team, mission or
 * assignment ("in my role as", "this week my team") with no clearance recorded. Reported once per
 * document, at the front matter (or line 1), with the key to add; a clearance that records nothing
 * ("pending") or breaks the configured format is reported at its value.
 */
import { documentAnchor, type CheckFunction } from '../../src/rule-kit/index.js';
import { approvalState, workHit } from './approval.js';
import type { Options } from './options.js';

export const workPostWithoutApproval: CheckFunction<Options> = (doc, ctx) => {
  const state = approvalState(doc, ctx.options);
  if (state.state === 'ok') return;
  const hit = workHit(doc, ctx.options);
  if (!hit) return;
  const key = ctx.options.approvalKeys[0]!;
  const example = ctx.options.approvalExample;
  if (state.state === 'missing') {
    const messageId = doc.frontMatter || doc.kind === 'markdown' ? 'workPostNoApproval' : 'workPostNoApprovalText';
    ctx.report({ messageId, data: { phrase: hit.phrase, key, example }, ...documentAnchor(doc) });
    return;
  }
  ctx.report({ messageId: state.state === 'pending' ? 'approvalPending' : 'approvalFormat', data: { key: state.key, value: state.value, example }, start: state.start, end: state.end });
};
