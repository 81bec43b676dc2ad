/**
 * The changes made to dependencies as the binary's bundles are built
 * (scripts/dependency-patches.mjs) must apply to the versions installed and leave every syntax
 * tree as the dependencies give it, positions included. The markdown parser (src/document/markdown.ts)
 * is bundled twice here, with and without the patches, and both parse the same drafts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dependencyPatches, patchDependency } from '../scripts/dependency-patches.mjs';
import { CORPUS_DIR, listCorpus, sampleCorpus } from '../bench/lib/corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The files esbuild bundles (neither package exports these paths to require.resolve).
const FROM_MARKDOWN = path.join(root, 'node_modules/mdast-util-from-markdown/lib/index.js');
const SUBTOKENIZE = path.join(root, 'node_modules/micromark-util-subtokenize/index.js');
const TOKENIZER = path.join(root, 'node_modules/micromark/lib/create-tokenizer.js');
const TEXT = path.join(root, 'node_modules/micromark/lib/initialize/text.js');
/** Every file a patch changes, with a piece of the original code the patch must have changed. */
const PATCHED: ReadonlyArray<readonly [string, string]> = [
  [FROM_MARKDOWN, '...context'],
  [SUBTOKENIZE, 'in jumps'],
  [TOKENIZER, 'const list = ['],
  [TOKENIZER, 'Object.assign(Object.create(context), fields)'],
  [path.join(root, 'node_modules/micromark/lib/parse.js'), 'combineExtensions([defaultConstructs, ...(settings.extensions || [])])'],
  [path.join(root, 'node_modules/micromark/lib/initialize/document.js'), 'effects.consume(code);\n    return flowContinue;'],
  [path.join(root, 'node_modules/micromark-core-commonmark/lib/content.js'), 'effects.consume(code);\n    return chunkInside;'],
  [path.join(root, 'node_modules/micromark/lib/initialize/content.js'), 'effects.consume(code);\n    return data;'],
  [path.join(root, 'node_modules/micromark-core-commonmark/lib/code-fenced.js'), 'effects.consume(code);\n    return contentChunk;'],
  [path.join(root, 'node_modules/micromark-core-commonmark/lib/code-indented.js'), 'effects.consume(code);\n    return inside;'],
  [TEXT, 'if (atBreak(code)) {\n        effects.exit'],
];

type Parse = (text: string) => unknown;
let tmp: string;
let patched: Parse;
let plain: Parse;

/** The markdown parser bundled into `tmp`, with or without the patches. */
async function bundleParser(withPatches: boolean): Promise<Parse> {
  const outfile = path.join(tmp, withPatches ? 'patched.mjs' : 'plain.mjs');
  await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: "export { processor } from './src/document/markdown.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    // The CommonJS dependencies (yaml) require Node's modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    plugins: withPatches ? [dependencyPatches] : [],
    logLevel: 'silent',
  });
  const mod = (await import(pathToFileURL(outfile).href)) as { processor: { parse: Parse } };
  return (text) => mod.processor.parse(text);
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'unlinter-patches-'));
  [patched, plain] = await Promise.all([bundleParser(true), bundleParser(false)]);
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const same = (text: string): void => expect(JSON.stringify(patched(text))).toBe(JSON.stringify(plain(text)));

// Container and inline pieces: subtokenize splices each paragraph's inline events into lists,
// block quotes, footnotes and tables, and from-markdown's handlers build every kind of node.
const PIECES = [
  'word', 'Two words', '\n', '\n\n', '\r\n', '  ', '\t', '- ', '* ', '+ ', '1. ', '2) ', '\n- ', '\n  - ', '\n    - ', '\n1. ',
  '> ', '\n> ', '\n>> ', '\n> - ', '- [ ] ', '- [x] ', '\n   ', '\n    code', '\n```\n', '\n~~~js\n', '`code`', '``',
  '*em*', '**strong**', '_', '__', '~~del~~', '[text](http://x.org "t")', '[ref]', '\n[ref]: http://r.org', '![alt](i.png)',
  '<http://auto.org>', 'www.x.org', 'a@b.org', '[^1]', '\n[^1]: note', '\n[^1]:\n    more', '<div>', '</div>', '<!-- c -->',
  '\n# ', '\n## ', '\nSetext\n===', '\n---\n', '\n***\n', '| a | b |', '\n|---|---|', '\n| 1 | 2 |', '\\*', '&amp;', '&#35;',
  'hard  \nbreak', 'back\\\nslash', 'é', '😀', '\u00a0',
];
const draft = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }).map((parts) => parts.join(''));

