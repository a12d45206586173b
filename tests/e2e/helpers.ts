/**
 * Shared by every browser test: a tiny static server for a build folder on 127.0.0.1 (random free
 * port, optional base path) and Debian's Chromium driven by playwright-core (never a downloaded
 * browser).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { TYPES as CONTENT_TYPES } from '../../scripts/serve-static.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const TYPES: Record<string, string> = CONTENT_TYPES;

export interface Site {
  /** e.g. 'http://127.0.0.1:41234' */
  origin: string;
  /** The base path, starting and ending with '/'. */
  base: string;
  /** Absolute URL of a site path: url('/ke-hoach/') -> origin + base + 'ke-hoach/'. */
  url(path?: string): string;
  close(): Promise<void>;
}

/**
 * The rules of a build's _headers file (Netlify / Cloudflare Pages format): a path pattern
 * ('*' matches the rest) and the headers sent for it.
 */
export function readHeadersFile(file: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/**
 * Serves `dir` (default dist/) under `base` (default '/'): directories serve their index.html
 * (a directory URL without its trailing slash is redirected, as static hosts do), unknown paths
 * get 404.html when the build has one. With `headers`, the build's _headers file is applied, as
 * a host that reads it would.
 */
export async function startSite({ dir = 'dist', base = '/', headers = false }: { dir?: string; base?: string; headers?: boolean } = {}): Promise<Site> {
  const root = resolve(ROOT, dir);
  if (!existsSync(root)) throw new Error(`${root} does not exist: build the site first`);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const notFound = join(root, '404.html');
  const rules = headers ? readHeadersFile(join(root, '_headers')) : [];

  const server: Server = createServer((req, res) => {
    const path = req.url?.split('?')[0] ?? '/';
    for (const rule of rules) if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    const send404 = () => {
      res.statusCode = 404;
      if (existsSync(notFound)) {
        res.setHeader('content-type', TYPES['.html']!);
        res.end(readFileSync(notFound));
      } else {
        res.setHeader('content-type', TYPES['.txt']!);
        res.end('404 Not Found');
      }
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      if (`${pathname}/` === prefix) {
        res.writeHead(301, { location: prefix }).end();
        return;
      }
      return send404();
    }
    const rel = normalize(pathname.slice(prefix.length));
    let file = join(root, rel);
    if (file !== root && !file.startsWith(root + sep)) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        res.writeHead(301, { location: `${pathname}/${query}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return send404();
    res.statusCode = 200;
    res.setHeader('content-type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('content-length', statSync(file).size);
    res.setHeader('cache-control', 'no-store');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: prefix,
    url: (path = '/') => origin + prefix + path.replace(/^\/+/, ''),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium through playwright-core, with a fresh profile (playwright makes one). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (see .ci/run)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
} as const;
