/** The Chinese preface: a headline (h1) and the summary paragraphs, for the embassy's website. */
import type { LexicalEditor } from 'lexical';
import { memo, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { EditorDoc } from '../../../core/editorDoc';
import type { Approval, ApprovalStatus } from '../../../core/letter';
import type { ResolvedPlaceholder } from '../../../core/placeholders';
import type { Side } from '../../../core/sides';
import type { BlockHints } from '../editor/plugins/BlockHintsPlugin';
import { RichTextEditor } from '../editor/RichTextEditor';
import { ApprovalControl } from './ApprovalControl';
import { StalePrefaceWarning } from './ApprovalNotes';
import { SIDE_MESSAGES } from './sideMessages';
import { SidePane } from './SidePane';

/**
 * What a blank preface's headline and first paragraph are for (shown while each
 * is empty): examples of the Chinese to write, so in Chinese whatever the interface language.
 */
const PREFACE_HINTS: BlockHints = {
  headline: '标题：如《报刊名》刊登……的信函',
  text: '导语：概述文章内容与我方回应要点……',
};

interface ChinesePaneProps {
  doc: EditorDoc;
  editorRef: RefObject<LexicalEditor | null>;
  resolve: (key: string) => ResolvedPlaceholder;
  resolveSignature: string;
  onChange: () => void;
  onUnreadable: () => void;
  approval: Approval;
  onApprove: (status: ApprovalStatus) => void;
  /** "Show changes since approval" for the stale-preface warning. */
  onShowChanges: (side: Side) => void;
}

export const ChinesePane = memo(function ChinesePane({
  onUnreadable,
  approval,
  onApprove,
  onShowChanges,
  ...editor
}: ChinesePaneProps) {
  const intl = useIntl();
  return (
    <SidePane side="preface" onUnreadable={onUnreadable}>
      {(onLoadError) => (
        <>
          <StalePrefaceWarning approval={approval} onShowChanges={onShowChanges} />
          <RichTextEditor
            {...editor}
            side="preface"
            heading={
              <>
                <span className="pane__badge" lang={intl.locale}>
                  <FormattedMessage id="letter.pane.prefaceBadge" defaultMessage="中文" />
                </span>
                <span lang={intl.locale}>{intl.formatMessage(SIDE_MESSAGES.preface)}</span>
                <ApprovalControl side="preface" value={approval.preface} onChange={onApprove} />
              </>
            }
            testId="editor-preface"
            emptyText="标题与导语"
            blockHints={PREFACE_HINTS}
            onLoadError={onLoadError}
          />
        </>
      )}
    </SidePane>
  );
});
