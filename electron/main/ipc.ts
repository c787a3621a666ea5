/**
 * The Electron transport for the contract: one channel, one handler. Every
 * call is checked twice: here, that it comes from the app's own page in the
 * top frame; then in `dispatch`, that its name and input match the contract.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../../core/contract';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
import { IPC_CHANNEL } from '../preload/channel';
import { isRendererPage, type RendererPage } from './rendererPage';

export type IsTrustedSender = (event: IpcMainInvokeEvent) => boolean;

/** Only the app's page, in the main frame, may call: not an iframe, not a page navigated elsewhere. */
export function trustedSender(page: RendererPage): IsTrustedSender {
  return (event) => {
    const frame = event.senderFrame;
    return !!frame && frame.parent === null && isRendererPage(frame.url, page);
  };
}

const UNTRUSTED: ApiResult<never> = {
  ok: false,
  error: {
    code: 'invalid-input',
    message:
      'LetterDesk refused a request that did not come from its own window. Restart LetterDesk if this keeps happening.',
  },
};

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrusted: IsTrustedSender,
): void {
  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, input: unknown) =>
    isTrusted(event) ? dispatch(handlers, name, input) : UNTRUSTED,
  );
}
