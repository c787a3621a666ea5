/**
 * The DOCX import's flow, held by the App: ask for the file, send it,
 * open what it made, and say what the import did (ImportSummaryDialog). A
 * new letter opens like any letter; a new version replaces the open letter
 * (fresh editors, as after a restore) and opens the compare "Before import →
 * Imported". A refused file (not a DOCX, damaged, too big…) is said like any
 * refused action, and nothing was made or changed.
 */
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { DOCX_IMPORT_MAX_BYTES } from '../../../core/import/docxImport';
import { importMessages } from '../../../core/import/importProblem';
import type { VersionSummary } from '../../../core/history/version';
import { defineMessages } from '../../../core/i18n/wording';
import type { Letter } from '../../../core/letter';
import { useApi } from '../app/ApiContext';
import { historyChanged } from '../history/historyEvents';
import { shownTitle } from '../letter/shownTitle';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';
import { ChooseDocxDialog } from './ChooseDocxDialog';
import type { DocxImportActions, ImportTarget } from './DocxImportContext';
import { fileAsBase64, looksLikeDocx } from './fileBytes';
import { ImportSummaryDialog, type ImportSummary } from './ImportSummaryDialog';

const messages = defineMessages({
  notDocx: {
    id: 'import.dropNotDocx',
    defaultMessage:
      'Only a Word document (.docx) can be dropped here to make a new letter; “{fileName}” is not one.',
  },
  saveFirst: {
    id: 'import.saveFirstFailed',
    defaultMessage:
      'Nothing was imported: the latest changes to the letter could not be saved first. {detail}',
  },
});

/** The compare a new version opens with: what the import replaced, and what it made. */
export interface ImportCompare {
  letterId: string;
  /** The revision of the letter the import stored: the compare is for the view of that letter only. */
  revision: number;
  from: VersionSummary;
  to: VersionSummary | null;
}

interface Options {
  /** A new letter was made: open it. */
  openLetter: (letter: Letter) => void;
  /** The open letter was replaced by a new version: fresh editors, showing `compare`. */
  replaceLetter: (letter: Letter, compare: ImportCompare) => void;
}

type Asking = { made: 'letter' } | { made: 'version'; target: ImportTarget };

const MB = 1024 * 1024;

export function useDocxImport({ openLetter, replaceLetter }: Options): {
  actions: DocxImportActions;
  dialogs: ReactNode;
} {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  /** One import at a time; its failure is shown, and the question put away. */
  const run = useCallback(
    async (file: File, task: (content: string) => Promise<void>) => {
      if (running.current) return;
      if (file.size > DOCX_IMPORT_MAX_BYTES) {
        setAsking(null);
        // As the service would say it (core/import/docxChecks.ts), without sending the file first.
        notify.error(
          intl.formatMessage(importMessages.tooBig, {
            size: Math.ceil((file.size / MB) * 10) / 10,
            limit: DOCX_IMPORT_MAX_BYTES / MB,
          }),
        );
        return;
      }
      running.current = true;
      setBusy(true);
      try {
        await task(await fileAsBase64(file));
      } catch (error) {
        notify.error(errorMessage(error));
      } finally {
        running.current = false;
        setBusy(false);
        setAsking(null);
      }
    },
    [intl, notify],
  );

  const importNewLetter = useCallback(
    (file: File) =>
      void run(file, async (content) => {
        const { letter, report } = await api.call('letters.importDocx', { fileName: file.name, content });
        openLetter(letter);
        setSummary({ made: 'letter', fileName: file.name, title: shownTitle(letter, intl), report });
      }),
    [api, intl, openLetter, run],
  );

  const importNewVersion = useCallback(
    (target: ImportTarget, file: File) =>
      void run(file, async (content) => {
        try {
          await target.flush();
        } catch (error) {
          throw new Error(intl.formatMessage(messages.saveFirst, { detail: errorMessage(error) }));
        }
        const result = await api.call('history.importDocx', {
          letterId: target.letterId,
          revision: target.revision(),
          fileName: file.name,
          content,
        });
        historyChanged(target.letterId);
        replaceLetter(result.letter, {
          letterId: result.letter.id,
          revision: result.letter.revision,
          from: result.before,
          to: result.imported,
        });
        setSummary({
          made: 'version',
          fileName: file.name,
          title: shownTitle(result.letter, intl),
          report: result.report,
        });
      }),
    [api, intl, replaceLetter, run],
  );

  const actions = useMemo<DocxImportActions>(
    () => ({
      pickNewLetter: () => setAsking({ made: 'letter' }),
      importNewLetter: (file) => {
        if (looksLikeDocx(file)) importNewLetter(file);
        else notify.error(intl.formatMessage(messages.notDocx, { fileName: file.name }));
      },
      askNewVersion: (target) => setAsking({ made: 'version', target }),
      busy,
    }),
    [busy, importNewLetter, intl, notify],
  );

  const closeSummary = useCallback(() => {
    const made = summary?.made;
    setSummary(null);
    // After a new version the compare is on screen: its bar, which says what is shown, takes the focus
    // once the dialog has handed it back to whatever had it before.
    if (made === 'version')
      setTimeout(() => document.querySelector<HTMLElement>('[data-testid="history-bar"]')?.focus());
  }, [summary]);

  const dialogs = (
    <>
      {asking && (
        <ChooseDocxDialog
          made={asking.made}
          title={asking.made === 'version' ? asking.target.title() : undefined}
          busy={busy}
          onCancel={() => {
            if (!running.current) setAsking(null);
          }}
          onFile={(file) =>
            asking.made === 'letter' ? importNewLetter(file) : importNewVersion(asking.target, file)
          }
        />
      )}
      {summary && !asking && <ImportSummaryDialog summary={summary} onClose={closeSummary} />}
    </>
  );
  return { actions, dialogs };
}
