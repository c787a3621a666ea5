/**
 * The termbase's search (Settings ▸ Termbase, the editor's term picker): the entries whose Chinese terms, English terms,
 * forbidden variants, note or source hold every word of the query, NFKC- and
 * case-folded (full-width letters, either case), newest change first. Pure, so
 * the service and a test see the same rule.
 */
import type { TermDomain, TermEntry } from './termEntry';

/** The folded form searched: NFKC (full-width to ordinary), lower case, curly apostrophes straight. */
function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'");
}

/** Each entry's folded text, made once per stored entry object (entries are replaced, never changed). */
const searchable = new WeakMap<TermEntry, string>();

function textOf(entry: TermEntry): string {
  let text = searchable.get(entry);
  if (text === undefined) {
    // A separator no query holds, so a word cannot match across two fields.
    text = foldForSearch(
      [...entry.zh, ...entry.en, ...entry.forbidden, entry.note, entry.source].join('\u0000'),
    );
    searchable.set(entry, text);
  }
  return text;
}

/** Newest change first; entries changed at the same moment by id, newest id first. */
function newestChangeFirst(a: TermEntry, b: TermEntry): number {
  return a.changedAt < b.changedAt
    ? 1
    : a.changedAt > b.changedAt
      ? -1
      : a.id < b.id
        ? 1
        : a.id > b.id
          ? -1
          : 0;
}

/**
 * The entries matching `query` (every whitespace-separated word) and `domain` (null: any), in the
 * order given: Settings' search and the editor's term picker read the same rule.
 */
export function termsMatching(
  entries: readonly TermEntry[],
  query: string,
  domain: TermDomain | null = null,
): TermEntry[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (domain && entry.domain !== domain) return false;
    if (!words.length) return true;
    const text = textOf(entry);
    return words.every((word) => text.includes(word));
  });
}

/** The entries matching `query` and `domain`, newest change first (Settings ▸ Termbase). */
export function searchTerms(
  entries: readonly TermEntry[],
  query: string,
  domain: TermDomain | null,
): TermEntry[] {
  return termsMatching(entries, query, domain).sort(newestChangeFirst);
}
