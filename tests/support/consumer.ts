/**
 * A blog repository as its owners have it: a git repository with unlinter (and, when asked, husky
 * and lint-staged) installed as dev dependencies. "Installed" offline: `node_modules` links to
 * this checkout and to the packages in its own `node_modules`, as `npm install --save-dev` would
 * lay them out, so every tool runs the real code.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures.js';
import { tmpProject } from './tmp.js';

/** An empty file that stands for the user's global git config, so theirs cannot change a test. */
const EMPTY_GITCONFIG = path.join(tmpProject({ gitconfig: '' }), 'gitconfig');

const BINS: Record<string, Record<string, string>> = {
  unlinter: { unlinter: 'bin/unlinter.js' },
  husky: { husky: 'bin.js' },
  'lint-staged': { 'lint-staged': 'bin/lint-staged.js' },
};

/** The environment for tools in a consumer repository: no npm lifecycle variables, no user git config. */
export function consumerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // `npm test` exports npm_config_local_prefix and friends, which would point npx at this checkout.
    if (/^npm_/i.test(k) || k === 'INIT_CWD' || k.startsWith('GIT_') || k.startsWith('HUSKY')) continue;
    env[k] = v;
  }
  return { ...env, GIT_CONFIG_GLOBAL: EMPTY_GITCONFIG, GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** A temporary git repository with `files`, an identity, and the given packages in node_modules. */
export function consumerRepo(files: Record<string, string>, packages: Array<keyof typeof BINS> = ['unlinter']): string {
  const dir = tmpProject({ '.gitignore': 'node_modules\n', ...files });
  sh(dir, 'git', ['init', '-q', '-b', 'main']);
  sh(dir, 'git', ['config', 'user.name', 'Test Writer']);
  sh(dir, 'git', ['config', 'user.email', 'writer@example.org']);
  sh(dir, 'git', ['config', 'commit.gpgsign', 'false']);
  installPackages(dir, packages);
  return dir;
}

/** Link packages into `dir/node_modules` with their commands in `node_modules/.bin`, as npm would. */
export function installPackages(dir: string, packages: Array<keyof typeof BINS>): void {
  const bin = path.join(dir, 'node_modules', '.bin');
  fs.mkdirSync(bin, { recursive: true });
  for (const name of packages) {
    const target = name === 'unlinter' ? ROOT : path.join(ROOT, 'node_modules', name);
    fs.symlinkSync(target, path.join(dir, 'node_modules', name), 'dir');
    for (const [cmd, file] of Object.entries(BINS[name]!)) fs.symlinkSync(path.join('..', name, file), path.join(bin, cmd));
  }
}

/** Run a command in a consumer repository. */
export function sh(cwd: string, cmd: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env: consumerEnv(env), encoding: 'utf8', timeout: 240_000 });
}

/** Run a shell script (bash, stop at the first failing command) in a consumer repository. */
export function bash(cwd: string, script: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return sh(cwd, 'bash', ['-e', '-o', 'pipefail', '-c', script], env);
}

/** Everything a command printed, for failure messages. */
export function output(r: SpawnSyncReturns<string>): string {
  return `exit ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

/** Files of HEAD in a repository. */
export function committedFiles(dir: string): string[] {
  const r = sh(dir, 'git', ['ls-tree', '-r', '--name-only', 'HEAD']);
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : [];
}
