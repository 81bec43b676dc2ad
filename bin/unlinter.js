#!/usr/bin/env node
// Process plumbing only: argv and stdin in, run(), print, set the exit code.
import { run } from '../dist/src/run.js';

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};

const outcome = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  readStdin,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  // This process runs one lint and exits: it may tune V8 for a short run (src/lint-files.ts).
  ownsProcess: true,
  // Questions (--init) are asked only when both ends are a terminal.
  prompt: { input: process.stdin, output: process.stdout, isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY) },
});
if (outcome.stdout) process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
