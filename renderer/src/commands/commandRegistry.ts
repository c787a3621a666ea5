/**
 * Who runs each app command now. A view registers its handler while it is
 * shown (useCommand); the menu (desktop) or the keyboard (browser mode) ask
 * here. The latest registration wins, so a view shown over another takes
 * the command, and the other gets it back when it goes.
 */
import type { AppCommand, CommandId } from '../../../core/commands';

export type CommandHandler = (command: AppCommand) => void;

const handlers = new Map<CommandId, CommandHandler[]>();

/** Returns the way to unregister. */
export function registerCommand(id: CommandId, handler: CommandHandler): () => void {
  handlers.set(id, [...(handlers.get(id) ?? []), handler]);
  return () =>
    handlers.set(
      id,
      (handlers.get(id) ?? []).filter((other) => other !== handler),
    );
}

/** Runs the command; false when nothing on screen handles it now (e.g. "Save" with no letter open). */
export function runCommand(command: AppCommand): boolean {
  // A modal dialog makes the page behind it inert; its commands wait until the dialog is answered,
  // as a native app's menu commands wait for its sheet.
  if (document.querySelector('dialog:modal')) return false;
  const handler = handlers.get(command.id)?.at(-1);
  handler?.(command);
  return handler !== undefined;
}
