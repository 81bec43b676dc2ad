/**
 * Build the prepared Document that rules read, from a file's decoded text.
 */
import type { AssetInfo, CodeBlock, DirectiveComment, Document, FrontMatter, Heading, Image, Link, ProseSegment, Sentence } from './types.js';
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

/** A character beyond Latin-1: a string holding one is kept by V8 as two bytes a character. */
const BEYOND_LATIN1 = /[^\x00-\xff]/;
/** Whether this thread has parsed a draft held as two bytes (so its patterns run in that form). */
let sawTwoByte = false;

/**
 * The text as it is, or the same text held by V8 as two bytes a character once this thread has
 * met such a draft. V8 keeps a string whose characters all fit in one byte (Latin-1) as one byte
 * each, and compiles a regular expression separately for each of the two forms the first time it
 * runs on it. Nine drafts in ten hold a character beyond Latin-1 (one curly quote or dash is
 * enough), so a thread linting an archive compiled every pattern twice, once for the tenth. A
 * draft built from a two-byte string gives two-byte slices (its paragraphs and sentences), except
 * the shortest, which V8 copies. Until the thread meets a two-byte draft, drafts keep their form:
 * a single Latin-1 draft (a pre-commit hook) compiles its patterns once either way, and the
 * one-byte compile is the cheaper. The result is the same text, so nothing else changes.
 *
 * On 18f + digitalgov the cold run on two threads took 7.92-8.11 s against 8.15-8.35 s, with
 * 0.4-0.5 s less CPU, three rounds in turn. Converting every draft measured the same on the
 * archive (7.68-8.18 s against 7.94-8.38 s, peaks of 524-582 MB against 595-599 MB with less
 * compiled code) but cost a single Latin-1 post 4-5 ms.
 */
function heldLikeOthers(text: string): string {
  if (BEYOND_LATIN1.test(text)) {
    sawTwoByte = true;
    return text;
  }
  return sawTwoByte && text.length > 0 ? ('\u0100' + text).slice(1) : text;
}

/** Parse a draft into a Document. The text may start with a BOM; offsets are after it. */
export function createDocument(source: string, filePath: string): Document {
  const hasBOM = source.charCodeAt(0) === 0xfeff;
  const text = heldLikeOthers(hasBOM ? source.slice(1) : source);
  const kind = isPlainText(filePath) ? 'text' : 'markdown';
  const lines = new LineIndex(text);
  const scopes =
    kind === 'markdown'
      ? parseMarkdown(text)
      : { ...parseText(text), frontMatter: null, images: [], code: [] };
  const headings = scopes.prose
    .filter((p) => p.kind === 'heading')
    .map((p) => ({ depth: p.depth ?? 1, text: p.text.replace(/\s+/g, ' ').trim(), start: p.start, end: p.end }));
  const byStart = <T extends { start: number }>(a: T, b: T): number => a.start - b.start;
  return new ParsedDocument(
    filePath,
    text,
    kind,
    hasBOM,
    scopes.frontMatter,
    scopes.prose.sort(byStart),
    headings,
    scopes.links.sort(byStart),
    scopes.images.sort(byStart),
    scopes.code.sort(byStart),
    scopes.directives.sort(byStart),
    lines,
  );
}

/**
 * A parsed draft. A class, not an object literal with a getter: V8 gave each literal's getter (a
 * new function for each draft) a map of its own, and a map lives in the old generation, so every
 * young-generation collection while later drafts were linted kept that draft's getter, and
 * through it the whole draft (text, paragraphs, links, sentences), until a full collection. A
 * serial run over 18f + digitalgov promoted 168 MB of young objects instead of 229 MB.
 */
class ParsedDocument implements Document {
  assets = new Map<string, AssetInfo>();
  lineCount: number;
  locate: (offset: number) => { line: number; column: number };
  lineOf: (offset: number) => number;
  lineStart: (line: number) => number;
  #sentences: Sentence[] | undefined;

  constructor(
    public filePath: string,
    public text: string,
    public kind: Document['kind'],
    public hasBOM: boolean,
    public frontMatter: FrontMatter | null,
    public prose: ProseSegment[],
    public headings: Heading[],
    public links: Link[],
    public images: Image[],
    public code: CodeBlock[],
    public directives: DirectiveComment[],
    lines: LineIndex,
  ) {
    this.lineCount = lines.lineCount;
    this.locate = (offset) => lines.locate(offset);
    this.lineOf = (offset) => lines.lineOf(offset);
    this.lineStart = (line) => lines.lineStart(line);
  }

  get sentences(): Sentence[] {
    this.#sentences ??= splitSentences(this.prose);
    return this.#sentences;
  }
}
