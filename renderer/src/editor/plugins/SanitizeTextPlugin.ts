/**
 * Removes characters that cannot be stored in a DOCX file (control
 * characters, unpaired surrogates) from any text that enters the editor:
 * paste, drag and drop, or typing. A transform sees only the text nodes an
 * update touched, so a large document costs nothing on each keystroke.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, TextNode } from 'lexical';
import { useEffect } from 'react';
import { hasInvalidXmlChars, stripInvalidXmlChars } from '../../../../core/sanitize';

function $sanitize(node: TextNode): void {
  const text = node.getTextContent();
  if (!hasInvalidXmlChars(text)) return;
  node.setTextContent(stripInvalidXmlChars(text));
  // Keep a caret in this node at the same place in the shorter text.
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  for (const point of [selection.anchor, selection.focus]) {
    if (point.key !== node.getKey() || point.type !== 'text') continue;
    point.set(point.key, stripInvalidXmlChars(text.slice(0, point.offset)).length, 'text');
  }
}

export function SanitizeTextPlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerNodeTransform(TextNode, (node) => {
        // Never rewrite text under an IME composition: it would cancel it.
        if (!editor.isComposing()) $sanitize(node);
      }),
    [editor],
  );

  return null;
}
