/**
 * Puts the application menu in place and keeps it current: rebuilt in the
 * new language when the interface language changes, and when the recent
 * letters do. Its commands go to the app's page in the focused window over
 * the one-way command channel (the preload checks them again).
 * Everything that can be tested without Electron is in menuTemplate.ts,
 * recentLetters.ts and letterFile.ts.
 */
import { app, BrowserWindow, Menu } from 'electron';
import type { AppCommand } from '../../../core/commands';
import type { UiLanguage } from '../../../core/i18n/languages';
import type { Services } from '../../services/createServices';
import { COMMAND_CHANNEL } from '../../preload/channel';
import { isRendererPage, type RendererPage } from '../rendererPage';
import { letterFilePath } from './letterFile';
import { buildMenuTemplate } from './menuTemplate';
import { recentLetters } from './recentLetters';

/** The platforms with a system list of recent documents (the Dock's, the taskbar's jump list). */
const HAS_RECENT_DOCUMENTS = process.platform === 'darwin' || process.platform === 'win32';

export interface ApplicationMenu {
  /** Hands a command to the page, as a menu click does. */
  send(command: AppCommand): void;
}

export function installApplicationMenu(
  services: Pick<Services, 'settings' | 'session' | 'letters'>,
  page: RendererPage,
  /** The main window, opened if there is none (macOS keeps running without one). */
  mainWindow: () => BrowserWindow,
  /** The interface language, as the rest of the main process resolves it (index.ts). */
  language: () => UiLanguage,
): ApplicationMenu {
  const { settings, session, letters } = services;

  const send = (command: AppCommand) => {
    // A letter trashed or deleted since the menu was built: its stale entry goes, and nothing opens.
    if (command.id === 'letter.open' && !letters.list().some((letter) => letter.id === command.letterId)) {
      rebuild();
      return;
    }
    const focused = BrowserWindow.getFocusedWindow();
    const target = focused && !focused.isDestroyed() ? focused : mainWindow();
    const deliver = () => {
      // Only to the app's own page: never to a page the window was somehow navigated to.
      if (isRendererPage(target.webContents.getURL(), page))
        target.webContents.send(COMMAND_CHANNEL, command);
    };
    if (target.webContents.isLoading()) target.webContents.once('did-finish-load', deliver);
    else deliver();
  };

  const clearRecent = () => {
    session.clearRecent();
    if (HAS_RECENT_DOCUMENTS) app.clearRecentDocuments();
  };

  let shownLanguage = language();
  const rebuild = () => {
    shownLanguage = language();
    const template = buildMenuTemplate(
      {
        language: shownLanguage,
        platform: process.platform,
        recent: recentLetters(session.recent(), letters.list()),
        isDev: !app.isPackaged,
      },
      { send, clearRecent },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  settings.onChange(() => {
    if (language() !== shownLanguage) rebuild();
  });
  session.onChange(() => {
    const [latest] = session.recent();
    if (latest && HAS_RECENT_DOCUMENTS) app.addRecentDocument(letterFilePath(letters.lettersDir, latest));
    rebuild();
  });
  rebuild();
  return { send };
}
