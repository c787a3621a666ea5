/** Binds an app command (core/commands.ts) to the same handler as the button that does it. */
import { createContext, useContext, useEffect, useRef } from 'react';
import type { AppCommand, CommandId } from '../../../core/commands';
import { registerCommand } from './commandRegistry';

/**
 * False inside a view that is kept mounted but hidden (the open letter while
 * Settings is shown): its commands wait until it is shown again.
 */
export const CommandsActive = createContext(true);

export function useCommand(id: CommandId, handler: (command: AppCommand) => void): void {
  const active = useContext(CommandsActive);
  // The latest handler runs, without registering again on every render.
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!active) return;
    return registerCommand(id, (command) => latest.current(command));
  }, [id, active]);
}
