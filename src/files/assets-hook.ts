/**
 * The bridge from the file layer to image metadata: before the rules run, local images that a
 * draft references are opened (EXIF) by `./assets.js`, loaded only for drafts that have any.
 */
import type { Document } from '../document/types.js';

type AssetModule = { loadImageAssets(doc: Document): Promise<void> };
let assetModule: Promise<AssetModule> | undefined;

/** Whether a URL points at a local file (no scheme, not protocol-relative, not a data URL). */
export function isLocalUrl(url: string): boolean {
  return url.length > 0 && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#');
}

/** The asset loader for a draft on disk. */
export function loadAssetsFor(_file: string): (doc: Document) => Promise<void> {
  return async (doc) => {
    if (!doc.images.some((i) => isLocalUrl(i.url))) return;
    // Loaded on first use: exifr is needed only for drafts that show local images.
    // A failed load is not kept, so the next draft tries again.
    assetModule ??= import('./assets.js').catch((e: unknown) => {
      assetModule = undefined;
      throw e;
    });
    await (await assetModule).loadImageAssets(doc);
  };
}
