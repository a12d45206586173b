/**
 * Links of both builds (dist/ at '/', dist-base/ under the sub-path), checked by the link check
 * the build itself runs (src/lib/data-check.ts): every internal href/src/action resolves to a file
 * of the same build, stays under the build's base path, keeps the trailing-slash URL contract,
 * every #fragment names an element of the target page, no page repeats an id. External links are
 * listed; none may load a resource (script, style, image, font).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILDS } from './dist.ts';
import { checkLinks } from '../../src/lib/data-check.ts';

describe.each(BUILDS)('$name', (build) => {
  const built = existsSync(build.dir);
  const result = built ? checkLinks(build.dir, build.base) : undefined;

  it('exists and has HTML pages', () => {
    expect(built, `${build.dir} is missing: build it first (npm test does)`).toBe(true);
    expect(result!.pages).toBeGreaterThan(0);
    expect(result!.urls).toBeGreaterThan(result!.pages);
  });

  it.runIf(built)('every internal link resolves to a file of the build', () => {
    expect(result!.missing, `broken links in ${build.name}:\n${result!.missing.join('\n')}`).toEqual([]);
  });

  it.runIf(built)(`every internal link stays under the base path ${build.base}`, () => {
    expect(result!.outsideBase, result!.outsideBase.join('\n')).toEqual([]);
  });

  it.runIf(built)('links to pages end with a slash (URL contract)', () => {
    expect(result!.noTrailingSlash, result!.noTrailingSlash.join('\n')).toEqual([]);
  });

  it.runIf(built)('every #fragment names an element of the target page', () => {
    expect(result!.badFragments, `broken fragments in ${build.name}:\n${result!.badFragments.join('\n')}`).toEqual([]);
  });

  it.runIf(built)('no page repeats an id', () => {
    expect(result!.duplicateIds, result!.duplicateIds.join('\n')).toEqual([]);
  });

  it.runIf(built)('loads no resource from another origin', () => {
    if (result!.external.length)
      console.log(`${build.name}: ${result!.external.length} external link(s):\n  ${result!.external.join('\n  ')}`);
    expect(result!.externalResources, result!.externalResources.join('\n')).toEqual([]);
  });
});
