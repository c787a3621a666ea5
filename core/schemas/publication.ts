import { z } from 'zod';
import {
  FACT_TEXT_MAX,
  FACTS_MAX,
  isCalendarDay,
  isWebPage,
  stripTitleMarks,
  type Publication,
} from '../publication';
import { parseOrThrow } from './parseOrThrow';
import { storedRevisionSchema } from './revision';

/**
 * One thing the paper says about letters, with the page that says it and the
 * day someone read it there: profiles ship only facts an officer can check.
 */
export const publicationFactSchema = z.object({
  text: z.string().trim().min(1).max(FACT_TEXT_MAX),
  /** A web address by the one link rule (core/links.ts), so Settings can open it. */
  source: z.string().trim().max(2000).refine(isWebPage, 'expected a web address (https://…)'),
  /** The day someone read the fact on its source page: "2026-11-30". */
  checkedOn: z.string().refine(isCalendarDay, 'expected a real day written YYYY-MM-DD'),
});

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
  /** The paper asks that a letter go to it alone; sending it elsewhere while open warns. */
  exclusive: z.boolean().default(false),
  /** Days after which the paper's silence means no (e.g. 14 for "two weeks"); null when it says none. */
  replyWindowDays: z.number().int().min(1).max(365).nullable().default(null),
  /** What the paper's own pages say, each with its source and the day checked. */
  facts: z.array(publicationFactSchema).max(FACTS_MAX).default([]),
  revision: storedRevisionSchema,
});

/** Parses a publication from the user or a data file, with its Chinese name stored bare. */
export function parsePublication(raw: unknown): Publication {
  const publication = parseOrThrow(publicationSchema, raw, 'publication field');
  return { ...publication, nameZh: stripTitleMarks(publication.nameZh) };
}
