/**
 * The whole bridge between the page and the main process: one function that
 * forwards a named call, and one that hears the menu's commands. The main
 * side checks the sender, the name and the input (electron/main/ipc.ts); a
 * command reaches the page only if it is one the page knows, and without the
 * IPC event; nothing else of Electron or Node reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { parseCommand } from '../../core/commands';
import type { PreloadBridge } from '../../renderer/src/api/bridge';
import { COMMAND_CHANNEL, IPC_CHANNEL } from './channel';

const bridge: PreloadBridge = {
  call: (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
  onCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, value: unknown) => {
      const command = parseCommand(value);
      if (command) listener(command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('letterdesk', bridge);
