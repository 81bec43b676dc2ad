import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Write a file through a temporary file and a rename, so a reader never sees half a report. The
 * rename replaces what is at the path, so it is only used for a regular file or a new one: a
 * symbolic link is followed and its target written, and anything else (`/dev/null`,
 * `/dev/stdout`, a named pipe) is written in place. Renaming over `/dev/null` as root would
 * otherwise turn the system's null device into an ordinary file.
 */
export function writeAtomic(file: string, content: string): void {
  let target = file;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) {
      writeInPlace(file, content);
      return;
    }
    target = fs.realpathSync(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // Nothing there yet (or a dangling link, which the rename replaces): write a new file.
  }
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    // Inside the try: a path through a file (ENOTDIR) or an unwritable folder is the user's to fix.
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing was written there (the folder could not be made).
    }
    const code = (e as NodeJS.ErrnoException).code;
    // mkdir says EEXIST for a file where the folder would be, and ENOTDIR for a file further up.
    const why = (code === 'EEXIST' && (e as NodeJS.ErrnoException).syscall === 'mkdir') || code === 'ENOTDIR' ? 'part of its path is a file, not a folder' : (e as Error).message;
    throw new UsageError(`cannot write ${file}: ${why}`);
  }
}

function writeInPlace(file: string, content: string): void {
  try {
    fs.writeFileSync(file, content);
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as Error).message}`);
  }
}
