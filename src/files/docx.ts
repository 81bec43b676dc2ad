/**
 * Word drafts (`.docx`): converted to plain text with mammoth, one blank line between paragraphs,
 * and linted as a text draft. Hyperlinks keep their hidden address in brackets after the link text
 * (`the form (https://...)`), so link checks see where a link really goes; image alt text is kept
 * as `[image: ...]`; footnotes and endnotes follow the body. Each finding's message then names the
 * paragraph it is in, with a short quote of the flagged text (masked where the finding is about
 * personal data or a secret), because line numbers mean nothing in Word.
 *
 * A file that is not a readable .docx (damaged, password-protected, an old .doc renamed) gives an
 * `input-error` finding, like a binary file: the run goes on and exits with 1.
 */
import fs from 'node:fs/promises';
import { InputError } from '../errors.js';
import { contentHash } from '../cache/hash.js';
import { DEFAULT_MAX_FILE_SIZE } from './read.js';
import { LineIndex } from '../document/lines.js';
import { maskSpans, sensitiveSpan, type Span } from '../reporters/sensitive.js';
import type { LintResult } from '../types.js';

/** Extensions of Word drafts, collected from folders besides the text drafts. */
export { WORD_EXTENSIONS } from './extensions.js';

/** Most XML a Word file may expand to (declared sizes in its zip directory), in bytes. */
const MAX_XML_BYTES = 100 * 1024 * 1024;
/** Longest quote of flagged text added to a message. */
const MAX_QUOTE = 60;

/** Whether a path is a Word draft. */
export function isWordDraft(file: string): boolean {
  return /\.docx$/i.test(file);
}

/** A paragraph of the converted text: its label and offsets. */
export interface WordBlock {
  label: string;
  start: number;
  end: number;
}

export interface WordText {
  text: string;
  blocks: WordBlock[];
}

/** A Word file that cannot be read as a draft; the message says what to do. */
export class WordFileError extends Error {
  override name = 'WordFileError';
}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Refuse what is not a .docx before unzipping: encrypted or old binary Word files, non-zips, giant XML. */
export function checkContainer(buf: Buffer): void {
  if (buf.subarray(0, 8).equals(OLE_SIGNATURE)) {
    // An encrypted .docx is an OLE container holding the streams "EncryptionInfo" and
    // "EncryptedPackage"; their directory entries store the names in UTF-16LE.
    if (buf.includes(Buffer.from('EncryptedPackage', 'utf16le')) || buf.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      throw new WordFileError('Password-protected Word file: unlinter cannot open it. Save a copy without the password (File > Info > Protect Document) and check that.');
    }
    throw new WordFileError('Old Word 97-2003 file (.doc) with a .docx name: open it in Word and save it as a Word Document (.docx), then check it again.');
  }
  if (!buf.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new WordFileError('Not a Word document: the file is damaged or is not a .docx. Open it in Word and save it again as a Word Document (.docx).');
  }
  const xml = declaredXmlBytes(buf);
  if (xml === null) throw new WordFileError('Damaged Word file: its zip directory is missing or cut short. Open it in Word and save it again.');
  if (xml > MAX_XML_BYTES) throw new WordFileError(`Word file expands to ${Math.round(xml / 1024 / 1024)} MB of XML, too much to check: split it into smaller documents.`);
}

/**
 * Total declared uncompressed size of the XML parts, from the zip central directory (found via
 * the end-of-central-directory record), or null when the directory cannot be read.
 */
function declaredXmlBytes(buf: Buffer): number | null {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null;
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    if (/\.(?:xml|rels)$/i.test(name)) total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return total;
}

// The element shapes mammoth's document transforms see (mammoth 1.13, pinned in package.json).
interface Element {
  type: string;
  children?: Element[];
  value?: string;
  href?: string;
  altText?: string;
  breakType?: string;
  checked?: boolean;
  noteType?: string;
  noteId?: string;
}
interface Notes {
  resolve(reference: Element): { body: Element[] } | null;
}

