/**
 * A list of items with ids and revisions under one key of a store: the
 * user's templates, publications, signatories, snippets.
 *
 * Every change reads the list afresh (conf and electron-store re-read the
 * file on each `get`, so another process's write is seen), checks the
 * revision, and writes the whole list back, all in one synchronous step.
 * That step is the per-store serialisation: the stores read and write
 * synchronously, so no other call in this process can run between the read
 * and the write. Keep it that way: an `await` inside a change would let two
 * saves interleave and one of them be lost.
 */
import { isDeepStrictEqual } from 'node:util';
import type { JsonStore } from '../storage/jsonStore';
import { notFound, type ItemRef } from './errors';
import { nextRevision, type Revisioned } from './revisions';

export interface ListItem extends Revisioned {
  id: string;
}

export interface RevisionedListOptions<T> {
  /** The stored entry, or null for one a hand edit broke (left out rather than failing the list). */
  parse(raw: unknown): T | null;
  /** What the list holds before anything was ever stored (the shipped examples). Read once; never written by a read. */
  seed?: () => T[];
  /** The item in a message: "The publication “EUobserver”". */
  describe(item: T): ItemRef;
  /** An item that is not there, in a message: "The signatory". */
  missing(id: string): ItemRef;
}

/** A `parse` for entries checked by a parser that throws: a broken entry is left out. */
export function leavingOutBroken<T>(parse: (raw: unknown) => T): (raw: unknown) => T | null {
  return (raw) => {
    try {
      return parse(raw);
    } catch {
      return null;
    }
  };
}

export class RevisionedList<T extends ListItem> {
  private seeded: T[] | null = null;

  constructor(
    private readonly store: JsonStore,
    private readonly key: string,
    private readonly options: RevisionedListOptions<T>,
  ) {}

  all(): T[] {
    const raw = this.store.get(this.key);
    if (raw === undefined) return [...(this.seeded ??= this.options.seed?.() ?? [])];
    return (Array.isArray(raw) ? raw : []).flatMap((entry) => {
      const item = this.options.parse(entry);
      return item ? [item] : [];
    });
  }

  find(id: string): T | undefined {
    return this.all().find((item) => item.id === id);
  }

  /** Adds or replaces by id if `item.revision` is the stored one's; returns the item as stored. */
  save(item: T): T {
    const list = this.all();
    const stored = list.find((s) => s.id === item.id);
    return this.upsert(list, {
      ...item,
      revision: nextRevision(stored, item.revision, this.options.describe(item)),
    });
  }

  /**
   * Adds or replaces each by id whatever is stored (an import the user chose to
   * apply), in one read and one write: stored + 1, or 1.
   */
  putMany(items: T[]): T[] {
    const list = this.all();
    const byId = new Map(list.map((item) => [item.id, item]));
    const put = items.map((item) => ({ ...item, revision: (byId.get(item.id)?.revision ?? 0) + 1 }));
    for (const item of put) byId.set(item.id, item);
    this.write([...byId.values()]);
    return put;
  }

  /** Removes the item if `revision` is the stored one's: a changed item is not deleted unseen. */
  remove(id: string, revision: number): void {
    const list = this.all();
    const stored = list.find((s) => s.id === id);
    if (!stored) throw notFound(this.options.missing(id));
    nextRevision(stored, revision, this.options.describe(stored));
    this.write(list.filter((s) => s !== stored));
  }

  /** Replaces the whole list in one write (an import); items that changed get the next revision. */
  replaceAll(items: T[]): void {
    const stored = new Map(this.all().map((item) => [item.id, item]));
    this.write(
      items.map((item) => {
        const before = stored.get(item.id);
        if (before && isDeepStrictEqual(before, item)) return before;
        return { ...item, revision: (before?.revision ?? 0) + 1 };
      }),
    );
  }

  private upsert(list: T[], item: T): T {
    const exists = list.some((s) => s.id === item.id);
    this.write(exists ? list.map((s) => (s.id === item.id ? item : s)) : [...list, item]);
    return item;
  }

  private write(list: T[]): void {
    this.store.set(this.key, list);
  }
}
