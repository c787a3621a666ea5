/**
 * THE termbase matcher: finds the termbase's terms in a letter's text, for the
 * editor's highlighting, the term picker, the preflight's terminology checks and
 * the bench. Built once per termbase (see `termMatcher`'s cache) and reused for
 * every text, because building is the costly part and the text changes at each
 * keystroke while the termbase hardly ever does.
 *
 * The rules (docs/technical/termbase.md):
 * - English (`language` 'en'): approved terms and forbidden variants, matched
 *   without regard to case and after NFKC folding (full-width letters match
 *   their ordinary forms; curly and straight apostrophes, and the Unicode
 *   hyphens and "-", match each other), whole words only: no letter, digit or
 *   combining mark right before or after the hit.
 * - Chinese (`language` 'zh'): any Chinese form, as an NFKC-folded substring
 *   (Chinese has no spaces between words, so there is no boundary to check).
 * - The longest hit wins where hits overlap; hits never overlap and come in
 *   text order; offsets are in the ORIGINAL text's UTF-16 units (as the editor
 *   counts), even where folding changed the text's length.
 *
 * The search is plain code, not a multi-pattern library, because measurement
 * said so (bench/termFigures.ts; 10,000 entries, a 5,000-word letter):
 * modern-ahocorasick walks the text by grapheme clusters with Intl.Segmenter
 * once it meets the first non-ASCII character (a curly quote, a dash, any
 * Chinese), and V8's segmenter grows worse than linearly with the text's length
 * (1,000 Chinese characters 0.7 ms, 10,000 63 ms; its folding TextMatcher took
 * 470 ms per English letter). Here the text is folded once with a map back to
 * the original offsets, and the terms are looked up by their first word
 * (English) or first two characters (Chinese) in a hash map, so each place in
 * the text costs one lookup and a few `startsWith` checks whatever the
 * termbase's size. The boundary rule is checked on the original text.
 */
import type { TermEntry, TermHit } from './termEntry';

export interface TermMatcher {
  /** The terms of the termbase found in `text`: non-overlapping, longest first where they compete, in text order. */
  find(text: string, language: 'zh' | 'en'): TermHit[];
  entry(id: string): TermEntry | undefined;
  /** How many entries the matcher was built from. */
  readonly size: number;
}

interface Pattern {
  /** The term folded as the text is. */
  folded: string;
  entryId: string;
  kind: TermHit['kind'];
  /** Its place in the termbase: the earlier entry wins a tie. */
  order: number;
}

/**
 * Characters NFKC leaves alone but a writer uses interchangeably: typographic
 * apostrophes, and the Unicode hyphens for "-".
 */
const SAME_AS = new Map<string, string>([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u02BC', "'"],
  ['\u2032', "'"],
  ['\u2010', '-'],
  ['\u2011', '-'],
]);

const MARK = /\p{M}/u;

function isMark(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // No combining mark below U+0300, nor among the CJK ideographs.
  return code >= 0x300 && !(code >= 0x4e00 && code <= 0x9fff) && MARK.test(charAt(text, at));
}
/** What may not touch an English hit: a letter, a digit or a combining mark (an accent on the last letter). */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

