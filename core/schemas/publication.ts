import { z } from 'zod';
import { stripTitleMarks, type Publication } from '../publication';
import { parseOrThrow } from './parseOrThrow';
import { storedRevisionSchema } from './revision';

/** A publication profile as stored and imported (see ../publication.ts). */
export const publicationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected lower-case letters, digits and dashes'),
  nameEn: z.string().trim().min(1).max(200),
  /** Without the 《》, which the app adds where Chinese text needs them. */
  nameZh: z.string().max(100).default(''),
  lettersEmail: z.string().max(320).default(''),
  /** The paper's published limit for letters, in words; null when it sets none. */
  wordLimit: z.number().int().positive().max(10_000).nullable().default(null),
  /** e.g. "Sir," for papers that print letters that way. */
  salutation: z.string().max(200).default(''),
  /** Papers that print letters with no salutation at all (most US papers). */
  noSalutation: z.boolean().default(false),
  /** The English spelling the paper prints; profiles from before this was asked follow the house style. */
  spelling: z.enum(['house', 'en-GB', 'en-US']).default('house'),
  notes: z.string().max(5000).default(''),
  /** Most papers want the letter pasted into the email rather than attached. */
  letterInEmailBody: z.boolean().default(true),
  /** Where the word limit and address come from, so an officer can check them. */
  source: z.string().max(500).default(''),
  revision: storedRevisionSchema,
});

/** Parses a publication from the user or a data file, with its Chinese name stored bare. */
export function parsePublication(raw: unknown): Publication {
  const publication = parseOrThrow(publicationSchema, raw, 'publication field');
  return { ...publication, nameZh: stripTitleMarks(publication.nameZh) };
}
