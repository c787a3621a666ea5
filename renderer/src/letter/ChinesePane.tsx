/** The Chinese preface: a headline (h1) and the summary paragraphs, for the embassy's website. */
import type { LexicalEditor } from 'lexical';
import { useState, type RefObject } from 'react';
import type { EditorDoc } from '../../../core/editorDoc';
import type { ResolvedPlaceholder } from '../../../core/placeholders';
import { RichTextEditor } from '../editor/RichTextEditor';
import { LoadErrorNote } from './LoadErrorNote';

interface ChinesePaneProps {
  doc: EditorDoc;
  editorRef: RefObject<LexicalEditor | null>;
  resolve: (key: string) => ResolvedPlaceholder;
  resolveSignature: string;
  onChange: () => void;
  onUnreadable: () => void;
}

export function ChinesePane({ onUnreadable, ...editor }: ChinesePaneProps) {
  const [loadError, setLoadError] = useState<string | null>(null);
  return (
    <section className="pane pane--zh" data-testid="pane-zh" lang="zh-CN" aria-label="Chinese preface">
      {loadError && <LoadErrorNote what="Chinese preface" message={loadError} />}
      <RichTextEditor
        {...editor}
        lang="zh-CN"
        label="Chinese preface"
        heading={
          <>
            <span className="pane__badge">中文</span>
            <span lang="en">Chinese preface</span>
          </>
        }
        testId="editor-zh"
        count="zh"
        emptyText="标题与导语"
        onLoadError={(message) => {
          setLoadError(message);
          onUnreadable();
        }}
      />
    </section>
  );
}
