/**
 * Markdown to scopes. The only file that knows remark: it parses once and walks the tree once,
 * producing prose segments (masked source slices), links, images, code and directives.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Literal, Nodes, Root, RootContent, PhrasingContent, Parents } from 'mdast';
import type {} from 'mdast-util-frontmatter';

// remark-frontmatter makes `toml` nodes for `+++` blocks; mdast's types only declare `yaml`.
declare module 'mdast' {
  interface Toml extends Literal {
    type: 'toml';
  }
  interface RootContentMap {
    toml: Toml;
  }
}
import type { CodeBlock, DirectiveComment, FrontMatter, Image, Link, ProseKind, ProseSegment } from './types.js';
import { parseFrontMatter } from './front-matter.js';
import { blank, blankSpans, blankTags, findAnchorTags, findDirectives, findImgTags } from './html.js';
import { templateSpans } from './templates.js';
import { frontMatterImages, frontMatterProse } from './front-matter-scopes.js';
import { remarkParseGates } from './parse-gates.js';

/** remark with GFM and front matter; the gates give the same tree, faster (see parse-gates.ts). */
export const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkParseGates)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze();

export interface MarkdownScopes {
  frontMatter: FrontMatter | null;
  prose: ProseSegment[];
  links: Link[];
  images: Image[];
  code: CodeBlock[];
  directives: DirectiveComment[];
}

// Blank lines before a front-matter fence: some generators accept them, CommonMark would not.
const LEADING_BLANK_THEN_FENCE = /^(?:[ \t]*(?:\r\n|\n|\r)){1,20}(?=(?:---|\+\+\+)[ \t]*(?:\r\n|\n|\r))/;

// A shortcode or include that shows an image (also prefixed ones such as `legacy-img`), with its attributes.
const TEMPLATE_IMAGE = /\{\{[<%]\s*(?:[a-z]{1,20}-)?(?:img|image|figure|picture|photo)\b([^{}]{0,2000}?)[>%]\}\}|\{%\s*include\s+[\w/-]*(?:image|img|figure)[\w.-]*\s([^{}]{0,2000}?)%\}/gi;

/** Parse markdown text (no BOM) into scopes. */
export function parseMarkdown(text: string): MarkdownScopes {
  // Move leading blank lines behind the front matter so remark-frontmatter sees the fence at
  // offset 0; only front-matter offsets shift, by `shift`, and everything after keeps its offset.
  let shift = 0;
  let input = text;
  const lead = LEADING_BLANK_THEN_FENCE.exec(text);
  if (lead) {
    const fmEnd = findFenceEnd(text, lead[0].length);
    if (fmEnd > 0) {
      shift = lead[0].length;
      input = text.slice(shift, fmEnd) + lead[0] + text.slice(fmEnd);
    }
  }
  const tree = processor.parse(input) as Root;
  const walker = new Walker(text, shift);
  walker.root(tree);
  return walker.result();
}

/** End offset (after the closing fence line) of a front matter that opens at `from`, or -1. */
function findFenceEnd(text: string, from: number): number {
  const fence = text.startsWith('+++', from) ? '+++' : '---';
  const re = fence === '+++' ? /(?:\r\n|\n|\r)\+\+\+[ \t]*(?=\r\n|\n|\r|$)/g : /(?:\r\n|\n|\r)---[ \t]*(?=\r\n|\n|\r|$)/g;
  re.lastIndex = from + 3;
  const m = re.exec(text);
  return m ? m.index + m[0].length : -1;
}

function hasPosition(node: Nodes): node is Nodes & { position: { start: { offset: number }; end: { offset: number } } } {
  return node.position?.start.offset !== undefined && node.position.end.offset !== undefined;
}

class Walker {
  private frontMatter: FrontMatter | null = null;
  private readonly prose: ProseSegment[] = [];
  private readonly links: Link[] = [];
  private readonly images: Image[] = [];
  private readonly code: CodeBlock[] = [];
  private readonly directives: DirectiveComment[] = [];
  private readonly containers: string[] = [];

  constructor(
    private readonly text: string,
    private readonly shift: number,
  ) {}

  result(): MarkdownScopes {
    return {
      frontMatter: this.frontMatter,
      prose: this.prose,
      links: this.links,
      images: this.images,
      code: this.code,
      directives: this.directives,
    };
  }

  root(tree: Root): void {
    this.blocks(tree.children);
  }

