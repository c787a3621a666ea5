/**
 * Pastes HTML from other programs (browsers, Word, Google Docs) through
 * `cleanPastedHtml` first: no script, event handler, remote picture or frame,
 * no script link, Word lists as real lists. Copies between our own editors
 * carry Lexical's own format and take the normal path, so placeholders
 * survive; plain text too. Control characters are removed afterwards by
 * SanitizeTextPlugin, whatever the path.
 */
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { cleanPastedHtml } from '../paste/cleanPastedHtml';

const LEXICAL_MIME = 'application/x-lexical-editor';

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          const html = data?.getData('text/html');
          if (!data || !html || data.types.includes(LEXICAL_MIME)) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          event.preventDefault();
          const nodes = $generateNodesFromDOM(editor, cleanPastedHtml(html));
          $insertGeneratedNodes(editor, nodes, selection);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return null;
}
