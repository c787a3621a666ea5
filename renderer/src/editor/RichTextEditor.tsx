/**
 * One rich-text editor, used for both panes: the Chinese preface and the
 * English letter body. The pane around it supplies what sits above and below
 * the editable text on the sheet (`before` / `after`).
 */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { useState, type ReactNode, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import type { EditorDoc } from '../../../core/editorDoc';
import { defineMessages } from '../../../core/i18n/wording';
import type { ResolvedPlaceholder } from '../../../core/placeholders';
import { SIDE_LANGUAGE, type Side } from '../../../core/sides';
import { SIDE_MESSAGES } from '../letter/sideMessages';
import { activeIntl } from '../i18n/activeIntl';
import { useNotify } from '../ui/Notifications';
import { isLink } from '../../../core/links';
import { editorConfig } from './editorConfig';
import { parseDoc } from './parseDoc';
import { BlockHintsPlugin, type BlockHints } from './plugins/BlockHintsPlugin';
import { CommentPlugin } from './plugins/CommentPlugin/CommentPlugin';
import { CountPlugin } from './plugins/CountPlugin';
import { DocumentChangePlugin } from './plugins/DocumentChangePlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { PlaceholderSyncPlugin } from './plugins/PlaceholderSyncPlugin';
import { SanitizeTextPlugin } from './plugins/SanitizeTextPlugin';
import { SnippetTools } from './plugins/SnippetTools';
import { TermHighlightPlugin } from './plugins/TermHighlight/TermHighlightPlugin';
import { TermTools } from './plugins/TermPicker/TermTools';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';

const CRASHED = defineMessages({
  preface: {
    id: 'editor.crashed.preface',
    defaultMessage: 'The Chinese preface editor hit a problem ({detail}). Your last saved text is safe.',
  },
  body: {
    id: 'editor.crashed.body',
    defaultMessage: 'The English letter editor hit a problem ({detail}). Your last saved text is safe.',
  },
});

export interface RichTextEditorProps {
  /** Which side of the letter this edits: sets its language, its name for screen readers and its count. */
  side: Side;
  heading: ReactNode;
  testId: string;
  doc: EditorDoc;
  emptyText: string;
  resolve: (key: string) => ResolvedPlaceholder;
  /** Changes whenever any placeholder's value changes. */
  resolveSignature: string;
  onChange: () => void;
  editorRef: RefObject<LexicalEditor | null>;
  /** Called when the stored document cannot be opened; the editor then stays read-only. */
  onLoadError: (message: string) => void;
  before?: ReactNode;
  after?: ReactNode;
  /** Hints inside the empty headline and first paragraph (a stable object). */
  blockHints?: BlockHints;
}

export function RichTextEditor(props: RichTextEditorProps) {
  const { side, heading, testId, doc, emptyText, before, after, blockHints } = props;
  const lang = SIDE_LANGUAGE[side];
  const intl = useIntl();
  const label = intl.formatMessage(SIDE_MESSAGES[side]);
  const notify = useNotify();
  // Read once: the editor owns its document from here on.
  const [initialConfig] = useState(() => {
    const parsed = parseDoc(doc);
    if (!parsed.ok) queueMicrotask(() => props.onLoadError(parsed.message));
    return {
      // Both editors share one namespace so copy and paste between them keeps placeholders.
      ...editorConfig('letterdesk', (error: Error) => {
        console.error(error);
        // Worded when it happens: this runs outside React's render, long after the editor was set up.
        notify.error(activeIntl().formatMessage(CRASHED[side], { detail: error.message }));
      }),
      editorState: parsed.ok ? parsed.json : undefined,
      editable: parsed.ok,
    };
  });

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="pane__header">
        <div className="pane__heading">{heading}</div>
        <ToolbarPlugin side={side} />
        <SnippetTools side={side} />
        <TermTools side={side} />
      </div>
      <div className="pane__scroll">
        <div className="sheet" lang={lang}>
          {before}
          <div className="editor-wrap">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="editor"
                  lang={lang}
                  spellCheck
                  // Already in the tab order as an editable area; saying so lets checkers see that the
                  // scrolling pane around it is reachable by keyboard (axe: scrollable-region-focusable).
                  tabIndex={0}
                  aria-label={label}
                  aria-placeholder={blockHints ? `${blockHints.headline} ${blockHints.text}` : emptyText}
                  placeholder={<div className="editor__empty">{emptyText}</div>}
                  data-testid={testId}
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
          {after}
        </div>
      </div>
      <div className="pane__footer">
        <CountPlugin side={side} />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isLink} />
      <PastePlugin />
      {blockHints && <BlockHintsPlugin hints={blockHints} />}
      <SanitizeTextPlugin />
      <PlaceholderSyncPlugin resolve={props.resolve} signature={props.resolveSignature} />
      <DocumentChangePlugin onChange={props.onChange} />
      <CommentPlugin side={side} />
      <TermHighlightPlugin side={side} />
      <EditorRefPlugin editorRef={props.editorRef} />
    </LexicalComposer>
  );
}
