/**
 * The live count under a pane: English words, or East Asian characters as
 * Word counts them. Counted from the editor's text, which already holds each
 * placeholder's resolved value. Deferred a little and skipped mid-composition
 * so a long document or an IME never slows typing.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import type { FormatMessage } from '../../../../core/messages';
import { countEastAsianCharacters, countEnglishWords } from '../../../../core/wordCount';
import { useMessages } from '../../ui/useMessages';

export type CountKind = 'en' | 'zh';

const DELAY_MS = 150;

function count(editor: LexicalEditor, kind: CountKind): number {
  const text = editor.getEditorState().read(() => $getRoot().getTextContent());
  return kind === 'en' ? countEnglishWords(text) : countEastAsianCharacters(text);
}

/** 12,345 as en-GB writes it; by hand, because building the first Intl number formatter delays start-up. */
const grouped = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, ',');

/** The English count needs the message formatter, which loads just after start-up; until then it is left out. */
export function formatCount(kind: CountKind, value: number, format: FormatMessage | null): string {
  if (kind === 'en') return format?.('words', { count: value }) ?? '';
  return `${grouped(value)} 字 (East Asian characters)`;
}

export function CountPlugin({ kind }: { kind: CountKind }) {
  const [editor] = useLexicalComposerContext();
  const [value, setValue] = useState(() => count(editor, kind));
  const format = useMessages();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (editor.isComposing()) schedule();
        else setValue(count(editor, kind));
      }, DELAY_MS);
    };
    schedule();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size || dirtyLeaves.size) schedule();
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, kind]);

  return (
    <div className="pane-count" data-testid={`count-${kind}`}>
      {formatCount(kind, value, format)}
    </div>
  );
}
