/**
 * The one static server for a built site, used by the browser tests, the benchmarks and Lighthouse.
 * It behaves like a static host: index.html for directories (with the trailing-slash redirect),
 * 404.html for unknown paths, a base path. Options choose what a measurement or a test needs:
 *   - gzip: compress text responses when the client accepts it (level 6, the usual host default);
 *   - cache: 'host' sends long immutable caching for hashed assets under _astro/ and pagefind/ and
 *     revalidation for pages, 'none' sends no-store (tests always see the files on disk);
 *   - headers: apply the build's _headers file (Content-Security-Policy…), as a host that reads it.
 *
 *   node scripts/lib/serve-static.ts [dir=dist] [--port 4321] [--base /]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/** Content-Type by file extension, for every kind of file a build holds. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
/** Types worth compressing (Pagefind's own files are already gzipped; fonts and images are compressed). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|wasm|atom\+xml)|image\/svg)/;
const IMMUTABLE = /\/(_astro|pagefind)\//;

/** A served build. */
export interface Site {
  /** e.g. 'http://127.0.0.1:41234' */
  origin: string;
  /** The base path, starting and ending with '/'. */
  base: string;
  /** Absolute URL of a site path: url('/ke-hoach/') -> origin + base + 'ke-hoach/'. */
  url(path?: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  dir?: string;
  base?: string;
  /** 0 = any free port. */
  port?: number;
  gzip?: boolean;
  cache?: 'host' | 'none';
  /** Apply the build's _headers file. */
  headers?: boolean;
}

/** A header rule of a _headers file (Netlify / Cloudflare Pages format): a path pattern ('*' matches the rest) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** The rules of a build's _headers file. */
export function readHeadersFile(file: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
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

/** Serve `dir` under `base` on 127.0.0.1. Gzipped bodies are kept in memory per file. */
export async function serveStatic({
  dir = 'dist',
  base = '/',
  port = 0,
  gzip = true,
  cache = 'host',
  headers = false,
}: ServeOptions = {}): Promise<Site> {
  const root = resolve(dir);
  if (!existsSync(root)) throw new Error(`${root} does not exist: build the site first`);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const rules = headers ? readHeadersFile(join(root, '_headers')) : [];
  const gzipped = new Map<string, Buffer>();

  const server = createServer((req, res) => {
    const send = (status: number, file: string) => {
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      let body: Buffer = readFileSync(file);
      res.statusCode = status;
      res.setHeader('content-type', type);
      res.setHeader(
        'cache-control',
        cache === 'none'
          ? 'no-store'
          : IMMUTABLE.test(file.slice(root.length))
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=0, must-revalidate',
      );
      if (gzip) res.setHeader('vary', 'accept-encoding');
      if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 6 }));
        body = gzipped.get(file)!;
        res.setHeader('content-encoding', 'gzip');
      }
      res.setHeader('content-length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) return send(404, page);
      res.writeHead(404, { 'content-type': TYPES['.txt']! }).end('404 Not Found');
    };

    const path = req.url?.split('?')[0] ?? '/';
    for (const rule of rules)
      if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    if (!pathname.startsWith(prefix)) {
      if (`${pathname}/` === prefix) return void res.writeHead(301, { location: prefix }).end();
      return notFound();
    }
    let file = join(root, normalize(pathname.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        return void res.writeHead(301, { location: `${pathname}/${query}` }).end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound();
    send(200, file);
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } },
  });
  const site = await serveStatic({ dir: positionals[0] ?? 'dist', base: values.base, port: Number(values.port) });
  console.log(`${resolve(positionals[0] ?? 'dist')} → ${site.url('/')}`);
}
