/**
 * The line a search result shows: a few words either side of the first match,
 * in the letter's own text (not folded), so the user sees why it matched.
 */
import { foldText, foldWithOrigins } from './foldText';
import type { SearchPart, SearchPlace } from './letterSearchText';
import type { SearchQuery } from './searchQuery';
import { cjkGrams } from './tokenize';

export interface SearchExcerpt {
  where: SearchPlace;
  before: string;
  match: string;
  after: string;
}

const BEFORE = 40;
const AFTER = 90;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where the first term of the query starts and ends in folded text, or null. */
function firstMatch(folded: string, query: SearchQuery): [number, number] | null {
  let best: [number, number] | null = null;
  const consider = (start: number, length: number) => {
    if (start >= 0 && (!best || start < best[0])) best = [start, start + length];
  };
  for (const word of query.words) {
    // A word matches at the start of a word, as the index matches prefixes.
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      if (at === 0 || !WORD_CHAR.test(folded[at - 1])) {
        consider(at, word.length);
        break;
      }
    }
  }
  for (const run of query.cjkRuns) {
    const at = folded.indexOf(run);
    // The index matches a run by its pairs, which need not sit together.
    if (at >= 0) consider(at, run.length);
    else consider(folded.indexOf(cjkGrams(run)[0]), cjkGrams(run)[0].length);
  }
  return best;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

export function findExcerpt(parts: SearchPart[], query: SearchQuery): SearchExcerpt | null {
  for (const { where, text } of parts) {
    if (!firstMatch(foldText(text), query)) continue;
    const { folded, origins } = foldWithOrigins(text);
    const found = firstMatch(folded, query);
    if (!found) continue;
    const start = origins[found[0]];
    const end = origins[found[1]];
    let from = Math.max(0, start - BEFORE);
    let to = Math.min(text.length, end + AFTER);
    // Cut at spaces where there are any, so no word is shown in half.
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    if (from > start) from = Math.max(0, start - BEFORE);
    if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
    return {
      where,
      before: (from > 0 ? '…' : '') + squash(text.slice(from, start)).trimStart(),
      match: squash(text.slice(start, end)),
      after: squash(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
    };
  }
  return null;
}
