/**
 * A plan's body is text, never code, whoever wrote it. Two plugins of the MDX pipeline
 * (Sätteri, registered in astro.config.mjs):
 *
 * - `planBodyGuard` stops the build on MDX code in a body of content/plans/ other than the
 *   `<Task id="…">` wrapper: any other tag (`<script>`, `<img onerror=…>`), an expression `{…}`,
 *   an `import`/`export`. Text that looks like code is written escaped (`&lt;script&gt;`, `\{`), as
 *   content/README.md says, and is then shown as the literal text.
 * - `safeLinks` shows a link whose address would run code (`javascript:`, `data:`, `vbscript:`…)
 *   as text, its label followed by the address in brackets, and an image with such an address as
 *   its description: a Markdown link `[…](javascript:…)` copied from a source builds, and does
 *   nothing when clicked.
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, defineMdastPlugin, type PluginFactoryContext } from 'satteri';

/** Address schemes a link of a plan's text may use; an address without a scheme is site-relative. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Whether an address is safe to put in href/src: no scheme (relative, #fragment) or one of
 * SAFE_SCHEMES. Read as a browser reads it: leading control characters and spaces ignored, tabs and
 * line breaks removed anywhere ("java\tscript:" is "javascript:"), the scheme in any case.
 */
export function isSafeUrl(url: string): boolean {
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return !scheme || SAFE_SCHEMES.has(scheme[1]!.toLowerCase());
}

/** The one component a plan's body may use. */
const TASK = 'Task';

const isPlanFile = (url: URL | undefined) => !!url && /\/content\/plans\/[^/]+\.mdx$/.test(url.pathname);

export class PlanBodyError extends Error {}

interface Positioned {
  position?: { start: { line: number } } | undefined;
}

function fail(ctx: { fileURL: URL | undefined }, node: Positioned, what: string, hint: string): never {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL).replace(/^.*\/(content\/plans\/)/, '$1') : 'content/plans/?';
  const line = node.position ? `:${node.position.start.line}` : '';
  throw new PlanBodyError(
    `${file}${line}: ${what} trong phần thân kế hoạch: phần thân là văn bản, chỉ dùng <Task id="…">. ${hint}`,
  );
}

const ESCAPE_TAG = 'Nếu đó là chữ của văn bản, viết &lt; và &gt; thay cho < và > (content/README.md).';
const ESCAPE_BRACE = 'Nếu đó là chữ của văn bản, viết \\{ và \\} thay cho { và } (content/README.md).';

interface JsxNode extends Positioned {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

function checkJsx(node: JsxNode, ctx: { fileURL: URL | undefined }) {
  const tag = node.name ?? '';
  if (tag !== TASK) fail(ctx, node, `thẻ <${tag}>`, ESCAPE_TAG);
  const [attribute, ...rest] = node.attributes;
  if (
    rest.length > 0 ||
    !attribute ||
    attribute.type !== 'mdxJsxAttribute' ||
    attribute.name !== 'id' ||
    typeof attribute.value !== 'string'
  ) {
    fail(ctx, node, '<Task> với thuộc tính khác id="…"', 'Viết đúng <Task id="<slug>/<số thứ tự>">.');
  }
}

const guard = defineMdastPlugin({
  name: 'ke-hoach-mo:plan-body-guard',
  options: { position: true },
  mdxJsxFlowElement: (node, ctx) => checkJsx(node as JsxNode, ctx),
  mdxJsxTextElement: (node, ctx) => checkJsx(node as JsxNode, ctx),
  mdxFlowExpression: (node, ctx) => fail(ctx, node, `biểu thức {${node.value}}`, ESCAPE_BRACE),
  mdxTextExpression: (node, ctx) => fail(ctx, node, `biểu thức {${node.value}}`, ESCAPE_BRACE),
  mdxjsEsm: (node, ctx) =>
    fail(ctx, node, 'lệnh import/export', 'Nếu đó là chữ của văn bản, viết &#105;mport hoặc &#101;xport ở đầu dòng.'),
});

/** The guard, for the MDX files of content/plans/ only. */
export const planBodyGuard = (ctx: PluginFactoryContext) => (isPlanFile(ctx.fileURL) ? guard : null);

export const safeLinks = defineHastPlugin({
  name: 'ke-hoach-mo:safe-links',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const properties = (node.properties ?? {}) as Record<string, unknown>;
      if (node.tagName === 'a') {
        const href = properties.href;
        if (typeof href === 'string' && !isSafeUrl(href))
          ctx.replaceNode(node, [...node.children, { type: 'text', value: ` (${href})` }]);
      } else {
        const src = properties.src;
        if (typeof src === 'string' && !isSafeUrl(src))
          ctx.replaceNode(node, { type: 'text', value: typeof properties.alt === 'string' ? properties.alt : '' });
      }
    },
  },
});
