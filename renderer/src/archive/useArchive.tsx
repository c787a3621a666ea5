/**
 * The archive's flow, held by the App so the menu reaches it from any view:
 * the Archive… dialog, and the import of an archive (ask for the file, check
 * its size here, send its bytes, then say what it added or why it was
 * refused). After an import the Log and the library read again.
 */
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { ArchiveSelection } from '../../../core/archive/archive';
import { useApi } from '../app/ApiContext';
import { fileAsBase64 } from '../import/fileBytes';
import { logChanged } from '../log/logEvents';
import { errorMessage } from '../ui/errorMessage';
import { ArchiveDialog } from './ArchiveDialog';
import type { ArchiveActions } from './ArchiveContext';
import { archiveSizes, looksLikeZip, tooBigForArchive } from './archiveFile';
import { ArchiveImportedDialog, type ArchiveImported } from './ArchiveImportedDialog';
import { archiveMessages as messages } from './archiveMessages';
import { ArchiveProblemsDialog, type ArchiveProblems } from './ArchiveProblemsDialog';
import { ChooseArchiveDialog } from './ChooseArchiveDialog';

const ALL: ArchiveSelection = { year: null, publication: null };

/** `onImported`: the library's letters changed (the App reads its list again). */
export function useArchive(onImported: () => void): { actions: ArchiveActions; dialogs: ReactNode } {
  const api = useApi();
  const intl = useIntl();
  const [exporting, setExporting] = useState<ArchiveSelection | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const [problems, setProblems] = useState<ArchiveProblems | null>(null);
  const [imported, setImported] = useState<ArchiveImported | null>(null);

  /** One import at a time; whatever comes of it is said in a dialog of its own. */
  const importArchive = useCallback(
    async (file: File) => {
      if (running.current) return;
      const fileName = file.name;
      if (tooBigForArchive(file)) {
        setAsking(false);
        setProblems({
          fileName,
          lines: [intl.formatMessage(messages.tooBig, { fileName, ...archiveSizes(file) })],
        });
        return;
      }
      running.current = true;
      setBusy(true);
      try {
        const result = await api.call('archive.import', { fileName, content: await fileAsBase64(file) });
        logChanged();
        onImported();
        setImported({ fileName, result });
      } catch (error) {
        setProblems({ fileName, lines: errorMessage(error).split('\n') });
      } finally {
        running.current = false;
        setBusy(false);
        setAsking(false);
      }
    },
    [api, intl, onImported],
  );

  const actions = useMemo<ArchiveActions>(
    () => ({
      openExport: (initial) => setExporting(initial ?? ALL),
      pickImport: () => setAsking(true),
      importFile: (file) => {
        if (looksLikeZip(file)) void importArchive(file);
        else
          setProblems({
            fileName: file.name,
            lines: [intl.formatMessage(messages.notZip, { fileName: file.name })],
          });
      },
      busy,
    }),
    [busy, importArchive, intl],
  );

  const dialogs = (
    <>
      {exporting && <ArchiveDialog initial={exporting} onClose={() => setExporting(null)} />}
      {asking && (
        <ChooseArchiveDialog
          busy={busy}
          onFile={(file) => void importArchive(file)}
          onCancel={() => {
            if (!running.current) setAsking(false);
          }}
        />
      )}
      {problems && !asking && <ArchiveProblemsDialog problems={problems} onClose={() => setProblems(null)} />}
      {imported && !asking && <ArchiveImportedDialog imported={imported} onClose={() => setImported(null)} />}
    </>
  );
  return { actions, dialogs };
}