  private blocks(children: RootContent[]): void {
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (!hasPosition(node)) continue;
      const start = node.position.start.offset;
      const end = node.position.end.offset;
      switch (node.type) {
        case 'yaml':
        case 'toml':
          this.frontMatterNode(node.type, start, end);
          break;
        case 'paragraph':
        case 'heading':
        case 'tableCell': {
          const kind: ProseKind = node.type;
          const imagesBefore = this.images.length;
          const segIndex = this.phrasingBlock(kind, node, start, end, node.type === 'heading' ? node.depth : undefined);
          if (this.images.length > imagesBefore) this.captionImages(segIndex, children[i + 1], imagesBefore);
          break;
        }
        case 'code': {
          const raw = this.text.slice(start, end);
          // Fenced code: content starts after the opening fence line and ends before the closing one.
          const fenced = /^[ \t]{0,3}(?:`{3,}|~{3,})/.test(raw);
          let cs = start;
          let ce = end;
          if (fenced) {
            const nl = raw.search(/\r\n|\n|\r/);
            cs = nl < 0 ? end : start + nl + (raw.startsWith('\r\n', nl) ? 2 : 1);
            const lastNl = Math.max(raw.lastIndexOf('\n'), raw.lastIndexOf('\r'));
            const lastLine = lastNl >= 0 ? raw.slice(lastNl + 1) : '';
            if (lastNl >= 0 && /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*$/.test(lastLine) && start + lastNl + 1 > cs) {
              ce = start + lastNl;
              if (this.text[ce - 1] === '\r' && this.text[ce] === '\n') ce--;
            }
            if (ce < cs) ce = cs;
          }
          this.code.push({ inline: false, lang: node.lang ?? null, text: this.text.slice(cs, ce), start: cs, end: ce });
          break;
        }
        case 'html':
          this.htmlBlock(start, end);
          break;
        case 'definition':
          this.links.push(this.definitionLink(node.url, node.title ?? null, node.label ?? node.identifier, start, end));
          break;
        case 'blockquote':
        case 'list':
        case 'listItem':
        case 'table':
        case 'tableRow':
        case 'footnoteDefinition':
          this.containers.push(node.type);
          this.blocks(node.children as RootContent[]);
          this.containers.pop();
          break;
        default:
          break;
      }
    }
  }

  private frontMatterNode(format: 'yaml' | 'toml', start: number, end: number): void {
    // Undo the shift applied for leading blank lines.
    const s = start + this.shift;
    const e = end + this.shift;
    const raw = this.text.slice(s, e);
    const nl = raw.search(/\r\n|\n|\r/);
    const bodyStart = nl < 0 ? e : s + nl + (raw.startsWith('\r\n', nl) ? 2 : 1);
    const lastNl = Math.max(raw.lastIndexOf('\n'), raw.lastIndexOf('\r'));
    let bodyEnd = lastNl > nl ? s + lastNl : bodyStart;
    if (this.text[bodyEnd - 1] === '\r' && this.text[bodyEnd] === '\n') bodyEnd--;
    if (bodyEnd < bodyStart) bodyEnd = bodyStart;
    const fm = parseFrontMatter(format, this.text.slice(bodyStart, bodyEnd), bodyStart, s, e);
    this.frontMatter = fm;
    if (!fm.error) {
      this.prose.push(...frontMatterProse(this.text, fm));
      this.images.push(...frontMatterImages(fm));
    }
  }

  /** A paragraph, heading or table cell: mask its source slice into prose; record inline scopes. */
  private phrasingBlock(kind: ProseKind, node: Parents, start: number, end: number, depth?: number): number {
    const pieces: string[] = [];
    let cursor = start;
    const emit = (from: number, to: number, keep: boolean, value?: string): void => {
      if (from < cursor) from = cursor;
      if (to <= from) return;
      if (from > cursor) pieces.push(blank(this.text.slice(cursor, from)));
      const src = this.text.slice(from, to);
      pieces.push(keep ? (value === undefined ? src : align(src, value)) : blank(src));
      cursor = to;
    };
    const inlineHtmlStarts = new Set<number>();
    const visit = (n: PhrasingContent): void => {
      if (!hasPosition(n)) return;
      const s = n.position.start.offset;
      const e = n.position.end.offset;
      switch (n.type) {
        case 'text':
          emit(s, e, true, n.value);
          break;
        case 'inlineCode': {
          const raw = this.text.slice(s, e);
          const ticks = /^`+/.exec(raw)?.[0].length ?? 1;
          this.code.push({ inline: true, lang: null, text: raw.slice(ticks, Math.max(ticks, raw.length - ticks)), start: s + ticks, end: Math.max(s + ticks, e - ticks) });
          emit(s, e, false);
          break;
        }
        case 'html':
          inlineHtmlStarts.add(s);
          this.directives.push(...findDirectives(this.text.slice(s, e), s));
          for (const img of findImgTags(this.text.slice(s, e))) this.images.push(htmlImage(img, s));
          emit(s, e, false);
          break;
        case 'image':
          this.images.push({ source: 'markdown', alt: n.alt ?? '', url: n.url, title: n.title ?? null, caption: '', start: s, end: e });
          emit(s, e, false);
          break;
        case 'imageReference':
          this.images.push({ source: 'markdown', alt: n.alt ?? '', url: '', title: null, caption: '', start: s, end: e });
          emit(s, e, false);
          break;
        case 'link': {
          const childText = plainText(n);
          const bare = childText === n.url || `http://${childText}` === n.url || `https://${childText}` === n.url;
          const isAutolink = bare || `mailto:${childText}` === n.url;
          const urlAt = isAutolink ? s : this.text.lastIndexOf(n.url.slice(0, 40), e);
          this.links.push({
            kind: isAutolink ? 'autolink' : 'link',
            text: childText,
            url: n.url,
            title: n.title ?? null,
            start: s,
            end: e,
            urlStart: urlAt >= s ? urlAt : null,
            urlEnd: urlAt >= s ? Math.min(e, urlAt + rawUrlLength(this.text, urlAt, e)) : null,
          });
          if (bare) emit(s, e, false);
          else n.children.forEach(visit);
          break;
        }
        case 'linkReference':
          this.links.push({ kind: 'reference', text: plainText(n), url: '', title: null, start: s, end: e, urlStart: null, urlEnd: null });
          n.children.forEach(visit);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
          n.children.forEach(visit);
          break;
        default:
          // break, footnoteReference: not prose.
          emit(s, e, false);
          break;
      }
    };
    (node.children as PhrasingContent[]).forEach(visit);
    emit(cursor, end, false);
    let masked = pieces.join('');
    const raw = this.text.slice(start, end);
    if (raw.includes('<a') || raw.includes('<A')) this.inlineAnchors(raw, start, inlineHtmlStarts, masked);
    if (raw.includes('{{') || raw.includes('{%')) masked = this.templates(raw, start, masked);
    this.prose.push({ kind, text: masked, start, end, containers: [...this.containers], ...(depth !== undefined ? { depth } : {}) });
    return this.prose.length - 1;
  }

