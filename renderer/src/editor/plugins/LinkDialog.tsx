/** Asks for a link's address and applies it to the selected text. */
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { PromptDialog } from '../../ui/PromptDialog';
import { closeDialogThen } from '../closeDialogThen';
import { isAllowedLinkUrl } from '../editorConfig';

/** Accepts what people type ("www.ft.com", "press@embassy.org") and refuses everything else. */
export function parseLinkUrl(input: string): string {
  const value = input.trim();
  if (!value) throw new Error('Type the address the link should open.');
  const url = /^[a-z][a-z0-9+.-]*:/i.test(value)
    ? value
    : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
      ? `mailto:${value}`
      : `https://${value}`;
  if (!isAllowedLinkUrl(url)) {
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
