/**
 * A cheaper route to the same tree for GFM literal autolinks (`www.x.org`, `https://x.org`,
 * `a@b.org` written without angle brackets).
 *
 * micromark tries the e-mail autolink at the start of every word, and the web ones at every word
 * that starts with `h` or `w`. Each attempt opens tokens and consumes the word before it can fail,
 * and on blog posts that costs about a third of the whole parse. This plugin (used after
 * remark-gfm) wraps those three constructs with a look at the source text first: when the text at
 * that offset cannot begin the autolink (no `@` after the word, no `http://`, `https://` or
 * `www.`), the attempt fails at once, as it would have failed anyway; otherwise the original
 * construct runs unchanged. The tree, positions included, is the same either way (tested against
 * the unwrapped parser).
 *
 * Each check is a condition the original tokenizer requires of consecutive characters on one line,
 * where micromark's character codes are the source's own characters. If the source character at
 * the offset is not the one micromark is looking at (a mapping it did not expect), the original
 * runs.
 */
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

/** The text being parsed, for the checks; `null` outside a parse (then nothing is skipped). */
let source: string | null = null;

/** Counters for tests: source checks made, and how many of them ruled the construct out. */
export const autolinkGateStats = { checked: 0, declined: 0 };

function check(mayStart: (text: string, i: number) => boolean, text: string, i: number): boolean {
  autolinkGateStats.checked++;
  if (mayStart(text, i)) return true;
  autolinkGateStats.declined++;
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

/** The constructs of micromark-extension-gfm-autolink-literal, by name, and what each needs. */
const CHECKS: ReadonlyMap<string, (text: string, i: number) => boolean> = new Map([
  ['emailAutolink', emailMayStart],
  ['protocolAutolink', protocolMayStart],
  ['wwwAutolink', wwwMayStart],
]);

/** Index in `source` of a micromark offset: micromark does not count a leading BOM. */
function sourceIndex(text: string, offset: number): number {
  return text.charCodeAt(0) === 0xfeff ? offset + 1 : offset;
}

function gate(construct: Construct, mayStart: (text: string, i: number) => boolean): Construct {
  const { tokenize, previous } = construct;
  return {
    ...construct,
    // micromark's text tokenizer ends a run of plain text wherever a construct's `previous` allows
    // it to start, then tries it; a run that goes on where the construct cannot start is the same
    // text (adjacent text is merged), without the attempt.
    previous(this: TokenizeContext, code: Code): boolean {
      if (previous && !previous.call(this, code)) return false;
      const text = source;
      return text === null || check(mayStart, text, sourceIndex(text, this.now().offset));
    },
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const self = this;
      return function start(code: Code): State | undefined {
        const text = source;
        if (text !== null && code !== null) {
          const i = sourceIndex(text, self.now().offset);
          if (text.charCodeAt(i) === code && !check(mayStart, text, i)) return nok(code);
        }
        return tokenize.call(self, effects, ok, nok)(code);
      };
    },
  };
}

/** A copy of a micromark extension with the autolink constructs of its `text` map wrapped. */
function gateExtension(extension: Extension, wrapped: Map<Construct, Construct>): Extension {
  const text = extension.text;
  if (!text) return extension;
  const out: NonNullable<Extension['text']> = {};
  for (const key of Object.keys(text)) {
    const value = text[key as unknown as number];
    const wrap = (c: Construct): Construct => {
      const check = c.name ? CHECKS.get(c.name) : undefined;
      if (!check) return c;
      let g = wrapped.get(c);
      if (!g) wrapped.set(c, (g = gate(c, check)));
      return g;
    };
    out[key as unknown as number] = Array.isArray(value) ? value.map(wrap) : value ? wrap(value as Construct) : value;
  }
  return { ...extension, text: out };
}

/**
 * unified plugin, after remark-parse and remark-gfm: wraps the literal-autolink constructs and the
 * parser (so the checks can see the text). Names the constructs it wrapped in `data('gatedAutolinks')`.
 */
export function remarkGateAutolinkLiterals(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: Extension[]; gatedAutolinks?: string[] };
  const wrapped = new Map<Construct, Construct>();
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((e) => gateExtension(e, wrapped));
  data.gatedAutolinks = [...new Set([...wrapped.keys()].map((c) => c.name!))].sort();
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
