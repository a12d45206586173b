/**
 * The site's security policy, in two deliveries:
 *   - CSP: the Content-Security-Policy Astro writes into every page as a <meta> (security.csp in
 *     astro.config.mjs), with the hashes of the page's own scripts and styles. No 'unsafe-inline'
 *     anywhere; 'wasm-unsafe-eval' only because Pagefind's search runs WebAssembly.
 *   - headersFile(): an integration that writes <dist>/_headers (the format Netlify and Cloudflare
 *     Pages read) after the build: the same policy for every path, its script and style hashes the
 *     union of all pages' (a browser enforces both policies, so each page stays as strict as its
 *     meta), plus what only a header can say (frame-ancestors) and a few standard headers.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The directives Astro does not compute (it owns script-src and style-src). */
const DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as NonNullable<CspConfig['directives']>;

/** For astro.config.mjs: security.csp. */
export const CSP: CspConfig = {
  algorithm: 'SHA-256',
  directives: DIRECTIVES,
  // Pagefind (search) compiles its WebAssembly module: allowed, without allowing eval().
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
};

/** Only a header can forbid framing (a <meta> CSP ignores frame-ancestors). */
const HEADER_ONLY = ["frame-ancestors 'none'"];

const OTHER_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The CSP of a built page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const meta = html.match(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i);
  return meta?.[1]!.replaceAll('&#39;', "'").replaceAll('&apos;', "'");
}

/** A policy as directive → sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** One policy allowing what any of `policies` allows, directive by directive. */
export function unionPolicy(policies: string[]): string {
  const union = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const merged = union.get(name) ?? [];
      for (const source of sources) if (!merged.includes(source)) merged.push(source);
      union.set(name, merged);
    }
  }
  return [...union].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The _headers file for a build in `dir` served under `base`. */
export function headersFile(dir: string, base = '/'): string {
  const policies: string[] = [];
  for (const file of htmlFiles(dir)) {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    if (!policy) throw new Error(`security headers: ${file} has no content-security-policy <meta>`);
    policies.push(policy);
  }
  const policy = [unionPolicy(policies), ...HEADER_ONLY].join('; ');
  const lines = [`${base.replace(/\/?$/, '/')}*`, `  Content-Security-Policy: ${policy}`];
  for (const [name, value] of Object.entries(OTHER_HEADERS)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}

/** The Astro integration: write <dist>/_headers once the pages are built. */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'ke-hoach-mo:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_headers'), headersFile(out, base));
        logger.info('security headers: _headers written');
      },
    },
  };
}
