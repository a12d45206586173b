/**
 * Hostile content, the pure parts: CSV cells a spreadsheet would run as a formula are
 * written with a leading "'" (src/lib/csv.ts), and a plan's MDX body is text (src/integrations/safe-mdx.ts):
 * MDX code other than <Task id="…"> stops the build, a link or image whose address runs code is
 * shown as text. The built site is tested in tests/build/hostile.test.ts and tests/e2e/hostile.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { csvField, formulaSafe, toCsv } from '../src/lib/csv.ts';
import { isSafeUrl, planBodyGuard, safeLinks } from '../src/integrations/safe-mdx.ts';
import { parseCsv } from './helpers/parse-csv.ts';

describe('CSV cells that a spreadsheet would run as a formula', () => {
  it.each(['=1+2', '=HYPERLINK("http://x","y")', '+1', '-1', '- mục liệt kê', '@SUM(A1)', '\tx', '\rx'])(
    '%j gets a leading quote',
    (cell) => {
      expect(formulaSafe(cell)).toBe(`'${cell}`);
      expect(parseCsv(toCsv([[cell]]))).toEqual([[`'${cell}`]]);
    },
  );

  it('leaves every other cell as it is', () => {
    for (const cell of [
      '',
      'Sở KH&CN',
      '1.10',
      '2023-01-01',
      ' =1',
      "'=1",
      '<script>alert(1)</script>',
      'a=b',
      'x\n=1',
    ]) {
      expect(formulaSafe(cell)).toBe(cell);
    }
  });

  it('quotes a made-safe cell, doubling its quotes', () => {
    expect(csvField('=1+2')).toBe(`"'=1+2"`);
    expect(csvField('=HYPERLINK("a","b")')).toBe(`"'=HYPERLINK(""a"",""b"")"`);
    expect(csvField('-x, y')).toBe(`"'-x, y"`);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('addresses a link may have', () => {
  it.each(['https://example.org/', 'http://x', 'mailto:a@b.vn', 'tel:+84', '/ke-hoach/', '#nv-1', 'tep.txt', '?q=1'])(
    '%j is safe',
    (url) => {
      expect(isSafeUrl(url)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:x',
    'java\tscript:x',
    'java\nscript:x',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
  ])('%j is not', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

const PLAN_URL = new URL('file:///site/content/plans/thu-2023.mdx');

/** The JS that the MDX pipeline makes of a body, with the site's plugins. */
const compile = (body: string, fileURL = PLAN_URL) =>
  mdxToJs(body, { mdastPlugins: [planBodyGuard], hastPlugins: [safeLinks], jsxImportSource: 'astro', fileURL }).code;

describe('a plan body is text', () => {
  it('compiles the escaped forms and <Task id="…">', () => {
    const code = compile(
      `&lt;script&gt;alert(1)&lt;/script&gt; \\{x\\} "&gt;&lt;img src=x onerror=alert(1)&gt;\n\n<Task id="thu-2023/1">\n\nx\n\n</Task>\n\n<Task id="thu-2023/2" />\n`,
    );
    // A JS string literal of the text ("</" written "<\/").
    expect(code).toContain(`"<script>alert(1)<\\/script> {x} \\"><img src=x onerror=alert(1)>"`);
    expect(code).toContain('id: "thu-2023/1"');
  });

  it.each([
    ['a <script> tag', 'x\n\n<script>alert(1)</script>\n', /thu-2023\.mdx:3: thẻ <script>/],
    ['an <img> with a handler', 'x <img src="x" onError="alert(1)" /> y\n', /thu-2023\.mdx:1: thẻ <img>/],
    ['a lowercase HTML tag', 'x <b>đậm</b>\n', /thẻ <b>/],
    ['an expression', 'x {1 + 1} y\n', /biểu thức \{1 \+ 1\}/],
    ['a flow expression', 'x\n\n{alert(1)}\n', /biểu thức \{alert\(1\)\}/],
    ['an import', "import x from 'y'\n\nx\n", /import\/export/],
    [
      'a Task with another attribute',
      '<Task id="thu-2023/1" onClick={x}>\n\nx\n\n</Task>\n',
      /<Task> với thuộc tính khác id/,
    ],
    ['a Task with a computed id', '<Task id={"thu-2023/1"} />\n', /<Task> với thuộc tính khác id/],
  ])('stops the build on %s, naming the file and line', (_, body, message) => {
    expect(() => compile(body)).toThrow(message);
  });

  it('leaves MDX files outside content/plans/ alone', () => {
    expect(compile('x <b>y</b>\n', new URL('file:///site/src/pages/trang.mdx'))).toContain('_components.b');
  });

  it('shows a link or image whose address runs code as text, keeps the others', () => {
    const code = compile(
      '[bấm](javascript:alert(1)) [hoa](JaVaScRiPt:alert(2)) [tham chiếu][r] ![ảnh](javascript:x) [được](https://example.org/) [nội bộ](/ke-hoach/)\n\n[r]: vbscript:x\n',
    );
    expect(code).not.toMatch(/(href|src): "(javascript|vbscript)/i);
    expect(code).toContain('" (javascript:alert(1))"');
    expect(code).toContain('" (JaVaScRiPt:alert(2))"');
    expect(code).toContain('" (vbscript:x)"');
    expect(code).toContain('"ảnh"');
    expect(code).toContain('href: "https://example.org/"');
    expect(code).toContain('href: "/ke-hoach/"');
  });
});
