/** The main window: every web preference that matters for security is set explicitly, not left to defaults. */
import { BrowserWindow, dialog, type BrowserWindowConstructorOptions, type Event } from 'electron';
import type { UiLanguage } from '../../core/i18n/languages';
import { defineMessages } from '../../core/i18n/wording';
import { PRODUCT_NAME } from '../runtime/dataDir';
import { interfaceIntl } from './interfaceIntl';

const messages = defineMessages({
  leaveTitle: { id: 'window.leave.title', defaultMessage: 'Leave without saving?' },
  leaveDetail: {
    id: 'window.leave.detail',
    defaultMessage: 'Some changes in this window are not saved. If you leave now, they are lost.',
  },
  leave: { id: 'window.leave.leave', defaultMessage: 'Leave' },
  stay: { id: 'window.leave.stay', defaultMessage: 'Stay' },
});

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 1000,
    minHeight: 640,
    title: PRODUCT_NAME,
    backgroundColor: '#ffffff',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/**
 * `pageUrl` is the page's app:// address (rendererPage.ts), never a file: the app: handler limits what it may load.
 * `language`: the interface's, for the window's own questions.
 */
export function createMainWindow(
  preloadPath: string,
  pageUrl: string,
  language: () => UiLanguage = () => 'en',
): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-prevent-unload', (event) => askBeforeLeaving(window, event, language()));
  window.loadURL(pageUrl).catch((error: unknown) => {
    console.error(`LetterDesk: could not load ${pageUrl}`, error);
  });
  return window;
}

/**
 * The page holds work that could not be saved (a letter whose saves fail or
 * wait on a conflict, a template being edited) and prevented the unload, as it
 * does in a browser. Electron would then cancel the close without a word, so
 * the user is asked, as a browser asks: Leave (losing it) or Stay.
 */
export function askBeforeLeaving(window: BrowserWindow, event: Event, language: UiLanguage): void {
  const intl = interfaceIntl(language);
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: intl.formatMessage(messages.leaveTitle),
    message: intl.formatMessage(messages.leaveTitle),
    detail: intl.formatMessage(messages.leaveDetail),
    buttons: [intl.formatMessage(messages.leave), intl.formatMessage(messages.stay)],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  // Preventing this event's default overrides the page's refusal: the window goes.
  if (choice === 0) event.preventDefault();
}
