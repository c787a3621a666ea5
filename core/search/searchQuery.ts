/**
 * What a user typed in the library's search box, as terms to look up.
 * Every term must occur in a letter for it to match (AND), as in a mail
 * program's search; the words match as prefixes, so results come while typing.
 */
import { foldText } from './foldText';
import { splitTerms, type Terms } from './tokenize';

export const SEARCH_QUERY_MAX = 200;

export type SearchQuery = Terms;

export function parseSearchQuery(text: string): SearchQuery {
  const { words, cjkRuns } = splitTerms(foldText(text.slice(0, SEARCH_QUERY_MAX)));
  return { words: [...new Set(words)], cjkRuns: [...new Set(cjkRuns)] };
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.words.length === 0 && query.cjkRuns.length === 0;
}
