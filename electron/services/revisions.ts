/**
 * The revision rule for the small stores (templates, publications,
 * signatories, snippets, settings): a save names the revision it was based
 * on; if the stored item has moved on since, it is refused with `conflict`
 * and nothing is written. An item not stored yet is stored as revision 1.
 */
import { conflict, type ItemRef } from './errors';

export interface Revisioned {
  revision: number;
}

/** The revision to store, or a `conflict` naming `what` ("The publication “EUobserver”"). */
export function nextRevision(stored: Revisioned | undefined, basedOn: number, what: ItemRef): number {
  if (!stored) return 1;
  if (stored.revision !== basedOn) throw conflict(what);
  return stored.revision + 1;
}
