import { z } from 'zod';

const line = (max: number) => z.string().max(max).default('');

/** A person who signs letters: kept in settings and copied into each letter. */
export const signatorySchema = z.object({
  id: z.string().min(1).max(64),
  nameEn: line(200),
  nameZh: line(100),
  titleEn: line(200),
  titleZh: line(100),
  organisationEn: line(300),
  organisationZh: line(150),
});
export type Signatory = z.infer<typeof signatorySchema>;

/** The lines printed under the closing, in order, skipping empty ones. */
export function signatoryLines(signatory: Signatory | null): string[] {
  if (!signatory) return [];
  return [signatory.nameEn, signatory.titleEn, signatory.organisationEn].filter((l) => l.trim());
}
