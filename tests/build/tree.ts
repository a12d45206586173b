/**
 * A small element tree over parse5 for tests that need structure (tables, SVG): find elements by
 * tag, attribute or class, walk to parents, read text as the reader sees it. No browser needed.
 */
import { parse } from 'parse5';

export interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: Node | null;
  /** Text of a text node; '' for elements. */
  value: string;
}

interface P5 {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5[];
  content?: P5;
}

/** The document as a tree of elements and text nodes (tag '#text'). */
export function tree(html: string): Node {
  const convert = (p5: P5, parent: Node | null): Node => {
    const node: Node = {
      tag: p5.tagName ?? p5.nodeName,
      attrs: Object.fromEntries((p5.attrs ?? []).map((a) => [a.name, a.value])),
      children: [],
      parent,
      value: p5.nodeName === '#text' ? (p5.value ?? '') : '',
    };
    node.children = [...(p5.childNodes ?? []), ...(p5.content?.childNodes ?? [])].map((child) => convert(child, node));
    return node;
  };
  return convert(parse(html) as unknown as P5, null);
}

/** Every element under `root` (in document order) that `test` accepts. */
export function findAll(root: Node, test: (node: Node) => boolean): Node[] {
  const out: Node[] = [];
  const walk = (node: Node) => {
    for (const child of node.children) {
      if (child.tag !== '#text' && test(child)) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

export const findOne = (root: Node, test: (node: Node) => boolean): Node | undefined => findAll(root, test)[0];

/** Tests for findAll: tag, attribute (with value), class. */
export const byTag = (tag: string) => (node: Node) => node.tag === tag;
export const byAttr = (name: string, value?: string) => (node: Node) =>
  name in node.attrs && (value === undefined || node.attrs[name] === value);
export const byClass = (name: string) => (node: Node) => (node.attrs.class ?? '').split(/\s+/).includes(name);
export const and =
  (...tests: ((node: Node) => boolean)[]) =>
  (node: Node) =>
    tests.every((test) => test(node));

/** The nearest ancestor `test` accepts. */
export function closest(node: Node, test: (node: Node) => boolean): Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (test(current)) return current;
  return undefined;
}

/** All text under a node, whitespace collapsed. */
export function text(node: Node): string {
  const all = (n: Node): string => (n.tag === '#text' ? n.value : n.children.map(all).join(''));
  return all(node).replace(/\s+/g, ' ').trim();
}

/** The element children of a node. */
export const elementsOf = (node: Node) => node.children.filter((child) => child.tag !== '#text');
