/**
 * What a search looks in: the letter's words as the user sees them, with filled
 * placeholders resolved (a letter "to {{publication}}" is found by the paper's
 * name) and unfilled ones left out (nobody searches for "[article title]").
 */
import { docToPlainText } from '../document/plainText';
import { displayTitle, type Letter } from '../letter';
import { resolvePlaceholder } from '../placeholders';
import type { Side } from '../sides';

/** A side of the letter, its details (the fields), or its title. */
export type SearchPlace = Side | 'details' | 'title';

export interface SearchPart {
  where: SearchPlace;
  text: string;
}

/** In the order an excerpt prefers them: the title is shown anyway, so it comes last. */
export function letterSearchParts(letter: Letter): SearchPart[] {
  const resolve = (key: string) => {
    const { text, filled } = resolvePlaceholder(key, letter);
    return filled ? text : '';
  };
  const { fields, signatory } = letter;
  const details = [
    fields.publication,
    fields.publicationZh,
    fields.articleTitle,
    signatory?.nameEn,
    signatory?.nameZh,
    signatory?.titleEn,
    signatory?.titleZh,
  ];
  return [
    { where: 'preface', text: docToPlainText(letter.preface, resolve) },
    { where: 'body', text: docToPlainText(letter.body, resolve) },
    { where: 'details', text: details.filter(Boolean).join('\n') },
    { where: 'title', text: displayTitle(letter) },
  ];
}

export function letterSearchText(letter: Letter): string {
  return letterSearchParts(letter)
    .map((part) => part.text)
    .join('\n');
}
