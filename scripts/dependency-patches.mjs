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
// 11.0-12.1 s without this one.
import fs from 'node:fs';

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
        replace: 'for (const [from, to] of Object.entries(subcontent(events, index))) jumps.set(Number(from), to);\n        index = jumps.get(index);',
      },
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
