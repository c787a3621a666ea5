import { describe, expect, it, vi } from 'vitest';

// Stand-in for Electron's BrowserWindow: records its options and what the app does with it.
const electron = vi.hoisted(() => {
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    readonly once = vi.fn();
    readonly show = vi.fn();
    readonly loadFile = vi.fn(async () => undefined);
    constructor(readonly options: unknown) {
      BrowserWindow.created.push(this);
    }
  }
  return { BrowserWindow };
});
vi.mock('electron', () => electron);

const { createMainWindow, mainWindowOptions } = await import('../../electron/main/window');

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

  it('loads the built page and shows the window once it is ready', () => {
    createMainWindow('/app/out/preload/index.cjs', '/app/out/renderer/index.html');
    const window = electron.BrowserWindow.created.at(-1)!;
    expect(window.options).toEqual(mainWindowOptions('/app/out/preload/index.cjs'));
    expect(window.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
    const [event, onReady] = window.once.mock.calls[0] as unknown as [string, () => void];
    expect(event).toBe('ready-to-show');
    expect(window.show).not.toHaveBeenCalled();
    onReady();
    expect(window.show).toHaveBeenCalled();
  });
});
