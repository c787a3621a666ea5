/**
 * The one IPC channel every API call travels on. Its own file so the sandboxed
 * preload can import it without pulling in zod or the contract.
 */
export const IPC_CHANNEL = 'letterdesk:call';
