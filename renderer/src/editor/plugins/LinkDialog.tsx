/** Asks for a link's address and applies it to the selected text. */
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useIntl, type IntlShape } from 'react-intl';
import { PromptDialog } from '../../ui/PromptDialog';
import { closeDialogThen } from '../closeDialogThen';
import { linkFromInput } from '../../../../core/links';

/** An example address, the same in every language. */
const URL_EXAMPLE = 'https://www.example.com/article';

/** Accepts what people type ("www.ft.com", "press@embassy.org") and refuses everything else. */
export function parseLinkUrl(input: string, intl: IntlShape): string {
  if (!input.trim()) {
    throw new Error(
      intl.formatMessage({
        id: 'editor.link.empty',
        defaultMessage: 'Type the address the link should open.',
      }),
    );
  }
  const url = linkFromInput(input);
  if (!url) {
    throw new Error(
      intl.formatMessage({
        id: 'editor.link.refused',
        defaultMessage:
          'Only web addresses (http:// or https://) and e-mail addresses (mailto:) can be links.',
      }),
    );
  }
  return url;
}

export function LinkDialog({ onClose }: { onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const intl = useIntl();
  return (
    <PromptDialog
      title={intl.formatMessage({ id: 'editor.link.title', defaultMessage: 'Insert link' })}
      label={intl.formatMessage({ id: 'editor.link.address', defaultMessage: 'Link address' })}
      placeholder={URL_EXAMPLE}
      submitLabel={intl.formatMessage({ id: 'editor.link.apply', defaultMessage: 'Apply link' })}
      parse={(input) => parseLinkUrl(input, intl)}
      onSubmit={(url) =>
        closeDialogThen(editor, onClose, () => {
          editor.dispatchCommand(TOGGLE_LINK_COMMAND, { url, rel: 'noopener noreferrer' });
        })
      }
      onCancel={() => closeDialogThen(editor, onClose)}
    />
  );
}
