/**
 * Shared by every browser test: the built site served on 127.0.0.1 (scripts/lib/serve-static.ts,
 * no caching, no compression, optionally with the build's _headers) and Debian's Chromium driven by
 * playwright-core (scripts/lib/chromium.ts).
 */
import { resolve } from 'node:path';
import { serveStatic, type Site } from '../../scripts/lib/serve-static.ts';

export { CHROMIUM, CHROMIUM_ARGS, launchBrowser, VIEWPORTS } from '../../scripts/lib/chromium.ts';
export { readHeadersFile, type Site } from '../../scripts/lib/serve-static.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Serves `dir` (relative to the project, default dist/) under `base`; with `headers`, the build's _headers applied. */
export function startSite({
  dir = 'dist',
  base = '/',
  headers = false,
}: { dir?: string; base?: string; headers?: boolean } = {}): Promise<Site> {
  return serveStatic({ dir: resolve(ROOT, dir), base, headers, gzip: false, cache: 'none' });
}
