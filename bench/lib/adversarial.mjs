// Adversarial inputs built from a rule's own regular expressions, for bench/redos.mjs and
// tests/redos.test.ts. Each pattern is parsed (regexpp, the parser ESLint uses) and, for each
// quantifier that can repeat, a text is generated that walks the pattern up to that quantifier,
// pumps it, and stops before the rest can match: the near miss that makes a backtracking engine
// retry. Repeated to the wanted size, such texts expose super-linear matching.
import { RegExpParser } from '@eslint-community/regexpp';

const parser = new RegExpParser({ ecmaVersion: 2025 });

// Characters tried, in order, as the representative of a character class or set.
const CANDIDATES = [
  'a', 'e', 's', 't', 'n', 'o', 'r', 'i', 'A', 'E', 'S', 'T', '0', '1', '7', '9', ' ', '\t', '-', '.', ',', "'", '’', '/', ':', '@', '_',
  '#', '$', '%', '+', '(', ')', '[', ']', '!', '?', '"', '“', '*', '&', '=', '<', '>', '|', '\\', '^', '{', '}', '~', ';', 'é', 'ü', 'ß', 'ç',
  'Ж', 'ش', '中', '\u00a0', '\u2009', '–', '—', '€', '£', '\n', '\r', 'x', 'z', 'Q', 'X', '\u0000',
];

/** A small deterministic generator (mulberry32), so inputs are the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Flags for testing a single character against a class: no g, y or d. */
const testFlags = (flags) => flags.replace(/[gyd]/g, '');

class Generator {
  constructor(re) {
    this.flags = testFlags(re.flags);
    this.ast = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u'), unicodeSets: re.flags.includes('v') });
    this.classCache = new Map();
    this.random = rng(hash(re.source));
  }

  /** The quantifiers that can repeat more than once, unbounded first, then by bound. */
  quantifiers() {
    const out = [];
    const visit = (node) => {
      if (!node || typeof node !== 'object') return;
      if (node.type === 'Quantifier' && node.max > 1) out.push(node);
      for (const key of ['alternatives', 'elements', 'element']) {
        const v = node[key];
        if (Array.isArray(v)) v.forEach(visit);
        else if (v) visit(v);
      }
    };
    visit(this.ast);
    return out.sort((a, b) => (b.max === Infinity) - (a.max === Infinity) || b.max - a.max || a.start - b.start);
  }

  /** A character matching (or, for negated classes, not excluded by) a class, set or character. */
  charFor(node) {
    let list = this.classCache.get(node.raw);
    if (!list) {
      let re;
      try {
        re = new RegExp(`^(?:${node.raw})$`, this.flags);
      } catch {
        re = null;
      }
      list = re ? CANDIDATES.filter((c) => re.test(c)) : [];
      // Line breaks only where nothing else fits: a pump should stay in one paragraph.
      const inLine = list.filter((c) => c !== '\n' && c !== '\r');
      if (inLine.length) list = inLine;
      this.classCache.set(node.raw, list);
    }
    if (list.length === 0) return '';
    return list[Math.floor(this.random() * list.length)];
  }

  /**
   * Text for `node`. With `plan.target` set, the target quantifier repeats `plan.reps` times and
   * `plan.cut` records where its repetitions end, so the caller can drop what follows.
   */
  gen(node, plan, out) {
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup': {
        const alts = node.alternatives;
        let pick = alts.findIndex((a) => plan.target && contains(a, plan.target));
        if (pick < 0) pick = Math.floor(this.random() * alts.length);
        this.gen(alts[pick], plan, out);
        return;
      }
      case 'Alternative':
        for (const e of node.elements) this.gen(e, plan, out);
        return;
      case 'Quantifier': {
        if (node === plan.target) {
          // One repetition, repeated as is: a uniform run is what makes an engine retry.
          plan.start = out.length;
          const unit = [];
          this.gen(node.element, plan, unit);
          plan.pump = unit.join('');
          for (let i = 0; i < plan.reps; i++) out.push(plan.pump);
          plan.cut = out.length;
          return;
        }
        const n = node.min > 0 ? node.min : node.max >= 1 ? 1 : 0;
        for (let i = 0; i < n; i++) this.gen(node.element, plan, out);
        return;
      }
      case 'Character':
        out.push(String.fromCodePoint(node.value));
        return;
      case 'CharacterClass':
      case 'CharacterSet':
      case 'ExpressionCharacterClass':
        out.push(this.charFor(node));
        return;
      default:
        // Assertions (^, $, \b, lookarounds) and backreferences add no text of their own.
        return;
    }
  }

  /** One text the pattern (roughly) matches: lookarounds are ignored. */
  sample() {
    const out = [];
    this.gen(this.ast, { target: null }, out);
    return out.join('');
  }

  /**
   * The walk up to quantifier `q`: `head` (what comes before it), `prefix` (head and `reps`
   * repetitions) and `pump` (one repetition alone).
   */
  pumped(q, reps) {
    const out = [];
    const plan = { target: q, reps, start: -1, cut: -1, pump: undefined };
    this.gen(this.ast, plan, out);
    if (plan.cut < 0) return { head: '', prefix: '', pump: '' };
    return { head: out.slice(0, plan.start).join(''), prefix: out.slice(0, plan.cut).join(''), pump: plan.pump ?? '' };
  }
}

