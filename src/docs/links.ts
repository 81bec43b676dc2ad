/**
 * Documentation links of rule ids: `docs/rules/<module>.md#<check>` in this repository, or a URL
 * built from package.json `repository` or `homepage` when the package declares one. Every format
 * that links a finding to its docs (JSON `docs`, SARIF `helpUri`, HTML) uses `docsUrl`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyRuleModule, LintResult } from '../types.js';

/** Folder of the generated rule pages, relative to the repository root. */
export const RULE_DOCS_DIR = 'docs/rules';

/** Rule ids unlinter reports itself; documented on the index page of the rule docs. */
export const OWN_RULE_IDS: readonly string[] = ['input-error', 'parse-error', 'unknown-rule', 'unused-directive'];

interface PackageLinks {
  homepage?: unknown;
  repository?: unknown;
}

/** The repository-relative docs path of a rule id (`docs/rules/neutrality.md#endorsement`). */
export function docsPath(ruleId: string): string {
  if (OWN_RULE_IDS.includes(ruleId)) return `${RULE_DOCS_DIR}/README.md#${ruleId}`;
  const slash = ruleId.indexOf('/');
  const moduleId = slash < 0 ? ruleId : ruleId.slice(0, slash);
  const check = slash < 0 ? '' : ruleId.slice(slash + 1);
  return `${RULE_DOCS_DIR}/${moduleId}.md${check ? `#${check}` : ''}`;
}

/**
 * The web address under which the repository's files are browsed, from package.json: a GitHub,
 * GitLab or Bitbucket `repository` (or `homepage` on one of those hosts) gives its file view at
 * HEAD; any other `homepage` is taken as the root the docs folder is published under.
 */
export function docsBase(pkg: PackageLinks): string | null {
  const repo = repositoryUrl(pkg.repository);
  const forge = repo ? forgeFileBase(repo.url, repo.directory) : null;
  if (forge) return forge;
  if (typeof pkg.homepage === 'string' && /^https?:\/\//i.test(pkg.homepage)) {
    const home = pkg.homepage.replace(/#.*$/, '').replace(/\/+$/, '');
    return forgeFileBase(home, undefined) ?? `${home}/`;
  }
  return null;
}

function repositoryUrl(repository: unknown): { url: string; directory?: string } | null {
  if (typeof repository === 'string') {
    // npm shorthands: "owner/repo", "github:owner/repo", "gitlab:owner/repo", "bitbucket:owner/repo".
    const short = /^(?:(github|gitlab|bitbucket):)?([\w.-]{1,100})\/([\w.-]{1,100})$/.exec(repository);
    if (short) return { url: `https://${short[1] ?? 'github'}.${short[1] === 'bitbucket' ? 'org' : 'com'}/${short[2]}/${short[3]}` };
    return { url: repository };
  }
  if (repository && typeof repository === 'object') {
    const r = repository as { url?: unknown; directory?: unknown };
    if (typeof r.url === 'string') return { url: r.url, ...(typeof r.directory === 'string' ? { directory: r.directory } : {}) };
  }
  return null;
}

/** `git+https://github.com/o/r.git` -> `https://github.com/o/r/blob/HEAD/`; null for other hosts. */
function forgeFileBase(url: string, directory: string | undefined): string | null {
  const m = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]{1,200}@)?(github\.com|gitlab\.com|bitbucket\.org)[:/]([\w.-]{1,100})\/([\w.-]{1,100}?)(?:\.git)?\/?$/i.exec(url)
    ?? /^git@(github\.com|gitlab\.com|bitbucket\.org):([\w.-]{1,100})\/([\w.-]{1,100}?)(?:\.git)?$/i.exec(url);
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  const view = host === 'github.com' ? 'blob/HEAD' : host === 'gitlab.com' ? '-/blob/HEAD' : 'src/HEAD';
  const dir = directory ? `${directory.replace(/^\/+|\/+$/g, '')}/` : '';
  return `https://${host}/${m[2]}/${m[3]}/${view}/${dir}`;
}

let ownPackage: { root: string; pkg: PackageLinks } | null | undefined;

/** This package's root folder and package.json (from source or from `dist/`), read once. */
export function ownPackageInfo(): { root: string; pkg: PackageLinks } | null {
  if (ownPackage !== undefined) return ownPackage;
  ownPackage = null;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as PackageLinks & { name?: string };
      if (pkg.name === 'unlinter') {
        ownPackage = { root: dir, pkg };
        break;
      }
    }
    dir = path.dirname(dir);
  }
  return ownPackage;
}

let packageBase: string | null | undefined;

/** This package's docs base. */
function ownDocsBase(): string | null {
  if (packageBase === undefined) {
    const info = ownPackageInfo();
    packageBase = info ? docsBase(info.pkg) : null;
  }
  return packageBase;
}

/**
 * Ids of the built-in modules (`rules/index.ts`), written out so that linking a finding does not
 * load the rules; a test keeps the list equal to the registry.
 */
export const BUILTIN_MODULE_IDS: readonly string[] = ['emblems-and-disclaimer', 'it-security', 'manager-approval', 'neutrality', 'privacy-and-safety', 'think-before-posting', 'trustworthiness'];
const BUILTIN_IDS = new Set(BUILTIN_MODULE_IDS);

/**
 * The documentation link of a rule id: for built-in modules and unlinter's own ids, a URL when
 * package.json names a repository or homepage, else the repository-relative path; for a plugin
 * module, its `meta.docs` (with `#check` for a check of it) when it declares one.
 */
export function docsUrl(ruleId: string, modules: readonly AnyRuleModule[] = []): string | undefined {
  if (!docsNeedModules(ruleId)) {
    const base = ownDocsBase();
    return base ? base + docsPath(ruleId) : docsPath(ruleId);
  }
  const moduleId = ruleId.split('/', 1)[0]!;
  const plugin = modules.find((m) => m.meta.id === moduleId);
  const docs = plugin?.meta.docs;
  if (!docs) return undefined;
  const check = ruleId.slice(moduleId.length + 1);
  return check && !docs.includes('#') ? `${docs}#${check}` : docs;
}

/** Whether linking this rule id needs the rule modules: only a plugin's does (its `meta.docs`). */
export function docsNeedModules(ruleId: string): boolean {
  return !BUILTIN_IDS.has(ruleId.split('/', 1)[0]!) && !OWN_RULE_IDS.includes(ruleId);
}

/** Give every message of these results its `docs` link (in place; returns the same array). */
export function attachDocs<T extends readonly LintResult[]>(results: T, modules: readonly AnyRuleModule[] = []): T {
  const cache = new Map<string, string | undefined>();
  for (const r of results) {
    for (const m of r.messages) {
      if (m.docs) continue;
      if (!cache.has(m.ruleId)) cache.set(m.ruleId, docsUrl(m.ruleId, modules));
      const link = cache.get(m.ruleId);
      if (link) m.docs = link;
    }
  }
  return results;
}
