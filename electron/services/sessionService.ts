/**
 * What to reopen on the next start, and the letters opened lately (the
 * desktop app's File ▸ Open Recent), kept in the `settings` store.
 */
import type { Session } from '../../core/contract';
import { isLetterId } from '../../core/commands';
import type { JsonStore } from '../storage/jsonStore';

/** How many letters File ▸ Open Recent lists. */
export const RECENT_LETTERS_MAX = 10;

export class SessionService {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly store: JsonStore) {}

  get(): Session {
    const id = this.store.get('openLetterId');
    return { openLetterId: typeof id === 'string' ? id : null };
  }

  /** The page says which letter it shows whenever it opens one: that is the moment it becomes recent. */
  set(session: Session): Session {
    this.store.set('openLetterId', session.openLetterId);
    if (session.openLetterId) {
      const id = session.openLetterId;
      this.store.set(
        'recentLetterIds',
        [id, ...this.recent().filter((other) => other !== id)].slice(0, RECENT_LETTERS_MAX),
      );
      this.changed();
    }
    return this.get();
  }

  /** The ids of the letters opened lately, the latest first. */
  recent(): string[] {
    const ids = this.store.get('recentLetterIds');
    // A damaged list loses what is damaged, not the app's start.
    return Array.isArray(ids) ? ids.filter(isLetterId).slice(0, RECENT_LETTERS_MAX) : [];
  }

  clearRecent(): void {
    this.store.set('recentLetterIds', []);
    this.changed();
  }

  /** Calls `listener` after the recent letters change; returns the way to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
