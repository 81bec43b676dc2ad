// Changes made to dependencies' code as the binary's bundles are built (scripts/bundle.mjs), each
// one small, measured and checked against the unchanged code (tests/dependency-patches.test.ts).
// The per-module build that the Node API loads uses the dependencies as installed.
//
// mdast-util-from-markdown builds the syntax tree from micromark's events, and gives every
// handler a copy of its context object with the event's `sliceSerialize` added: an object of ten
// properties made for each of the millions of events in a blog archive. No handler keeps its
// `this` or sets a property on it (remark's, GFM's, front matter's), so one context whose
// `sliceSerialize` is set before each call gives the same tree. The parse-only pass over
// 18f + digitalgov (2,592 posts) took 11.6-14.2 s with this against 14.0-16.9 s without, three
// rounds in turn.
//
// micromark-util-subtokenize, which splices each paragraph's inline events into the document's,
// keeps where to jump past the spliced events in a plain object with number keys. Such keys leave
// the object's elements sparse (a hash table), and the loop asks it about every event; a Map
// answers the same. With the patch above on both sides, the same parse took 10.0-10.8 s against
// 11.0-12.1 s without this one. Each paragraph's gaps came back as another such object, merged in
// through `Object.entries` and `Number`, which took most of subtokenize's own time; they are now
// set in the Map directly. And each pass copied the whole event list into its splice buffer and
// back again through two more copies; the buffer now works on the list itself (the 851 KB post:
// 1.10-1.21 s against 1.18-1.22 s for a first parse, 0.73-0.82 s against 0.81-0.92 s for a second,
// four rounds in turn; 18f + digitalgov within the noise).
//
// micromark reads the text one character at a time: each goes through the tokenizer's loop, the
// current state function and `consume`, which moves the position on by one. Most characters are
// plain: the rest of a line in the document, in a paragraph's content and in its text chunks,
// the lines of a code block, and in running text each character that starts no construct.
// micromark's preprocessing cuts the text into string chunks that hold no line ending, tab or
// NUL, so a state that consumes every such character can take the rest of its chunk at once, and
// the text state can take the characters that start no construct in one loop, asking the same
// question of each in the same order (a `previous` test sees the same previous character and
// position as before). Two functions are added to the tokenizer's effects for that,
// `consumeRestOfChunk` and `consumeWhile`; the states call them after consuming the character
// they were given. An attempt on a map of constructs also copied the list for its character into
// a new array that is only read; the list serves as it is. With the patches above on both sides,
// the parse-only pass over 18f + digitalgov took 3.30-3.47 s with these against 3.88-4.16 s
// without, three rounds in turn.
//
// micromark combined the default constructs with the extensions' anew for every document (a map
// of some two hundred lists, spliced together). remark-parse hands every parse its processor's
// own list of extensions, so the combined map is kept per list; nothing writes to it during a
// parse. The parse-only pass took 3.40-3.59 s with this against 3.61-3.79 s, four rounds in turn.
// The paragraph's text chunks (micromark's initialize/content.js) then took their rest of a chunk
// at once too: 3.21-3.47 s against 3.35-3.57 s.
//
// When micromark asks whether a construct interrupts (each line of a paragraph does), the attempt
// runs on an object made with `Object.create(context)`, so that it sees the tokenizer's context
// live with `interrupt` set over it. That makes every tokenizer's context a prototype, and V8
// gives each prototype a map of its own. Maps are never young: each one holds its context from
// the old generation, so the young-generation collections that run while the next drafts are
// parsed keep the context, and all that it reaches (the tokenizer's events and tokens), until a
// full collection, copying it into the old generation on the way. The attempt now sees the
// context through a proxy whose reads find the overlay's fields first and whose writes and
// deletes stay in the overlay, as they did in the derived object. Parsing one 5 KB post 3,000
// times promoted 200 MB with the prototypes and 4 MB without. A serial run over 18f +
// digitalgov promoted 229 MB against 291 MB and took 2-4% less user CPU (15.6-18.4 s against
// 16.3-18.9 s, three rounds side by side), with the same output. On its own it left the peak RSS
// of a two-worker run as it was: two other sources still filled the old generation (README,
// Performance). The Node API's per-module build keeps micromark as installed.
import fs from 'node:fs';

/**
 * The patch for a state in `file` that consumes every character up to a line ending (`state`
 * returns itself after `effects.consume(code)`): it then takes the rest of the string chunk.
 */
function restOfChunk(file, state) {
  return {
    file,
    edits: [
      {
        find: new RegExp(`effects\\.consume\\(code\\);\\n(\\s*)return ${state};`, 'g'),
        count: 1,
        replace: `effects.consume(code);\n$1effects.consumeRestOfChunk();\n$1return ${state};`,
      },
    ],
  };
}

