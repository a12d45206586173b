/**
 * The checks the build runs on its own output (src/lib/data-check.ts, run by the integration
 * src/integrations/data-check.ts): each kind of problem, planted in a small site written to a
 * temporary folder, is found and named with its page and line; the integration fails the build
 * with them, and says what it checked when all is well.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { checkData, checkLinks, tagsOf } from '../src/lib/data-check.ts';
import dataCheck, { BuildCheckError } from '../src/integrations/data-check.ts';
import { jsonSchemaOf } from '../src/schemas/public-data.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A site in a temporary folder: path → content. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'khm-check-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>x</title></head><body>\n${body}\n</body></html>`;

describe('tagsOf', () => {
  it('reads start tags and their attributes, quoted or not, entities decoded', () => {
    const tags = [...tagsOf(`<a href="/a/?x=1&amp;y=2" id=top data-x='it&#39;s'>a</a><br/><IMG SRC="/i.png">`)];
    expect(tags.map((tag) => tag.name)).toEqual(['a', 'br', 'img']);
    expect(tags[0]!.attrs).toEqual({ href: '/a/?x=1&y=2', id: 'top', 'data-x': "it's" });
    expect(tags[2]!.attrs).toEqual({ src: '/i.png' });
  });

  it('skips comments and what scripts and styles hold, reads <template> and <noscript> contents', () => {
    const html = `<!-- <a href="/c/"> --><script>const s = '<a href="/s/">';</script><style>a[href="/t/"]{}</style><template><a href="/tpl/"></a></template><noscript><link rel="stylesheet" href="/n.css"></noscript>`;
    const hrefs = [...tagsOf(html)].map((tag) => tag.attrs.href).filter(Boolean);
    expect(hrefs).toEqual(['/tpl/', '/n.css']);
  });

  it('with a filter, yields only the tags whose attributes match', () => {
    expect(
      [...tagsOf('<p class="a"><a href="/x/">x</a><span id="y"></span>', /\s(id|href)=/)].map((t) => t.name),
    ).toEqual(['a', 'span']);
  });
});

describe('checkLinks', () => {
  const dir = () =>
    site({
      'index.html': page(`<nav><a href="/ke-hoach/">Kế hoạch</a> <a href="/ke-hoach/#ds">Danh sách</a></nav>`),
      'ke-hoach/index.html': page(
        [
          '<h1 id="ds">Danh sách</h1>',
          '<a href="/ke-hoach/khong-co/">hỏng</a>',
          '<a href="#khong-co">neo hỏng</a>',
          '<a href="/ke-hoach">không có / cuối</a>',
          '<a href="/../ngoai/">ngoài gốc</a>',
          '<p id="ds">trùng</p>',
          '<script src="https://cdn.example.com/x.js"></script>',
          '<a href="https://example.org/">ngoài, chỉ là liên kết</a>',
          '<a href="mailto:a@b.vn">thư</a>',
        ].join('\n'),
      ),
    });

  it('finds each kind of problem, with the page, its line and the element', () => {
    const report = checkLinks(dir(), '/');
    expect(report.pages).toBe(2);
    expect(report.missing).toEqual([
      'ke-hoach/index.html:3 <a href="/ke-hoach/khong-co/">: không có tệp cho /ke-hoach/khong-co/',
      'ke-hoach/index.html:6 <a href="/../ngoai/">: không có tệp cho /ngoai/',
    ]);
    expect(report.badFragments).toEqual([
      'ke-hoach/index.html:4 <a href="#khong-co">: ke-hoach/index.html không có phần tử id="khong-co"',
    ]);
    expect(report.noTrailingSlash).toEqual([
      'ke-hoach/index.html:5 <a href="/ke-hoach">: đường dẫn trang phải kết thúc bằng / (/ke-hoach/)',
    ]);
    expect(report.duplicateIds).toEqual(['ke-hoach/index.html:7 id="ds" xuất hiện hai lần']);
    expect(report.externalResources).toEqual([
      'ke-hoach/index.html:8 <script src="https://cdn.example.com/x.js">: tải tài nguyên từ nguồn ngoài',
    ]);
    expect(report.external).toEqual(['https://cdn.example.com/x.js', 'https://example.org/']);
  });

  it('resolves under the base path, and reports a link that leaves it', () => {
    const sub = site({
      'index.html': page('<a href="/ke-hoach-mo/a/">a</a> <a href="/a/">ngoài gốc</a>'),
      'a/index.html': page('<a href="../">về trang chủ</a>'),
    });
    const report = checkLinks(sub, '/ke-hoach-mo/');
    expect(report.missing).toEqual([]);
    expect(report.outsideBase).toEqual(['index.html:2 <a href="/a/">: trỏ tới /a/, ngoài đường dẫn gốc /ke-hoach-mo/']);
  });
});

describe('checkData', () => {
  const schema = JSON.stringify(jsonSchemaOf('agencies'));

  it('validates each /data/ file against the schema published beside it', () => {
    const dir = site({
      'data/agencies.schema.json': schema,
      'data/agencies.json': '[]',
      'data/tasks.json': '[]',
      'data/tasks.csv': 'id\r\n',
    });
    expect(checkData(dir)).toEqual({
      files: 2,
      problems: ['data/tasks.json: JSON Schema data/tasks.schema.json không được xuất bản'],
    });
  });

  it('names the file, the record and the rule it breaks', () => {
    const dir = site({ 'data/agencies.schema.json': schema, 'data/agencies.json': '[{"id": 1}]' });
    const [problem] = checkData(dir).problems;
    expect(problem).toMatch(
      /^data\/agencies\.json: không khớp data\/agencies\.schema\.json: \/0 must have required property/,
    );
  });
});

describe('the build step (src/integrations/data-check.ts)', () => {
  const logger = (messages: string[]) =>
    ({ info: (m: string) => messages.push(m) }) as unknown as AstroIntegrationLogger;
  const run = (dir: string, messages: string[] = []) => {
    const integration = dataCheck();
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    hooks['astro:config:done']!({ config: { base: '/' } });
    return hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger: logger(messages) });
  };

  it('fails the build with the problems listed and no stack trace', () => {
    const dir = site({ 'index.html': page('<a href="/khong-co/">x</a>') });
    let error: unknown;
    try {
      run(dir);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(BuildCheckError);
    expect((error as Error).message).toContain(
      'liên kết hỏng (1):\n  index.html:2 <a href="/khong-co/">: không có tệp cho /khong-co/',
    );
    expect((error as Error).stack).toBe('');
  });

  it('says what it checked when all is well', () => {
    const messages: string[] = [];
    run(
      site({
        'index.html': page('<a href="/">x</a>'),
        'data/agencies.schema.json': JSON.stringify(jsonSchemaOf('agencies')),
        'data/agencies.json': '[]',
      }),
      messages,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^1 data files, 1 pages, 1 internal URLs checked in \d+ ms$/);
  });
});
