import { z } from 'zod';
import { storedRevisionSchema } from './revision';

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

/** A profile in the signatories store: the person plus its revision (a letter's copy carries none). */
export const signatoryProfileSchema = signatorySchema.extend({ revision: storedRevisionSchema });