  /** Links written as inline `<a href>` tags: their text is the masked prose up to `</a>`. */
  private inlineAnchors(raw: string, base: number, starts: Set<number>, masked: string): void {
    for (const tag of findAnchorTags(raw)) {
      if (!starts.has(base + tag.start)) continue;
      const close = raw.toLowerCase().indexOf('</a', tag.end);
      const textEnd = close < 0 ? tag.end : close;
      this.links.push(htmlLink(tag, base, masked.slice(tag.end, textEnd).replace(/\s+/g, ' ').trim(), close < 0 ? tag.end : close + 4));
    }
  }

  /** Blank template code in prose; template tags that show images become images. */
  private templates(raw: string, base: number, masked: string): string {
    TEMPLATE_IMAGE.lastIndex = 0;
    for (let m = TEMPLATE_IMAGE.exec(raw); m; m = TEMPLATE_IMAGE.exec(raw)) {
      const attrs = parseTemplateAttributes(m[1] ?? m[2] ?? '');
      this.images.push({
        source: 'markdown',
        alt: attrs.get('alt') ?? '',
        url: attrs.get('src') ?? attrs.get('url') ?? attrs.get('file') ?? attrs.get('image') ?? '',
        title: attrs.get('title') ?? null,
        caption: attrs.get('caption') ?? '',
        start: base + m.index,
        end: base + m.index + m[0].length,
      });
    }
    // Find template code in the raw source (src/document/templates.ts) and blank the same offsets
    // in the masked text (the two have equal lengths; the masked text may differ inside the tag,
    // e.g. where `\_` was unescaped).
    return blankSpans(masked, templateSpans(raw));
  }

