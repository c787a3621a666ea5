/**
 * A term file's bytes as text. UTF-8 with or without a byte-order mark, and
 * UTF-16 (little or big endian) with one, which Excel writes as "Unicode
 * text". Anything else (GBK from a Chinese Windows' "CSV", Latin-1) is
 * refused rather than guessed at: a guess turns Chinese terms into mojibake
 * that would then be stored as the office's official words. The decoders are
 * fatal, so one invalid byte refuses the file.
 */
import { bomEncoding } from '../text/bom';

export type TermFileText = { ok: true; text: string } | { ok: false };

/** How many bytes are decoded between pauses: a megabyte takes a few milliseconds. */
const TEXT_SLICE_BYTES = 1024 * 1024;

/**
 * The text, decoding a slice at a time and pausing (`yield`) after each, so
 * the main process can serve others while a 20 MB file is decoded (runInSlices).
 */
export function* termFileTextSteps(
  bytes: Uint8Array,
  sliceBytes = TEXT_SLICE_BYTES,
): Generator<void, TermFileText, void> {
  const encoding = bomEncoding(bytes);
  // ignoreBOM false (the default): the decoder drops the mark it was chosen by.
  const decoder = new TextDecoder(encoding, { fatal: true });
  const pieces: string[] = [];
  try {
    // `stream`: a character cut by a slice's end is finished by the next slice (the last call flushes).
    for (let start = 0; start < bytes.length; start += sliceBytes) {
      pieces.push(decoder.decode(bytes.subarray(start, start + sliceBytes), { stream: true }));
      yield;
    }
    pieces.push(decoder.decode());
  } catch {
    return { ok: false };
  }
  return { ok: true, text: pieces.join('') };
}

/** TBX or CSV, by the text itself: XML starts with `<` (after any declaration or comment); a name like "terms.txt" says nothing. */
export function termFileFormat(text: string): 'tbx' | 'csv' {
  return /^\s*</.test(text) ? 'tbx' : 'csv';
}
