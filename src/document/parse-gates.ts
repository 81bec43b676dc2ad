/**
 * A cheaper route to the same tree: micromark constructs that are tried far more often than they
 * can succeed, each wrapped with a look at the source text first. This plugin runs after
 * remark-gfm; when the text at the offset rules a construct out, the attempt fails at once, as it
 * would have failed anyway; otherwise the original construct runs unchanged. The tree, positions
 * included, is the same either way (tests/parse-gates.test.ts, against the unwrapped parser).
 *
 * - GFM literal autolinks (`www.x.org`, `https://x.org`, `a@b.org` without angle brackets).
 *   micromark tries the e-mail autolink at the start of every word (and at every `_`, which it
 *   shares with emphasis), and the web ones at every word that starts with `h` or `w`; each
 *   attempt that passes the construct's own test of the character before opens tokens and
 *   consumes the word before it can fail. On blog posts that cost about a fifth of the parse.
 *   Ruled out when no `@` follows the word, or no `http://`, `https://` or `www.` starts there.
 *   The check runs only where the construct's own test of the character before passes, so each
 *   run of word characters is scanned once (at every `_` it made a long run quadratic).
 * - GFM tables. micromark tries a table head at every line start of flow content that no other
 *   construct claims, paragraph lines included (also while checking whether a line interrupts a
 *   paragraph), and consumes the whole line before it looks for the delimiter row under it. Ruled
 *   out when the next source line holds anything besides `-`, `:`, `|`, blanks and the `>` of a
 *   block quote, or no `-`.
 * - The GFM autolink transform, which looks for literal autolinks in the finished tree's text
 *   (four walks of the whole tree, one per pattern). Run only on the nodes with a text child,
 *   outside links and link references, that holds `@`, `://` or `www.`, which each of its patterns
 *   needs. A tree with one such text anywhere was walked whole before: on nodejs-blog's release
 *   notes the transform took 2.2-2.3 s of a 27 s parse of its 1,042 posts, now 0.25-0.32 s.
 *
 * Each check is a condition the original tokenizer requires of consecutive characters of the
 * source. micromark's offsets are the source's (after a BOM, which micromark does not count), and
 * the characters the checks read (ASCII letters, digits, `@`, `.`, `:`, `/`, `-`, `|`, `_`, `+`)
 * reach the tokenizers as themselves; a tab, NUL or line ending becomes other codes, and each of
 * them fails the check as it fails the tokenizer. Where the autolink tokenizer starts, if the
 * source character at the offset is not the one micromark is looking at, the original runs.
 *
 * The text is the document this processor's parser was given (the plugin wraps the parser to see
 * it), so these extensions are for this processor's own parse: a micromark run started with them
 * on other text, during a parse, would be checked against the wrong text.
 */
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Parents, Root } from 'mdast';
import type { Processor } from 'unified';

/** The text being parsed, for the checks; `null` outside a parse (then nothing is skipped). */
let source: string | null = null;

/** Counters for tests: source checks made, and how many of them ruled the construct out. */
export const parseGateStats = { checked: 0, declined: 0 };

function check(mayStart: (text: string, i: number) => boolean, text: string, i: number): boolean {
  parseGateStats.checked++;
  if (mayStart(text, i)) return true;
  parseGateStats.declined++;
  return false;
}

