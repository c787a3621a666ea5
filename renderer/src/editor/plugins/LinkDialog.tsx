/** Asks for a link's address and applies it to the selected text. */
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { PromptDialog } from '../../ui/PromptDialog';
import { closeDialogThen } from '../closeDialogThen';
import { linkFromInput } from '../../../../core/links';

/** Accepts what people type ("www.ft.com", "press@embassy.org") and refuses everything else. */
export function parseLinkUrl(input: string): string {
  if (!input.trim()) throw new Error('Type the address the link should open.');
  const url = linkFromInput(input);
  if (!url) {
    throw new Error('Only web addresses (http:// or https://) and e-mail addresses (mailto:) can be links.');
  }
  return url;
}

export function LinkDialog({ onClose }: { onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  return (
    <PromptDialog
      title="Insert link"
      label="Link address"
      placeholder="https://www.example.com/article"
      submitLabel="Apply link"
      parse={parseLinkUrl}
      onSubmit={(url) =>
        closeDialogThen(editor, onClose, () => {
          editor.dispatchCommand(TOGGLE_LINK_COMMAND, { url, rel: 'noopener noreferrer' });
        })
      }
      onCancel={() => closeDialogThen(editor, onClose)}
    />
  );
}
