/**
 * An in-memory inverted index over the library's letters: from each word (and
 * each pair of CJK characters) to the letters holding it. A search looks up a
 * handful of terms instead of reading every letter, so it stays fast at tens of
 * thousands of letters.
 *
 * Updating a letter gives it a new document number and leaves the old one dead
 * in the posting lists (filtered out on every search); once the dead outnumber
 * the living, one pass sweeps them out. Autosave thus costs one letter's
 * tokenising, whatever the library holds.
 */
import { foldText } from './foldText';
import { Postings } from './postings';
import { isEmptyQuery, type SearchQuery } from './searchQuery';
import { cjkGrams, splitTerms } from './tokenize';

const SWEEP_MIN_DEAD = 1000;

export class SearchIndex {
  /** Document number → letter id, or null once superseded or removed. */
  private docs: Array<string | null> = [];
  private readonly docOf = new Map<string, number>();
  private readonly words = new Map<string, Postings>();
  private readonly grams = new Map<string, Postings>();
  private dead = 0;

  get size(): number {
    return this.docOf.size;
  }

  has(id: string): boolean {
    return this.docOf.has(id);
  }

  /** Indexes (or re-indexes) one letter's searchable text. */
  set(id: string, text: string): void {
    this.remove(id);
    const doc = this.docs.push(id) - 1;
    this.docOf.set(id, doc);
    const { words, cjkRuns } = splitTerms(foldText(text));
    for (const word of new Set(words)) post(this.words, word, doc);
    for (const gram of new Set(cjkRuns.flatMap(cjkGrams))) post(this.grams, gram, doc);
  }

  remove(id: string): void {
    const doc = this.docOf.get(id);
    if (doc === undefined) return;
    this.docs[doc] = null;
    this.docOf.delete(id);
    this.dead++;
    if (this.dead >= SWEEP_MIN_DEAD && this.dead > this.docOf.size) this.sweep();
  }

  /** The ids of the letters holding every term of the query (none for an empty query). */
  search(query: SearchQuery): string[] {
    if (isEmptyQuery(query)) return [];
    const sets = [
      ...query.words.map((word) => this.union(this.words, (term) => term.startsWith(word))),
      ...query.cjkRuns.flatMap((run) =>
        // One character may sit anywhere in a stored pair.
        [...run].length === 1
          ? [this.union(this.grams, (gram) => gram.includes(run))]
          : cjkGrams(run).map((gram) => this.docsOf(this.grams.get(gram))),
      ),
    ].sort((a, b) => a.size - b.size);
    const ids: string[] = [];
    for (const doc of sets[0]) {
      const id = this.docs[doc];
      if (id !== null && sets.every((set) => set.has(doc))) ids.push(id);
    }
    return ids;
  }

  /** The documents under every term `accept` takes (a scan of the vocabulary, not of the letters). */
  private union(map: Map<string, Postings>, accept: (term: string) => boolean): Set<number> {
    const found = new Set<number>();
    for (const [term, postings] of map) if (accept(term)) postings.addTo(found);
    return found;
  }

  private docsOf(postings: Postings | undefined): Set<number> {
    const found = new Set<number>();
    postings?.addTo(found);
    return found;
  }

  private sweep(): void {
    const alive = (doc: number) => this.docs[doc] !== null;
    for (const map of [this.words, this.grams])
      for (const [term, postings] of map) {
        postings.retain(alive);
        if (postings.length === 0) map.delete(term);
      }
    this.dead = 0;
  }
}

function post(map: Map<string, Postings>, term: string, doc: number): void {
  let postings = map.get(term);
  if (!postings) map.set(term, (postings = new Postings()));
  postings.push(doc);
}
