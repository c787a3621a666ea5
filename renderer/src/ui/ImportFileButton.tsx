/**
 * "Import…" with its two dialogs, as the template library
 * (templates/ImportLibraryButton.tsx) and the termbase
 * (terms/TermImportButton.tsx) ask it: the file the user picks is read and
 * handed to the service; a refused file shows every problem the service
 * listed (nothing was changed); items that clash with stored ones ask
 * "replace mine or keep both", and the same file is sent again with the choice.
 *
 * The wording stays with each caller (its own message ids, its own clash list).
 */
import { useRef, useState, type ReactNode } from 'react';
import type { ClashOption } from '../../../core/libraryFile';
import { CloseActions } from './CloseActions';
import { Dialog } from './Dialog';
import { errorMessage } from './errorMessage';
import { useNotify } from './Notifications';

/** What the service made of the file: clashes to ask about, or what to tell the user it imported. */
export type ImportOutcome<Clash> = { clashes: Clash[] } | { notice: string };

export interface PendingImport<Clash> {
  fileName: string;
  content: string;
  clashes: Clash[];
}

export interface ImportFileButtonProps<Clash> {
  /** Sends the file (and, the second time, the user's choice for the clashes) to the service. */
  send: (fileName: string, content: string, onClash?: ClashOption) => Promise<ImportOutcome<Clash>>;
  /** The file's content as the contract takes it (text, base64). */
  read: (file: File) => Promise<string>;
  maxBytes: number;
  /** The problem shown for a file over `maxBytes`, before it is read. */
  tooLarge: (fileName: string, megabytes: number) => string;
  accept: string;
  buttonClassName: string;
  labels: {
    button: ReactNode;
    refusedTitle: string;
    ok: ReactNode;
    clashTitle: string;
    clashMessage: (pending: PendingImport<Clash>) => ReactNode;
    cancel: ReactNode;
    replace: ReactNode;
    keepBoth: ReactNode;
  };
  /** The clashing items, as a list under the clash message. */
  clashList: (clashes: Clash[]) => ReactNode;
  testIds: {
    button: string;
    file: string;
    problems: string;
    problemsOk: string;
    clash: string;
    replace: string;
    keepBoth: string;
  };
  onImported: () => void;
}

export function ImportFileButton<Clash>(props: ImportFileButtonProps<Clash>) {
  const { labels, testIds } = props;
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [pending, setPending] = useState<PendingImport<Clash> | null>(null);

  const run = async (fileName: string, content: string, onClash?: ClashOption) => {
    try {
      const outcome = await props.send(fileName, content, onClash);
      if ('clashes' in outcome) {
        setPending({ fileName, content, clashes: outcome.clashes });
        return;
      }
      setPending(null);
      notify.info(outcome.notice);
      props.onImported();
    } catch (error) {
      setPending(null);
      setProblems(errorMessage(error).split('\n'));
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > props.maxBytes) {
      setProblems([props.tooLarge(file.name, file.size / 1024 / 1024)]);
      return;
    }
    try {
      await run(file.name, await props.read(file));
    } catch (error) {
      setProblems([errorMessage(error)]);
    }
  };

  return (
    <>
      <button
        type="button"
        className={props.buttonClassName}
        onClick={() => input.current?.click()}
        data-testid={testIds.button}
      >
        {labels.button}
      </button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        hidden
        data-testid={testIds.file}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          void pick(file);
        }}
      />
      {problems && (
        <Dialog
          title={labels.refusedTitle}
          role="alertdialog"
          onClose={() => setProblems(null)}
          testId={testIds.problems}
        >
          <p className="dialog__message">{problems[0]}</p>
          {problems.length > 1 && (
            <ul className="import-problems">
              {problems.slice(1).map((problem) => (
                <li key={problem}>
                  <code translate="no">{problem}</code>
                </li>
              ))}
            </ul>
          )}
          <CloseActions onClose={() => setProblems(null)} label={labels.ok} testId={testIds.problemsOk} />
        </Dialog>
      )}
      {pending && (
        <Dialog title={labels.clashTitle} onClose={() => setPending(null)} testId={testIds.clash}>
          <p className="dialog__message">{labels.clashMessage(pending)}</p>
          {props.clashList(pending.clashes)}
          <div className="dialog__actions">
            <button type="button" className="btn" onClick={() => setPending(null)}>
              {labels.cancel}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => void run(pending.fileName, pending.content, 'replace')}
              data-testid={testIds.replace}
            >
              {labels.replace}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => void run(pending.fileName, pending.content, 'rename')}
              data-testid={testIds.keepBoth}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the safe choice of the dialog the user just opened, as the dialog pattern asks
              autoFocus
            >
              {labels.keepBoth}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
