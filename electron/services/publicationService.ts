/**
 * Publication profiles in the `publications` store. On first use the store is
 * seeded with the shipped examples; after that it is the user's to edit, and
 * removing an example does not bring it back.
 */
import { z } from 'zod';
import { type Publication } from '../../core/publication';
import { parsePublication } from '../../core/schemas/publication';
import type { JsonStore } from '../storage/jsonStore';
import { notFound, UserFacingError } from './errors';

export class PublicationService {
  constructor(
    private readonly store: JsonStore,
    private readonly seed: () => Publication[],
  ) {}

  /** Sorted by English name. Entries a hand edit broke are left out rather than failing the list. */
  list(): Publication[] {
    if (this.store.get('publications') === undefined) this.store.set('publications', this.seed());
    const stored = z.array(z.unknown()).catch([]).parse(this.store.get('publications'));
    return stored
      .flatMap((raw) => {
        try {
          return [parsePublication(raw)];
        } catch {
          return [];
        }
      })
      .sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  }

  get(id: string): Publication {
    const found = this.find(id);
    if (!found) throw notFound(`The publication “${id}”`);
    return found;
  }

  find(id: string): Publication | null {
    return this.list().find((p) => p.id === id) ?? null;
  }

  /** Adds or replaces by id; the Chinese name is stored without 《》. */
  save(input: Publication): Publication[] {
    return this.saveMany([input]);
  }

  /** Adds or replaces each by id, in one read and one write (an import brings up to 500). */
  saveMany(inputs: Publication[]): Publication[] {
    if (!inputs.length) return this.list();
    let publications: Publication[];
    try {
      publications = inputs.map(parsePublication);
    } catch (error) {
      throw new UserFacingError(
        'invalid-input',
        `The publication could not be saved: ${(error as Error).message}.`,
      );
    }
    const byId = new Map(this.list().map((p) => [p.id, p]));
    for (const publication of publications) byId.set(publication.id, publication);
    this.store.set('publications', [...byId.values()]);
    return this.list();
  }

  remove(id: string): Publication[] {
    this.get(id);
    this.store.set(
      'publications',
      this.list().filter((p) => p.id !== id),
    );
    return this.list();
  }
}
