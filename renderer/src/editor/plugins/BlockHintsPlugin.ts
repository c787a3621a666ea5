/**
 * Hints in empty blocks: what the headline and the first paragraph are for,
 * shown greyed inside each while it is empty. Lexical's own placeholder shows
 * only while the whole editor is one empty paragraph, which a preface (a
 * headline and a paragraph) never is. The hint is an attribute on the block's
 * DOM element, drawn by CSS (`.editor [data-hint]::before`): it is never in
 * the document, so it is neither stored nor exported, and the CSS keeps it out
 * of the text screen readers read (the editor's aria-placeholder names it).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';

export interface BlockHints {
  /** In the first block when it is a heading and empty. */
  headline: string;
  /** In the block after the headline while it is empty. */
  text: string;
}

const ATTRIBUTE = 'data-hint';

/** Which top-level blocks get which hint, by node key, as the document stands. */
function $hintsByKey(hints: BlockHints): Map<string, string> {
  const wanted = new Map<string, string>();
  const [first, second] = $getRoot().getChildren();
  if (!first) return wanted;
  const headed = $isHeadingNode(first);
  // A lone empty paragraph already shows the editor's own placeholder.
  if (!headed && !second) return wanted;
  if (headed && first.getTextContent() === '') wanted.set(first.getKey(), hints.headline);
  const text = headed ? second : first;
  if (text && !$isHeadingNode(text) && text.getTextContent() === '') wanted.set(text.getKey(), hints.text);
  return wanted;
}

function showHints(editor: LexicalEditor, wanted: Map<string, string>, shown: Map<string, string>) {
  for (const key of shown.keys()) {
    if (!wanted.has(key)) editor.getElementByKey(key)?.removeAttribute(ATTRIBUTE);
  }
  for (const [key, hint] of wanted) editor.getElementByKey(key)?.setAttribute(ATTRIBUTE, hint);
}

export function BlockHintsPlugin({ hints }: { hints: BlockHints }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let shown = new Map<string, string>();
    const update = () => {
      // Under an IME composition the block may look empty while the candidate text is on screen.
      const wanted = editor.isComposing() ? new Map<string, string>() : editor.read(() => $hintsByKey(hints));
      showHints(editor, wanted, shown);
      shown = wanted;
    };
    update();
    const unregister = editor.registerUpdateListener(update);
    return () => {
      unregister();
      showHints(editor, new Map(), shown);
    };
  }, [editor, hints]);
  return null;
}
