/**
 * File-level notices about what a draft holds, so that a draft with nothing to check is not
 * silently "clean": an empty file, or a file of only front matter with no text in it.
 * A file of only front matter whose fields hold text (a title, a summary: a link post, as many
 * Hugo sites have) is linted like any other, without a notice: its text was checked.
 */
import type { Document } from '../document/types.js';
import type { LintMessage } from '../types.js';
import { inputMessage } from '../results.js';

/** `input-error` warnings for a draft that holds nothing to check; none otherwise. */
export function contentNotices(doc: Document): LintMessage[] {
  const text = doc.text;
  if (text.trim() === '') return [inputMessage('File is empty: there is nothing to check.', 1, 'empty')];
  const fm = doc.frontMatter;
  if (fm && doc.prose.length === 0 && text.slice(0, fm.start).trim() === '' && text.slice(fm.end).trim() === '') {
    return [inputMessage('File has only front matter, with no text in it to check.', 1, 'front-matter-only')];
  }
  return [];
}
