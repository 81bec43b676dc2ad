/**
 * Which files a run lints: paths, folders (recursing into draft extensions) and glob patterns,
 * minus `.unlinterignore`, `--ignore-pattern`, config `ignorePatterns`, and always `node_modules`
 * and `.git`. The order is deterministic (sorted by path).
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from '../errors.js';
import { statOrNull } from '../util/stat.js';

/** File extensions linted when a folder is given. */
export const DRAFT_EXTENSIONS = ['md', 'markdown', 'mdx', 'txt'] as const;

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface DiscoverOptions {
  cwd: string;
  /** Extra extensions (e.g. `docx`) to collect from folders. */
  extensions?: readonly string[];
  /** `--ignore-pattern` values (gitignore syntax, relative to cwd). */
  ignorePatterns?: readonly string[];
  /** The ignore file (default `.unlinterignore` in cwd); null with `--no-ignore`. */
  ignorePath?: string | null;
  /** Exit 2 when a pattern matches nothing (default true). */
  errorOnUnmatchedPattern?: boolean;
}

export interface Discovered {
  files: string[];
  /** Files named explicitly that an ignore rule skipped (ESLint warns about these). */
  ignoredExplicit: string[];
}

/** Build the ignore matcher of the cwd: ignore file plus `--ignore-pattern`. */
export function loadIgnore(opts: DiscoverOptions): Ignore {
  const ig = ignore({ allowRelativePaths: true });
  const file = opts.ignorePath === undefined ? path.join(opts.cwd, '.unlinterignore') : opts.ignorePath;
  if (file) {
    const resolved = path.resolve(opts.cwd, file);
    let text: string | null = null;
    try {
      text = fs.readFileSync(resolved, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const missing = code === 'ENOENT' || code === 'ENOTDIR';
      if (missing && opts.ignorePath) throw new UsageError(`Ignore file not found: ${opts.ignorePath}`);
      // A folder or an unreadable file where the ignore file should be would silently lint what it ignores.
      if (!missing) throw new UsageError(`Cannot read the ignore file ${resolved}: ${code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
    }
    if (text !== null) ig.add(text);
  }
  if (opts.ignorePatterns?.length) ig.add([...opts.ignorePatterns]);
  return ig;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Whether a path (absolute) is ignored by a matcher rooted at `root`. Paths outside root are not. */
export function isIgnored(ig: Ignore, root: string, file: string, isDir = false): boolean {
  const rel = toPosix(path.relative(root, file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  return ig.ignores(isDir ? rel + '/' : rel);
}

/** Expand the command line's patterns into a sorted list of absolute file paths. */
export async function discoverFiles(patterns: readonly string[], opts: DiscoverOptions): Promise<Discovered> {
  const ig = loadIgnore(opts);
  const exts = [...DRAFT_EXTENSIONS, ...(opts.extensions ?? [])];
  const extGlob = exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`;
  const found = new Set<string>();
  const ignoredExplicit: string[] = [];
  for (const pattern of patterns) {
    const abs = path.resolve(opts.cwd, pattern);
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = null;
    }
    let matched: string[];
    if (stat?.isFile()) {
      if (isIgnored(ig, opts.cwd, abs) || /(?:^|[\\/])(?:node_modules|\.git)[\\/]/.test(path.relative(opts.cwd, abs))) {
        ignoredExplicit.push(abs);
        continue;
      }
      matched = [abs];
    } else {
      // The glob library loads only for a folder or a pattern: a run over named files (a
      // pre-commit hook's) does not need it.
      const { glob, isDynamicPattern } = await import('tinyglobby');
      if (stat?.isDirectory()) {
        matched = await glob(`**/${extGlob}`, { cwd: abs, absolute: true, dot: false, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, expandDirectories: false });
      } else if (isDynamicPattern(pattern)) {
        matched = await glob(toPosix(pattern), { cwd: opts.cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, expandDirectories: false });
        matched = matched.filter((f) => statOrNull(f)?.isFile());
      } else {
        if (opts.errorOnUnmatchedPattern !== false) throw new UsageError(`No files matching the pattern "${pattern}" were found.`);
        continue;
      }
    }
    const kept = matched.map((f) => path.normalize(f)).filter((f) => !isIgnored(ig, opts.cwd, f));
    if (kept.length === 0 && stat?.isFile() !== true && opts.errorOnUnmatchedPattern !== false) {
      throw new UsageError(
        `No files matching the pattern "${pattern}" were found${matched.length ? ' (all of them are ignored)' : ''}. Folders are searched for ${exts.map((e) => '.' + e).join(', ')} files.`,
      );
    }
    for (const f of kept) found.add(f);
  }
  return { files: [...found].sort(comparePaths), ignoredExplicit };
}

/** Sort by path, code point order, the same on every platform. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
