/**
 * Pastes HTML from other programs (browsers, Word, Google Docs) through
 * `cleanPastedHtml` first: no script, event handler, remote picture or frame,
 * no script link, Word lists as real lists. Copies between our own editors
 * carry Lexical's own format and take the normal path, so placeholders
 * survive; plain text too, once its blank lines between paragraphs are
 * collapsed (as the HTML path drops empty spacer paragraphs). Control
 * characters are removed afterwards by SanitizeTextPlugin, whatever the path.
 */
import { $insertDataTransferForRichText, $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { collapseBlankLines, hasBlankLines } from '../../../../core/html/blankLines';
import { cleanPastedHtml } from '../../../../core/html/cleanPastedHtml';

const LEXICAL_MIME = 'application/x-lexical-editor';

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data || data.types.includes(LEXICAL_MIME)) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const html = data.getData('text/html');
          if (html) {
            event.preventDefault();
            $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, cleanPastedHtml(html)), selection);
            return true;
          }
          const text = data.getData('text/plain');
          if (!hasBlankLines(text)) return false;
          event.preventDefault();
          // Lexical's own plain-text paste (a paragraph per line), on the text without its blank lines.
          const plain = new DataTransfer();
          plain.setData('text/plain', collapseBlankLines(text));
          $insertDataTransferForRichText(plain, selection, editor);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return null;
}
