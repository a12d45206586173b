/**
 * The last step of every `astro build`: the checks of src/lib/data-check.ts on the written site
 * (open data against its published JSON Schemas, every internal link and #anchor, no repeated id,
 * nothing loaded from another origin). A failed check fails the build, listing what is wrong: if
 * the site builds, what it publishes is right. Registered last in astro.config.mjs, after the
 * search index and _headers are written.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuild } from '../lib/data-check.ts';

export class BuildCheckError extends Error {
  constructor(problems: string[]) {
    super(['Bản dựng không đạt kiểm tra dữ liệu và liên kết (src/lib/data-check.ts):', ...problems].join('\n'));
    this.name = 'BuildCheckError';
    // The list says what to fix; a stack trace would only bury it.
    this.stack = '';
  }
}

export default function dataCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'ke-hoach-mo:data-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = `/${config.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const result = checkBuild(fileURLToPath(dir), base);
        if (result.problems.length) throw new BuildCheckError(result.problems);
        logger.info(
          `${result.dataFiles} data files, ${result.pages} pages, ${result.urls} internal URLs checked in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
