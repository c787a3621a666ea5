import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../electron/preload/channel';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'answer' })) },
}));
vi.mock('electron', () => electron);

await import('../../electron/preload/index');

describe('preload bridge', () => {
  it('exposes exactly one thing to the page: window.letterdesk with a single call()', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0];
    expect(key).toBe('letterdesk');
    expect(Object.keys(bridge)).toEqual(['call']);
  });

  it('forwards a call on the one IPC channel and returns the main process’s answer', async () => {
    const [, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0];
    await expect(bridge.call('letters.get', { id: 'abc' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'letters.get', { id: 'abc' });
  });
});
