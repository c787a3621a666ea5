/**
 * The termbase in each pane's toolbar: "Highlight terms" (both panes at
 * once) and "Term…", which inserts a term at the cursor in the pane's
 * language: the Chinese term in the preface, the approved English term in
 * the letter.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Side } from '../../../../../core/sides';
import type { TermEntry } from '../../../../../core/terms/termEntry';
import { useApi } from '../../../app/ApiContext';
import { loadTermbase } from '../../../terms/termbaseStore';
import { usePickerAtCursor } from '../../usePickerAtCursor';
import { HighlightTermsButton } from '../TermHighlight/HighlightTermsButton';
import { TermPicker } from './TermPicker';

export function TermTools({ side }: { side: Side }) {
  const [editor] = useLexicalComposerContext();
  const intl = useIntl();
  const api = useApi();
  const [editable, setEditable] = useState(() => editor.isEditable());
  const picker = usePickerAtCursor<TermEntry>(
    () => loadTermbase(api).then((termbase) => termbase.entries),
    (detail) =>
      intl.formatMessage(
        {
          id: 'editor.termPicker.loadFailed',
          defaultMessage: 'The termbase could not be loaded: {detail}',
        },
        { detail },
      ),
  );
  const language = side === 'preface' ? 'zh' : 'en';

  useEffect(() => editor.registerEditableListener(setEditable), [editor]);

  const insert = (entry: TermEntry) => {
    const term = language === 'zh' ? entry.zh[0] : entry.en[0];
    picker.backToCursor(() => {
      const selection = $getSelection();
      if (term && $isRangeSelection(selection)) selection.insertText(term);
    });
  };

  return (
    <div
      className="toolbar"
      role="group"
      aria-label={
        side === 'preface'
          ? intl.formatMessage({ id: 'editor.terms.prefaceGroup', defaultMessage: 'Chinese preface terms' })
          : intl.formatMessage({ id: 'editor.terms.bodyGroup', defaultMessage: 'English letter terms' })
      }
    >
      <HighlightTermsButton />
      <button
        type="button"
        className="tool tool--text"
        title={
          side === 'preface'
            ? intl.formatMessage({
                id: 'editor.terms.insertHintPreface',
                defaultMessage: 'Insert term: a Chinese term from the termbase at the cursor',
              })
            : intl.formatMessage({
                id: 'editor.terms.insertHintBody',
                defaultMessage: 'Insert term: an approved English term from the termbase at the cursor',
              })
        }
        disabled={!editable}
        onMouseDown={(event) => event.preventDefault()}
        onClick={picker.open}
        data-testid="term-insert"
      >
        <FormattedMessage id="editor.terms.insertButton" defaultMessage="Term…" />
      </button>
      {picker.items !== false && (
        <TermPicker
          entries={picker.items}
          language={language}
          onPick={insert}
          onClose={() => picker.backToCursor()}
        />
      )}
    </div>
  );
}
