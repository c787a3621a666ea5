/**
 * Splits text into Chinese (East Asian) and Latin stretches. Word picks a run's
 * font by its characters, but punctuation shared by both scripts (curly quotes,
 * ellipsis, dashes) would fall back to the Latin font and sit half-width inside
 * Chinese sentences; marking those stretches as East Asian (w:hint) fixes that.
 */

export interface ScriptSegment {
  text: string;
  /** True for text set in the East Asian font with zh-CN language. */
  cjk: boolean;
}

// Ideographs, kana, hangul, bopomofo, CJK punctuation (、。《》「」…), enclosed and
// compatibility forms, vertical forms and full-width forms (，！？：；（）).
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303F\u3200-\u33FF\uFE10-\uFE1F\uFE30-\uFE4F\uFF00-\uFFEF]/u;

// Punctuation both scripts share: it takes the script of the text around it.
const SHARED = /[\u2018\u2019\u201C\u201D\u2026\u2014\u2015\u00B7\u2027]/u;

type Script = 'cjk' | 'latin' | 'shared';

function classify(char: string): Script {
  if (CJK.test(char)) return 'cjk';
  if (SHARED.test(char)) return 'shared';
  return 'latin';
}

/**
 * Splits each piece of one paragraph into script segments. The pieces are read
 * as one text, so a quote mark in its own piece (say, between a bold and a plain
 * stretch) still follows the Chinese next to it.
 */
export function splitByScript(pieces: readonly string[]): ScriptSegment[][] {
  // Code points, not UTF-16 units, so characters outside the BMP stay whole.
  const chars = pieces.map((piece) => Array.from(piece));
  const flat = chars.flat();
  const scripts = flat.map(classify);
  const cjk = resolveShared(scripts);

  let offset = 0;
  return chars.map((pieceChars) => {
    const segments: ScriptSegment[] = [];
    for (const char of pieceChars) {
      const isCjk = cjk[offset++];
      const last = segments[segments.length - 1];
      if (last && last.cjk === isCjk) last.text += char;
      else segments.push({ text: char, cjk: isCjk });
    }
    return segments;
  });
}

/** Script segments of a single string. */
export function scriptSegments(text: string): ScriptSegment[] {
  return splitByScript([text])[0];
}

/** Shared punctuation is East Asian when the nearest script character on either side is. */
function resolveShared(scripts: Script[]): boolean[] {
  const result = scripts.map((script) => script === 'cjk');
  let i = 0;
  while (i < scripts.length) {
    if (scripts[i] !== 'shared') {
      i++;
      continue;
    }
    let end = i;
    while (end < scripts.length && scripts[end] === 'shared') end++;
    const before = scripts[i - 1];
    const after = scripts[end];
    const cjk = before === 'cjk' || after === 'cjk';
    for (let k = i; k < end; k++) result[k] = cjk;
    i = end;
  }
  return result;
}
