/**
 * The Electron entry point, wired up against stand-ins for Electron and
 * electron-store (the real ones need the Electron binary) and the real
 * services over a temp data folder.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../core/contract';
import { COMMAND_CHANNEL, IPC_CHANNEL } from '../../electron/preload/channel';
import { lockDataFolder } from '../../electron/runtime/dataFolderLock';
import { makeDataDir, REBUTTAL_TEMPLATE, REPO_ROOT } from '../helpers/services';

const electron = vi.hoisted(() => {
  const paths = new Map<string, string>();
  const calls: string[] = [];
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    static getFocusedWindow = () => null;
    readonly on = vi.fn();
    readonly once = vi.fn();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly webContents = {
      on: vi.fn(),
      once: vi.fn(),
      send: vi.fn(),
      isLoading: () => false,
      getURL: () => this.loadURL.mock.calls[0]?.[0] ?? '',
    };
    constructor(readonly options: { webPreferences: { preload: string } }) {
      calls.push('window');
      BrowserWindow.created.push(this);
    }
  }
  return {
    paths,
    calls,
    lock: true,
    BrowserWindow,
    app: {
      isPackaged: false,
      setPath: (name: string, path: string) => (calls.push(`setPath ${name}`), paths.set(name, path)),
      getPath: (name: string) => paths.get(name) ?? `/nonexistent/${name}`,
      getAppPath: (): string => '',
      getVersion: () => '9.9.9',
      getPreferredSystemLanguages: (): string[] => ['en-GB'],
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
      requestSingleInstanceLock: () => (calls.push('lock'), electron.lock),
      on: vi.fn(),
      quit: vi.fn(),
      exit: vi.fn(),
      whenReady: vi.fn(async () => void calls.push('ready')),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => void calls.push('register app scheme')),
      handle: vi.fn((scheme: string, _handler: (request: Request) => Promise<Response>) =>
        calls.push(`handle ${scheme}`),
      ),
    },
    dialog: { showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    // The template itself: what the app would show is what the test reads.
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => template),
      setApplicationMenu: vi.fn((_menu: unknown) => undefined),
    },
    ipcMain: { handle: vi.fn() },
    shell: { openExternal: vi.fn(), openPath: vi.fn(async (_path: string) => '') },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      },
    },
  };
});
vi.mock('electron', () => ({ ...electron, default: electron }));
// electron-store is conf with Electron's userData folder as its home.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  return {
    default: class extends Conf<Record<string, unknown>> {
      constructor({ name }: { name: string }) {
        super({ cwd: electron.app.getPath('userData'), configName: name, projectName: 'letterdesk' });
      }
    },
  };
});

type Listener = (event: IpcMainInvokeEvent, name: unknown, input: unknown) => Promise<ApiResult<unknown>>;

let data: Awaited<ReturnType<typeof makeDataDir>>;

beforeEach(async () => {
  data = await makeDataDir();
  vi.resetModules();
  vi.stubEnv('LETTERDESK_DATA_DIR', data.dir);
  electron.paths.clear();
  electron.paths.set('documents', join(data.dir, 'Documents'));
  electron.paths.set('temp', join(data.dir, 'tmp'));
  electron.shell.openPath.mockClear();
  electron.calls.length = 0;
  electron.BrowserWindow.created.length = 0;
  electron.app.getAppPath = () => REPO_ROOT;
  electron.ipcMain.handle.mockReset();
  electron.app.quit.mockReset();
  electron.app.exit.mockReset();
  electron.dialog.showErrorBox.mockReset();
  electron.app.whenReady.mockClear();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await quitApp();
  await data.cleanup();
});

/** Quits the app the last test started, as the user would: the data folder is given up. */
async function quitApp(): Promise<void> {
  const quits = electron.app.on.mock.calls.filter(([name]) => name === 'will-quit');
  electron.app.on.mockClear();
  const onWillQuit = quits.at(-1)?.[1] as ((event: { preventDefault: () => void }) => void) | undefined;
  if (!onWillQuit) return;
  onWillQuit({ preventDefault: () => undefined });
  await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
}

