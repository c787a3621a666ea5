/** The main window: every web preference that matters for security is set explicitly, not left to defaults. */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../runtime/dataDir';

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

export function createMainWindow(preloadPath: string, rendererIndexPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.loadFile(rendererIndexPath).catch((error: unknown) => {
    console.error(`LetterDesk: could not load ${rendererIndexPath}`, error);
  });
  return window;
}