/**
 * The patched files, each with its edits: the pattern to find, how many times it must be found,
 * and its replacement.
 */
const PATCHES = [
  {
    file: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/,
    edits: [
      {
        find: /\{\s*\.\.\.context,\s*sliceSerialize: (events\[index\]\[2\]\.sliceSerialize)\s*\}/g,
        count: 3,
        replace: '(context.sliceSerialize = $1, context)',
      },
    ],
  },
  {
    file: /[\\/]micromark-util-subtokenize[\\/]index\.js$/,
    edits: [
      { find: /const jumps = \{\};/g, count: 1, replace: 'const jumps = new Map();' },
      {
        find: /while \(index in jumps\) \{\s*index = jumps\[index\];/g,
        count: 1,
        replace: 'while (jumps.has(index)) {\n      index = jumps.get(index);',
      },
      {
        find: /Object\.assign\(jumps, subcontent\(events, index\)\);\s*index = jumps\[index\];/g,
        count: 1,
        replace: 'subcontent(events, index, jumps);\n        index = jumps.get(index);',
      },
      // The splice buffer works on the events array itself instead of a copy, so nothing is copied
      // back: its cursor moved to the end leaves every event in the array, in order.
      { find: /const events = new SpliceBuffer\(eventsArray\);/g, count: 1, replace: 'const events = new SpliceBuffer();\n  events.left = eventsArray;' },
      { find: /splice\(eventsArray, 0, Number\.POSITIVE_INFINITY, events\.slice\(0\)\);/g, count: 1, replace: 'events.setCursor(Number.POSITIVE_INFINITY);' },
      // subcontent's gaps, which subtokenize merged into its jumps, are now set in them directly.
      { find: /^function subcontent\(events, eventIndex\) \{$/gm, count: 1, replace: 'function subcontent(events, eventIndex, gaps) {' },
      { find: /const gaps = \{\};\n/g, count: 1, replace: '' },
      { find: /gaps\[adjust \+ jumps\[index\]\[0\]\] = adjust \+ jumps\[index\]\[1\];/g, count: 1, replace: 'gaps.set(adjust + jumps[index][0], adjust + jumps[index][1]);' },
    ],
  },
  {
    file: /[\\/]micromark[\\/]lib[\\/]create-tokenizer\.js$/,
    edits: [
      { find: /^(\s*)consume,\n(\s*)enter,$/gm, count: 1, replace: '$1consume,\n$1consumeRestOfChunk,\n$1consumeWhile,\n$2enter,' },
      // Each attempt on a map of constructs copied the list for the character into a new array,
      // which is only read; the list itself serves when the map has no constructs for any character.
      { find: /const list = \[/g, count: 1, replace: 'const list = !all && Array.isArray(left) ? left : [' },
      // An interrupt's attempt sees the context through an overlay instead of an object made with
      // the context as its prototype (see above).
      {
        find: /fields \? Object\.assign\(Object\.create\(context\), fields\) : context/g,
        count: 1,
        replace: 'fields ? overlay(context, fields) : context',
      },
      {
        find: /^export function createTokenizer\(/gm,
        count: 1,
        replace: [
          '// `context` with `fields` over it: reads find a field first, and writes and deletes stay',
          '// in the overlay, as with an object whose prototype is `context`.',
          'const overlayTraps = {',
          '  get(target, key) { return Object.hasOwn(this.own, key) ? this.own[key] : target[key]; },',
          '  set(target, key, value) { this.own[key] = value; return true; },',
          '  has(target, key) { return Object.hasOwn(this.own, key) || key in target; },',
          '  deleteProperty(target, key) { return delete this.own[key]; },',
          '};',
          'function overlay(context, fields) {',
          '  return new Proxy(context, { ...overlayTraps, own: { ...fields } });',
          '}',
          'export function createTokenizer(',
        ].join('\n'),
      },
      {
        // After `consume`, in the same scope (`point`, `chunks`, `context` and `consumed`).
        find: /^(\s*)function enter\(type, fields\) \{$/gm,
        count: 1,
        replace: [
          '$1function consumeRestOfChunk() {',
          '$1  if (point._bufferIndex < 0) return;',
          '$1  const chunk = chunks[point._index];',
          '$1  const n = chunk.length - point._bufferIndex;',
          '$1  point.column += n;',
          '$1  point.offset += n;',
          '$1  context.previous = chunk.charCodeAt(chunk.length - 1);',
          '$1  point._bufferIndex = -1;',
          '$1  point._index++;',
          '$1  consumed = true;',
          '$1}',
          '$1function consumeWhile(test) {',
          '$1  if (point._bufferIndex < 0) return false;',
          '$1  const chunk = chunks[point._index];',
          '$1  while (point._bufferIndex < chunk.length) {',
          '$1    const code = chunk.charCodeAt(point._bufferIndex);',
          '$1    if (!test(code)) return true;',
          '$1    point.column++;',
          '$1    point.offset++;',
          '$1    point._bufferIndex++;',
          '$1    context.previous = code;',
          '$1  }',
          '$1  point._bufferIndex = -1;',
          '$1  point._index++;',
          '$1  return false;',
          '$1}',
          '$1function enter(type, fields) {',
        ].join('\n'),
      },
    ],
  },
  {
    // One combined construct map per list of extensions (remark-parse passes its processor's own
    // list to every parse), instead of combining them again for each document.
    file: /[\\/]micromark[\\/]lib[\\/]parse\.js$/,
    edits: [
      { find: /^export function parse\(options\) \{$/gm, count: 1, replace: 'const combinedByList = new WeakMap();\nexport function parse(options) {' },
      {
        find: /const constructs = (\/\*\*[^*]*\*\/\s*)?combineExtensions\(\[defaultConstructs, \.\.\.\(settings\.extensions \|\| \[\]\)\]\);/g,
        count: 1,
        replace: [
          'const list = settings.extensions || [];',
          '  let constructs = combinedByList.get(list);',
          '  if (constructs === undefined) {',
          '    constructs = combineExtensions([defaultConstructs, ...list]);',
          '    combinedByList.set(list, constructs);',
          '  }',
        ].join('\n'),
      },
    ],
  },
  // The states that consume every character up to a line ending, by file and state name.
  restOfChunk(/[\\/]micromark[\\/]lib[\\/]initialize[\\/]document\.js$/, 'flowContinue'),
  restOfChunk(/[\\/]micromark[\\/]lib[\\/]initialize[\\/]content\.js$/, 'data'),
  restOfChunk(/[\\/]micromark-core-commonmark[\\/]lib[\\/]content\.js$/, 'chunkInside'),
  restOfChunk(/[\\/]micromark-core-commonmark[\\/]lib[\\/]code-fenced\.js$/, 'contentChunk'),
  restOfChunk(/[\\/]micromark-core-commonmark[\\/]lib[\\/]code-indented\.js$/, 'inside'),
  {
    file: /[\\/]micromark[\\/]lib[\\/]initialize[\\/]text\.js$/,
    edits: [
      {
        // A break found by the loop is the next character `data` is given: it is not asked twice.
        find: /const text = effects\.attempt\(constructs, start, notText\);/g,
        count: 1,
        replace: 'const text = effects.attempt(constructs, start, notText);\n    let knownBreak = false;\n    const notBreak = (code) => !atBreak(code);',
      },
      {
        find: /function data\(code\) \{\n(\s*)if \(atBreak\(code\)\) \{/g,
        count: 1,
        replace: 'function data(code) {\n$1if (knownBreak || atBreak(code)) {\n$1  knownBreak = false;',
      },
      { find: /effects\.consume\(code\);\n(\s*)return data;/g, count: 2, replace: 'effects.consume(code);\n$1knownBreak = effects.consumeWhile(notBreak);\n$1return data;' },
    ],
  },
];

/**
 * `text` (the code of the file at `filePath`) with the edits for that file applied, or as it is
 * when none is for that file. An edit whose pattern is not found as often as expected (the
 * dependency changed) fails the build rather than ship the code unchanged or half changed.
 */
export function patchDependency(filePath, text) {
  let out = text;
  for (const { file, edits } of PATCHES) {
    if (!file.test(filePath)) continue;
    for (const { find, count, replace } of edits) {
      const found = out.match(find)?.length ?? 0;
      if (found !== count) {
        throw new Error(`dependency patch for ${filePath}: expected ${count} matches of ${find}, found ${found}; update scripts/dependency-patches.mjs`);
      }
      out = out.replace(find, replace);
    }
  }
  return out;
}

/** The files the patches apply to, as one esbuild filter. */
const FILTER = new RegExp(PATCHES.map((p) => p.file.source).join('|'));

/**
 * An esbuild plugin that applies the patches to the files it loads, and fails the build when a
 * patched file was not among them (the dependency moved its code to another file).
 */
export const dependencyPatches = {
  name: 'dependency-patches',
  setup(build) {
    const patched = new Set();
    build.onLoad({ filter: FILTER }, (args) => {
      for (const patch of PATCHES) if (patch.file.test(args.path)) patched.add(patch);
      return { contents: patchDependency(args.path, fs.readFileSync(args.path, 'utf8')), loader: 'js' };
    });
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const missed = PATCHES.filter((p) => !patched.has(p));
      if (missed.length > 0) throw new Error(`dependency patches not applied, no file matched ${missed.map((p) => p.file).join(', ')}; update scripts/dependency-patches.mjs`);
    });
  },
};
