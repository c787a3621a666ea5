/**
 * "Go to" for a preflight problem: focus the editor of that side and select
 * the offending text, or focus the letter field it concerns. Offsets count
 * the block's leaves as core/preflight/blockText.ts does: text (placeholders
 * included) and one character per line break.
 */
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import type { RefObject } from 'react';
import type { LetterField, ProblemLocation } from '../../../core/preflight/problem';
import type { Side } from '../../../core/sides';

export type LetterEditors = Record<Side, RefObject<LexicalEditor | null>>;

interface Point {
  node: TextNode;
  offset: number;
}

/** The text node and offset at `target` characters into `block`; the end of a node wins over the start of the next. */
function pointAt(block: ElementNode, target: number, preferNext: boolean): Point | null {
  let position = 0;
  let found: Point | null = null;
  const visit = (node: ElementNode): boolean => {
    for (const child of node.getChildren()) {
      if ($isTextNode(child)) {
        const size = child.getTextContentSize();
        const inside = preferNext ? target < position + size : target <= position + size;
        if (target >= position && inside) {
          found = { node: child, offset: target - position };
          return true;
        }
        position += size;
      } else if ($isLineBreakNode(child)) position += 1;
      else if ($isElementNode(child) && visit(child)) return true;
    }
    return false;
  };
  visit(block);
  return found;
}

/** A selection of `length` characters from `offset` into `block` (not yet set); null when the block is shorter. */
export function $selectionIn(block: ElementNode, offset: number, length: number): RangeSelection | null {
  const start = pointAt(block, offset, true);
  const end = pointAt(block, offset + length, false);
  if (!start || !end) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(start.node.getKey(), start.offset, 'text');
  selection.focus.set(end.node.getKey(), end.offset, 'text');
  return selection;
}

function selectInEditor(editor: LexicalEditor, blockIndex: number, offset?: number, length = 0): void {
  editor.update(() => {
    const block = $getRoot().getChildAtIndex(blockIndex);
    if (!$isElementNode(block)) return;
    const selection = offset === undefined ? null : $selectionIn(block, offset, length);
    if (selection) $setSelection(selection);
    else block.selectEnd();
  });
  editor.focus();
  editor.read(() => {
    const block = $getRoot().getChildAtIndex(blockIndex);
    if (block) editor.getElementByKey(block.getKey())?.scrollIntoView({ block: 'center' });
  });
}

const FIELD_TEST_IDS: Record<LetterField, string> = {
  salutation: 'salutation',
  closing: 'closing',
  addressee: 'addressee',
  signatory: 'field-signatory',
  date: 'field-letter-date',
};

/** Fields in the collapsed details form appear once it is opened. */
function focusField(field: LetterField): void {
  const selector = `[data-testid="${FIELD_TEST_IDS[field]}"]`;
  const focus = () => {
    const element = document.querySelector<HTMLElement>(selector);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
    return !!element;
  };
  if (focus()) return;
  document.querySelector<HTMLElement>('[data-testid="fields-toggle"][aria-expanded="false"]')?.click();
  requestAnimationFrame(() => focus());
}

export function goToProblem(location: ProblemLocation, editors: LetterEditors): void {
  if ('field' in location) {
    focusField(location.field);
    return;
  }
  const editor = editors[location.side].current;
  if (editor) selectInEditor(editor, location.blockIndex, location.offset, location.length);
}
