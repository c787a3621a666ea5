/**
 * Publication profiles in the `publications` store. Until the first change
 * the shipped examples are listed (and stored with that change); after that
 * the list is the user's to edit, and removing an example does not bring it back.
 */
import { type Publication } from '../../core/publication';
import { parsePublication } from '../../core/schemas/publication';
import type { JsonStore } from '../storage/jsonStore';
import { defineMessages, wording } from '../../core/i18n/wording';
import { notFound, UserFacingError } from './errors';
import { leavingOutBroken, RevisionedList } from './revisionedList';

const messages = defineMessages({
  invalid: {
    id: 'error.publication.invalid',
    defaultMessage: 'The publication could not be saved: {detail}.',
  },
});

export class PublicationService {
  private readonly items: RevisionedList<Publication>;

  constructor(store: JsonStore, seed: () => Publication[]) {
    this.items = new RevisionedList(store, 'publications', {
      parse: leavingOutBroken(parsePublication),
      seed,
      describe: (p) => ({ item: 'publication', name: p.nameEn }),
      missing: (id) => ({ item: 'publication', name: id }),
    });
  }

  /** Sorted by English name. Entries a hand edit broke are left out rather than failing the list. */
  list(): Publication[] {
    return this.items.all().sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  }

  get(id: string): Publication {
    const found = this.find(id);
    if (!found) throw notFound({ item: 'publication', name: id });
    return found;
  }

  find(id: string): Publication | null {
    return this.items.find(id) ?? null;
  }

  /** Adds or replaces by id, if based on the stored revision; the Chinese name is stored without 《》. */
  save(input: Publication): Publication[] {
    this.items.save(parseInput(input));
    return this.list();
  }

  /** Adds or replaces each by id whatever is stored, in one write: an import the user chose (up to 500). */
  saveMany(inputs: Publication[]): Publication[] {
    if (inputs.length) this.items.putMany(inputs.map(parseInput));
    return this.list();
  }

  remove(id: string, revision: number): Publication[] {
    this.items.remove(id, revision);
    return this.list();
  }
}

function parseInput(input: Publication): Publication {
  try {
    return parsePublication(input);
  } catch (error) {
    throw new UserFacingError(
      'invalid-input',
      wording(messages.invalid, { detail: (error as Error).message }),
    );
  }
}
