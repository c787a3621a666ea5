/**
 * Boilerplate snippets in the `snippets` store. Until the first change the
 * shipped examples are listed (and stored with that change).
 */
import { type Snippet } from '../../core/snippet';
import { parseSnippet } from '../../core/schemas/snippet';
import type { JsonStore } from '../storage/jsonStore';
import { defineMessages, wording } from '../../core/i18n/wording';
import { UserFacingError } from './errors';
import { leavingOutBroken, RevisionedList } from './revisionedList';

const messages = defineMessages({
  invalid: {
    id: 'error.snippet.invalid',
    defaultMessage: 'The snippet could not be saved: {detail}.',
  },
});

export class SnippetService {
  private readonly items: RevisionedList<Snippet>;

  constructor(store: JsonStore, seed: () => Snippet[]) {
    this.items = new RevisionedList(store, 'snippets', {
      parse: leavingOutBroken(parseSnippet),
      seed,
      describe: (s) => ({ item: 'namedSnippet', name: s.title }),
      missing: () => ({ item: 'snippet' }),
    });
  }

  /** In the order they were saved; entries a hand edit broke are left out. */
  list(): Snippet[] {
    return this.items.all();
  }

  /** Adds or replaces by id, if based on the stored revision. */
  save(input: Snippet): Snippet[] {
    let snippet: Snippet;
    try {
      snippet = parseSnippet(input);
    } catch (error) {
      throw new UserFacingError(
        'invalid-input',
        wording(messages.invalid, { detail: (error as Error).message }),
      );
    }
    this.items.save(snippet);
    return this.list();
  }

  remove(id: string, revision: number): Snippet[] {
    this.items.remove(id, revision);
    return this.list();
  }
}
