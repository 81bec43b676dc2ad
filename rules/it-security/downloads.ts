/**
 * What a link downloads, judged on the last segment of its decoded path (never the query string):
 * a program or installer, a container that can hide one (archive, macro-enabled file), or neither.
 */
import downloads from './data/downloads.json' with { type: 'json' };
import { CGI_PATH, DOWNLOAD_PROTOCOL, SOURCE_VIEW_PATH } from './patterns.js';
import { decodedPath, type ParsedLink } from './url.js';

export type DownloadClass = 'executable' | 'container';

export interface Download {
  class: DownloadClass;
  /** The extension as the reader sees it (`msi`, `tar.gz`). */
  ext: string;
  /** What it is, for the message (`Windows installer`). */
  kind: string;
  /** The file name. */
  name: string;
  /** The archive's name says it holds data (`boundaries.shp.zip`, `survey.csv.gz`). */
  holdsData: boolean;
}

const EXECUTABLES = new Map(Object.entries(downloads.executables));
const CONTAINERS = new Map(Object.entries(downloads.containers));
const SOURCE_LIKE = new Set(downloads.sourceLike);
const DATA_INSIDE = new Set(downloads.dataInside);
const DATA_WORDS = downloads.dataWords.map((w) => w.toLowerCase());

/** Classify a link's target, or null when it is neither a program nor a container. */
export function classifyDownload(p: ParsedLink): Download | null {
  if (!DOWNLOAD_PROTOCOL.test(p.url.protocol)) return null;
  const path = decodedPath(p.url);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const parts = name.toLowerCase().split('.');
  if (parts.length < 2 || !parts[0]) return null;
  const last = parts[parts.length - 1]!;
  const inner = parts.length > 2 ? parts[parts.length - 2]! : '';
  if (CGI_PATH.test(path)) return null;
  const exe = EXECUTABLES.get(last);
  if (exe) {
    // Scripts shown in a repository's source view are read there, not run.
    if (SOURCE_LIKE.has(last) && SOURCE_VIEW_PATH.test(path)) return null;
    return { class: 'executable', ext: last, kind: exe, name, holdsData: false };
  }
  const container = CONTAINERS.get(last);
  if (!container) return null;
  if (SOURCE_VIEW_PATH.test(path)) return null;
  // `x.tar.gz`: the reader sees one archive; `x.csv.gz`: compressed data.
  const ext = inner === 'tar' ? `tar.${last}` : last;
  const kind = inner === 'tar' ? 'compressed tar archive' : container;
  const lowered = name.toLowerCase();
  const holdsData = DATA_INSIDE.has(inner) || DATA_WORDS.some((w) => lowered.includes(w.split(' ').join('')));
  return { class: 'container', ext, kind, name, holdsData };
}

/** Whether link text says the archive is data ("Download the 2023 dataset (ZIP)"). */
export function textSaysData(text: string): boolean {
  const t = text.toLowerCase();
  return DATA_WORDS.some((w) => t.includes(w));
}