// `+`, `-`, `.`, `_`, ASCII letters and digits: the characters of an e-mail's local part in GFM.
function isAtext(c: number): boolean {
  return c === 43 || c === 45 || c === 46 || c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether the e-mail autolink could begin at `i`: a run of local-part characters, then `@`. */
function emailMayStart(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && isAtext(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === 64;
}

/** Whether `http://` or `https://` (any case) begins at `i`. */
function protocolMayStart(text: string, i: number): boolean {
  return /^https?:\/\//i.test(text.slice(i, i + 8));
}

/** Whether `www.` (any case) begins at `i`. */
function wwwMayStart(text: string, i: number): boolean {
  return /^www\./i.test(text.slice(i, i + 4));
}

/** Index in `source` of a micromark offset: micromark does not count a leading BOM. */
function sourceIndex(text: string, offset: number): number {
  return text.charCodeAt(0) === 0xfeff ? offset + 1 : offset;
}

/**
 * A construct's tokenizer that fails at once where `rulesOut` finds in the text being parsed that
 * the original cannot succeed, and is the original everywhere else.
 */
function failFastWhere(construct: Construct, rulesOut: (context: TokenizeContext, code: NonNullable<Code>, text: string) => boolean): Construct['tokenize'] {
  const tokenize = construct.tokenize;
  return function (this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    return function start(code: Code): State | undefined {
      const text = source;
      if (text !== null && code !== null && rulesOut(self, code, text)) return nok(code);
      return tokenize.call(self, effects, ok, nok)(code);
    };
  };
}

/**
 * The construct's own test of the character before (`previous`), looked up for ASCII. micromark
 * asks it at every letter and digit of running text (the e-mail autolink starts at any of them),
 * and GFM's tests are functions of that character alone that test it with a regular expression
 * each time: about 4% of the parse. Other characters, line endings and the start of the text
 * are asked of the test itself.
 */
function previousTest(construct: Construct): (context: TokenizeContext, code: Code) => boolean {
  const previous = construct.previous;
  if (!previous) return () => true;
  let ascii: Uint8Array;
  try {
    ascii = Uint8Array.from({ length: 128 }, (_, c) => (previous.call(undefined as unknown as TokenizeContext, c) ? 1 : 0));
  } catch {
    // A test that reads its context is not one of these: ask it every time.
    return (context, code) => previous.call(context, code);
  }
  return (context, code) => (code !== null && code >= 0 && code < 128 ? ascii[code] === 1 : previous.call(context, code));
}

/** A literal autolink, tried only where `mayStart` finds its beginning in the source. */
function gateAutolink(construct: Construct, mayStart: (text: string, i: number) => boolean): Construct {
  const allows = previousTest(construct);
  return {
    ...construct,
    // micromark's text tokenizer ends a run of plain text wherever a construct's `previous` allows
    // it to start, then tries it; a run that goes on where the construct cannot start is the same
    // text (adjacent text is merged), without the attempt.
    previous(this: TokenizeContext, code: Code): boolean {
      if (!allows(this, code)) return false;
      const text = source;
      return text === null || check(mayStart, text, sourceIndex(text, this.now().offset));
    },
    tokenize: failFastWhere(construct, (self, code, text) => {
      // Where the construct's own test of the character before fails, the original fails at once.
      if (!allows(self, self.previous)) return false;
      const i = sourceIndex(text, self.now().offset);
      return text.charCodeAt(i) === code && !check(mayStart, text, i);
    }),
  };
}

/** The table: the body rows of a table already open run as they are; a head needs a delimiter row next. */
function gateTable(construct: Construct): Construct {
  return {
    ...construct,
    tokenize: failFastWhere(construct, (self, _code, text) => !afterTableRow(self) && !check(delimiterRowNext, text, sourceIndex(text, self.now().offset))),
  };
}

/** Whether the last event, past line endings and prefixes, is a table head or row (as the table construct itself decides). */
function afterTableRow(context: TokenizeContext): boolean {
  const events = context.events;
  let index = events.length - 1;
  while (index > -1 && (events[index]![1].type === 'lineEnding' || events[index]![1].type === 'linePrefix')) index--;
  const type: string = index > -1 ? events[index]![1].type : '';
  return type === 'tableHead' || type === 'tableRow';
}

// The characters of a delimiter row as it stands in the source: `-`, `:`, `|`, blanks, and the `>`
// of block quotes before it (allowed anywhere: a wider test never rules out a real delimiter row,
// and one class keeps it linear on a long line).
const DELIMITER_ROW_CHARS = /^[-\t >|:]*$/;

/** Whether the source line after the one holding `i` could be a table's delimiter row. */
function delimiterRowNext(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
  if (j >= text.length) return false;
  j += text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1;
  let k = j;
  while (k < text.length && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
  const line = text.slice(j, k);
  return line.includes('-') && DELIMITER_ROW_CHARS.test(line);
}

/** The wrapper for each gated construct (of micromark's GFM extensions), by the construct's name. */
const WRAPPERS: ReadonlyMap<string, (c: Construct) => Construct> = new Map([
  ['emailAutolink', (c: Construct) => gateAutolink(c, emailMayStart)],
  ['protocolAutolink', (c: Construct) => gateAutolink(c, protocolMayStart)],
  ['wwwAutolink', (c: Construct) => gateAutolink(c, wwwMayStart)],
  ['table', gateTable],
]);

type ConstructMap = NonNullable<Extension['text']>;

/** A copy of a construct map (`text`, `flow` ...) with the gated constructs wrapped. */
function gateMap(map: ConstructMap, wrapped: Map<Construct, Construct>): ConstructMap {
  const wrap = (c: Construct): Construct => {
    const wrapper = c.name ? WRAPPERS.get(c.name) : undefined;
    if (!wrapper) return c;
    let g = wrapped.get(c);
    if (!g) wrapped.set(c, (g = wrapper(c)));
    return g;
  };
  const out: ConstructMap = {};
  for (const key of Object.keys(map)) {
    const value = map[key as unknown as number];
    out[key as unknown as number] = Array.isArray(value) ? value.map(wrap) : value ? wrap(value as Construct) : value;
  }
  return out;
}

/** A copy of a micromark extension with the gated constructs of its `text` and `flow` maps wrapped. */
function gateExtension(extension: Extension, wrapped: Map<Construct, Construct>): Extension {
  const out = { ...extension };
  if (extension.text) out.text = gateMap(extension.text, wrapped);
  if (extension.flow) out.flow = gateMap(extension.flow, wrapped);
  return out;
}

// What every pattern of the autolink transform needs in a text node: `http(s)://` or `www.` for a
// web address, `@` for an e-mail, `mailto:` or `xmpp:` address.
const LITERAL_HINT = /@|:\/\/|www\./i;

/**
 * The nodes the autolink transform must see: each node with a text child, outside links and link
 * references, that could hold a literal autolink. A chosen node's subtree is not searched further,
 * since the transform then covers all of it; text outside every chosen subtree holds none of the
 * hints, so the transform would leave it as it is.
 */
function literalRoots(tree: Root): Parents[] {
  const roots: Parents[] = [];
  // A stack, not recursion: a deeply nested draft must not overflow here.
  const stack: Parents[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const nested: Parents[] = [];
    let hinted = false;
    for (const child of node.children) {
      if (child.type === 'text') hinted ||= LITERAL_HINT.test(child.value);
      else if (child.type !== 'link' && child.type !== 'linkReference' && 'children' in child) nested.push(child);
    }
    if (hinted) roots.push(node);
    // One push per child: spreading a list of many thousands of children would overflow the call stack.
    else for (const child of nested) stack.push(child);
  }
  return roots;
}

type Transform = (tree: Root) => Root | undefined | void;
interface MdastExtension {
  transforms?: Transform[];
}
type MdastExtensions = (MdastExtension | MdastExtensions)[];

/**
 * The mdast-util-gfm-autolink-literal transform, run only on the parts of the tree that could need
 * it. Each of its patterns turns matches in one text node into links, reading nothing outside that
 * node's value, and skips links and link references; so running it on each root of
 * `literalRoots` in turn changes the same text nodes in the same way as running it on the tree.
 */
function gateTransforms(list: MdastExtensions, gated: string[]): MdastExtensions {
  return list.map((e) => {
    if (Array.isArray(e)) return gateTransforms(e, gated);
    if (!e.transforms) return e;
    const transforms = e.transforms.map((t) => {
      if (t.name !== 'transformGfmAutolinkLiterals') return t;
      gated.push(t.name);
      return (tree: Root) => {
        for (const root of literalRoots(tree)) t(root as Root);
      };
    });
    return { ...e, transforms };
  });
}

/**
 * unified plugin, after remark-parse and remark-gfm: wraps the gated constructs and transform and
 * the parser (so the checks can see the text). Names what it wrapped in `data('gatedConstructs')`.
 */
export function remarkParseGates(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: Extension[]; fromMarkdownExtensions?: MdastExtensions; gatedConstructs?: string[] };
  const wrapped = new Map<Construct, Construct>();
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((e) => gateExtension(e, wrapped));
  const transforms: string[] = [];
  data.fromMarkdownExtensions = gateTransforms(data.fromMarkdownExtensions ?? [], transforms);
  data.gatedConstructs = [...new Set([...[...wrapped.keys()].map((c) => c.name!), ...transforms])].sort();
  const parser = this.parser;
  if (!parser) return;
  this.parser = function gatedParser(doc, file) {
    const outer = source;
    source = doc;
    try {
      return parser(doc, file);
    } finally {
      source = outer;
    }
  };
}
