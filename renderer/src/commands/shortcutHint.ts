/** A command's shortcut for tooltips and `aria-keyshortcuts`, as the user's platform writes it. */
import { ariaShortcut, formatShortcut, type ShortcutCommandId } from '../../../core/commands';
import { isMac } from '../ui/shortcut';

/** "⌘N" on a Mac, "Ctrl+N" elsewhere. */
export function shortcutHint(command: ShortcutCommandId): string {
  return formatShortcut(command, isMac);
}

/** "Meta+N" on a Mac, "Control+N" elsewhere. */
export function ariaKeyShortcuts(command: ShortcutCommandId): string {
  return ariaShortcut(command, isMac);
}
