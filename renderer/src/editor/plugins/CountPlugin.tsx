/**
 * The live count under a pane: English words, or East Asian characters as
 * Word counts them. Counted from the editor's text, which already holds each
 * placeholder's resolved value. Deferred a little and skipped mid-composition
 * so a long document or an IME never slows typing.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Side } from '../../../../core/sides';
import { countEastAsianCharacters, countEnglishWords } from '../../../../core/wordCount';

const DELAY_MS = 150;

/** The English letter counts words; the Chinese preface counts characters, as Word does. */
function count(editor: LexicalEditor, side: Side): number {
  const text = editor.getEditorState().read(() => $getRoot().getTextContent());
  return side === 'body' ? countEnglishWords(text) : countEastAsianCharacters(text);
}

export function CountPlugin({ side }: { side: Side }) {
  const [editor] = useLexicalComposerContext();
  const [value, setValue] = useState(() => count(editor, side));

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
      {side === 'body' ? (
        <FormattedMessage
          id="editor.count.words"
          defaultMessage="{count, plural, one {# word} other {# words}}"
          values={{ count: value }}
        />
      ) : (
        <FormattedMessage
          id="editor.count.characters"
          defaultMessage="{count, plural, other {# 字 (East Asian characters)}}"
          values={{ count: value }}
        />
      )}
    </div>
  );
}