/** Convert a .docx to text with one blank line between paragraphs, and where each paragraph is. */
export async function docxToText(buf: Buffer): Promise<WordText> {
  checkContainer(buf);
  let root: (Element & { notes?: Notes }) | undefined;
  // Loaded on first use, so runs without Word files do not pay for it.
  const mammoth = (await import('mammoth')).default;
  try {
    await mammoth.convertToHtml(
      { buffer: buf },
      {
        // Images are not read: alt text is all the text needs.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (doc: Element & { notes?: Notes }) => {
          root = doc;
          return doc;
        },
      },
    );
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/\s+/g, ' ').slice(0, 160);
    throw new WordFileError(`Damaged Word file (${why}): open it in Word and save it again as a Word Document (.docx).`);
  }
  if (!root) throw new WordFileError('Damaged Word file: it holds no document. Open it in Word and save it again.');

  const paragraphs: Array<{ label: string; text: string }> = [];
  const references: Element[] = [];
  let body = 0;
  const inline = (els: readonly Element[] | undefined): string => {
    let out = '';
    for (const el of els ?? []) {
      switch (el.type) {
        case 'text':
          out += el.value ?? '';
          break;
        case 'tab':
          out += '\t';
          break;
        case 'break':
          out += '\n';
          break;
        case 'checkbox':
          out += el.checked ? '☒' : '☐';
          break;
        case 'image':
          if (el.altText?.trim()) out += ` [image: ${el.altText.trim()}]`;
          break;
        case 'hyperlink': {
          const shown = inline(el.children);
          const href = el.href?.trim();
          out += href && !sameAddress(shown, href) ? `${shown} (${href})` : shown;
          break;
        }
        case 'noteReference':
          references.push(el);
          break;
        case 'paragraph':
          out += `${inline(el.children)}\n`;
          break;
        default:
          out += inline(el.children);
      }
    }
    return out;
  };
  const blocks = (els: readonly Element[] | undefined, label: () => string): void => {
    for (const el of els ?? []) {
      if (el.type === 'paragraph') {
        // One space before an image's alt text, whatever surrounds it. Each run of blanks is
        // looked at once (a lookahead after `[ \t]+` rescanned the run from each of its blanks:
        // quadratic on a paragraph of spaces).
        const text = tidy(inline(el.children).replace(/[ \t]+/g, (run: string, at: number, all: string) => (run.endsWith(' ') && all.startsWith('[image: ', at + run.length) ? ' ' : run)));
        if (text) paragraphs.push({ label: label(), text });
      } else if (el.type !== 'comment') blocks(el.children, label);
    }
  };
  blocks(root.children, () => `paragraph ${++body}`);
  const counters: Record<string, number> = {};
  for (let i = 0; i < references.length; i++) {
    const ref = references[i]!;
    const note = root.notes?.resolve(ref);
    if (!note) continue;
    const kind = ref.noteType === 'endnote' ? 'endnote' : 'footnote';
    const n = (counters[kind] = (counters[kind] ?? 0) + 1);
    blocks(note.body, () => `${kind} ${n}`);
  }

  let text = '';
  const out: WordBlock[] = [];
  for (const p of paragraphs) {
    if (text) text += DIRECTIVE.test(out.at(-1) ? text.slice(out.at(-1)!.start) : '') ? '\n' : '\n\n';
    out.push({ label: p.label, start: text.length, end: text.length + p.text.length });
    text += p.text;
  }
  return { text: text ? `${text}\n` : '', blocks: out };
}

// A paragraph that is an unlinter directive: joined to the next by one line break, so that
// `unlinter-disable-next-line` reaches the paragraph after it.
// (Blanks after the marker belong to the marker's group: two adjacent `[ \t]*` backtrack
// quadratically on a paragraph of blanks.)
const DIRECTIVE = /^[ \t]*(?:(?:<!--|#|\/\/)[ \t]*)?unlinter-(?:disable|enable)/;

/** Paragraph text: no carriage returns, no blank lines inside (they would split the paragraph). */
function tidy(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.trim())
    .join('\n')
    .trim();
}

/** Whether link text already shows the link's address (`www.un.org` for `https://www.un.org/`). */
function sameAddress(shown: string, href: string): boolean {
  const norm = (s: string) => withoutTrailingSlashes(s.trim().toLowerCase().replace(/^mailto:/, '').replace(/^[a-z]+:\/\//, '').replace(/^www\./, ''));
  return norm(shown) === norm(href);
}

/** `s` without the slashes that end it (a loop: `/\/+$/` is quadratic on a run of slashes that does not end the text). */
function withoutTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x2f) end--;
  return s.slice(0, end);
}

/** The read outcome of a Word draft: its text, or the problem; `annotate` names paragraphs in findings. */
export type WordReadOutcome =
  | { ok: true; text: string; hash: string; annotate: (result: LintResult) => void }
  | { ok: false; problem: string };

/** Read and convert a Word draft. Throws InputError when the file cannot be read at all. */
export async function readWordDraft(file: string, maxBytes = DEFAULT_MAX_FILE_SIZE): Promise<WordReadOutcome> {
  let buf: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new InputError(`Cannot read ${file}: not a regular file`);
    if (stat.size > maxBytes) return { ok: false, problem: `File is ${Math.ceil(stat.size / 1024)} KB, over the ${Math.ceil(maxBytes / 1024)} KB limit: not checked. Raise --max-file-size or leave it out.` };
    buf = await fs.readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`Cannot read ${file}: ${code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message}`);
  }
  let word: WordText;
  try {
    word = await docxToText(buf);
  } catch (e) {
    if (e instanceof WordFileError) return { ok: false, problem: e.message };
    throw e;
  }
  return { ok: true, text: word.text, hash: contentHash(buf), annotate: (result) => annotateWordResult(result, word) };
}

/**
 * Add to each finding of a Word draft the paragraph it is in and a short quote of the flagged
 * text, masked where any finding of the file flags personal data or a secret.
 */
export function annotateWordResult(result: LintResult, word: WordText): void {
  const lines = new LineIndex(word.text);
  const offset = (line: number, column: number): number => Math.min(word.text.length, lines.lineStart(line - 1) + column - 1);
  const spans: Span[] = result.messages.flatMap((m) => sensitiveSpan(m.ruleId, offset(m.line, m.column), offset(m.endLine, m.endColumn)) ?? []);
  const shown = spans.length ? maskSpans(word.text, spans) : word.text;
  for (const m of result.messages) {
    if (m.ruleId === 'input-error') continue;
    const start = offset(m.line, m.column);
    const end = offset(m.endLine, m.endColumn);
    const block = blockAt(word.blocks, start);
    if (!block) continue;
    const quote = quoteOf(shown.slice(start, Math.max(start, end)));
    m.message = `${m.message} (${block.label}${quote ? `: "${quote}"` : ''})`;
  }
}

/** The paragraph holding an offset; an offset between paragraphs belongs to the next one. */
function blockAt(blocks: readonly WordBlock[], at: number): WordBlock | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  let found: WordBlock | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end < at) lo = mid + 1;
    else {
      found = blocks[mid];
      hi = mid - 1;
    }
  }
  return found ?? blocks.at(-1);
}

function quoteOf(s: string): string {
  const q = s.replace(/\s+/g, ' ').trim();
  return q.length <= MAX_QUOTE ? q : `${q.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
}
