/** Boilerplate snippets in the `snippets` store, seeded with shipped examples on first use. */
import { z } from 'zod';
import { type Snippet } from '../../core/snippet';
import { parseSnippet } from '../../core/schemas/snippet';
import type { JsonStore } from '../storage/jsonStore';
import { notFound, UserFacingError } from './errors';

export class SnippetService {
  constructor(
    private readonly store: JsonStore,
    private readonly seed: () => Snippet[],
  ) {}

  /** In the order they were saved; entries a hand edit broke are left out. */
  list(): Snippet[] {
    if (this.store.get('snippets') === undefined) this.store.set('snippets', this.seed());
    const stored = z.array(z.unknown()).catch([]).parse(this.store.get('snippets'));
    return stored.flatMap((raw) => {
      try {
        return [parseSnippet(raw)];
      } catch {
        return [];
      }
    });
  }

  /** Adds or replaces by id. */
  save(input: Snippet): Snippet[] {
    let snippet: Snippet;
    try {
      snippet = parseSnippet(input);
    } catch (error) {
      throw new UserFacingError(
        'invalid-input',
        `The snippet could not be saved: ${(error as Error).message}.`,
      );
    }
    const list = this.list();
    const exists = list.some((s) => s.id === snippet.id);
    this.store.set(
      'snippets',
      exists ? list.map((s) => (s.id === snippet.id ? snippet : s)) : [...list, snippet],
    );
    return this.list();
  }

  remove(id: string): Snippet[] {
    const list = this.list();
    if (!list.some((s) => s.id === id)) throw notFound('The snippet');
    this.store.set(
      'snippets',
      list.filter((s) => s.id !== id),
    );
    return this.list();
  }
}