function isWordUnit(code: number, text: string, at: number): boolean {
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/** The code point ending right before `at` (a whole surrogate pair), as a string; '' at the start. */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

function charAt(text: string, at: number): string {
  return at < text.length ? String.fromCodePoint(text.codePointAt(at) ?? 0) : '';
}

/**
 * The text folded for matching, and for each of its UTF-16 units the original
 * range it came from: NFKC folding can lengthen a character (`ﬁ` → `fi`,
 * `㎞` → `km`) or merge one with its combining marks (`e` + U+0301 → `é`).
 */
interface Folded {
  text: string;
  /** Original start of folded unit i; null when folding changed nothing's length (the same offsets). */
  starts: Int32Array | null;
  /** Original end of folded unit i. */
  ends: Int32Array | null;
}

const NON_ASCII = /[\u0080-\uffff]/g;

function fold(text: string, english: boolean, withOffsets = true): Folded {
  // Most English letters are plain ASCII: one call, and the offsets stay as they are.
  if (ASCII_ONLY.test(text)) return { text: english ? text.toLowerCase() : text, starts: null, ends: null };
  const parts: string[] = [];
  const n = text.length;
  // A term is folded for its text alone: no offsets to keep.
  let starts = new Int32Array(withOffsets ? n + 16 : 0);
  let ends = new Int32Array(withOffsets ? n + 16 : 0);
  let length = 0;
  const map = (from: number, to: number, units: number) => {
    if (length + units > starts.length) {
      const grown = Math.max(starts.length * 2, length + units);
      starts = copyInto(new Int32Array(grown), starts);
      ends = copyInto(new Int32Array(grown), ends);
    }
    starts.fill(from, length, length + units);
    ends.fill(to, length, length + units);
    length += units;
  };
  let i = 0;
  while (i < n) {
    // A run of ASCII: folded in one call, one unit for one unit.
    NON_ASCII.lastIndex = i;
    let next = NON_ASCII.exec(text)?.index ?? n;
    // A combining mark belongs with the letter before it (`e` + U+0301), so that letter ends the run.
    if (next < n && next > i && isMark(text, next)) next--;
    if (next > i) {
      const run = text.slice(i, next);
      parts.push(english ? run.toLowerCase() : run);
      for (let k = i; withOffsets && k < next; k++) {
        starts[length] = k;
        ends[length] = k + 1;
        length++;
      }
      i = next;
      if (i >= n) break;
    }
    const code = text.charCodeAt(i);
    // A character with its combining marks, folded together so `e` + U+0301 meets a pattern's `é`.
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && isMark(text, j)) j += text.charCodeAt(j) >= 0xd800 ? 2 : 1;
    const cluster = text.slice(i, j);
    // Chinese characters (the CJK unified ideographs) are their own NFKC form: most of a preface.
    let folded =
      j === i + 1 && code >= 0x4e00 && code <= 0x9fff
        ? cluster
        : (SAME_AS.get(cluster) ?? cluster.normalize('NFKC'));
    if (english) folded = folded.toLowerCase();
    parts.push(folded);
    if (withOffsets) map(i, j, folded.length);
    i = j;
  }
  return { text: parts.join(''), starts, ends };
}

function copyInto(to: Int32Array<ArrayBuffer>, from: Int32Array): Int32Array<ArrayBuffer> {
  to.set(from);
  return to;
}

/** A folded English term's lookup key: its first word, or its first character if it starts with none. */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && isWordUnit(text.charCodeAt(end), text, end)) end++;
  return end > at ? text.slice(at, end) : text.slice(at, at + 1);
}

interface Candidate {
  start: number;
  end: number;
  pattern: Pattern;
}

/**
 * The longest hit wins; among equally long ones the earlier in the text, then
 * the earlier entry. Chosen greedily: a hit is kept if no longer (or earlier)
 * hit already covers any of its characters.
 */
function choose(candidates: Candidate[], textLength: number): Candidate[] {
  if (candidates.length <= 1) return candidates;
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.pattern.order - b.pattern.order,
  );
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function addTo(index: Map<string, Pattern[]>, key: string, pattern: Pattern): void {
  const bucket = index.get(key);
  if (bucket) bucket.push(pattern);
  else index.set(key, [pattern]);
}

