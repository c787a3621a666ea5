/**
 * The whole window: the library on the left, and on the right the open
 * letter, the trash or the settings. The open letter stays mounted while
 * another view is shown, so its undo history and pending save survive.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, SignatoryList } from '../../core/contract';
import type { TemplateSummary } from '../../core/template';
import { ApiCallError } from './api/client';
import { useApi } from './app/ApiContext';
import { EmptyState } from './app/EmptyState';
import { NoticeBanner } from './app/NoticeBanner';
import { useOpenLetter } from './app/useOpenLetter';
import { LetterView } from './letter/LetterView';
import { LibrarySidebar, type SidebarView } from './library/LibrarySidebar';
import { NewLetterDialog } from './library/NewLetterDialog';
import { TrashView } from './library/TrashView';
import { useLibrary } from './library/useLibrary';
import { SettingsView } from './settings/SettingsView';
import { TemplatesView } from './templates/TemplatesView';
import { errorMessage } from './ui/errorMessage';
import { useNotify } from './ui/Notifications';

export function App() {
  const api = useApi();
  const notify = useNotify();
  const library = useLibrary();
  const letters = useOpenLetter(library.refresh);
  const [view, setView] = useState<SidebarView>('letter');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [profiles, setProfiles] = useState<SignatoryList>({ signatories: [], defaultId: null });
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const { setOpen } = letters;
  const { refresh: refreshLibrary } = library;

  // User templates change in the Templates view and from a letter's top bar: re-read before choosing.
  const refreshTemplates = useCallback(() => {
    api.call('templates.list', {}).then(setTemplates, (error: unknown) => notify.error(errorMessage(error)));
  }, [api, notify]);

  // Start-up: everything at once, then reopen the letter that was open last time.
  useEffect(() => {
    const report = (error: unknown) => notify.error(errorMessage(error));
    api.call('app.info', {}).then((appInfo) => {
      setInfo(appInfo);
      setNotices(appInfo.notices);
    }, report);
    refreshTemplates();
    api.call('signatories.list', {}).then(setProfiles, report);
    refreshLibrary().catch(report);
    api
      .call('session.get', {})
      .then(async ({ openLetterId }) => {
        if (!openLetterId) return;
        try {
          const letter = await api.call('letters.get', { id: openLetterId });
          if (!letter.deletedAt) setOpen(letter);
        } catch (error) {
          // A letter deleted since last time (gone or in the trash) simply is not reopened.
          if (!(error instanceof ApiCallError && error.code === 'not-found')) throw error;
        }
      })
      .catch(report);
  }, [api, notify, refreshLibrary, refreshTemplates, setOpen]);

  const showLetter = useCallback(
    (run: () => Promise<void>) => () => {
      setView('letter');
      void run();
    },
    [],
  );

  const open = letters.open;
  return (
    <div className="app">
      <LibrarySidebar
        letters={library.letters}
        trashCount={library.trash.length}
        activeId={open?.id ?? null}
        view={view}
        onNew={() => {
          refreshTemplates();
          setChoosingTemplate(true);
        }}
        onOpen={(id) => showLetter(() => letters.openLetter(id))()}
        onRename={(id, title) => void letters.rename(id, title)}
        onDuplicate={(id) => showLetter(() => letters.duplicate(id))()}
        onTrash={(letter) => void letters.trash(letter)}
        onShowTrash={() => setView('trash')}
        onShowTemplates={() => setView('templates')}
        onShowSettings={() => setView('settings')}
      />
      <div className="main">
        <NoticeBanner
          notices={notices}
          onDismiss={(index) => setNotices(notices.filter((_, i) => i !== index))}
        />
        <div className="main__view" hidden={view !== 'letter'}>
          {open ? (
            <LetterView
              key={open.id}
              initial={open}
              profiles={profiles}
              onSaved={library.upsert}
              onOpenSettings={() => setView('settings')}
              handleRef={letters.handleRef}
            />
          ) : (
            <EmptyState templates={templates} onCreate={(id) => void letters.create(id)} />
          )}
        </div>
        {view === 'trash' && (
          <TrashView
            letters={library.trash}
            onRestore={(letter) => void letters.restore(letter)}
            onEmpty={() => void letters.emptyTrash()}
          />
        )}
        {view === 'templates' && <TemplatesView onChanged={refreshTemplates} />}
        {view === 'settings' && <SettingsView profiles={profiles} onProfiles={setProfiles} info={info} />}
      </div>
      {choosingTemplate && (
        <NewLetterDialog
          templates={templates}
          onCancel={() => setChoosingTemplate(false)}
          onChoose={(templateId) => {
            setChoosingTemplate(false);
            showLetter(() => letters.create(templateId))();
          }}
        />
      )}
    </div>
  );
}
