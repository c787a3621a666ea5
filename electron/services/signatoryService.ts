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
    const { signatories, defaultId } = this.list();
    const exists = signatories.some((s) => s.id === signatory.id);
    const next = exists
      ? signatories.map((s) => (s.id === signatory.id ? signatory : s))
      : [...signatories, signatory];
    this.store.set('signatories', next);
    if (!defaultId) this.store.set('defaultId', signatory.id);
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
