/**
 * Folding for search: case, width (full-width ＥＵ is EU), accents (résumé is
 * resume) and ligatures compare equal. The index and the query fold the same
 * way, so what a user types finds what a letter says however it was typed.
 */

const MARKS = /\p{M}+/gu;

/** One code point folded; may be empty (a combining mark) or longer (a ligature). */
function foldCodePoint(ch: string): string {
  // Fast path: plain ASCII is the bulk of an English letter.
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  // Greek final sigma lower-cases by context; fold it to σ so it never matters.
  return ch.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ς/g, 'σ');
}

const NON_ASCII = /[^\0-\x7f]+/g;

/**
 * The folded text, for indexing and queries. Only the non-ASCII stretches are
 * normalised: most of an English letter is ASCII, and normalising it all made
 * folding a third of the cost of indexing.
 */
export function foldText(text: string): string {
  return text
    .replace(NON_ASCII, (run) => run.normalize('NFKD').replace(MARKS, ''))
    .toLowerCase()
    .replace(/ς/g, 'σ');
}

export interface FoldedWithOrigins {
  folded: string;
  /** `origins[i]` is where folded character i came from in the original text; one extra entry for the end. */
  origins: number[];
}

/**
 * Folds code point by code point, remembering where each folded character came
 * from, so a match found in folded text can be shown in the original text.
 * Slower than foldText: used only for the excerpts of the results shown.
 */
export function foldWithOrigins(text: string): FoldedWithOrigins {
  let folded = '';
  const origins: number[] = [];
  let at = 0;
  for (const ch of text) {
    const piece = foldCodePoint(ch);
    for (let k = 0; k < piece.length; k++) origins.push(at);
    folded += piece;
    at += ch.length;
  }
  origins.push(at);
  return { folded, origins };
}
