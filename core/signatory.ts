import type { z } from 'zod';
import type { signatoryProfileSchema, signatorySchema } from './schemas/signatory';

/** A person who signs letters: kept in settings and copied into each letter. */
export type Signatory = z.infer<typeof signatorySchema>;

/** A profile in Settings: the person and its revision (see schemas/revision.ts). */
export type SignatoryProfile = z.infer<typeof signatoryProfileSchema>;

/** The person, as a letter keeps them: the profile without its revision (a letter's copy never changes with it). */
export function personOf({ revision: _revision, ...person }: SignatoryProfile): Signatory {
  return person;
}

/** The lines printed under the closing, in order, skipping empty ones. */
export function signatoryLines(signatory: Signatory | null): string[] {
  if (!signatory) return [];
  return [signatory.nameEn, signatory.titleEn, signatory.organisationEn].filter((l) => l.trim());
}
