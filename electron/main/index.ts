/**
 * The Electron main process: one window over the shared services, reached
 * only through the single IPC channel. Everything that can be tested without
 * Electron lives in the neighbouring files; this one only wires them up.
 */
import { resolveLanguage, type LanguageChoice } from '../../core/i18n/languages';
import { defineMessages, type Wording } from '../../core/i18n/wording';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import ElectronStore from 'electron-store';
import { createHandlers } from '../api/handlers';
import { DataFolderInUseError, lockDataFolder } from '../runtime/dataFolderLock';
import { createServices } from '../services/createServices';
import { quarantineIfCorrupt, storeFilePath, type OpenStore } from '../storage/jsonStore';
import { registerAppScheme, serveAppScheme } from './appProtocol';
import { electronDataDir } from './dataDirArg';
import { registerIpc, trustedSender } from './ipc';
import { mailDraftOpener } from './mailClient';
import { installApplicationMenu } from './menu/applicationMenu';
import { letterIdFromFile } from './menu/letterFile';
import { pdfPrinter, printHtmlToPdf } from './printToPdf';
import { rendererPage } from './rendererPage';
import { saveDialogDeliver, type ShowSaveDialog } from './saveDialog';
import { interfaceIntl } from './interfaceIntl';
import { hardenApp } from './security';
import { createMainWindow } from './window';

// This file is bundled to out/main/index.js; the page and the preload sit beside it in out/.
const page = rendererPage(join(import.meta.dirname, '../renderer/index.html'));
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

let mainWindow: BrowserWindow | null = null;

const messages = defineMessages({
  stoppedTitle: { id: 'app.start.stoppedTitle', defaultMessage: 'LetterDesk stopped' },
  stopped: {
    id: 'app.start.stopped',
    defaultMessage:
      'Another program took over the data folder {dataDir}, so LetterDesk stopped rather than overwrite its work.',
  },
  failedTitle: { id: 'app.start.failedTitle', defaultMessage: 'LetterDesk could not start' },
  // A paragraph of its own after the error's text (the extractor folds line breaks inside a message).
  unchanged: {
    id: 'app.start.unchanged',
    defaultMessage: 'Your letters are kept in {dataDir}; nothing there was changed.',
  },
});

// The interface language for what the main process says itself (dialogs, error boxes): the
// Settings choice once the services have read it, the system's until then.
let languageChoice: () => LanguageChoice = () => 'system';
const interfaceLanguage = () => resolveLanguage(languageChoice(), app.getPreferredSystemLanguages());

function openWindow(): BrowserWindow {
  const window = createMainWindow(preloadPath, page.url, interfaceLanguage);
  mainWindow = window;
  window.on('closed', () => (mainWindow = null));
  return window;
}

// macOS asks to open a letter file (from the Dock's recent documents) as early as at launch,
// before the services exist: the paths wait here until `start` can open them.
const filesToOpen: string[] = [];
let openFile = (path: string) => void filesToOpen.push(path);

const showSaveDialog: ShowSaveDialog = (options) => {
  const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
  return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
};

async function start(): Promise<void> {
  hardenApp(page);
  // The page and its files come from app://letterdesk/, served from its folder only.
  serveAppScheme(page.dir);
  const dataDir = app.getPath('userData');
  // Before anything reads the folder: a browser-mode server on it would overwrite this app's saves, and the reverse.
  const lock = await lockDataFolder(dataDir, 'app', {
    onCompromised: () => {
      const intl = interfaceIntl(interfaceLanguage());
      dialog.showErrorBox(
        intl.formatMessage(messages.stoppedTitle),
        intl.formatMessage(messages.stopped, { dataDir }),
      );
      app.exit(1);
    },
  });
  const notices: Wording[] = [];
  // electron-store writes <userData>/<name>.json, the same file the conf store uses in browser mode.
  const openStore: OpenStore = (name) => {
    quarantineIfCorrupt(storeFilePath(dataDir, name), notices);
    return new ElectronStore<Record<string, unknown>>({ name });
  };
  const services = await createServices({
    dataDir,
    templatesDir: app.isPackaged
      ? join(process.resourcesPath, 'templates')
      : join(app.getAppPath(), 'templates'),
    openStore,
    mode: 'electron',
    version: app.getVersion(),
    notices,
    pdfOf: printHtmlToPdf,
  });
  languageChoice = () => services.settings.get().ui.language;
  const saveFile = saveDialogDeliver(showSaveDialog, app.getPath('documents'), interfaceLanguage);
  const transport = {
    saveFile,
    openEmailDraft: mailDraftOpener((path) => shell.openPath(path), app.getPath('temp')),
    printToPdf: pdfPrinter(saveFile),
  };
  registerIpc(ipcMain, createHandlers(services, transport), trustedSender(page));
  openWindow();
  // After the window, so its page starts loading first; in the same tick, before the window can show.
  const menu = installApplicationMenu(services, page, () => mainWindow ?? openWindow(), interfaceLanguage);
  // Only a letter file in the library's letters folder, opened in the page by its id.
  openFile = (path) => {
    const letterId = letterIdFromFile(path, services.letters.lettersDir);
    if (letterId) menu.send({ id: 'letter.open', letterId });
  };
  filesToOpen.splice(0).forEach(openFile);
  services.letters.indexForSearchSoon();
  // The library's summary index is written a moment after changes; on quit, write it now.
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    void services.letters
      .flush()
      .then(() => lock.release())
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
  // macOS keeps apps alive with no window; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error('LetterDesk could not start', error);
  const intl = interfaceIntl(interfaceLanguage());
  dialog.showErrorBox(
    intl.formatMessage(messages.failedTitle),
    // The folder in use is already named, and belongs to the program holding it.
    error instanceof DataFolderInUseError
      ? message
      : `${message}\n\n${intl.formatMessage(messages.unchanged, { dataDir: app.getPath('userData') })}`,
  );
  app.exit(1);
}

// Before `ready` and before the lock: the lock lives in the data folder, so
// two LetterDesks with different data folders (e.g. tests) may run side by side.
app.setPath('userData', electronDataDir(process.argv));

if (!app.requestSingleInstanceLock()) {
  // Another LetterDesk has this library open; it will come to the front instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Before `ready`, as Chromium requires: the page's app:// scheme and its privileges.
  registerAppScheme();
  app.whenReady().then(start).catch(failToStart);
}