function contains(node, target) {
  if (node === target) return true;
  for (const key of ['alternatives', 'elements', 'element']) {
    const v = node[key];
    if (Array.isArray(v) ? v.some((x) => contains(x, target)) : v && contains(v, target)) return true;
  }
  return false;
}

/** `unit` repeated (joined by `sep`) to exactly `size` characters. */
export function fill(unit, size, sep = '') {
  if (!unit) return '';
  const piece = unit + sep;
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
}

/**
 * Adversarial texts of `size` characters for one pattern, each `{ name, text }`:
 * - `match`: samples of the pattern, space-separated (many findings at once);
 * - `near-miss@<quantifier>`: the walk up to a pumped quantifier, without what must follow, repeated;
 * - `long-pump@<quantifier>`: for an unbounded quantifier, one walk whose pump fills the text.
 * `maxQuantifiers` limits how many quantifiers are pumped (the unbounded and widest first).
 */
export function adversarialInputs(name, re, size, { maxQuantifiers = 3, kinds = ['match', 'near-miss', 'long-pump'] } = {}) {
  let g;
  try {
    g = new Generator(re);
  } catch (e) {
    return [{ name: `${name} (unparsed: ${e.message})`, text: fill(re.source, size, ' ') }];
  }
  const inputs = [];
  if (kinds.includes('match')) {
    const samples = Array.from({ length: 8 }, () => g.sample()).filter(Boolean);
    if (samples.length) inputs.push({ name: `${name} match`, text: fill(samples.join(' '), size, ' ') });
  }
  for (const q of g.quantifiers().slice(0, maxQuantifiers)) {
    const where = `${name}@${q.raw.length > 24 ? q.raw.slice(0, 21) + '...' : q.raw}`;
    const reps = q.max === Infinity ? 64 : Math.min(q.max, 256);
    const { head, prefix, pump } = g.pumped(q, reps);
    if (kinds.includes('near-miss') && prefix) inputs.push({ name: `${where} near-miss`, text: fill(prefix, size) });
    if (kinds.includes('long-pump') && q.max === Infinity && pump) {
      inputs.push({ name: `${where} long-pump`, text: (head + fill(pump, Math.max(0, size - head.length - 1)) + '\u0000').slice(0, size) });
    }
  }
  const seen = new Set();
  return inputs.filter((i) => i.text && !seen.has(i.text) && seen.add(i.text));
}

/** Inputs for every pattern of a `patterns` record, deduplicated across patterns. */
export function adversarialInputsFor(patterns, size, options) {
  const seen = new Set();
  const out = [];
  for (const [name, re] of Object.entries(patterns)) {
    for (const input of adversarialInputs(name, re, size, options)) {
      if (seen.has(input.text)) continue;
      seen.add(input.text);
      out.push(input);
    }
  }
  return out;
}

/** Generic adversarial texts that any rule may meet: long runs of one kind of character. */
export function genericInputs(size) {
  return [
    ['digits', '0123456789'],
    ['digit groups', '12 34 56 '],
    ['spaces and tabs', ' \t'],
    ['letters', 'abcdefghij'],
    ['capitals', 'ABCDEFGHIJ'],
    ['punctuation', '.,;:!?-'],
    ['quotes', `"'“”‘’`],
    ['at signs', 'a@b.'],
    ['url-ish', 'http://a.b/'],
    ['brackets', '[(<{'],
    ['emoji and combining', '😀e\u0301\u200d'],
    ['right-to-left', 'مرحبا שלום '],
    ['new lines', 'a\n'],
    ['short sentences', 'It works. '],
    ['abbreviations and thin spaces', 'Dr.\u2009\u2009\u2009\u2009\u2009'],
  ].map(([name, unit]) => ({ name: `generic ${name}`, text: fill(unit, size) }));
}
