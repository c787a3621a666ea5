/**
 * WordprocessingML as the import reads it: namespaces matched by URI (a
 * file may bind any prefix to them), and mc:Fallback skipped, because what
 * it holds is a second copy of its mc:Choice for older readers (a text box
 * as DrawingML in the Choice, as VML in the Fallback).
 */
import type { Document, Element, Node } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
export const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const VML = 'urn:schemas-microsoft-com:vml';

const ELEMENT_NODE = 1;

export const isElement = (node: Node | null): node is Element => node?.nodeType === ELEMENT_NODE;

// A plain boolean, not a type guard: a guard's negation would narrow `!is(node, …)` to never.
export const is = (node: Node | null, namespace: string, localName: string): boolean =>
  isElement(node) && node.namespaceURI === namespace && node.localName === localName;

/** The nearest ancestor that is namespace:localName, or undefined. */
export function ancestor(node: Node, namespace: string, localName: string): Element | undefined {
  for (let up = node.parentNode; up; up = up.parentNode)
    if (is(up, namespace, localName)) return up as Element;
  return undefined;
}

/** Elements by namespace URI and local name, in document order, leaving out mc:Fallback copies. */
export function elements(root: Document | Element, namespace: string, localName: string): Element[] {
  return [...root.getElementsByTagNameNS(namespace, localName)].filter((el) => !ancestor(el, MC, 'Fallback'));
}

/** An attribute by namespace URI, null when absent. */
export const attr = (el: Element, namespace: string, localName: string): string | null =>
  el.getAttributeNS(namespace, localName);
