/**
 * The one-click fix of a preflight problem (a forbidden variant → the approved
 * term): replaces the span the problem's location covers, through the
 * editor's own update, so Undo takes it back and the autosave sees an edit
 * like any other. Only while the span still reads what the check saw: an edit
 * since then is never overwritten (the caller goes to the place instead).
 */
import { $getRoot, $isElementNode, $setSelection } from 'lexical';
import type { Problem } from '../../../core/preflight/problem';
import { $selectionIn, type LetterEditors } from './goToProblem';

/** Resolves true once the text is replaced, false when the place no longer reads the original. */
export function replaceProblemText(problem: Problem, editors: LetterEditors): Promise<boolean> {
  const { location, replacement } = problem;
  if (!location || 'field' in location || !replacement || location.offset === undefined) {
    return Promise.resolve(false);
  }
  const editor = editors[location.side].current;
  if (!editor) return Promise.resolve(false);
  const { blockIndex, offset, length = 0 } = location;
  return new Promise((resolve) => {
    let replaced = false;
    editor.update(
      () => {
        const block = $getRoot().getChildAtIndex(blockIndex);
        if (!$isElementNode(block)) return;
        const selection = $selectionIn(block, offset, length);
        if (selection?.getTextContent() !== replacement.original) return;
        $setSelection(selection);
        selection.insertText(replacement.text);
        replaced = true;
      },
      // After the update has committed (and the letter has marked itself changed), so a rerun saves it first.
      { onUpdate: () => resolve(replaced) },
    );
  });
}
