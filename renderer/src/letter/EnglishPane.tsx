/** The English letter, laid out as it will print: head, editable body, closing and signatory. */
import type { LexicalEditor } from 'lexical';
import { memo, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ApprovalStatus, Letter } from '../../../core/letter';
import type { ResolvedPlaceholder } from '../../../core/placeholders';
import { RichTextEditor } from '../editor/RichTextEditor';
import { ApprovalControl } from './ApprovalControl';
import { EnglishLetterFoot } from './EnglishLetterFoot';
import { EnglishLetterHead } from './EnglishLetterHead';
import { SIDE_MESSAGES } from './sideMessages';
import { SidePane } from './SidePane';
import type { LetterPatch } from './useLetterDraft';
import { useSalutations } from './useSalutations';

interface EnglishPaneProps {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
  editorRef: RefObject<LexicalEditor | null>;
  resolve: (key: string) => ResolvedPlaceholder;
  resolveSignature: string;
  onChange: () => void;
  onUnreadable: () => void;
  onApprove: (status: ApprovalStatus) => void;
}

export const EnglishPane = memo(function EnglishPane({
  letter,
  patch,
  onUnreadable,
  onApprove,
  ...editor
}: EnglishPaneProps) {
  const intl = useIntl();
  const salutations = useSalutations(letter.templateId);
  // The salutation, closing and addressee are part of the English letter: editing them counts as an edit.
  const patchText = (changes: LetterPatch) => {
    patch(changes);
    editor.onChange();
  };
  return (
    <SidePane side="body" onUnreadable={onUnreadable}>
      {(onLoadError) => (
        <RichTextEditor
          {...editor}
          doc={letter.body}
          side="body"
          heading={
            <>
              <span className="pane__badge" lang={intl.locale}>
                <FormattedMessage id="letter.pane.bodyBadge" defaultMessage="EN" />
              </span>
              <span lang={intl.locale}>{intl.formatMessage(SIDE_MESSAGES.body)}</span>
              <ApprovalControl side="body" value={letter.approval.body} onChange={onApprove} />
            </>
          }
          testId="editor-body"
          emptyText={intl.formatMessage({ id: 'letter.body.emptyText', defaultMessage: 'Write the letter…' })}
          onLoadError={onLoadError}
          before={<EnglishLetterHead letter={letter} patch={patchText} salutations={salutations} />}
          after={<EnglishLetterFoot letter={letter} patch={patchText} />}
        />
      )}
    </SidePane>
  );
});
