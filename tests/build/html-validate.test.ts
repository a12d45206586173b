/**
 * Every built HTML page validates with html-validate's recommended preset: one test per page of
 * dist/, and one test over all pages of dist-base/ (the same pages under the sub-path).
 */
import { existsSync } from 'node:fs';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { BUILDS, listHtml, readText } from './dist.ts';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's Markdown gives headings ids slugged from their text, which for numbered Vietnamese
    // headings start with a digit ("1-mục-tiêu-chung"). HTML5 allows any id without whitespace;
    // `relaxed` checks exactly that instead of the stricter HTML4-style "must begin with a letter".
    'valid-id': ['error', { relaxed: true }],
    // An SEO length heuristic (70 characters), not validity: page titles carry full official
    // Vietnamese names of plans and agencies, which are often longer.
    'long-title': 'off',
    // A group of checkboxes shares one name, one value per box (the search filters: ?tinh=a&tinh=b).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};

const validator = new HtmlValidate(config);

const format = (file: string, messages: Message[]) =>
  messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);

async function validate(dir: string, file: string): Promise<string[]> {
  const report = await validator.validateString(readText(dir, file), file);
  return report.results.flatMap((result) =>
    format(
      file,
      result.messages.filter((m) => m.severity >= 2),
    ),
  );
}

const [dist, distBase] = BUILDS as [(typeof BUILDS)[0], (typeof BUILDS)[0]];

describe('dist', () => {
  const pages = listHtml(dist.dir);

  it('has HTML pages', () => {
    expect(pages.length, `${dist.dir} has no HTML pages: build it first`).toBeGreaterThan(0);
  });

  it.each(pages)('%s validates', async (file) => {
    const errors = await validate(dist.dir, file);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

describe('dist-base', () => {
  it('every page validates', async () => {
    expect(existsSync(distBase.dir), `${distBase.dir} is missing: build it first`).toBe(true);
    const pages = listHtml(distBase.dir);
    expect(pages.length).toBeGreaterThan(0);
    const errors = (await Promise.all(pages.map((file) => validate(distBase.dir, file)))).flat();
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
