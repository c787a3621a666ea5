import type { Transport } from '../../electron/api/handlers';

const cancel = async () => ({ status: 'cancelled' }) as const;

/** A transport where the user cancels every dialog: for tests about the calls, not the delivery. */
export const CANCELLING_TRANSPORT: Transport = {
  saveFile: cancel,
  openEmailDraft: cancel,
  printToPdf: cancel,
};