function build(entries: readonly TermEntry[]): TermMatcher {
  const byId = new Map<string, TermEntry>();
  // Chinese terms by their first two units (one for a one-character term); English ones by their first word.
  const zhByTwo = new Map<string, Pattern[]>();
  const zhByOne = new Map<string, Pattern[]>();
  const enByWord = new Map<string, Pattern[]>();
  let order = 0;
  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const term of entry.zh) {
      const folded = fold(term.trim(), false, false).text;
      if (!folded) continue;
      const pattern: Pattern = { folded, entryId: entry.id, kind: 'zh', order: order++ };
      if (folded.length >= 2) addTo(zhByTwo, folded.slice(0, 2), pattern);
      else addTo(zhByOne, folded, pattern);
    }
    for (const [kind, terms] of [
      ['en', entry.en],
      ['forbidden', entry.forbidden],
    ] as const) {
      for (const term of terms) {
        const folded = fold(term.trim(), true, false).text;
        if (folded) addTo(enByWord, wordAt(folded, 0), { folded, entryId: entry.id, kind, order: order++ });
      }
    }
  }

  const findChinese = (folded: string, candidates: Candidate[]) => {
    for (let at = 0; at < folded.length; at++) {
      for (const bucket of [zhByTwo.get(folded.slice(at, at + 2)), zhByOne.get(folded[at])]) {
        if (!bucket) continue;
        for (const p of bucket) {
          if (folded.startsWith(p.folded, at))
            candidates.push({ start: at, end: at + p.folded.length, pattern: p });
        }
      }
    }
  };

  const findEnglish = (folded: string, candidates: Candidate[]) => {
    let previousIsWord = false;
    for (let at = 0; at < folded.length; at++) {
      const isWord = isWordUnit(folded.charCodeAt(at), folded, at);
      // A term starts a word (or is a non-word character such as "(" starting one of its own).
      if (!(isWord && previousIsWord)) {
        const bucket = enByWord.get(wordAt(folded, at));
        if (bucket) {
          for (const p of bucket) {
            if (folded.startsWith(p.folded, at))
              candidates.push({ start: at, end: at + p.folded.length, pattern: p });
          }
        }
      }
      previousIsWord = isWord;
    }
  };

  return {
    size: entries.length,
    entry: (id) => byId.get(id),
    find(text, language) {
      if (!text) return [];
      const english = language === 'en';
      const folded = fold(text, english);
      const found: Candidate[] = [];
      (english ? findEnglish : findChinese)(folded.text, found);
      const candidates: Candidate[] = [];
      for (const c of found) {
        // Back to the original text's offsets: from the first folded unit's start to the last one's end.
        const start = folded.starts ? folded.starts[c.start] : c.start;
        const end = folded.ends ? folded.ends[c.end - 1] : c.end;
        if (
          english &&
          (WORD_CHARACTER.test(charBefore(text, start)) || WORD_CHARACTER.test(charAt(text, end)))
        )
          continue;
        candidates.push({ start, end, pattern: c.pattern });
      }
      return choose(candidates, text.length).map((c) => ({
        entryId: c.pattern.entryId,
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        kind: c.pattern.kind,
      }));
    },
  };
}

/**
 * The matchers last built, by their termbase's ids and revisions: the page has
 * one termbase, the preflight the same one, a test or the bench a few more.
 */
const built = new Map<string, TermMatcher>();
const byArray = new WeakMap<readonly TermEntry[], TermMatcher>();
const KEEP = 4;

function keyOf(entries: readonly TermEntry[]): string {
  let key = '';
  for (const e of entries) key += `${e.id}:${e.revision};`;
  return key;
}

/**
 * The matcher for this termbase, built once: the editor, the picker and the
 * preflight ask for it with every text, and get the same matcher back as long
 * as the termbase's entries (ids and revisions) have not changed.
 */
export function termMatcher(entries: readonly TermEntry[]): TermMatcher {
  const same = byArray.get(entries);
  if (same) return same;
  const key = keyOf(entries);
  let matcher = built.get(key);
  if (matcher) built.delete(key);
  else matcher = build(entries);
  built.set(key, matcher); // the most recently used last
  if (built.size > KEEP) built.delete(built.keys().next().value as string);
  byArray.set(entries, matcher);
  return matcher;
}
