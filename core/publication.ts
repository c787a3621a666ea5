/**
 * A publication the office writes to: how it is named in both languages, where
 * letters go, how long they may be and how the paper likes them.
 */
import type { z } from 'zod';
import { linkTarget } from './links';
import type { publicationSchema } from './schemas/publication';
import type { HouseStyle } from './settings';

export type Publication = z.infer<typeof publicationSchema>;
/** One cited fact on a profile: its text, the page that says it and the day it was checked. */
export type PublicationFact = Publication['facts'][number];

/** A web page by the one link rule (./links.ts): a fact's source is a page, never a mail address. */
export const isWebPage = (source: string): boolean => /^https?:/.test(linkTarget(source) ?? '');

/** A real calendar day written YYYY-MM-DD: "2026-02-30" parses as 2 March, so a real day reads back as itself. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/** The most a fact's text may hold, and the most facts a profile may cite. */
export const FACT_TEXT_MAX = 500;
export const FACTS_MAX = 30;

/** A fact the profile can keep: text, a web page saying it and the day it was checked there. */
export const isCompleteFact = (fact: PublicationFact): boolean =>
  fact.text.trim().length > 0 &&
  fact.text.trim().length <= FACT_TEXT_MAX &&
  fact.source.trim().length <= 2000 &&
  isWebPage(fact.source) &&
  isCalendarDay(fact.checkedOn);

/** A publication being added in Settings, before the user has named it. */
export const blankPublication = (id: string): Publication => ({
  id,
  nameEn: '',
  nameZh: '',
  lettersEmail: '',
  wordLimit: null,
  salutation: '',
  noSalutation: false,
  spelling: 'house',
  notes: '',
  letterInEmailBody: true,
  source: '',
  exclusive: false,
  replyWindowDays: null,
  facts: [],
  revision: 0,
});

/** Chinese names are stored bare: templates put `{{publication.zh}}` inside 《》 themselves. */
export function stripTitleMarks(name: string): string {
  return withoutTitleMarks(name).trim();
}

/** As the user types: drops 《》 but keeps spaces, so typing is not disturbed. */
export function withoutTitleMarks(name: string): string {
  return name.replace(/[《》〈〉]/g, '');
}

/** The parts of a letter that picking a publication fills in. */
export interface PublicationFill {
  publicationId: string;
  fields: { publication: string; publicationZh: string; lettersEmail: string };
  /** Only when the paper has a house salutation (or none at all); otherwise the letter keeps its own. */
  salutation?: string;
}

/** The salutation the paper prints: '' for none, undefined when the letter keeps its own. */
function houseSalutation(publication: Publication): string | undefined {
  if (publication.noSalutation) return '';
  return publication.salutation.trim() || undefined;
}

/** The English spelling a letter to this paper is checked against: its own, else the house style's. */
export function publicationSpelling(
  spelling: Publication['spelling'] | undefined,
  house: HouseStyle['spelling'],
): HouseStyle['spelling'] {
  return !spelling || spelling === 'house' ? house : spelling;
}

export function publicationFill(publication: Publication): PublicationFill {
  return {
    publicationId: publication.id,
    fields: {
      publication: publication.nameEn,
      publicationZh: stripTitleMarks(publication.nameZh),
      lettersEmail: publication.lettersEmail,
    },
    ...(houseSalutation(publication) !== undefined ? { salutation: houseSalutation(publication) } : {}),
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
