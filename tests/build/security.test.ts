/**
 * The built site's security policy and deployment files, on both builds: every page carries a
 * strict Content-Security-Policy <meta> (no 'unsafe-inline' or eval for scripts, object-src 'none',
 * base-uri 'self') that lists the hash of each of its inline scripts and comes before anything it
 * governs; no page has an inline event handler or a javascript: URL; _headers repeats the policy
 * for hosts that read it. Both builds have canonical URLs, a sitemap of every page and robots.txt,
 * under their address: SITE_URL for dist-base/, the project's canonical address for dist/.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaPolicy, parsePolicy } from '../../src/integrations/security-headers.ts';
import { BUILDS, lineOf, listHtml, loadPage, parseHtml, readText, urlOf } from './dist.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

for (const build of BUILDS) {
  const built = existsSync(join(build.dir, 'index.html'));
  describe.runIf(built)(`${build.name}: Content-Security-Policy`, () => {
    const pages = built ? listHtml(build.dir) : [];

    it('every page has a strict policy in a <meta> before any script or style', () => {
      const problems: string[] = [];
      for (const page of pages) {
        const html = readText(build.dir, page);
        const $ = parseHtml(html);
        const policy = metaPolicy(html);
        if (!policy) {
          problems.push(`${page}: no content-security-policy <meta>`);
          continue;
        }
        const directives = parsePolicy(policy);
        const script = directives.get('script-src') ?? [];
        if (!script.includes("'self'")) problems.push(`${page}: script-src without 'self'`);
        for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
          if (script.includes(bad)) problems.push(`${page}: script-src allows ${bad}`);
        }
        if ((directives.get('style-src') ?? []).includes("'unsafe-inline'"))
          problems.push(`${page}: style-src allows 'unsafe-inline'`);
        if (directives.get('object-src')?.join(' ') !== "'none'") problems.push(`${page}: object-src is not 'none'`);
        if (directives.get('base-uri')?.join(' ') !== "'self'") problems.push(`${page}: base-uri is not 'self'`);
        if (directives.get('default-src')?.join(' ') !== "'self'") problems.push(`${page}: default-src is not 'self'`);
        // A <meta> policy governs only what comes after it. (The font preloads and the icon come
        // first in <head>, where Astro cannot put its <meta>: same-origin files, which the link
        // check already requires of every resource.)
        const meta = html.search(/<meta\s+http-equiv="content-security-policy"/i);
        const first = html.search(/<(script|style)[\s>]|<link[^>]*rel="stylesheet"/i);
        if (first !== -1 && first < meta) problems.push(`${page}: a script or style comes before the policy`);
        // Each inline script as the browser hashes it: the exact text between the tags.
        const inline = $('script:not([src])')
          .map((_, el) => $(el).text())
          .get();
        for (const text of inline) {
          if (!script.includes(sha256(text)))
            problems.push(`${page}: inline script not in script-src: ${text.slice(0, 60)}…`);
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
      expect(pages.length).toBeGreaterThan(50);
    });

    it('no inline event handlers, javascript: URLs or style attributes', () => {
      const problems: string[] = [];
      for (const page of pages) {
        const $ = loadPage(build.dir, page);
        for (const el of $.root().find('*')) {
          const at = `${page}:${lineOf(el)} <${el.tagName}`;
          for (const [name, value] of Object.entries(el.attribs)) {
            if (/^on/i.test(name)) problems.push(`${at} ${name}>`);
            if (name === 'style') problems.push(`${at} style> (blocked by style-src)`);
            if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value)) {
              problems.push(`${at} ${name}="${value}">`);
            }
          }
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });

    it('_headers sends the policy, frame-ancestors and nosniff for every path under the base', () => {
      const file = join(build.dir, '_headers');
      expect(existsSync(file), '_headers is missing').toBe(true);
      const text = readText(build.dir, '_headers');
      const [pattern, ...lines] = text.trim().split('\n');
      expect(pattern).toBe(`${build.base}*`);
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      const header = parsePolicy(headers['Content-Security-Policy'] ?? '');
      expect(header.get('frame-ancestors')).toEqual(["'none'"]);
      expect(header.get('object-src')).toEqual(["'none'"]);
      expect(header.get('script-src')).not.toContain("'unsafe-inline'");
      // Each page's own hashes are allowed by the header too, or the header would block the page.
      for (const page of pages) {
        const own = parsePolicy(metaPolicy(readText(build.dir, page))!);
        for (const directive of ['script-src', 'style-src']) {
          for (const source of own.get(directive) ?? [])
            expect(header.get(directive), `${page} ${directive}`).toContain(source);
        }
      }
    });
  });

  describe.runIf(built)(`${build.name}: canonical URLs and sitemap`, () => {
    const pages = built ? listHtml(build.dir).filter((page) => page !== '404.html') : [];
    const canonicalOf = (page: string) => loadPage(build.dir, page)('link[rel="canonical"]').attr('href');

    const site = build.site;
    it(`every page names its canonical URL under ${site}${build.base}`, () => {
      for (const page of pages) expect(canonicalOf(page), page).toBe(new URL(urlOf(page, build.base), site).href);
    });

    it('the sitemap lists every page once, and robots.txt points to it', () => {
      const index = readText(build.dir, 'sitemap-index.xml');
      const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(sitemaps.length).toBeGreaterThan(0);
      const listed: string[] = [];
      for (const url of sitemaps) {
        expect(url.startsWith(`${site}${build.base}`), url).toBe(true);
        const xml = readText(build.dir, url.slice(`${site}${build.base}`.length));
        listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
      }
      const expected = pages.map((page) => new URL(urlOf(page, build.base), site).href).sort();
      expect([...listed].sort()).toEqual(expected);
      expect(readText(build.dir, 'robots.txt')).toContain(`Sitemap: ${site}${build.base}sitemap-index.xml`);
    });
  });
}
