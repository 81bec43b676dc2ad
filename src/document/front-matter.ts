/**
 * Front matter: YAML (`---`) through js-yaml and the `yaml` package, TOML (`+++`) through `smol-toml`.
 * Both give the data; YAML also gives exact key and value ranges, TOML keys are located by line.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import { load as loadYaml } from 'js-yaml';
import type { FrontMatter, FrontMatterKey } from './types.js';
import { LineIndex } from './lines.js';

/**
 * Parse the body of a front-matter block. `base` is the offset of `body[0]` in the document.
 */
export function parseFrontMatter(
  format: 'yaml' | 'toml',
  body: string,
  base: number,
  start: number,
  end: number,
): FrontMatter {
  return format === 'yaml' ? parseYaml(body, base, start, end) : parseTomlBlock(body, base, start, end);
}

/**
 * YAML front matter. The data comes from js-yaml, which reads what static-site generators accept
 * (e.g. a quoted title that runs over unindented lines); key positions come from a line reader
 * for the simple front matter most posts have (`simpleYamlKeys`), else from the `yaml` package's
 * syntax tree, or from a line scan of top-level keys where that tree has errors.
 */
function parseYaml(body: string, base: number, start: number, end: number): FrontMatter {
  const keys: FrontMatterKey[] = [];
  let data: Record<string, unknown> = {};
  let error: FrontMatter['error'] = null;
  try {
    const value: unknown = loadYaml(body, { json: true });
    if (value === null || value === undefined) data = {};
    else if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
    else error = { message: 'Front matter is not a mapping of keys to values', offset: base };
  } catch (e) {
    const mark = (e as { mark?: { position?: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? (e instanceof Error ? e.message.split('\n')[0]! : String(e));
    error = { message: reason, offset: base + Math.min(body.length, mark?.position ?? 0) };
  }
  if (error) return { format: 'yaml', data: {}, start, end, keys, error };
  const found = simpleYamlKeys(body, base) ?? yamlTreeKeys(body, base);
  if (found) return { format: 'yaml', data, start, end, keys: found, error };
  scanTopLevelKeys(body, base, keys);
  return { format: 'yaml', data, start, end, keys, error };
}

/** Key and value ranges from the `yaml` package's syntax tree, or null when it reports errors. */
export function yamlTreeKeys(body: string, base: number): FrontMatterKey[] | null {
  const doc = parseDocument(body, { uniqueKeys: false, prettyErrors: false, strict: false });
  if (doc.errors.length > 0) return null;
  const keys: FrontMatterKey[] = [];
  collectYamlKeys(doc.contents, '', base, keys, 0);
  return keys;
}

// The lines of a simple front matter (see simpleYamlKeys): a top-level key, then one space or more
// and a value or nothing; an item of a block sequence. A value starts after the last space (so
// the scalar checks see its first character, and a line of spaces is read once, not once per way
// of splitting it).
const SIMPLE_KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,100}):(?:( +)([^ ].*))?$/;
const SIMPLE_ITEM_LINE = /^( {0,8})- ([^ ].*)$/;
// Keys that YAML reads as a boolean or null, whose text is then not their name.
const NON_STRING_KEY = /^(?:true|false|null)$/i;
// A single-line plain scalar that reads the same wherever it stands: no leading indicator, no
// ": " or " #" inside, no trailing colon, no tab, no blank at the end.
const SIMPLE_PLAIN = /^(?![-?:,[\]{}#&*!|>'"%@`])[^\t]*$/;
const PLAIN_BREAK = /:(?: |$)| #|\s$/;
// A single-line quoted scalar without escapes or inner quotes.
const SIMPLE_QUOTED = /^(?:"[^"\\]*"|'[^']*')$/;

const simpleScalar = (v: string): boolean => SIMPLE_QUOTED.test(v) || (SIMPLE_PLAIN.test(v) && !PLAIN_BREAK.test(v));

/**
 * Key positions of the front matter most posts have, read line by line instead of through the
 * `yaml` package, which cost more than the data parse: top-level `key: value` lines whose value
 * is a single-line plain or quoted scalar, and keys whose value is a block sequence of such
 * scalars (`tags:` then `- a` lines). The ranges are the ones `yamlTreeKeys` takes from `yaml`'s
 * syntax tree (a test compares the two on every front matter of the corpus and on generated
 * ones). Anything else (comments, nested maps, block scalars, multi-line or escaped values,
 * carriage returns, blank lines holding spaces) returns null, and `yaml` reads it.
 */
export function simpleYamlKeys(body: string, base: number): FrontMatterKey[] | null {
  if (body.includes('\r')) return null;
  const keys: FrontMatterKey[] = [];
  const lines = body.split('\n');
  let at = 0;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line === '') {
      at += 1;
      i++;
      continue;
    }
    const m = SIMPLE_KEY_LINE.exec(line);
    if (!m || NON_STRING_KEY.test(m[1]!)) return null;
    const keyStart = base + at;
    const keyEnd = keyStart + m[1]!.length;
    if (m[3] !== undefined) {
      if (!simpleScalar(m[3])) return null;
      const valueStart = keyEnd + 1 + m[2]!.length;
      keys.push({ path: m[1]!, keyStart, keyEnd, valueStart, valueEnd: valueStart + m[3].length });
      at += line.length + 1;
      i++;
      continue;
    }
    // No value on the line: a block sequence of scalars must follow, every item at one indent.
    at += line.length + 1;
    i++;
    let indent: string | undefined;
    let valueStart = -1;
    let valueEnd = -1;
    while (i < lines.length) {
      const item = SIMPLE_ITEM_LINE.exec(lines[i]!);
      if (!item) break;
      if (indent === undefined) indent = item[1]!;
      if (item[1] !== indent || !simpleScalar(item[2]!)) return null;
      if (valueStart < 0) valueStart = base + at + indent.length;
      // `yaml` ends a block sequence after the line break of its last item, when there is one.
      valueEnd = base + at + lines[i]!.length + (i < lines.length - 1 ? 1 : 0);
      at += lines[i]!.length + 1;
      i++;
    }
    if (valueStart < 0) return null;
    keys.push({ path: m[1]!, keyStart, keyEnd, valueStart, valueEnd });
  }
  return keys;
}

// A top-level YAML key at the start of a line: a plain or quoted key, then a colon.
const YAML_TOP_KEY = /^([A-Za-z_][\w.-]{0,100}|"[^"\r\n]{1,100}"|'[^'\r\n]{1,100}')[ \t]*:(?:[ \t]|$)/;

function scanTopLevelKeys(body: string, base: number, keys: FrontMatterKey[]): void {
  const lines = new LineIndex(body);
  for (let i = 0; i < lines.lineCount; i++) {
    const ls = lines.lineStart(i);
    const le = lines.lineEnd(i);
    const m = YAML_TOP_KEY.exec(body.slice(ls, le));
    if (!m) continue;
    let vs = ls + m[0].length;
    while (vs < le && (body[vs] === ' ' || body[vs] === '\t')) vs++;
    keys.push({ path: m[1]!.replace(/^["']|["']$/g, ''), keyStart: base + ls, keyEnd: base + ls + m[1]!.length, valueStart: base + vs, valueEnd: base + le });
  }
}

function collectYamlKeys(node: YamlNode | null, prefix: string, base: number, keys: FrontMatterKey[], depth: number): void {
  if (!node || depth > 8) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = pair.key as YamlNode | null;
      if (!isScalar(k) || !k.range) continue;
      const path = prefix + String(k.value);
      const v = pair.value as YamlNode | null;
      const vr: readonly number[] = v && 'range' in v && v.range ? v.range : [k.range[1], k.range[1]];
      keys.push({ path, keyStart: base + k.range[0], keyEnd: base + k.range[1], valueStart: base + (vr[0] ?? 0), valueEnd: base + (vr[1] ?? 0) });
      collectYamlKeys(v, path + '.', base, keys, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectYamlKeys(item as YamlNode, `${prefix}${i}.`, base, keys, depth + 1));
  }
}

// A TOML key line: optional indent, a bare or quoted (dotted) key, then `=`. Table headers too.
const TOML_KEY = /^[ \t]*((?:[A-Za-z0-9_-]+|"[^"\r\n]*"|'[^'\r\n]*')(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"[^"\r\n]*"|'[^'\r\n]*'))*)[ \t]*=/;
// Bounded blanks: unbounded runs on both sides of the name made a long line of tabs quadratic.
const TOML_TABLE = /^[ \t]{0,40}\[{1,2}[ \t]{0,40}([^\]\r\n]{1,200}?)[ \t]{0,40}\]{1,2}/;

function parseTomlBlock(body: string, base: number, start: number, end: number): FrontMatter {
  const keys: FrontMatterKey[] = [];
  let data: Record<string, unknown> = {};
  let error: FrontMatter['error'] = null;
  try {
    data = parseToml(body) as Record<string, unknown>;
  } catch (e) {
    const lines = new LineIndex(body);
    const offset = e instanceof TomlError ? lines.lineStart(Math.max(0, e.line - 1)) + Math.max(0, e.column - 1) : 0;
    error = { message: e instanceof Error ? e.message.split('\n')[0]! : String(e), offset: base + offset };
    data = {};
  }
  if (!error) {
    const lines = new LineIndex(body);
    let table = '';
    for (let i = 0; i < lines.lineCount; i++) {
      const ls = lines.lineStart(i);
      const le = lines.lineEnd(i);
      const line = body.slice(ls, le);
      const t = TOML_TABLE.exec(line);
      if (t && !line.includes('=')) {
        table = t[1]!.replace(/["'\s]/g, '') + '.';
        continue;
      }
      const m = TOML_KEY.exec(line);
      if (!m) continue;
      const key = m[1]!.replace(/["'\s]/g, '');
      const ks = line.indexOf(m[1]!);
      let vs = m[0].length;
      while (vs < line.length && (line[vs] === ' ' || line[vs] === '\t')) vs++;
      keys.push({
        path: table + key,
        keyStart: base + ls + ks,
        keyEnd: base + ls + ks + m[1]!.length,
        valueStart: base + ls + vs,
        valueEnd: base + le,
      });
    }
  }
  return { format: 'toml', data, start, end, keys, error };
}
