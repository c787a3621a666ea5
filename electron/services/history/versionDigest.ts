/**
 * A version's content digest: SHA-256 of its canonical JSON (keys sorted,
 * `undefined` fields left out, as a stored file has them), so equal content
 * has one digest whatever order its keys were built in. It names the text
 * file, so equal content is stored once.
 */
import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import type { LetterContent } from '../../../core/history/version';

export function contentDigest(content: LetterContent | Record<string, unknown>): string {
  return createHash('sha256')
    .update(stringify(content) ?? '')
    .digest('hex');
}
