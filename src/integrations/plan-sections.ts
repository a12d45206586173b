/**
 * The full text of a plan with what surrounds its tasks folded: the opening of the document (the
 * lines before its first `##` heading: issuing body, motto, number, date, the sentence citing its
 * bases) and every top-level section (from one `##` heading to the next) that holds no <Task>
 * (goals, funding, who does what, recipients) become a <details> whose summary names them, so
 * that on a phone the tasks come within a screen or two of the top instead of fifteen. Nothing is
 * removed: the browser opens a folded section for a link to a heading or a phrase inside it and
 * for find in page, and the print stylesheet unfolds everything. The first section holding a task is marked with the
 * anchor #nhiem-vu, the target of the plan page's "Nhiệm vụ" link. A Sätteri hast plugin for
 * content/plans/*.mdx (astro.config.mjs); it runs before Astro gives headings their ids, so the
 * moved headings keep theirs.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';

/** The id of the start of the plan's tasks in its full text. */
export const TASKS_ANCHOR = 'nhiem-vu';

const isPlanFile = (url: URL | undefined) => !!url && /\/content\/plans\/[^/]+\.mdx$/.test(url.pathname);

type Node = {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
};

/**
 * A detached copy of a node and everything under it. The tree a plugin reads is a view of the
 * parser's own; a node moved elsewhere must be copied out of it before the original is removed.
 */
function copy(node: Node): Node {
  const out: Node = { type: node.type };
  if (node.tagName !== undefined) out.tagName = node.tagName;
  if (node.value !== undefined) out.value = node.value;
  if (node.properties !== undefined) out.properties = { ...node.properties };
  if (node.children !== undefined) out.children = node.children.map(copy);
  return out;
}

const isSectionHeading = (node: Node) => node.type === 'element' && node.tagName === 'h2';
const holdsTask = (node: Node): boolean =>
  (node.type === 'mdxJsxFlowElement' && node.name === 'Task') || (node.children ?? []).some(holdsTask);

/** The summary of the folded opening of a plan's text. */
export const OPENING_SUMMARY = 'Phần đầu văn bản: cơ quan ban hành, số, ngày, căn cứ';

const fold = (summary: ElementContent[], body: Node[], className: string): Element => ({
  type: 'element',
  tagName: 'details',
  properties: { className: [className] },
  children: [
    { type: 'element', tagName: 'summary', properties: {}, children: summary },
    ...(body.map(copy) as unknown as ElementContent[]),
  ],
});

const folder = defineHastPlugin({
  name: 'ke-hoach-mo:plan-sections',
  before(root, ctx) {
    const children = root.children as unknown as Node[];
    let tasksMarked = false;
    const first = children.findIndex(isSectionHeading);
    const opening = children.slice(0, first).filter((node) => node.type !== 'text');
    if (first > 0 && opening.length > 0 && !opening.some(holdsTask)) {
      ctx.replaceNode(
        opening[0] as never,
        fold([{ type: 'text', value: OPENING_SUMMARY }], opening, 'text-section text-opening'),
      );
      for (const node of opening.slice(1)) ctx.removeNode(node as never);
    }
    for (let i = 0; i < children.length; i++) {
      const heading = children[i]!;
      if (!isSectionHeading(heading)) continue;
      let end = i + 1;
      while (end < children.length && !isSectionHeading(children[end]!)) end++;
      const body = children.slice(i + 1, end);
      if (body.some(holdsTask)) {
        if (!tasksMarked) {
          const anchor: Element = {
            type: 'element',
            tagName: 'div',
            properties: { id: TASKS_ANCHOR, className: ['tasks-start'] },
            children: [],
          };
          ctx.insertBefore(heading as never, anchor);
          tasksMarked = true;
        }
        continue;
      }
      ctx.replaceNode(heading as never, fold([copy(heading) as unknown as ElementContent], body, 'text-section'));
      for (const node of body) ctx.removeNode(node as never);
      i = end - 1;
    }
  },
});

/** The folding, for the MDX files of content/plans/ only. */
export const planSections = (ctx: PluginFactoryContext) => (isPlanFile(ctx.fileURL) ? folder : null);
