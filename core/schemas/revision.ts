/**
 * The revision every stored item carries (see "The revision rule"): how many
 * times it has been written. A save names the revision it was based on; the
 * service refuses it if the stored one has moved on since.
 */
import { z } from 'zod';

/** What a save sends: the revision of the item as the user loaded it (0 for one never stored). */
export const revisionSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** As stored: files written before revisions existed read as revision 0. */
export const storedRevisionSchema = revisionSchema.catch(0).default(0);