  /** Caption the images the block just added (from index `from`) with its text or the next paragraph's. */
  private captionImages(segIndex: number, next: RootContent | undefined, from: number): void {
    const seg = this.prose[segIndex];
    if (!seg) return;
    const own = seg.text.replace(/\s+/g, ' ').trim();
    for (let i = from; i < this.images.length; i++) {
      const img = this.images[i]!;
      if (img.caption || img.start < seg.start || img.end > seg.end || img.source === 'frontMatter') continue;
      if (own) img.caption = own.slice(0, 500);
      else if (next && next.type === 'paragraph' && hasPosition(next)) {
        img.caption = blankTags(this.text.slice(next.position.start.offset, next.position.end.offset)).replace(/[*_`]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 500);
      }
    }
  }

  private htmlBlock(start: number, end: number): void {
    const raw = this.text.slice(start, end);
    this.directives.push(...findDirectives(raw, start));
    const masked = blankTags(raw);
    const around = masked.replace(/\s+/g, ' ').trim().slice(0, 500);
    for (const img of findImgTags(raw)) this.images.push({ ...htmlImage(img, start), caption: around });
    const anchors = findAnchorTags(raw);
    const lower = anchors.length ? raw.toLowerCase() : '';
    for (const tag of anchors) {
      const close = lower.indexOf('</a', tag.end);
      const textEnd = close < 0 ? tag.end : close;
      this.links.push(htmlLink(tag, start, masked.slice(tag.end, textEnd).replace(/\s+/g, ' ').trim(), close < 0 ? tag.end : close + 4));
    }
    if (/\S/.test(masked)) {
      this.prose.push({ kind: 'html', text: masked, start, end, containers: [...this.containers] });
    }
  }

  private definitionLink(url: string, title: string | null, label: string, start: number, end: number): Link {
    const at = this.text.indexOf(url.slice(0, 40), start);
    const urlStart = at >= start && at < end ? at : null;
    return {
      kind: 'definition',
      text: label,
      url,
      title,
      start,
      end,
      urlStart,
      urlEnd: urlStart === null ? null : Math.min(end, urlStart + rawUrlLength(this.text, urlStart, end)),
    };
  }
}

function htmlImage(tag: ReturnType<typeof findImgTags>[number], base: number): Image {
  const a = tag.attributes;
  return {
    source: 'html',
    alt: a.get('alt')?.value ?? '',
    url: a.get('src')?.value ?? '',
    title: a.get('title')?.value ?? null,
    caption: '',
    start: base + tag.start,
    end: base + tag.end,
  };
}

function htmlLink(tag: ReturnType<typeof findAnchorTags>[number], base: number, text: string, end: number): Link {
  const href = tag.attributes.get('href')!;
  return {
    kind: 'html',
    text,
    url: href.value,
    title: tag.attributes.get('title')?.value ?? null,
    start: base + tag.start,
    end: base + end,
    urlStart: base + href.offset,
    urlEnd: base + href.offset + href.value.length,
  };
}

// `key="value"`, `key='value'` or `key=value` inside a template tag.
// The name starts at a word start: from every letter of a long word it would rescan the word.
const TEMPLATE_ATTR = /(?<![\w-])([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/g;

function parseTemplateAttributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  TEMPLATE_ATTR.lastIndex = 0;
  for (let m = TEMPLATE_ATTR.exec(s); m; m = TEMPLATE_ATTR.exec(s)) {
    out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** Length of the URL as written at `at` (up to whitespace, `)`, `>` or a quote). */
function rawUrlLength(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ')' || c === '>' || c === '"' || c === "'") break;
    i++;
  }
  return i - at;
}

/** The plain text of a node's children. */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

// A character reference at the start of a string: `&#8221;`, `&#x201D;`, `&rdquo;`.
const CHARACTER_REFERENCE = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Lay a decoded text node value over its source slice: characters of the source that the value
 * skips (escapes, entity spellings, container prefixes such as `> ` on continuation lines) become
 * spaces. Greedy and linear; the result has the length of `src`.
 */
export function align(src: string, value: string): string {
  if (src === value) return src;
  let out = '';
  let j = 0;
  let runStart = 0;
  for (let i = 0; i < src.length; i++) {
    if (j < value.length && src[i] === value[j]) {
      j++;
      continue;
    }
    // A character reference (`&#8221;`, `&mdash;`) stands for one decoded character of the value:
    // blank the reference and show that character at its last position (next to the text that
    // follows, as in `&#8220;Word`), and move past it in the value too (without this, the rest of
    // the text node would never match and be blanked).
    if (src[i] === '&' && j < value.length && value[j] !== '&') {
      const ref = CHARACTER_REFERENCE.exec(src.slice(i, i + 40));
      if (ref) {
        const ch = value.codePointAt(j)!;
        const width = ch > 0xffff ? 2 : 1;
        out += src.slice(runStart, i) + ' '.repeat(ref[0].length - 1) + (width === 1 ? value[j] : ' ');
        j += width;
        i += ref[0].length - 1;
        runStart = i + 1;
        continue;
      }
    }
    // Flush the matched run, blank this char.
    out += src.slice(runStart, i) + (src[i] === '\n' || src[i] === '\r' ? src[i] : ' ');
    runStart = i + 1;
  }
  return out + src.slice(runStart);
}
