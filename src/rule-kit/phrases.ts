/**
 * Building blocks for patterns made from word lists: an alternation source to compose into a
 * larger pattern, with typographic apostrophes and hyphens accepted where a list writes `'` or `-`.
 */
import { deferredPerList, lazyRegExp } from './lazy-regexp.js';

/**
 * The source of a non-capturing alternation of phrases, longest first, for composing into a
 * larger pattern: spaces match a bounded run of white space or hyphens (masked markup leaves
 * several spaces; "off-the-record" is "off the record"),
 * `'` matches `'` or `’`, and `-` matches a hyphen, a dash or a space.
 * Without word boundaries: the caller adds them.
 */
export function phraseSource(phrases: readonly string[]): string {
  const entries = phraseEntries(phrases, (p) =>
    p.split(/(\s+|-)/).map((t) =>
      // Hyphens written as escapes ("\\u002D" is "-", "\\u0020" a space) so that no later step rewrites the classes.
      t === '-'
        ? '[\\u002D\\u2010\\u2011\\u2013\\u2014\\u0020]'
        : /^\s/.test(t)
          ? '[\\s\\u2010\\u2011\\u002D]{1,20}'
          : escapeRegExp(t).replace(/['’]/g, "['’]"),
    ),
  );
  return entries.length === 0 ? '(?!)' : `(?:${trieSource(entries)})`;
}

/** Escape a string for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as atoms for `trieSource`: its words escaped, each run of white space as `\s+`. */
export function spacedAtoms(phrase: string): string[] {
  return phrase.split(/(\s+)/).map((t) => (/^\s/.test(t) ? '\\s+' : escapeRegExp(t)));
}

/**
 * The alternation of a phrase list as `phraseRegExp` matches it, without word boundaries or a group
 * around it, for embedding in a larger pattern: words escaped, each run of white space as `\\s+`
 * (or the atoms `split` makes of a phrase). `(?!)` for an empty list.
 */
export function phraseAlternation(phrases: readonly string[], split: (phrase: string) => string[] = spacedAtoms): string {
  return trieSource(phraseEntries(phrases, split));
}

/** A phrase of a list as regular-expression atoms (words and the separators between them). */
export interface PhraseAtoms {
  atoms: readonly string[];
  /** The phrase's length, for the longest-first order. */
  length: number;
}

/** The distinct, trimmed, non-empty phrases of a list, each cut into atoms by `split`. */
export function phraseEntries(phrases: readonly string[], split: (phrase: string) => string[]): PhraseAtoms[] {
  return [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].map((p) => ({ atoms: split(p).filter(Boolean), length: p.length }));
}

interface TrieNode {
  kids: Map<string, TrieNode>;
  end: boolean;
  /** Length of the longest phrase through this node. */
  max: number;
  /** The phrase that ends here, as the flat order ranks it: its length and its place in the list. */
  endLength: number;
  endIndex: number;
}

/**
 * The alternation of phrases as a prefix tree over their atoms: "is known|is clear|is" becomes
 * "is(?:\\s+(?:known|clear))?". It matches exactly what the flat, longest-first alternation
 * matches, in the same order of preference, but V8 compiles it several times faster and runs it
 * about twice as fast, since a position that fails the first word fails once, not once per phrase.
 * Sibling branches are tried longest first; that keeps the flat order only when two siblings
 * cannot match at the same place. Siblings that can (`it` and `it's`, `Acme` and `Acme.io`, `US`
 * and `us` without case, a space class and a hyphen class) are written out flat, longest phrase
 * first, so that a user's list with such words still gets the longest phrase. Without a group
 * around the whole: the caller adds one.
 */
export function trieSource(entries: readonly PhraseAtoms[]): string {
  const fresh = (): TrieNode => ({ kids: new Map(), end: false, max: 0, endLength: 0, endIndex: 0 });
  const root = fresh();
  entries.forEach(({ atoms, length }, index) => {
    let node = root;
    for (const atom of atoms) {
      let kid = node.kids.get(atom);
      if (!kid) node.kids.set(atom, (kid = fresh()));
      kid.max = Math.max(kid.max, length);
      node = kid;
    }
    // Two phrases with the same atoms: the flat order tries the longer (then the earlier) first.
    if (!node.end || length > node.endLength) Object.assign(node, { end: true, endLength: length, endIndex: index });
  });
  // Every phrase below a node, as [source, length, index], for writing a group of siblings out flat.
  const paths = (atom: string, node: TrieNode, out: Array<[string, number, number]>): void => {
    if (node.end) out.push([atom, node.endLength, node.endIndex]);
    for (const [next, kid] of node.kids) paths(atom + next, kid, out);
  };
  // What each atom matches, read once per atom: the same words recur under many nodes.
  const charsOf = new Map<string, ReturnType<typeof atomChars>>();
  const readAtom = (atom: string): ReturnType<typeof atomChars> => {
    let chars = charsOf.get(atom);
    if (chars === undefined && !charsOf.has(atom)) charsOf.set(atom, (chars = atomChars(atom)));
    return chars;
  };
  const emit = (node: TrieNode): string => {
    const atoms = [...node.kids.keys()];
    const groups = (atoms.length === 1 ? [atoms] : overlapGroups(atoms, readAtom)).map((group) => {
      const members = group.map((a) => [a, node.kids.get(a)!] as const);
      return { members, max: Math.max(...members.map(([, kid]) => kid.max)) };
    });
    const alternatives: string[] = [];
    for (const { members: group } of groups.sort((a, b) => b.max - a.max)) {
      if (group.length > 1) {
        const flat: Array<[string, number, number]> = [];
        for (const [atom, kid] of group) paths(atom, kid, flat);
        alternatives.push(...flat.sort((a, b) => b[1] - a[1] || a[2] - b[2]).map(([source]) => source));
      } else {
        const [atom, kid] = group[0]!;
        if (kid.kids.size === 0) alternatives.push(atom);
        else alternatives.push(kid.end ? `${atom}(?:${emit(kid)})?` : `${atom}${emit(kid)}`);
      }
    }
    return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  };
  return root.kids.size === 0 ? '(?!)' : emit(root);
}

/**
 * What an atom matches, character by character: each position a string of the (lower-case)
 * characters it accepts, or null for any character; undefined when the atom repeats a part (a
 * quantifier) or uses a construct not read here, which is taken to overlap anything.
 */
function atomChars(atom: string): Array<string | null> | undefined {
  const fold = (c: string): string => (c === '\u017F' ? 's' : c.toLowerCase());
  // Most atoms are plain words: no escape, class, group, quantifier or wildcard. By UTF-16 unit, as below.
  if (!/[\\.()|*+?{}^$[\]]/.test(atom)) return atom.split('').map(fold);
  const out: Array<string | null> = [];
  let i = 0;
  // One character, possibly escaped, from `atom` at `i`: its folded text, or null for a class escape.
  const char = (): string | null | undefined => {
    const c = atom[i]!;
    if (c !== '\\') {
      i++;
      return c === '.' ? null : '()|*+?{}^$['.includes(c) ? undefined : fold(c);
    }
    const e = atom[i + 1];
    if (e === undefined) return undefined;
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(atom.slice(i + 2, i + 6))) {
      i += 6;
      return fold(String.fromCharCode(parseInt(atom.slice(i - 4, i), 16)));
    }
    i += 2;
    // One-character class escapes (\s, \d, \n ...) match one of many; any other letter or digit
    // escape (\b, \p{..}, a back-reference) is not read.
    return /[sdwSDWntrfv]/.test(e) ? null : /[a-zA-Z0-9]/.test(e) ? undefined : fold(e);
  };
  while (i < atom.length) {
    let token: string | null | undefined;
    if (atom[i] === '[') {
      i++;
      if (atom[i] === '^') return undefined;
      let set = '';
      // A range, a class escape or anything unread inside the class: any character.
      let anyChar = false;
      while (i < atom.length && atom[i] !== ']') {
        const c = char();
        if (c === undefined || c === null || atom[i] === '-') anyChar = true;
        else set += c;
      }
      if (atom[i] !== ']') return undefined;
      i++;
      token = anyChar ? null : set;
    } else {
      token = char();
    }
    if (token === undefined || (i < atom.length && '*+?{'.includes(atom[i]!))) return undefined;
    out.push(token);
  }
  return out;
}

