/** The visible text of a built page (or of one element of it), whitespace collapsed, for assertions. */
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

const SKIP = new Set(['script', 'style', 'template', 'head']);

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName && SKIP.has(node.tagName)) return '';
  const inner = (node.childNodes ?? []).map(textOf).join('');
  // Block-level boundaries become spaces so that words of adjacent blocks do not run together.
  return node.tagName &&
    !['a', 'span', 'strong', 'em', 'b', 'i', 'time', 'abbr', 'code', 'del', 'ins', 'mark'].includes(node.tagName)
    ? ` ${inner} `
    : inner;
}

function find(node: Node, predicate: (n: Node) => boolean): Node | undefined {
  if (predicate(node)) return node;
  for (const child of node.childNodes ?? []) {
    const hit = find(child, predicate);
    if (hit) return hit;
  }
  return undefined;
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text of the element with this id, or of <main> when no id is given. */
export function pageText(html: string, id?: string): string {
  const doc = parse(html) as unknown as Node;
  const root = find(doc, (n) =>
    id ? n.attrs?.some((a) => a.name === 'id' && a.value === id) === true : n.tagName === 'main',
  );
  return root ? collapse(textOf(root)) : '';
}
