/**
 * `office-metadata` (office preset): every post on an office blog needs a recorded clearance and
 * an author (front matter, or a byline). Reported once per document at the front matter (or line
 * 1). A work-related draft with no clearance gets the more specific `work-post-without-approval`
 * finding instead, so this check then only asks for the author.
 */
import { documentAnchor, findAuthor, type CheckFunction } from '../../src/rule-kit/index.js';
import { approvalState, workHit } from './approval.js';
import type { Options } from './options.js';

export const officeMetadata: CheckFunction<Options> = (doc, ctx) => {
  const state = approvalState(doc, ctx.options);
  const noAuthor = findAuthor(doc, ctx.options.authorKeys, []) === null;
  const approvalProblem = state.state !== 'ok' && workHit(doc, ctx.options) === null;
  const key = ctx.options.approvalKeys[0]!;
  const example = ctx.options.approvalExample;
  const at = documentAnchor(doc);
  const missing = approvalProblem && state.state === 'missing';
  if (noAuthor && missing) ctx.report({ messageId: 'officeMissingBoth', data: { key, example }, ...at });
  else if (noAuthor) ctx.report({ messageId: 'officeMissingAuthor', ...at });
  else if (missing) ctx.report({ messageId: 'officeMissingApproval', data: { key, example }, ...at });
  if (approvalProblem && (state.state === 'pending' || state.state === 'badFormat')) {
    ctx.report({ messageId: state.state === 'pending' ? 'approvalPending' : 'approvalFormat', data: { key: state.key, value: state.value, example }, start: state.start, end: state.end });
  }
};
