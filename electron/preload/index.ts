/**
 * The whole bridge between the page and the main process: one function that
 * forwards a named call. The main side checks the sender, the name and the
 * input (electron/main/ipc.ts); nothing else of Electron or Node reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { PreloadBridge } from '../../renderer/src/api/bridge';
import { IPC_CHANNEL } from './channel';

const bridge: PreloadBridge = {
  call: (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
};

contextBridge.exposeInMainWorld('letterdesk', bridge);
