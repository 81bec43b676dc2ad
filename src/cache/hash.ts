import { createHash } from 'node:crypto';

/** A short content hash for cache keys (not for security). */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('base64url');
}
