/**
 * The open letter as the user edits it. Fields live in React state; the two
 * documents live in their Lexical editors and are serialized only when a save
 * takes its snapshot, so typing never pays for JSON.
 */
import type { LexicalEditor } from 'lexical';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { EditorDoc } from '../../../core/editorDoc';
import type { Letter } from '../../../core/letter';
import type { EnglishDateStyle } from '../../../core/dates';
import { PLACEHOLDER_FIELDS, resolvePlaceholder } from '../../../core/placeholders';

export type LetterPatch = Partial<Omit<Letter, 'id' | 'preface' | 'body'>>;

/** `dateStyle` is the office's house style, which placeholder dates follow as the exports do. */
export function useLetterDraft(initial: Letter, onChange: () => void, dateStyle: EnglishDateStyle) {
  const [letter, setLetter] = useState(initial);
  const letterRef = useRef(initial);
  const zhEditor = useRef<LexicalEditor | null>(null);
  const enEditor = useRef<LexicalEditor | null>(null);
  // A document that failed to open is kept as stored, never overwritten.
  const unreadable = useRef({ preface: false, body: false });

  const patch = useCallback(
    (changes: LetterPatch) => {
      const next = { ...letterRef.current, ...changes };
      letterRef.current = next;
      setLetter(next);
      onChange();
    },
    [onChange],
  );

  const snapshot = useCallback((): Letter => {
    const current = letterRef.current;
    const read = (editor: LexicalEditor | null, stored: EditorDoc, broken: boolean) =>
      broken || !editor ? stored : (editor.getEditorState().toJSON() as unknown as EditorDoc);
    return {
      ...current,
      preface: read(zhEditor.current, current.preface, unreadable.current.preface),
      body: read(enEditor.current, current.body, unreadable.current.body),
    };
  }, []);

  const resolve = useCallback(
    (key: string) => resolvePlaceholder(key, letterRef.current, dateStyle),
    [dateStyle],
  );
  const resolveSignature = useMemo(
    () =>
      PLACEHOLDER_FIELDS.map((field) => resolvePlaceholder(field.key, letter, dateStyle).text).join('\u0001'),
    [letter, dateStyle],
  );

  const isComposing = useCallback(
    () => Boolean(zhEditor.current?.isComposing() || enEditor.current?.isComposing()),
    [],
  );

  return { letter, patch, snapshot, resolve, resolveSignature, zhEditor, enEditor, unreadable, isComposing };
}
