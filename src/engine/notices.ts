/**
 * File-level notices about what a draft holds, so that a draft with nothing to check is not
 * silently "clean": an empty file, or a file of only front matter.
 */
import type { Document } from '../document/types.js';
import type { LintMessage } from '../types.js';
import { inputMessage } from '../results.js';

/** `input-error` warnings for an empty draft or a draft of only front matter; none otherwise. */
export function contentNotices(doc: Document): LintMessage[] {
  const text = doc.text;
  if (text.trim() === '') return [inputMessage('File is empty: there is nothing to check.', 1, 'empty')];
  const fm = doc.frontMatter;
  if (fm && text.slice(0, fm.start).trim() === '' && text.slice(fm.end).trim() === '') {
    return [inputMessage('File has front matter but no text after it: only the front matter was checked.', 1, 'front-matter-only')];
  }
  return [];
}
