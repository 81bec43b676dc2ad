// Shared by bench/corpus-all.mjs and tests/corpus.test.ts: list the shared corpus of real blog
// posts, pick a deterministic sample of it, and judge its front matter the way static-site
// generators read it, independently of unlinter's own document code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { parse as parseStrictYaml } from 'yaml';

/** The corpus beside the repository (`../shared/corpus` from the repository root). */
export const CORPUS_DIR = path.resolve(fileURLToPath(new URL('../../../shared/corpus', import.meta.url)));

const DRAFT = /\.(?:md|markdown|mdx|txt)$/i;

/** Every draft below `dir`, sorted by path (code-point order), symlinks not followed. */
export function listDrafts(dir = CORPUS_DIR) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && DRAFT.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The posts of the corpus: the drafts in its folders (its own README at the top is not a post). */
export function listCorpus(root = CORPUS_DIR) {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .flatMap((d) => listDrafts(path.join(root, d)));
}

/**
 * A front-matter block as generators find it: after an optional BOM and optional blank lines, a
 * `---` (YAML) or `+++` (TOML) line, up to the next line holding the same fence.
 * Returns null when the file has no front matter.
 */
export function frontMatterOf(text) {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = t.split(/\r\n|\n|\r/);
  let i = 0;
  while (i < lines.length && lines[i].trim() === '' && i < 20) i++;
  const fence = lines[i]?.trimEnd();
  if (fence !== '---' && fence !== '+++') return null;
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].trimEnd() === fence) return { format: fence === '---' ? 'yaml' : 'toml', body: lines.slice(i + 1, j).join('\n') };
  }
  return null;
}

/**
 * Whether a generator would reject the file's front matter: YAML through js-yaml (what
 * Eleventy and gray-matter use), TOML through a TOML 1.0 parser. `null` when there is none.
 * A repeated key is accepted (`json: true`, the last value wins) as Hugo and Jekyll do: the
 * Hugo site these posts come from builds with such files.
 */
export function frontMatterProblem(text) {
  const fm = frontMatterOf(text);
  if (!fm) return null;
  try {
    if (fm.format === 'yaml') {
      const data = loadYaml(fm.body, { json: true });
      if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) return 'not a mapping';
    } else parseToml(fm.body);
    return null;
  } catch (e) {
    return String(e?.message ?? e).split('\n')[0];
  }
}

/** Whether a strict YAML 1.2 parser rejects what js-yaml accepts (e.g. a quoted title over unindented lines). */
function strictYamlRejects(body) {
  try {
    parseStrictYaml(body, { uniqueKeys: false });
    return false;
  } catch {
    return true;
  }
}

/** Facts about one file that make it a robustness case. */
export function traitsOf(file, root = CORPUS_DIR) {
  const buf = fs.readFileSync(file);
  const text = buf.toString('utf8');
  const name = path.basename(file);
  const traits = [];
  if (text.includes('\r\n')) traits.push('crlf');
  if (/\r(?!\n)/.test(text)) traits.push('lone-cr');
  if (text.charCodeAt(0) === 0xfeff) traits.push('bom');
  if (/^(?:[ \t]*(?:\r\n|\n|\r))+(?:---|\+\+\+)/.test(text)) traits.push('blank-before-front-matter');
  if (frontMatterOf(text)?.format === 'toml') traits.push('toml');
  const fm = frontMatterOf(text);
  if (frontMatterProblem(text)) traits.push('broken-front-matter');
  else if (fm?.format === 'yaml' && strictYamlRejects(fm.body)) traits.push('lenient-yaml');
  if (/\.mdx$/i.test(name)) traits.push('mdx');
  if (/[^\x20-\x7e]|:/.test(name)) traits.push('odd-name');
  if (/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(text.slice(1))) traits.push('invisible-chars');
  if (buf.length > 0 && buf[buf.length - 1] !== 0x0a) traits.push('no-final-newline');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    traits.push('invalid-utf8');
  }
  return { file: path.relative(root, file), size: buf.length, traits };
}

/**
 * A deterministic sample: about `size` files spread evenly over every folder (each folder gets
 * its share, at least `minPerFolder`), plus up to `perTrait` files of each robustness trait
 * and the largest file.
 */
export function sampleCorpus(files, { root = CORPUS_DIR, size = 130, minPerFolder = 6, perTrait = 4 } = {}) {
  const byFolder = new Map();
  for (const f of files) {
    const top = path.relative(root, f).split(path.sep)[0];
    if (!byFolder.has(top)) byFolder.set(top, []);
    byFolder.get(top).push(f);
  }
  const picked = new Set();
  for (const list of byFolder.values()) {
    const k = Math.min(list.length, Math.max(minPerFolder, Math.round((size * list.length) / files.length)));
    for (let i = 0; i < k; i++) picked.add(list[Math.floor((i * list.length) / k)]);
  }
  const traitCount = new Map();
  let largest = null;
  const facts = files.map((f) => traitsOf(f, root));
  for (let i = 0; i < files.length; i++) {
    const fact = facts[i];
    if (!largest || fact.size > largest.size) largest = { file: files[i], size: fact.size };
    for (const t of fact.traits) {
      if (t === 'no-final-newline') continue; // hundreds of files; the even spread already has some
      const n = traitCount.get(t) ?? 0;
      if (n < perTrait) {
        picked.add(files[i]);
        traitCount.set(t, n + 1);
      }
    }
  }
  if (largest) picked.add(largest.file);
  const sample = [...picked].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { sample, folders: [...byFolder.keys()].sort(), traits: Object.fromEntries([...traitCount].sort()), largest };
}
