/**
 * The two transports the contract can travel over, seen from the renderer.
 * Electron's preload puts `window.letterdesk` in place; in browser mode the
 * same calls go to the loopback server with the per-launch token.
 */
import type { AppCommand } from '../../../core/commands';
import type { ApiResult } from '../../../core/contract';

/** What electron/preload/index.ts exposes through contextBridge. */
export interface PreloadBridge {
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /** The application menu's commands (desktop app only), already checked; returns the way to stop listening. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}

declare global {
  interface Window {
    letterdesk?: PreloadBridge;
  }
}

export const TOKEN_HEADER = 'X-LetterDesk-Token';
