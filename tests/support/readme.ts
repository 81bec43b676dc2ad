/**
 * Snippets from README.md, for tests that run them as written: a snippet is the fenced code block
 * right after a `<!-- snippet: NAME -->` comment. The docs and the tests cannot drift apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures.js';

/** The body of the README code block marked `<!-- snippet: name -->`. */
export function readmeSnippet(name: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const marker = `<!-- snippet: ${name} -->\n`;
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README.md has no snippet "${name}"`);
  // Why: the fence must follow the marker directly; its body runs to the next line of three backticks.
  const m = /^```[a-z]*\n([\s\S]*?)^```$/m.exec(readme.slice(at + marker.length));
  if (!m || m.index !== 0) throw new Error(`README.md: snippet "${name}" is not followed by a code block`);
  return m[1]!;
}
