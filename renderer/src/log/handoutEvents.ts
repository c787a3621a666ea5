/**
 * "This letter just left LetterDesk": said by the export menu after an export,
 * an email hand-off or a copy, heard by the open letter, which then asks once
 * whether it was sent (SentPrompt). A broadcast, as historyEvents is, so the
 * export menu need not know about the log.
 */
import type { SendingChannel } from '../../../core/log/sending';

export interface HandedOut {
  letterId: string;
  channel: SendingChannel;
}

type Listener = (handout: HandedOut) => void;

const listeners = new Set<Listener>();

export function letterHandedOut(handout: HandedOut): void {
  for (const listener of listeners) listener(handout);
}

/** Returns the way to stop listening. */
export function onLetterHandedOut(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
