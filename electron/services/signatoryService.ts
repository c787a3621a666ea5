/** Signatory profiles and the default one, kept in the `signatories` store. */
import { z } from 'zod';
import type { SignatoryList } from '../../core/contract';
import { personOf, type Signatory, type SignatoryProfile } from '../../core/signatory';
import { signatoryProfileSchema } from '../../core/schemas/signatory';
import { storedRevisionSchema } from '../../core/schemas/revision';
import type { JsonStore } from '../storage/jsonStore';
import { notFound } from './errors';
import { RevisionedList } from './revisionedList';
import { nextRevision } from './revisions';

const defaultIdSchema = z.string().nullable().catch(null);

export class SignatoryService {
  private readonly items: RevisionedList<SignatoryProfile>;

  constructor(private readonly store: JsonStore) {
    this.items = new RevisionedList(store, 'signatories', {
      // A hand-edited entry with a wrong shape is left out rather than crashing.
      parse: (raw) => signatoryProfileSchema.safeParse(raw).data ?? null,
      describe: (s) =>
        s.nameEn || s.nameZh
          ? { item: 'namedSignatory', name: s.nameEn || s.nameZh }
          : { item: 'unnamedSignatory' },
      missing: () => ({ item: 'signatory' }),
    });
  }

  list(): SignatoryList {
    const signatories = this.items.all();
    const stored = defaultIdSchema.parse(this.store.get('defaultId') ?? null);
    const defaultId = signatories.some((s) => s.id === stored) ? stored : null;
    return { signatories, defaultId, defaultRevision: this.defaultRevision() };
  }

  /** The person new letters are signed by (a copy, without the profile's revision). */
  defaultSignatory(): Signatory | null {
    const { signatories, defaultId } = this.list();
    const profile = signatories.find((s) => s.id === defaultId);
    return profile ? personOf(profile) : null;
  }

  /** Adds or replaces by id, if based on the stored revision. The first profile saved becomes the default. */
  save(signatory: SignatoryProfile): SignatoryList {
    this.items.save(signatory);
    this.defaultIfNone(signatory.id);
    return this.list();
  }

  /** Adds or replaces each by id whatever is stored, in one write: an import the user chose (up to 200). */
  saveMany(incoming: Signatory[]): SignatoryList {
    if (!incoming.length) return this.list();
    this.items.putMany(incoming.map((signatory) => ({ ...signatory, revision: 0 })));
    this.defaultIfNone(incoming[0].id);
    return this.list();
  }

  remove(id: string, revision: number): SignatoryList {
    this.items.remove(id, revision);
    return this.list();
  }

  /** `revision`: the `defaultRevision` the choice was made on; a default changed elsewhere is not overridden unseen. */
  setDefault(id: string | null, revision: number): SignatoryList {
    const next = nextRevision({ revision: this.defaultRevision() }, revision, { item: 'defaultSignatory' });
    if (id !== null && !this.items.find(id)) throw notFound({ item: 'signatory' });
    this.writeDefault(id, next);
    return this.list();
  }

  private defaultIfNone(id: string): void {
    if (!this.list().defaultId) this.writeDefault(id, this.defaultRevision() + 1);
  }

  private defaultRevision(): number {
    return storedRevisionSchema.parse(this.store.get('defaultRevision'));
  }

  private writeDefault(id: string | null, revision: number): void {
    this.store.set('defaultId', id);
    this.store.set('defaultRevision', revision);
  }
}
