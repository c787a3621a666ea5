/**
 * A term file's bytes as text. UTF-8 with or without a byte-order mark, and
 * UTF-16 (little or big endian) with one, which Excel writes as "Unicode
 * text". Anything else (GBK from a Chinese Windows' "CSV", Latin-1) is
 * refused rather than guessed at: a guess turns Chinese terms into mojibake
 * that would then be stored as the office's official words. The decoders are
 * fatal, so one invalid byte refuses the file.
 */
export type TermFileText = { ok: true; text: string } | { ok: false };

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): TermFileText {
  try {
    // ignoreBOM false (the default): the decoder drops the mark it was chosen by.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false };
  }
}

export function termFileText(bytes: Uint8Array): TermFileText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes);
  return decode('utf-8', bytes);
}

/** TBX or CSV, by the text itself: XML starts with `<` (after any declaration or comment); a name like "terms.txt" says nothing. */
export function termFileFormat(text: string): 'tbx' | 'csv' {
  return /^\s*</.test(text) ? 'tbx' : 'csv';
}
