/**
 * The prepared view of a draft that every rule reads. All offsets are UTF-16 indexes into
 * `Document.text` (the source without a byte-order mark); `end` is exclusive.
 */

/** Where a prose segment came from. */
export type ProseKind =
  | 'paragraph'
  | 'heading'
  | 'tableCell'
  | 'html'
  | 'frontMatter'
  | 'caption';

/**
 * A run of prose. `text` has exactly the length of the source slice `[start, end)`; everything that
 * is not prose (markup, code, URLs, HTML tags and comments, container prefixes such as `> `) is
 * replaced by spaces, so an index `i` in `text` is the source offset `start + i`.
 */
export interface ProseSegment {
  kind: ProseKind;
  text: string;
  start: number;
  end: number;
  /** Containers around it, outermost first: `blockquote`, `listItem`, `table`, `footnote`. */
  containers: readonly string[];
  /** For headings, the depth 1-6; for front matter, the key it came from. */
  depth?: number;
  key?: string;
}

/** A sentence inside a prose segment. */
export interface Sentence {
  /** The sentence, masked like the segment (same length as the source slice). */
  text: string;
  start: number;
  end: number;
  /** Index into `Document.prose`. */
  segment: number;
}

export interface Heading {
  depth: number;
  text: string;
  start: number;
  end: number;
}

export type LinkKind = 'link' | 'autolink' | 'reference' | 'definition' | 'html';

export interface Link {
  kind: LinkKind;
  /** Visible text (plain, markup removed). */
  text: string;
  url: string;
  title: string | null;
  /** The whole link in the source. */
  start: number;
  end: number;
  /** Where the URL sits in the source, when it is written there (not for references). */
  urlStart: number | null;
  urlEnd: number | null;
}

export type ImageSource = 'markdown' | 'html' | 'frontMatter';

export interface Image {
  source: ImageSource;
  alt: string;
  url: string;
  title: string | null;
  /** Prose next to the image: the rest of its paragraph, or the paragraph right after it. */
  caption: string;
  start: number;
  end: number;
  /** For front-matter images, the key (e.g. `image`, `avatar`). */
  key?: string;
}

export interface CodeBlock {
  inline: boolean;
  lang: string | null;
  /** The raw source of the code content. */
  text: string;
  /** Offset of `text[0]`. */
  start: number;
  end: number;
}

export interface FrontMatterKey {
  /** Dotted path for nested keys (`author.name`). */
  path: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

export interface FrontMatter {
  format: 'yaml' | 'toml';
  /** Parsed data, or `{}` when it did not parse. */
  data: Record<string, unknown>;
  /** The whole block including its fences. */
  start: number;
  end: number;
  keys: FrontMatterKey[];
  /** Set when the block did not parse. */
  error: { message: string; offset: number } | null;
}

/** An inline configuration comment (`<!-- unlinter-disable ... -->`). */
export interface DirectiveComment {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  ruleIds: string[];
  reason: string | null;
  start: number;
  end: number;
}

/** What the file layer found about a local file the draft references (images), by URL as written. */
export interface AssetInfo {
  status: 'ok' | 'missing' | 'unreadable';
  /** GPS position from the image's EXIF data, if any. */
  gps?: { latitude: number; longitude: number };
}

export interface Document {
  filePath: string;
  /**
   * Facts about local files the draft references, filled before linting by the file layer
   * (the engine itself reads nothing). Empty when no loader ran (stdin, the Node API without one).
   */
  assets: Map<string, AssetInfo>;
  /** Source without BOM. */
  text: string;
  kind: 'markdown' | 'text';
  hasBOM: boolean;
  frontMatter: FrontMatter | null;
  prose: ProseSegment[];
  /** Sentences of all prose segments, in order (computed on first use). */
  readonly sentences: Sentence[];
  headings: Heading[];
  links: Link[];
  images: Image[];
  code: CodeBlock[];
  directives: DirectiveComment[];
  /** 1-based line and column (UTF-16 code units) of an offset. */
  locate(offset: number): { line: number; column: number };
  /** 0-based line index of an offset. */
  lineOf(offset: number): number;
  /** Source offset where a 0-based line begins. */
  lineStart(line: number): number;
  lineCount: number;
}
