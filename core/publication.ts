/**
 * A publication the office writes to: how it is named in both languages, where
 * letters go, how long they may be and how the paper likes them.
 */
import type { z } from 'zod';
import type { publicationSchema } from './schemas/publication';
import type { HouseStyle } from './settings';

export type Publication = z.infer<typeof publicationSchema>;
/** One cited fact on a profile: its text, the page that says it and the day it was checked. */
export type PublicationFact = Publication['facts'][number];

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
