#!/usr/bin/env node
/**
 * A tiny static server for a built site, behaving like a real static host for measurements:
 * gzip for text responses when the client accepts it (level 6, the usual host default), long
 * immutable caching for hashed assets under _astro/ and pagefind/, revalidation for pages,
 * index.html for directories (with the trailing-slash redirect), 404.html for unknown paths.
 * Used by `npm run lighthouse` and `npm run bench`; the e2e tests keep tests/e2e/helpers.ts.
 *
 *   node scripts/serve-static.mjs [dir=dist] [--port 4321] [--base /]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/** Content-Type by file extension, for every kind of file a build holds (also used by tests/e2e/helpers.ts). */
export const TYPES = {
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
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
/** Types worth compressing (Pagefind's own files are already gzipped; fonts and images are compressed). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|wasm)|image\/svg)/;
const IMMUTABLE = /\/(_astro|pagefind)\//;

/**
 * Serve `dir` under `base` on 127.0.0.1 (port 0 = any free port). Resolves to
 * { origin, url(path), close() }. Gzipped bodies are cached in memory per file.
 */
export async function serveStatic({ dir = 'dist', base = '/', port = 0 } = {}) {
  const root = resolve(dir);
  if (!existsSync(root)) throw new Error(`${root} does not exist: build the site first`);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const gzipped = new Map();

  const send = (req, res, status, file) => {
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body = readFileSync(file);
    res.statusCode = status;
    res.setHeader('content-type', type);
    res.setHeader('cache-control', IMMUTABLE.test(file.slice(root.length)) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    res.setHeader('vary', 'accept-encoding');
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 6 }));
      body = gzipped.get(file);
      res.setHeader('content-encoding', 'gzip');
    }
    res.setHeader('content-length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) return send(req, res, 404, page);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405).end();
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    if (!pathname.startsWith(prefix)) {
      if (`${pathname}/` === prefix) return res.writeHead(301, { location: prefix }).end();
      return notFound();
    }
    let file = join(root, normalize(pathname.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        return res.writeHead(301, { location: `${pathname}/${query}` }).end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound();
    send(req, res, 200, file);
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (path = '/') => origin + prefix + path.replace(/^\/+/, ''),
    close: () =>
      new Promise((done) => {
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