/** Whether two atoms can match at one place: one's characters fit the start of the other's. */
function mayOverlap(a: Array<string | null> | undefined, b: Array<string | null> | undefined): boolean {
  if (!a || !b) return true;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== null && y !== null && ![...x].some((c) => y.includes(c))) return false;
  }
  return true;
}

/** Sibling atoms in groups that can match at one place (joined transitively), each in list order. */
function overlapGroups(atoms: readonly string[], read: (atom: string) => ReturnType<typeof atomChars> = atomChars): string[][] {
  const chars = atoms.map(read);
  const parent = atoms.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Atoms are compared only with those that may share their first character (or have none known).
  const byFirst = new Map<string, number[]>();
  const open: number[] = [];
  chars.forEach((c, i) => {
    const first = c?.[0];
    if (first === undefined || first === null || first.length !== 1) open.push(i);
    else {
      const members = byFirst.get(first);
      if (members) members.push(i);
      else byFirst.set(first, [i]);
    }
  });
  const join = (i: number, j: number): void => {
    if (find(i) !== find(j) && mayOverlap(chars[i], chars[j])) parent[find(i)] = find(j);
  };
  for (const members of byFirst.values()) for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) join(members[x]!, members[y]!);
  for (const i of open) for (let j = 0; j < atoms.length; j++) if (j !== i) join(i, j);
  const groups = new Map<number, string[]>();
  atoms.forEach((a, i) => {
    const group = groups.get(find(i));
    if (group) group.push(a);
    else groups.set(find(i), [a]);
  });
  return [...groups.values()];
}

/** Unicode word boundaries, as lookarounds, to wrap a phrase source in. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
export const WORD_END = '(?![\\p{L}\\p{N}_])';

/**
 * A faster word start for phrases that all begin with an ASCII letter or digit: `\\b` rejects
 * most positions cheaply, and the Unicode lookbehind after it keeps "é" + "word" from matching.
 */
export const ASCII_WORD_START = '\\b(?<![\\p{L}\\p{N}_])';

/** The word start that suits a phrase list: `ASCII_WORD_START` when every phrase begins in ASCII. */
export function wordStartFor(phrases: readonly string[]): string {
  return phrases.every((p) => /^[A-Za-z0-9]/.test(p.trim())) ? ASCII_WORD_START : WORD_START;
}

/** A global, case-insensitive, Unicode pattern matching any of the phrases as whole words, built on first use (`lazyRegExp`). */
export function wordListRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  return lazyRegExp(`${wordStartFor(phrases)}${deferredPhraseSource(phrases)}${WORD_END}`, flags);
}

/** `phraseSource`, built when a pattern holding it is first used (`deferredPerList`). */
export const deferredPhraseSource = deferredPerList((phrases) => phraseSource(phrases));
/** `phraseAlternation` with its default atoms, built when a pattern holding it is first used. */
export const deferredPhraseAlternation = deferredPerList((phrases) => phraseAlternation(phrases));
