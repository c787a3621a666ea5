/**
 * The app's commands and their keyboard shortcuts, in one table. The desktop
 * app's menu (electron/main/menu) gives each its accelerator and sends it to
 * the page; the page (renderer/src/commands) runs it with the same handler as
 * the button that does the same, and in browser mode, which has no menu,
 * listens for the same keys itself. Tooltips show the same shortcuts.
 *
 * No zod here: the sandboxed preload checks every command it is sent with
 * `parseCommand`, and zod would triple the preload's size for two checks.
 */

/**
 * Accelerators in Electron's syntax: "CmdOrCtrl" is ⌘ on macOS and Ctrl
 * elsewhere. Find in library is Shift+F because plain Ctrl+F is the browser's
 * (and a future editor's) find in the page.
 */
export const COMMAND_ACCELERATORS = {
  'letter.new': 'CmdOrCtrl+N',
  'letter.save': 'CmdOrCtrl+S',
  'letter.exportDocx': 'CmdOrCtrl+E',
  'letter.printPdf': 'CmdOrCtrl+P',
  'library.find': 'CmdOrCtrl+Shift+F',
  // The open letter's history (issue 12); Shift+S is where "Save As" sits, the nearest habit to a named version.
  'letter.history': 'CmdOrCtrl+Shift+H',
  'letter.saveVersion': 'CmdOrCtrl+Shift+S',
  'app.settings': 'CmdOrCtrl+,',
  // As Word and Google Docs have it.
  'letter.comment': 'CmdOrCtrl+Alt+M',
} as const;

/** A command with a shortcut. */
export type ShortcutCommandId = keyof typeof COMMAND_ACCELERATORS;
export const SHORTCUT_COMMAND_IDS = Object.keys(COMMAND_ACCELERATORS) as ShortcutCommandId[];

/** Commands from the menu only: a recent letter, which names its id. */
export interface OpenLetterCommand {
  id: 'letter.open';
  letterId: string;
}

/**
 * Commands from the menu with no shortcut: each opens in the page (a file to choose, or a dialog: "Mark
 * as sent…" records a sending in the letter log, renderer/src/log).
 */
export const MENU_COMMAND_IDS = [
  'letter.newFromDocx',
  'letter.importDocxVersion',
  'letter.markSent',
  // The archive of the letter log (renderer/src/archive): a selection to one .zip, and one imported back.
  'log.exportArchive',
  'log.importArchive',
  // The termbase's terms highlighted in both panes, or not (renderer/src/editor/plugins/TermHighlight).
  'view.highlightTerms',
] as const;
export type MenuCommandId = (typeof MENU_COMMAND_IDS)[number];

export type AppCommand = { id: ShortcutCommandId } | { id: MenuCommandId } | OpenLetterCommand;
export type CommandId = AppCommand['id'];

/** The same as the contract's letter ids (core/contract.ts). */
const LETTER_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isLetterId(value: unknown): value is string {
  return typeof value === 'string' && LETTER_ID.test(value);
}

/**
 * A command as sent between processes, rebuilt from known parts only: an
 * unknown id, a malformed letter id or any extra property gives null.
 */
export function parseCommand(value: unknown): AppCommand | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { id, ...rest } = value as Record<string, unknown>;
  const keys = Object.keys(rest);
  if (id === 'letter.open') {
    const { letterId } = rest;
    return keys.length === 1 && isLetterId(letterId) ? { id, letterId } : null;
  }
  if (typeof id === 'string' && Object.hasOwn(COMMAND_ACCELERATORS, id) && keys.length === 0) {
    return { id: id as ShortcutCommandId };
  }
  if (typeof id === 'string' && (MENU_COMMAND_IDS as readonly string[]).includes(id) && keys.length === 0) {
    return { id: id as MenuCommandId };
  }
  return null;
}

interface Accelerator {
  shift: boolean;
  alt: boolean;
  key: string;
}

function parseAccelerator(accelerator: string): Accelerator {
  const parts = accelerator.split('+');
  // The key is last; ',' itself never appears as a separator here.
  return { shift: parts.includes('Shift'), alt: parts.includes('Alt'), key: parts[parts.length - 1]! };
}

/** The shortcut as the platform writes it: "⇧⌘F" on macOS, "Ctrl+Shift+F" elsewhere. */
export function formatShortcut(command: ShortcutCommandId, mac: boolean): string {
  const { shift, alt, key } = parseAccelerator(COMMAND_ACCELERATORS[command]);
  if (mac) return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${alt ? 'Alt+' : ''}${shift ? 'Shift+' : ''}${key}`;
}

/** The shortcut in the form of the `aria-keyshortcuts` attribute, e.g. "Control+Shift+F". */
export function ariaShortcut(command: ShortcutCommandId, mac: boolean): string {
  const { shift, alt, key } = parseAccelerator(COMMAND_ACCELERATORS[command]);
  return `${mac ? 'Meta' : 'Control'}+${alt ? 'Alt+' : ''}${shift ? 'Shift+' : ''}${key}`;
}

/** What of a key press decides whether it is a shortcut (a subset of KeyboardEvent). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The physical key ("KeyM"): with Alt held, macOS types another character ("µ") as `key`. */
  code?: string;
}

/**
 * The command a key press gives, if any. ⌘ on macOS, Ctrl elsewhere, as
 * the menu's accelerators: Ctrl+N on a Mac stays the text field's own.
 */
export function commandForKey(press: KeyPress, mac: boolean): ShortcutCommandId | null {
  const command = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!command) return null;
  return (
    SHORTCUT_COMMAND_IDS.find((id) => {
      const { shift, alt, key } = parseAccelerator(COMMAND_ACCELERATORS[id]);
      if (shift !== press.shiftKey || alt !== press.altKey) return false;
      if (press.key.toLowerCase() === key.toLowerCase()) return true;
      return alt && /^[A-Z]$/.test(key) && press.code === `Key${key}`;
    }) ?? null
  );
}
