/**
 * "The log changed": said after a sending is recorded, its outcome set or it
 * is removed, heard by an open Log view, which reads again.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function logChanged(): void {
  for (const listener of listeners) listener();
}

/** Returns the way to stop listening. */
export function onLogChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
