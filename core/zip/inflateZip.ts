/**
 * Inflating a zip whose bytes came from elsewhere (an imported DOCX, an
 * archive), counting the real inflated bytes rather than the sizes the zip
 * declares, which can lie: a zip bomb is stopped after inflating one slice
 * past the limit, not after filling the memory. Synchronous: fflate's
 * streaming Unzip/UnzipInflate run in the caller's turn.
 *
 * Callers check the central directory first (core/import/docxChecks.ts
 * readZipDirectory) and pass its entries: every entry the directory lists
 * must also be met while inflating, or the zip is damaged.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export interface InflateLimits {
  /** The most all entries together may inflate to. */
  maxTotalBytes: number;
  /** An entry inflating to more than this many times the bytes read for it so far… */
  maxRatio: number;
  /** …once past this many bytes, is a bomb (deflate's own limit is about 1032:1). */
  ratioFrom: number;
}

/** Why a zip could not be inflated: over a limit (`bomb`), or broken (`damaged`). */
export class ZipInflateError extends Error {
  constructor(readonly reason: 'bomb' | 'damaged') {
    super(reason === 'bomb' ? 'the zip unpacks to more than allowed' : 'the zip is damaged');
    this.name = 'ZipInflateError';
  }
}

/**
 * Inflates every entry (each counted against the limits), keeping the bytes
 * of those `keep` accepts, by the entry's name as written in the zip.
 * Throws ZipInflateError, whatever fflate threw.
 */
export function inflateZip(
  bytes: Uint8Array,
  listed: ReadonlyArray<{ name: string }>,
  limits: InflateLimits,
  keep: (name: string) => boolean,
): Map<string, Uint8Array> {
  // Bytes handed to the unzipper so far: an entry's data has been read from where its header ended.
  let pushed = 0;
  let total = 0;
  const kept = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  const unzip = new Unzip((file: UnzipFile) => {
    seen.add(file.name);
    const keeping = keep(file.name);
    const chunks: Uint8Array[] = [];
    const from = pushed;
    let size = 0;
    // Thrown from here, the error stops the inflating at once and leaves push().
    file.ondata = (error, chunk, final) => {
      if (error) throw error instanceof ZipInflateError ? error : new ZipInflateError('damaged');
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxTotalBytes) throw new ZipInflateError('bomb');
      if (size > limits.ratioFrom && size > limits.maxRatio * Math.max(1, pushed - from))
        throw new ZipInflateError('bomb');
      if (keeping) chunks.push(chunk);
      if (final && keeping) kept.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Pushed in slices, so that a bomb is stopped after one slice's worth of inflating (8 MB at
    // deflate's 1032:1), not the whole file's, and the ratio above sees the bytes read so far.
    const SLICE = 8 * 1024;
    for (let at = 0; at < bytes.length; at += SLICE) {
      const slice = bytes.subarray(at, at + SLICE);
      pushed += slice.length;
      unzip.push(slice, at + SLICE >= bytes.length);
    }
  } catch (error) {
    throw error instanceof ZipInflateError ? error : new ZipInflateError('damaged');
  }
  // The local headers fflate follows must agree with the central directory.
  if (listed.some((entry) => !seen.has(entry.name))) throw new ZipInflateError('damaged');
  return kept;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
