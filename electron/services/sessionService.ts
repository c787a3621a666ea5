/** What to reopen on the next start, kept in the `settings` store. */
import type { Session } from '../../core/contract';
import type { JsonStore } from '../storage/jsonStore';

export class SessionService {
  constructor(private readonly store: JsonStore) {}

  get(): Session {
    const id = this.store.get('openLetterId');
    return { openLetterId: typeof id === 'string' ? id : null };
  }

  set(session: Session): Session {
    this.store.set('openLetterId', session.openLetterId);
    return this.get();
  }
}
