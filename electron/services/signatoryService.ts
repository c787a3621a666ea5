/** Signatory profiles and the default one, kept in the `signatories` store. */
import { z } from 'zod';
import type { SignatoryList } from '../../core/contract';
import { type Signatory } from '../../core/signatory';
import { signatorySchema } from '../../core/schemas/signatory';
import type { JsonStore } from '../storage/jsonStore';
import { notFound } from './errors';

const storedSchema = z.object({
  signatories: z.array(signatorySchema).catch([]),
  defaultId: z.string().nullable().catch(null),
});

export class SignatoryService {
  constructor(private readonly store: JsonStore) {}

  list(): SignatoryList {
    // A hand-edited store with a wrong shape reads as empty rather than crashing.
    const stored = storedSchema.parse({
      signatories: this.store.get('signatories') ?? [],
      defaultId: this.store.get('defaultId') ?? null,
    });
    const defaultId = stored.signatories.some((s) => s.id === stored.defaultId) ? stored.defaultId : null;
    return { signatories: stored.signatories, defaultId };
  }

  defaultSignatory(): Signatory | null {
    const { signatories, defaultId } = this.list();
    return signatories.find((s) => s.id === defaultId) ?? null;
  }

  /** Adds or replaces by id. The first profile saved becomes the default. */
  save(signatory: Signatory): SignatoryList {
    return this.saveMany([signatory]);
  }

  /** Adds or replaces each by id, in one read and one write (an import brings up to 200). */
  saveMany(incoming: Signatory[]): SignatoryList {
    if (!incoming.length) return this.list();
    const { signatories, defaultId } = this.list();
    const byId = new Map(signatories.map((s) => [s.id, s]));
    for (const signatory of incoming) byId.set(signatory.id, signatory);
    this.store.set('signatories', [...byId.values()]);
    if (!defaultId) this.store.set('defaultId', incoming[0].id);
    return this.list();
  }

  remove(id: string): SignatoryList {
    const { signatories } = this.list();
    if (!signatories.some((s) => s.id === id)) throw notFound('The signatory');
    this.store.set(
      'signatories',
      signatories.filter((s) => s.id !== id),
    );
    return this.list();
  }

  setDefault(id: string | null): SignatoryList {
    if (id !== null && !this.list().signatories.some((s) => s.id === id)) throw notFound('The signatory');
    this.store.set('defaultId', id);
    return this.list();
  }
}
