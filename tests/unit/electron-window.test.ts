import type { MessageBoxSyncOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

// Stand-in for Electron's BrowserWindow: records its options and what the app does with it.
const electron = vi.hoisted(() => {
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    readonly once = vi.fn();
    readonly show = vi.fn();
    readonly loadURL = vi.fn(async () => undefined);
    readonly webContents = { on: vi.fn() };
    constructor(readonly options: unknown) {
      BrowserWindow.created.push(this);
    }
  }
  // The index of the button the user picks in the native message box.
  const dialog = { showMessageBoxSync: vi.fn((_window: unknown, _options: MessageBoxSyncOptions) => 1) };
  return { BrowserWindow, dialog };
});
vi.mock('electron', () => electron);

const { createMainWindow, mainWindowOptions } = await import('../../electron/main/window');

/** The window's will-prevent-unload handler, as Electron would call it when the page refuses to unload. */
function preventedUnload(window: InstanceType<typeof electron.BrowserWindow>) {
  const [name, handler] = window.webContents.on.mock.calls.find(
    ([event]) => event === 'will-prevent-unload',
  ) as unknown as [string, (event: { preventDefault: () => void }) => void];
  expect(name).toBe('will-prevent-unload');
  return () => {
    const event = { preventDefault: vi.fn() };
    handler(event);
    return event;
  };
}

describe('main window', () => {
  it('sets every security-relevant web preference explicitly', () => {
    expect(mainWindowOptions('/app/out/preload/index.cjs').webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
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
    });
  });

  it('is titled LetterDesk, big enough for two editors side by side, and hidden until painted', () => {
    expect(mainWindowOptions('/p')).toMatchObject({
      title: 'LetterDesk',
      width: 1280,
      height: 860,
      minWidth: 1000,
      minHeight: 640,
      show: false,
    });
  });

  it('loads the page from its app:// address and shows the window once it is ready', () => {
    createMainWindow('/app/out/preload/index.cjs', 'app://letterdesk/index.html');
    const window = electron.BrowserWindow.created.at(-1)!;
    expect(window.options).toEqual(mainWindowOptions('/app/out/preload/index.cjs'));
    expect(window.loadURL).toHaveBeenCalledWith('app://letterdesk/index.html');
    const [event, onReady] = window.once.mock.calls[0] as unknown as [string, () => void];
    expect(event).toBe('ready-to-show');
    expect(window.show).not.toHaveBeenCalled();
    onReady();
    expect(window.show).toHaveBeenCalled();
  });

  it('asks "Leave without saving?" when the page refuses to unload, and closes only on Leave', () => {
    createMainWindow('/p', 'app://letterdesk/index.html');
    const window = electron.BrowserWindow.created.at(-1)!;
    const unload = preventedUnload(window);

    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(unload().preventDefault).not.toHaveBeenCalled();
    const [parent, options] = electron.dialog.showMessageBoxSync.mock.calls[0];
    expect(parent).toBe(window);
    expect(options).toMatchObject({ message: 'Leave without saving?', buttons: ['Leave', 'Stay'] });
    // Enter or Escape keep the work: Stay is both the default and the cancel button.
    expect(options).toMatchObject({ defaultId: 1, cancelId: 1 });

    electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(unload().preventDefault).toHaveBeenCalled();
  });
});
