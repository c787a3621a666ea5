/**
 * "This letter's history may have grown": said after anything that can keep
 * a version (a save, an approval, an export, a copy, a named version, a
 * restore), heard by the open History panel, which reads the list again.
 * Saves and exports live in other components; a tiny broadcast keeps them
 * from having to know whether a panel is open.
 */
type Listener = (letterId: string) => void;

const listeners = new Set<Listener>();

export function historyChanged(letterId: string): void {
  for (const listener of listeners) listener(letterId);
}

/** Returns the way to stop listening. */
export function onHistoryChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