async function startApp(): Promise<{ call: (name: string, input: unknown) => Promise<ApiResult<unknown>> }> {
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(electron.ipcMain.handle).toHaveBeenCalled());
  const [channel, listener] = electron.ipcMain.handle.mock.calls[0] as [string, Listener];
  expect(channel).toBe(IPC_CHANNEL);
  // The page the window loaded, as Electron reports it for the calling frame.
  const pageUrl = electron.BrowserWindow.created[0].loadURL.mock.calls[0][0];
  const event = { senderFrame: { url: pageUrl, parent: null } } as unknown as IpcMainInvokeEvent;
  return { call: (name, input) => listener(event, name, input) };
}

describe('Electron main process', () => {
  it('uses the chosen data folder, taking the single-instance lock only after choosing it', async () => {
    await startApp();
    expect(electron.paths.get('userData')).toBe(data.dir);
    expect(electron.calls.slice(0, 2)).toEqual(['setPath userData', 'lock']);
  });

  it('hardens the session and opens one window with the preload and the built page', async () => {
    await startApp();
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const [window] = electron.BrowserWindow.created;
    expect(window.options.webPreferences.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(window.loadURL.mock.calls).toEqual([['app://letterdesk/index.html']]);
  });

  it('registers app:// before `ready` and serves it before the window loads the page', async () => {
    await startApp();
    expect(electron.calls).toEqual([
      'setPath userData',
      'lock',
      'register app scheme',
      'ready',
      'handle app',
      'window',
    ]);
  });

  it('answers the page with the real services over the data folder', async () => {
    const { call } = await startApp();
    expect(await call('app.info', {})).toEqual({
      ok: true,
      value: { version: '9.9.9', mode: 'electron', dataDir: data.dir, notices: [] },
    });
    const created = await call('letters.create', { templateId: REBUTTAL_TEMPLATE });
    if (!created.ok) throw new Error(created.error.message);
    expect(existsSync(join(data.dir, 'letters', `${(created.value as { id: string }).id}.json`))).toBe(true);
  });

  it('exports through the native save dialog, attached to the app window', async () => {
    const { call } = await startApp();
    const created = await call('letters.create', { templateId: REBUTTAL_TEMPLATE });
    if (!created.ok) throw new Error(created.error.message);
    await mkdir(join(data.dir, 'Documents'));
    const target = join(data.dir, 'Documents', 'reply.docx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    const exported = await call('export.docx', {
      id: (created.value as { id: string }).id,
      variant: 'bilingual',
    });
    expect(exported).toEqual({ ok: true, value: { status: 'saved', path: target, fileName: 'reply.docx' } });
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0];
    expect(parent).toBe(electron.BrowserWindow.created[0]);
    expect(options.defaultPath).toMatch(/^.*Documents[/\\].+\.docx$/);
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
  });

  it('opens email drafts with the desktop’s mail program, from the system temp folder', async () => {
    const { call } = await startApp();
    const created = await call('letters.create', { templateId: REBUTTAL_TEMPLATE });
    if (!created.ok) throw new Error(created.error.message);

    const opened = await call('export.email', {
      id: (created.value as { id: string }).id,
      variant: 'editor',
    });
    const [path] = electron.shell.openPath.mock.calls[0];
    expect(path.startsWith(join(data.dir, 'tmp', 'LetterDesk'))).toBe(true);
    expect(opened).toMatchObject({ ok: true, value: { status: 'opened', path } });
    expect((await readFile(path, 'utf8')).includes('X-Unsent: 1')).toBe(true);
  });

  it('writes the library index before the app quits', async () => {
    const { call } = await startApp();
    const created = await call('letters.create', { templateId: REBUTTAL_TEMPLATE });
    if (!created.ok) throw new Error(created.error.message);
    const [, onWillQuit] = electron.app.on.mock.calls.filter(([name]) => name === 'will-quit').at(-1) as [
      string,
      (event: { preventDefault: () => void }) => void,
    ];
    const event = { preventDefault: vi.fn() };
    onWillQuit(event);
    // Held back until the index is on disk, then let go.
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    const index = JSON.parse(await readFile(join(data.dir, 'library-index.json'), 'utf8'));
    expect(index.letters.map((entry: { summary: { id: string } }) => entry.summary.id)).toEqual([
      (created.value as { id: string }).id,
    ]);
  });

  it('refuses a data folder a browser-mode server holds, saying who holds it, and quits', async () => {
    const server = await lockDataFolder(data.dir, 'server');
    try {
      await import('../../electron/main/index');
      await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
      const [title, message] = electron.dialog.showErrorBox.mock.calls[0];
      expect(title).toBe('LetterDesk could not start');
      expect(message).toContain(
        `This data folder (${data.dir}) is in use by a LetterDesk browser-mode server (process ${process.pid} on this computer, since `,
      );
      expect(message).toMatch(
        /since \d\d:\d\d\)\. Close it first, or start with --data-dir to use another folder\.$/,
      );
      expect(electron.BrowserWindow.created).toHaveLength(0);
      expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    } finally {
      await server.release();
    }
  });

  it('holds the data folder while it runs and gives it up when it quits', async () => {
    await startApp();
    await expect(lockDataFolder(data.dir, 'server')).rejects.toThrow(/in use by the LetterDesk app/);
    await quitApp();
    const after = await lockDataFolder(data.dir, 'server');
    await after.release();
  });

  it('hands over to the LetterDesk already running on the same data folder', async () => {
    electron.lock = false;
    try {
      await import('../../electron/main/index');
      expect(electron.app.quit).toHaveBeenCalled();
      expect(electron.app.whenReady).not.toHaveBeenCalled();
    } finally {
      electron.lock = true;
    }
  });
});

