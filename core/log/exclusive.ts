/**
 * The exclusivity rule. A paper that asks for exclusivity holds the letter
 * while the submission is open (awaiting an answer, within its reply window).
 * Sending the same letter, or a near copy of it, to another paper in that time
 * breaks the promise: the officer is warned first (the warning does not
 * forbid: the paper may have said no by phone).
 */
import type { ExclusiveConflict } from './logList';
import { NEAR_COPY_SHARE } from './nearCopy';
import { isOpen } from './replyWindow';
import type { Sending } from './sending';

/** The sending about to be recorded: which letter, to which paper, when. */
export interface PlannedSending {
  letterId: string;
  publicationId: string | null;
  publication: string;
  /** The day it is sent, YYYY-MM-DD: a window closed by then holds nothing. */
  day: string;
}

/** Two sendings go to the same paper: the same profile, or (without one) the same name. */
export function samePaper(
  a: Pick<Sending, 'publicationId' | 'publication'>,
  b: Pick<Sending, 'publicationId' | 'publication'>,
): boolean {
  if (a.publicationId && b.publicationId) return a.publicationId === b.publicationId;
  return a.publication.trim().toLowerCase() === b.publication.trim().toLowerCase();
}

/**
 * The open exclusive sendings to other papers that `planned` would break.
 * `similarity(letterId)` gives the share of English words another letter (as
 * it was sent) has in common with the planned one; only letters with an open
 * exclusive sending are asked, so the caller reads few texts.
 */
export function exclusiveConflicts(
  planned: PlannedSending,
  sendings: readonly Sending[],
  similarity: (sending: Sending) => number,
): ExclusiveConflict[] {
  const conflicts: ExclusiveConflict[] = [];
  for (const sending of sendings) {
    if (!sending.exclusive || !isOpen(sending, planned.day) || samePaper(sending, planned)) continue;
    if (sending.letterId === planned.letterId) {
      conflicts.push({ sending, reason: 'sameLetter', similarity: 1 });
      continue;
    }
    const share = similarity(sending);
    if (share >= NEAR_COPY_SHARE) conflicts.push({ sending, reason: 'nearCopy', similarity: share });
  }
  return conflicts;
}

/** The sendings whose texts `exclusiveConflicts` will compare: open, exclusive, another letter, another paper. */
export function candidatesForNearCopy(planned: PlannedSending, sendings: readonly Sending[]): Sending[] {
  return sendings.filter(
    (sending) =>
      sending.exclusive &&
      sending.letterId !== planned.letterId &&
      isOpen(sending, planned.day) &&
      !samePaper(sending, planned),
  );
}
