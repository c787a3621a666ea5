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

/** Chinese names are stored bare: templates put `{{publication.zh}}` inside 《》 themselves. */
export function stripTitleMarks(name: string): string {
  return withoutTitleMarks(name).trim();
}

/** As the user types: drops 《》 but keeps spaces, so typing is not disturbed. */
export function withoutTitleMarks(name: string): string {
  return name.replace(/[《》〈〉]/g, '');
}

/** Parses a publication from the user or a data file, with its Chinese name stored bare. */
export function parsePublication(raw: unknown): Publication {
  const result = publicationSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`publication field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  return { ...result.data, nameZh: stripTitleMarks(result.data.nameZh) };
}

/** The parts of a letter that picking a publication fills in. */
export interface PublicationFill {
  publicationId: string;
  fields: { publication: string; publicationZh: string; lettersEmail: string };
  /** Only when the paper has a house salutation; otherwise the letter keeps its own. */
  salutation?: string;
}

export function publicationFill(publication: Publication): PublicationFill {
  return {
    publicationId: publication.id,
    fields: {
      publication: publication.nameEn,
      publicationZh: stripTitleMarks(publication.nameZh),
      lettersEmail: publication.lettersEmail,
    },
    ...(publication.salutation.trim() ? { salutation: publication.salutation.trim() } : {}),
  };
}

/** A letter with the publication's names, letters address and salutation filled in. */
export function applyPublication<
  L extends { publicationId: string | null; salutation: string; fields: Record<string, unknown> },
>(letter: L, publication: Publication): L {
  const fill = publicationFill(publication);
  return {
    ...letter,
    publicationId: fill.publicationId,
    fields: { ...letter.fields, ...fill.fields },
    salutation: fill.salutation ?? letter.salutation,
  };
}
