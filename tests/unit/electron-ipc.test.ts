import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../core/contract';
import type { Letter } from '../../core/letter';
import { createHandlers } from '../../electron/api/handlers';
import { registerIpc, trustedSender } from '../../electron/main/ipc';
import { rendererPage } from '../../electron/main/rendererPage';
import { IPC_CHANNEL } from '../../electron/preload/channel';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

type Listener = (event: IpcMainInvokeEvent, name: unknown, input: unknown) => Promise<ApiResult<unknown>>;

const page = rendererPage('/opt/LetterDesk/resources/app.asar/out/renderer/index.html');

/** What Electron tells the handler about who is calling. */
function sender(url: string, parent: object | null = null): IpcMainInvokeEvent {
  return { senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent;
}

let data: Awaited<ReturnType<typeof makeDataDir>>;
let ipcMain: { handle: Mock<(channel: string, listener: Listener) => void> };
let call: Listener;

beforeEach(async () => {
  data = await makeDataDir();
  ipcMain = { handle: vi.fn<(channel: string, listener: Listener) => void>() };
  const handlers = createHandlers(await openServices(data.dir), CANCELLING_TRANSPORT);
  registerIpc(ipcMain, handlers, trustedSender(page));
  call = ipcMain.handle.mock.calls[0][1];
});
afterEach(() => data.cleanup());

describe('IPC: the Electron transport', () => {
  it('registers one handler, on the one channel', () => {
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0][0]).toBe(IPC_CHANNEL);
  });

  it('runs a call from the app’s page against the real services: the letter is saved in the data folder', async () => {
    expect(page.url).toBe('app://letterdesk/index.html');
    const result = await call(sender(page.url), 'letters.create', { templateId: REBUTTAL_TEMPLATE });
    if (!result.ok) throw new Error(result.error.message);
    const letter = result.value as Letter;
    const file = join(data.dir, 'letters', `${letter.id}.json`);
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      id: letter.id,
      templateId: REBUTTAL_TEMPLATE,
    });

    const list = await call(sender(`${page.url}#editor`), 'letters.list', {});
    expect(list).toMatchObject({ ok: true, value: { letters: [{ id: letter.id }], total: 1 } });
  });

  it.each([
    ['an iframe inside the page', sender(page.url, { url: page.url })],
    ['another local file', sender('file:///tmp/evil.html')],
    [
      'the page’s file opened as a file',
      sender('file:///opt/LetterDesk/resources/app.asar/out/renderer/index.html'),
    ],
    ['another file of the page’s folder', sender('app://letterdesk/assets/other.html')],
    ['the page’s path on another host', sender('app://elsewhere/index.html')],
    ['a web page', sender('https://example.com/')],
    ['a frame that is gone', { senderFrame: null } as unknown as IpcMainInvokeEvent],
  ])('refuses %s without running anything', async (_, event) => {
    const result = await call(event, 'letters.create', { templateId: REBUTTAL_TEMPLATE });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toMatch(/did not come from its own window/);
    expect(readdirSync(join(data.dir, 'letters'))).toEqual([]);
  });

  it.each([
    ['an unknown call', 'fs.writeFile', { path: '/etc/passwd' }, /Unknown request “fs\.writeFile”/],
    ['a name that is not text', { name: 'letters.list' }, {}, /Unknown request/],
    [
      'a wrong type',
      'letters.rename',
      { id: 'abc', title: 42 },
      /malformed request \(letters\.rename\).*title/,
    ],
    ['a missing field', 'letters.get', {}, /malformed request \(letters\.get\).*id/],
    ['input that is not an object', 'letters.create', 'template', /malformed request \(letters\.create\)/],
  ])('answers %s from the page with a clear message', async (_, name, input, message) => {
    const result = await call(sender(page.url), name, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(message);
    }
  });
});
