/**
 * Build the prepared Document that rules read, from a file's decoded text.
 */
import type { Document, Sentence } from './types.js';
import { LineIndex } from './lines.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';
import { splitSentences } from './sentences.js';

/** File extensions read as plain text rather than markdown (a Word draft arrives as its text). */
const TEXT_EXTENSIONS = /\.(?:txt|text|docx)$/i;

/** Whether a path is read as plain text (everything else is markdown). */
export function isPlainText(filePath: string): boolean {
  return TEXT_EXTENSIONS.test(filePath);
}

/** Parse a draft into a Document. The text may start with a BOM; offsets are after it. */
export function createDocument(source: string, filePath: string): Document {
  const hasBOM = source.charCodeAt(0) === 0xfeff;
  const text = hasBOM ? source.slice(1) : source;
  const kind = isPlainText(filePath) ? 'text' : 'markdown';
  const lines = new LineIndex(text);
  const scopes =
    kind === 'markdown'
      ? parseMarkdown(text)
      : { ...parseText(text), frontMatter: null, images: [], code: [] };
  let sentences: Sentence[] | undefined;
  const headings = scopes.prose
    .filter((p) => p.kind === 'heading')
    .map((p) => ({ depth: p.depth ?? 1, text: p.text.replace(/\s+/g, ' ').trim(), start: p.start, end: p.end }));
  const byStart = <T extends { start: number }>(a: T, b: T): number => a.start - b.start;
  const doc: Document = {
    filePath,
    assets: new Map(),
    text,
    kind,
    hasBOM,
    frontMatter: scopes.frontMatter,
    prose: scopes.prose.sort(byStart),
    get sentences(): Sentence[] {
      sentences ??= splitSentences(doc.prose);
      return sentences;
    },
    headings,
    links: scopes.links.sort(byStart),
    images: scopes.images.sort(byStart),
    code: scopes.code.sort(byStart),
    directives: scopes.directives.sort(byStart),
    locate: (offset) => lines.locate(offset),
    lineOf: (offset) => lines.lineOf(offset),
    lineStart: (line) => lines.lineStart(line),
    lineCount: lines.lineCount,
  };
  return doc;
}
