/**
 * The open letter as the user edits it. Fields live in React state; the two
 * documents live in their Lexical editors and are serialized only when a save
 * takes its snapshot, so typing never pays for JSON.
 */
import type { LexicalEditor } from 'lexical';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { CommentThread } from '../../../core/comments/thread';
import type { EditorDoc } from '../../../core/editorDoc';
import type { ApprovalStatus, Letter } from '../../../core/letter';
import { applyEdit, setApprovalStatus } from '../../../core/approval';
import type { Side } from '../../../core/sides';
import type { EnglishDateStyle } from '../../../core/dates';
import { PLACEHOLDER_FIELDS, resolvePlaceholder } from '../../../core/placeholders';

export type LetterPatch = Partial<Omit<Letter, 'id' | 'preface' | 'body'>>;

/** `dateStyle` is the office's house style, which placeholder dates follow as the exports do. */
export function useLetterDraft(initial: Letter, onChange: () => void, dateStyle: EnglishDateStyle) {
  const [letter, setLetter] = useState(initial);
  const letterRef = useRef(initial);
  const prefaceEditor = useRef<LexicalEditor | null>(null);
  const bodyEditor = useRef<LexicalEditor | null>(null);
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

  /**
   * The comment threads change: a change to the letter like any other, so the
   * autosave stores it with the letter's revision check. Built from the latest
   * threads, not the last render's, so two changes in one event both count.
   */
  const changeComments = useCallback(
    (change: (threads: CommentThread[]) => CommentThread[]) =>
      patch({ comments: change(letterRef.current.comments ?? []) }),
    [patch],
  );

  /** A side's text changed: an approved or reviewed side goes back to draft (see core/approval). */
  const edited = useCallback(
    (side: Side) => {
      const approval = applyEdit(letterRef.current.approval, side);
      if (approval !== letterRef.current.approval) patch({ approval });
    },
    [patch],
  );
  const setApproval = useCallback(
    (side: Side, status: ApprovalStatus) =>
      patch({ approval: setApprovalStatus(letterRef.current.approval, side, status) }),
    [patch],
  );
  const dismissApprovalNote = useCallback(
    () => patch({ approval: { ...letterRef.current.approval, note: '' } }),
    [patch],
  );

  /**
   * The letter was stored: later saves are based on the revision it was
   * stored as. Nothing else is taken from it, so what the user typed while the
   * save was on its way stays.
   */
  const adoptRevision = useCallback((stored: Pick<Letter, 'revision'>) => {
    letterRef.current = { ...letterRef.current, revision: stored.revision };
  }, []);

  const snapshot = useCallback((): Letter => {
    const current = letterRef.current;
    const read = (editor: LexicalEditor | null, stored: EditorDoc, broken: boolean) =>
      broken || !editor ? stored : (editor.getEditorState().toJSON() as unknown as EditorDoc);
    return {
      ...current,
      preface: read(prefaceEditor.current, current.preface, unreadable.current.preface),
      body: read(bodyEditor.current, current.body, unreadable.current.body),
    };
  }, []);

  const resolve = useCallback(
    (key: string) => resolvePlaceholder(key, letterRef.current, dateStyle),
    [dateStyle],
  );
  const resolveSignature = useMemo(
    () =>
      [
        ...PLACEHOLDER_FIELDS.map((field) => resolvePlaceholder(field.key, letter, dateStyle).text),
        // Custom field values count too, so their chips update as the user types them.
        JSON.stringify(letter.fields.custom),
      ].join('\u0001'),
    [letter, dateStyle],
  );

  const isComposing = useCallback(
    () => Boolean(prefaceEditor.current?.isComposing() || bodyEditor.current?.isComposing()),
    [],
  );

  return {
    letter,
    patch,
    snapshot,
    adoptRevision,
    resolve,
    resolveSignature,
    prefaceEditor,
    bodyEditor,
    unreadable,
    isComposing,
    edited,
    setApproval,
    dismissApprovalNote,
    changeComments,
  };
}
