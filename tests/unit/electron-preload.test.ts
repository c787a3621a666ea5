import { describe, expect, it, vi } from 'vitest';
import { COMMAND_CHANNEL, IPC_CHANNEL } from '../../electron/preload/channel';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => ({ ok: true, value: 'answer' })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

await import('../../electron/preload/index');

describe('preload bridge', () => {
  it('exposes exactly one thing to the page: window.letterdesk with call() and onCommand()', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0];
    expect(key).toBe('letterdesk');
    expect(Object.keys(bridge)).toEqual(['call', 'onCommand']);
  });

  it('forwards a call on the one IPC channel and returns the main process’s answer', async () => {
    const [, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0];
    await expect(bridge.call('letters.get', { id: 'abc' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'letters.get', { id: 'abc' });
  });

  it('hands the page only known menu commands, without the IPC event, until it stops listening', () => {
    const [, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0];
    const listener = vi.fn();
    const stop = bridge.onCommand(listener);
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0];
    expect(channel).toBe(COMMAND_CHANNEL);
    const event = { sender: 'the IPC event' };
    forward(event, { id: 'letter.new' });
    forward(event, { id: 'letter.open', letterId: 'abc' });
    forward(event, { id: 'letter.open', letterId: '../../etc' });
    forward(event, { id: 'shell.openExternal', url: 'https://example.com' });
    forward(event, 'letter.new');
    expect(listener.mock.calls).toEqual([[{ id: 'letter.new' }], [{ id: 'letter.open', letterId: 'abc' }]]);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(COMMAND_CHANNEL, forward);
  });
});