/** The drafts bundled with the project: fixtures and test inputs. */
function projectDrafts(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:md|markdown|mdx|txt)$/i.test(e.name)) out.push(p);
    }
  };
  walk(path.join(root, 'fixtures'));
  walk(path.join(root, 'tests'));
  return out.sort();
}

describe('dependency patches', () => {
  it('apply to the installed mdast-util-from-markdown, micromark-util-subtokenize, micromark and micromark-core-commonmark', () => {
    for (const [file, original] of PATCHED) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).toContain(original);
      expect(patchDependency(file, text), file).not.toContain(original);
    }
    // The tokenizer's two added effects are there, and the text state uses the loop.
    expect(patchDependency(TOKENIZER, fs.readFileSync(TOKENIZER, 'utf8'))).toMatch(/function consumeRestOfChunk\(\)[\s\S]*function consumeWhile\(test\)/);
    expect(patchDependency(TEXT, fs.readFileSync(TEXT, 'utf8'))).toContain('knownBreak = effects.consumeWhile(notBreak);');
  });

  it("give an interrupt's attempt a view of the live context in which its own writes stay, as a derived object did", () => {
    const code = patchDependency(TOKENIZER, fs.readFileSync(TOKENIZER, 'utf8'));
    const source = /const overlayTraps = [\s\S]*?\nfunction overlay\([\s\S]*?\n\}\n/.exec(code)?.[0];
    expect(source).toBeDefined();
    const overlay = new Function(`${source}; return overlay;`)() as (context: object, fields: object) => Record<string, unknown>;
    const context: Record<string, unknown> = { previous: 1, interrupt: undefined, parser: { name: 'p' } };
    const fields = { interrupt: true };
    const view = overlay(context, fields);
    expect(view.interrupt).toBe(true);
    expect(view.parser).toBe(context.parser);
    context.previous = 2;
    expect(view.previous).toBe(2);
    view.interrupt = false;
    view.extra = 'x';
    expect([view.interrupt, view.extra, context.interrupt, 'extra' in context, fields.interrupt]).toEqual([false, 'x', undefined, false, true]);
    expect(['extra' in view, 'previous' in view, 'missing' in view]).toEqual([true, true, false]);
    delete view.interrupt;
    expect(view.interrupt).toBeUndefined();
    expect('interrupt' in context).toBe(true);
  });

  it('fail when a patched file no longer holds what the patch expects, and leave other files alone', () => {
    const fromMarkdown = fs.readFileSync(FROM_MARKDOWN, 'utf8');
    // One of the three context copies gone: the dependency changed.
    const changed = fromMarkdown.replace(/\{\s*\.\.\.context,/, '{ ...other,');
    expect(() => patchDependency(FROM_MARKDOWN, changed)).toThrow(/expected 3 matches/);
    expect(() => patchDependency(SUBTOKENIZE, 'export function subtokenize() {}')).toThrow(/expected 1 matches/);
    expect(patchDependency('/x/node_modules/micromark/lib/postprocess.js', fromMarkdown)).toBe(fromMarkdown);
  });

  it('give the same tree on generated drafts', () => {
    fc.assert(
      fc.property(draft, (text) => {
        same(text);
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });

  it('give the same tree on every fixture and test draft', () => {
    const files = projectDrafts();
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) same(fs.readFileSync(f, 'utf8'));
  });

  it.skipIf(!fs.existsSync(CORPUS_DIR))('give the same tree on a sample of the corpus and its largest post', () => {
    const { sample } = sampleCorpus(listCorpus());
    const largest = path.join(CORPUS_DIR, 'nodejs-blog/uncategorized/10-lts-to-12-lts.md');
    for (const f of [...sample, largest]) same(fs.readFileSync(f, 'utf8'));
  }, 120_000);
});
