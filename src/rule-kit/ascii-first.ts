/**
 * Letter and digit classes rewritten so that ASCII text is tested without a call out of the
 * pattern's machine code.
 *
 * V8 compiles a character class of more than 16 ranges, such as `\p{L}` (about 650), to a call
 * to a C++ binary search, made for every character the class is tried on whenever the text is
 * held as two bytes a character, which is the case for any draft with one curly quote or dash in
 * it. The rules try `[\p{L}\p{N}_]` and its kin at nearly every word, in look-behinds that mark a
 * word's start and in the words a gap may hold, and a `perf` profile of a cold run put 3.4% of
 * all samples in that search alone. Each such class is rewritten as its ASCII part, a class of a
 * few ranges that V8 tests inline, or else a non-ASCII character that the whole class then tests:
 *
 *   `[\p{L}'’-]`  becomes  `(?:[A-Za-z'’-]|(?=[^\x00-\x7f])(?![A-Za-z'’-])[\p{L}'’-])`
 *
 * and inside a look-behind, which V8 matches from right to left, the non-ASCII test comes first
 * in that order: `(?:[A-Za-z'’-]|(?=[\p{L}'’-])(?![A-Za-z'’-])[^\x00-\x7f])`. The group matches
 * the characters the class matches, with or without the `i` flag (case folding closes each part
 * as it closes the class), no character can take both branches (so a repeated class cannot match
 * one text in two ways, which would let it backtrack without end), and it adds no capture group.
 * Over 300 posts of text held as two bytes, a word-list pattern between word boundaries ran in
 * 16-22 ms instead of 53-70 ms, with the same matches.
 *
 * Only classes that are not negated and whose property escapes all have a known ASCII part are
 * rewritten (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`, `\p{Nd}`, `\p{M}`); a property escape outside a
 * class counts as a class of its own. Only sources with the `u` flag hold property escapes here;
 * `v`-flag sources, whose classes nest, are left alone.
 */

/** Each property escape's characters in ASCII, as class ranges. */
const ASCII_PART: Readonly<Record<string, string>> = {
  L: 'A-Za-z',
  Lu: 'A-Z',
  Ll: 'a-z',
  N: '0-9',
  Nd: '0-9',
  M: '',
};

/** A property escape; names are letters, digits, `_` and `=` (`Script=Latin`). */
const PROPERTY = /\\[pP]\{([\w=]{1,60})\}/g;
/** A property escape (not negated) at `lastIndex`. */
const PROPERTY_AT = /\\p\{[\w=]{1,60}\}/y;
const NON_ASCII = '[^\\x00-\\x7f]';
const NON_ASCII_AHEAD = `(?=${NON_ASCII})`;

/**
 * The class body `body` (between `[` and `]`, not negated) as a group that tests ASCII inline,
 * or null when it holds no property escape or one without a known ASCII part.
 */
function rewriteClass(body: string, backward: boolean): string | null {
  let any = false;
  let known = true;
  const fast = body.replace(PROPERTY, (whole: string, name: string) => {
    const part = whole[1] === 'p' ? ASCII_PART[name] : undefined;
    if (part === undefined) known = false;
    any = true;
    return part ?? '';
  });
  if (!any || !known) return null;
  if (fast === '') return backward ? `(?:(?=[${body}])${NON_ASCII})` : `(?:${NON_ASCII_AHEAD}[${body}])`;
  // The second branch leaves out what the first takes (a curly quote listed in the class is in
  // both otherwise), so that no text matches a repeated class in more than one way.
  return backward ? `(?:[${fast}]|(?=[${body}])(?![${fast}])${NON_ASCII})` : `(?:[${fast}]|${NON_ASCII_AHEAD}(?![${fast}])[${body}])`;
}

/** `source` with its letter and digit classes rewritten as described above. */
export function asciiFirstSource(source: string, flags: string): string {
  if (!flags.includes('u') || flags.includes('v') || !/\\p\{/.test(source)) return source;
  let out = '';
  // For each open group: true in a look-behind (matched right to left), false in a look-ahead,
  // undefined in any other group, which keeps the direction of the group around it.
  const kinds: Array<boolean | undefined> = [];
  const backward = (): boolean => {
    for (let k = kinds.length - 1; k >= 0; k--) if (kinds[k] !== undefined) return kinds[k]!;
    return false;
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      PROPERTY_AT.lastIndex = i;
      const property = PROPERTY_AT.exec(source);
      if (property) {
        const body = property[0];
        out += rewriteClass(body, backward()) ?? body;
        i += body.length;
      } else {
        out += source.slice(i, i + 2);
        i += 2;
      }
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, j);
      const whole = source.slice(i, j + 1);
      out += (body.startsWith('^') ? null : rewriteClass(body, backward())) ?? whole;
      i = j + 1;
      continue;
    }
    if (c === '(') {
      const head = source.slice(i, i + 4);
      if (head.startsWith('(?<=') || head.startsWith('(?<!')) kinds.push(true);
      else if (head.startsWith('(?=') || head.startsWith('(?!')) kinds.push(false);
      else kinds.push(undefined);
    } else if (c === ')') {
      kinds.pop();
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * `pattern` with its letter and digit classes rewritten (see above), for a pattern written as a
 * literal that runs on most paragraphs.
 */
export function asciiFirst(pattern: RegExp): RegExp {
  const source = asciiFirstSource(pattern.source, pattern.flags);
  return source === pattern.source ? pattern : new RegExp(source, pattern.flags);
}
