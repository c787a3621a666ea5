/**
 * A publication the office writes to: how it is named in both languages, where
 * letters go, how long they may be and how the paper likes them.
 */
import { z } from 'zod';

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
  notes: z.string().max(5000).default(''),
  /** Most papers want the letter pasted into the email rather than attached. */
  letterInEmailBody: z.boolean().default(true),
  /** Where the word limit and address come from, so an officer can check them. */
  source: z.string().max(500).default(''),
});
export type Publication = z.infer<typeof publicationSchema>;
