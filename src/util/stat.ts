/**
 * A path's stats, or `null` where there is nothing readable there: missing, a file where a folder
 * was expected on the way (ENOTDIR, which `throwIfNoEntry: false` still throws), no permission.
 * Synchronous, for the places that look up a few paths while nothing else waits.
 */
import fs from 'node:fs';

export function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}
