/**
 * The whole window: the library on the left, and on the right the open
 * letter, the trash or the settings. The open letter stays mounted while
 * another view is shown, so its undo history and pending save survive.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { AppInfo, SignatoryList } from '../../core/contract';
import type { TemplateSummary } from '../../core/template';
import { useApi } from './app/ApiContext';
import type { Boot } from './app/boot';
import { EmptyState } from './app/EmptyState';
import { useLeaveGuardHost } from './app/LeaveGuard';
import { NoticeBanner } from './app/NoticeBanner';
import { useOpenLetter } from './app/useOpenLetter';
import { CommandsActive, useCommand } from './commands/useCommand';
import { useCommandSource } from './commands/useCommandSource';
import { LetterView } from './letter/LetterView';
import { LibrarySidebar, type SidebarView } from './library/LibrarySidebar';
import { useLibrary } from './library/useLibrary';
import { errorMessage } from './ui/errorMessage';
import { useNotify } from './ui/Notifications';
import { DocxDropZone } from './import/DocxDropZone';
import { DocxImportContext } from './import/DocxImportContext';
import { useDocxImport, type ImportCompare } from './import/useDocxImport';
import type { Sending } from '../../core/log/sending';
import type { SendingViewRequest } from './log/sendingView';
import { ArchiveContext } from './archive/ArchiveContext';
import { ArchiveDropZone } from './archive/ArchiveDropZone';
import { useArchive } from './archive/useArchive';

// Not needed to show the open letter, so they load on first use and stay out of the start-up bundle.
const NewLetterDialog = lazy(() =>
  import('./library/NewLetterDialog').then((m) => ({ default: m.NewLetterDialog })),
);
const TrashView = lazy(() => import('./library/TrashView').then((m) => ({ default: m.TrashView })));
const SettingsView = lazy(() => import('./settings/SettingsView').then((m) => ({ default: m.SettingsView })));
const LogView = lazy(() => import('./log/LogView').then((m) => ({ default: m.LogView })));
const TemplatesView = lazy(() =>
  import('./templates/TemplatesView').then((m) => ({ default: m.TemplatesView })),
);

export function App({ boot }: { boot: Boot }) {
  const api = useApi();
  const notify = useNotify();
  const library = useLibrary();
  const letters = useOpenLetter(library.refresh, boot.openLetter.value ?? null);
  const [view, setView] = useState<SidebarView>('letter');
  const [info, setInfo] = useState<AppInfo | null>(() => boot.info.value ?? null);
  const [notices, setNotices] = useState<AppInfo['notices']>(() => boot.info.value?.notices ?? []);
  const [templates, setTemplates] = useState<TemplateSummary[]>(() => boot.templates.value ?? []);
  const [profiles, setProfiles] = useState<SignatoryList>(
    () => boot.signatories.value ?? { signatories: [], defaultId: null, defaultRevision: 0 },
  );
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  // The template a new letter is being made from: the dialog stays, busy, until the letter exists.
  const [creatingFrom, setCreatingFrom] = useState<{ templateId: string | null } | null>(null);
  // "No letter open" is shown only once it is known that no letter reopens, so it never flashes at start.
  const [reopenChecked, setReopenChecked] = useState(() => boot.openLetter.settled);
  const { setOpen } = letters;
  // Every switch of view goes through `leave`, which asks first if the view holds unsaved work.
  const { leave, provide } = useLeaveGuardHost();
  const show = useCallback((next: SidebarView) => leave(() => setView(next)), [leave]);
  const { refresh: refreshLibrary } = library;

  // User templates change in the Templates view and from a letter's top bar: re-read before choosing.
  const refreshTemplates = useCallback(() => {
    api.call('templates.list', {}).then(setTemplates, (error: unknown) => notify.error(errorMessage(error)));
  }, [api, notify]);

  // Start-up: the requests began before React did (startRequests.ts); the library is read here.
  useEffect(() => {
    const report = (error: unknown) => notify.error(errorMessage(error));
    // Setting a value the first render already used changes nothing, so this re-renders only late arrivals.
    boot.info.promise.then((appInfo) => {
      setInfo(appInfo);
      setNotices(appInfo.notices);
    }, report);
    boot.templates.promise.then(setTemplates, report);
    boot.signatories.promise.then(setProfiles, report);
    refreshLibrary().catch(report);
    // Usually already shown by the first render; a slow answer must not replace a letter opened meanwhile.
    boot.openLetter.promise
      .then((letter) => {
        if (letter) setOpen((current) => current ?? letter);
      }, report)
      .finally(() => setReopenChecked(true));
  }, [boot, notify, refreshLibrary, setOpen]);

  const showLetter = useCallback(
    (run: () => Promise<unknown>) => () =>
      leave(() => {
        setView('letter');
        void run();
      }),
    [leave],
  );

  const showSettings = useCallback(() => show('settings'), [show]);
  const startNewLetter = () => {
    refreshTemplates();
    setChoosingTemplate(true);
  };
  // The menu (desktop) or the shortcuts (browser mode) run the same handlers as the buttons.
  useCommandSource();
  useCommand('letter.new', startNewLetter);
  useCommand('app.settings', showSettings);
  useCommand('letter.open', (command) => {
    if (command.id === 'letter.open') showLetter(() => letters.openLetter(command.letterId))();
  });
  // The DOCX import (renderer/src/import): a new letter opens as any; a new version replaces the open
  // letter, whose fresh view opens on the compare of what the file changed.
  const [importCompare, setImportCompare] = useState<ImportCompare | null>(null);
  const { upsert: upsertLetter } = library;
  const { replace: replaceLetter, openLetter: openLetterById } = letters;
  const docxImport = useDocxImport({
    openLetter: useCallback(
      (letter) => showLetter(() => openLetterById(letter.id))(),
      [showLetter, openLetterById],
    ),
    replaceLetter: useCallback(
      (letter, compare) => {
        upsertLetter(letter);
        setImportCompare(compare);
        replaceLetter(letter);
      },
      [upsertLetter, replaceLetter],
    ),
  });
  useCommand('letter.newFromDocx', docxImport.actions.pickNewLetter);
  // The log's archive (renderer/src/archive): an import adds letters, so the library reads its list again.
  const archive = useArchive(
    useCallback(() => {
      refreshLibrary().catch((error: unknown) => notify.error(errorMessage(error)));
    }, [refreshLibrary, notify]),
  );
  const { openExport: openArchiveExport, pickImport: pickArchiveImport } = archive.actions;
  useCommand('log.exportArchive', () => openArchiveExport());
  useCommand('log.importArchive', pickArchiveImport);
  // From the log: the letter opens at the version sent, or on its compare with the published text.
  const [sendingView, setSendingView] = useState<SendingViewRequest | null>(null);
  const clearSendingView = useCallback(() => setSendingView(null), []);
  const openSending = useCallback(
    (sending: Sending, publishedText?: string) =>
      showLetter(async () => {
        // Never left pending for a letter that did not open: it would fire whenever that letter next opens.
        setSendingView(null);
        if (!(await openLetterById(sending.letterId))) {
          setView('log'); // back to the row, the failure shown
          return;
        }
        setSendingView({
          letterId: sending.letterId,
          versionId: sending.versionId,
          publishedText,
          nonce: Date.now(),
        });
      })(),
    [showLetter, openLetterById],
  );
  const showLetterView = useCallback(() => show('letter'), [show]);
  const { loadMore } = library;
  const onMoreLetters = useCallback(() => {
    loadMore().catch((error: unknown) => notify.error(errorMessage(error)));
  }, [loadMore, notify]);
  const open = letters.open;
  // While a new letter is being made the previous one is hidden (still mounted, its save pending):
  // nothing typed meanwhile can land in it.
  const letterShown = view === 'letter' && creatingFrom === null;
  return provide(
    <DocxImportContext.Provider value={docxImport.actions}>
      <ArchiveContext.Provider value={archive.actions}>
        <div className="app">
          <DocxDropZone>
            <LibrarySidebar
              letters={library.letters}
              total={library.total}
              onMore={onMoreLetters}
              trashCount={library.trashTotal}
              activeId={open?.id ?? null}
              view={view}
              onNew={startNewLetter}
              onOpen={(id) => showLetter(() => letters.openLetter(id))()}
              onRename={(id, title) => void letters.rename(id, title)}
              onDuplicate={(id) => showLetter(() => letters.duplicate(id))()}
              onTrash={(letter) => void letters.trash(letter)}
              onShowTrash={() => show('trash')}
              onShowLog={() => show('log')}
              onShowTemplates={() => show('templates')}
              onShowSettings={showSettings}
            />
          </DocxDropZone>
          <div className="main">
            <NoticeBanner
              notices={notices}
              onDismiss={(index) => setNotices(notices.filter((_, i) => i !== index))}
            />
            <div className="main__view" hidden={!letterShown}>
              {open ? (
                // While another view is shown in its place, the letter's commands (save, export, print) wait.
                <CommandsActive.Provider value={letterShown}>
                  <LetterView
                    key={letters.openKey}
                    initial={open}
                    profiles={profiles}
                    onSaved={library.upsert}
                    onConflictResolved={letters.conflictResolved}
                    onReplaced={letters.replace}
                    historyOpen={letters.justRestored}
                    onOpenSettings={showSettings}
                    shown={letterShown}
                    onShow={showLetterView}
                    handleRef={letters.handleRef}
                    focusTitle={letters.justCreated}
                    onTitleFocused={letters.titleFocused}
                    sendingView={sendingView}
                    onSendingViewDone={clearSendingView}
                    compareOnOpen={
                      importCompare?.letterId === open.id && importCompare.revision === open.revision
                        ? importCompare
                        : undefined
                    }
                  />
                </CommandsActive.Provider>
              ) : (
                reopenChecked && (
                  <EmptyState templates={templates} onCreate={(id) => void letters.create(id)} />
                )
              )}
            </div>
            {/* Keyed by view: a view left while another loads is dropped, not kept hidden with its state. */}
            <Suspense key={view}>
              {view === 'trash' && (
                <TrashView
                  letters={library.trash}
                  onRestore={(letter) => void letters.restore(letter)}
                  onEmpty={() => void letters.emptyTrash()}
                />
              )}
              {view === 'log' && (
                <ArchiveDropZone>
                  <LogView onOpenSending={openSending} />
                </ArchiveDropZone>
              )}
              {view === 'templates' && <TemplatesView onChanged={refreshTemplates} />}
              {view === 'settings' && (
                <SettingsView profiles={profiles} onProfiles={setProfiles} info={info} />
              )}
            </Suspense>
          </div>
          <Suspense>
            {choosingTemplate && (
              <NewLetterDialog
                templates={templates}
                creating={creatingFrom}
                onCancel={() => setChoosingTemplate(false)}
                onChoose={(templateId) =>
                  // The letter view is shown only once the new letter is there: until then the previous
                  // letter would be on screen, and typing would land in it.
                  leave(() => {
                    setCreatingFrom({ templateId });
                    void letters.create(templateId).then((made) => {
                      setCreatingFrom(null);
                      setChoosingTemplate(false);
                      if (made) setView('letter');
                    });
                  })
                }
              />
            )}
          </Suspense>
          {docxImport.dialogs}
          {archive.dialogs}
        </div>
      </ArchiveContext.Provider>
    </DocxImportContext.Provider>,
  );
}
