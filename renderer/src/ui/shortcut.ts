/** Shortcut labels as the user's platform writes them: "⌘B" on a Mac, "Ctrl+B" elsewhere. */
export const isMac =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function shortcut(key: string, { shift = false } = {}): string {
  if (isMac) return `${shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}
