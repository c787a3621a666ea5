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
import type { Side } from '../../../../core/sides';
import { countEastAsianCharacters, countEnglishWords } from '../../../../core/wordCount';
import { useMessages } from '../../ui/useMessages';

const DELAY_MS = 150;

/** The English letter counts words; the Chinese preface counts characters, as Word does. */
function count(editor: LexicalEditor, side: Side): number {
  const text = editor.getEditorState().read(() => $getRoot().getTextContent());
  return side === 'body' ? countEnglishWords(text) : countEastAsianCharacters(text);
}

/** 12,345 as en-GB writes it; by hand, because building the first Intl number formatter delays start-up. */
const grouped = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, ',');

/** The English count needs the message formatter, which loads just after start-up; until then it is left out. */
export function formatCount(side: Side, value: number, format: FormatMessage | null): string {
  if (side === 'body') return format?.('words', { count: value }) ?? '';
  return `${grouped(value)} 字 (East Asian characters)`;
}

export function CountPlugin({ side }: { side: Side }) {
  const [editor] = useLexicalComposerContext();
  const [value, setValue] = useState(() => count(editor, side));
  const format = useMessages();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (editor.isComposing()) schedule();
        else setValue(count(editor, side));
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
  }, [editor, side]);

  return (
    <div className="pane-count" data-testid={`count-${side}`}>
      {formatCount(side, value, format)}
    </div>
  );
}
