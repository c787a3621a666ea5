/**
 * The two transports the contract can travel over, seen from the renderer.
 * Electron's preload puts `window.letterdesk` in place; in browser mode the
 * same calls go to the loopback server with the per-launch token.
 */
import type { ApiResult } from '../../../core/contract';

/** What electron/preload/index.ts exposes through contextBridge. */
export interface PreloadBridge {
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    letterdesk?: PreloadBridge;
  }
}

export const TOKEN_HEADER = 'X-LetterDesk-Token';
