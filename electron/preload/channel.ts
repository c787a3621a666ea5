/**
 * The IPC channels. Their own file so the sandboxed preload can import them
 * without pulling in zod or the contract.
 */

/** The one channel every API call travels on (page → main, answered). */
export const IPC_CHANNEL = 'letterdesk:call';

/** Menu commands for the page (main → page, one-way): see core/commands.ts. */
export const COMMAND_CHANNEL = 'letterdesk:command';
