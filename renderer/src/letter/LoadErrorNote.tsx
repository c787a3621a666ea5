/** Shown in a pane whose stored text could not be opened: nothing is overwritten. */
export function LoadErrorNote({ what, message }: { what: string; message: string }) {
  return (
    <p className="pane__error" role="alert">
      The {what} could not be opened: {message}. It is kept unchanged on disk and this pane is read-only; the
      rest of the letter can still be edited and exported. Opening the letter with a newer LetterDesk may show
      it.
    </p>
  );
}