describe('application menu', () => {
  interface Item {
    label?: string;
    id?: string;
    submenu?: Item[];
    click?: () => void;
  }
  const shownMenu = () => electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as Item[];
  const all = (items: Item[]): Item[] => items.flatMap((item) => [item, ...all(item.submenu ?? [])]);
  const item = (id: string) => all(shownMenu()).find((found) => found.id === id)!;
  const sentToPage = () => electron.BrowserWindow.created[0].webContents.send.mock.calls;

  beforeEach(() => electron.Menu.setApplicationMenu.mockClear());

  it('is in place once the window opens, and speaks the language chosen in Settings at once', async () => {
    const { call } = await startApp();
    expect(shownMenu().map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Letter', 'Help']);
    const settings = await call('settings.get', {});
    if (!settings.ok) throw new Error(settings.error.message);
    const { revision } = (settings.value as { ui: { revision: number } }).ui;
    await call('settings.update', { update: { ui: { language: 'zh-CN', revision } } });
    expect(shownMenu().map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '信函', '帮助']);
  });

  it('lists the letters the page opens under Open Recent and opens one in the page when chosen', async () => {
    const { call } = await startApp();
    const created = await call('letters.create', { templateId: REBUTTAL_TEMPLATE });
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    await call('letters.rename', { id, title: 'On the harbour' });
    await call('session.set', { openLetterId: id });
    expect(item('openRecent').submenu!.map((entry) => entry.label)).toEqual([
      'On the harbour',
      undefined,
      'Clear Recent',
    ]);

    item(`recent:${id}`).click!();
    expect(sentToPage()).toEqual([[COMMAND_CHANNEL, { id: 'letter.open', letterId: id }]]);
    item('letter.exportDocx').click!();
    expect(sentToPage()[1]).toEqual([COMMAND_CHANNEL, { id: 'letter.exportDocx' }]);

    // Trashed meanwhile: the entry opens nothing and is gone from the menu.
    await call('letters.trash', { id });
    item(`recent:${id}`).click!();
    expect(sentToPage()).toHaveLength(2);
    expect(item('openRecent').submenu![0].label).toBe('No Recent Letters');

    await call('session.set', { openLetterId: id });
    item('clearRecent').click!();
    expect(item('openRecent').submenu![0].label).toBe('No Recent Letters');
  });

  it('opens a letter file the system asks it to open, and no file outside the letters folder', async () => {
    const { call } = await startApp();
    const created = await call('letters.create', { templateId: REBUTTAL_TEMPLATE });
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    const onOpenFile = electron.app.on.mock.calls.find(([name]) => name === 'open-file')![1] as (
      event: { preventDefault: () => void },
      path: string,
    ) => void;
    const event = { preventDefault: vi.fn() };
    onOpenFile(event, join(data.dir, 'settings.json'));
    onOpenFile(event, join(data.dir, 'letters', 'abc123.json'));
    onOpenFile(event, join(data.dir, 'letters', `${id}.json`));
    expect(event.preventDefault).toHaveBeenCalledTimes(3);
    expect(sentToPage()).toEqual([[COMMAND_CHANNEL, { id: 'letter.open', letterId: id }]]);
  });
});
