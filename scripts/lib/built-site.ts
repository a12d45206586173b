/**
 * The pages of a built site, discovered from its folder rather than hard-coded: every file, each
 * HTML page's URL, and one page of each kind (for tests and screenshots that look at every kind).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a folder, as '/'-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

export const listHtml = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html'));

/** The URL path a built file is served at: 'ke-hoach/x/index.html' -> '/ke-hoach/x/'. */
export function urlOf(file: string, base = '/'): string {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return base + path;
}

/**
 * The kind of a page, to test one page of each: '/' is 'home', '/ke-hoach/' is 'ke-hoach',
 * '/ke-hoach/<slug>/' is 'ke-hoach/*', '/ke-hoach/sap-xep/<key>/' is 'ke-hoach/sap-xep/*',
 * the citation pages of the plans ('/ke-hoach/<slug>/trich-dan/') are one kind, 'ke-hoach/…/trich-dan',
 * '/404.html' is '404.html'.
 */
export function kindOf(url: string): string {
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 3 && parts[0] === 'ke-hoach' && parts[2] === 'trich-dan') return 'ke-hoach/…/trich-dan';
  return `${parts.slice(0, -1).join('/')}/*`;
}

/** One page (URL path, without base) of every kind the build holds, the first in sorted order. */
export function onePagePerKind(dir: string): { kind: string; url: string }[] {
  const seen = new Map<string, string>();
  for (const file of listHtml(dir)) {
    const url = urlOf(file);
    const kind = kindOf(url);
    if (!seen.has(kind)) seen.set(kind, url);
  }
  return [...seen].map(([kind, url]) => ({ kind, url }));
}
