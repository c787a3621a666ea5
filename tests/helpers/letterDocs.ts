/** Small builders for letters whose body a test spells out node by node. */
import { editorDoc, textNode, type SerializedNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { loadFixtureLetter } from '../fixtures/loadLetter';

export function linkNode(url: string, text: string): SerializedNode {
  return { type: 'link', url, version: 1, children: [textNode(text)] };
}

export function listNode(listType: 'bullet' | 'number', items: SerializedNode[][]): SerializedNode {
  return {
    type: 'list',
    listType,
    start: 1,
    tag: listType === 'number' ? 'ol' : 'ul',
    children: items.map((children, i) => ({ type: 'listitem', value: i + 1, children })),
  };
}

/** The formatting fixture (signatory, salutation, closing) with this body. */
export function letterWithBody(nodes: SerializedNode[], changes: Partial<Letter> = {}): Letter {
  return { ...loadFixtureLetter('formatting'), body: editorDoc(nodes), ...changes };
}
