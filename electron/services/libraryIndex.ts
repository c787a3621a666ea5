/**
 * What an import compares against, indexed once: each stored item by id, by
 * name and by content, so checking and merging n imported items against m
 * stored ones costs n + m, not n × m (a 500-template import into a library of
 * 1,000 used to take minutes, with every other request waiting).
 */

/** Names compare without case or surrounding spaces: "Rebuttal" and " rebuttal" are the same template to a user. */
export const nameKey = (name: string) => name.trim().toLowerCase();

/** JSON with sorted keys, so stored and imported copies compare equal whatever their key order. */
export function contentKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export interface Indexed {
  id: string;
}

/** Stored items by id and by name, each with its content key computed once. */
export class ItemIndex<T extends Indexed> {
  private readonly byId = new Map<string, T>();
  private readonly byName = new Map<string, T[]>();
  private readonly keys = new Map<T, string>();
  private readonly contents = new Set<string>();

  /** `content` is what "the same item" means for this kind (templates ignore when they were edited). */
  constructor(
    items: T[],
    private readonly content: (item: T) => unknown,
    private readonly name: (item: T) => string = () => '',
  ) {
    for (const item of items) {
      const key = contentKey(content(item));
      this.keys.set(item, key);
      this.contents.add(key);
      this.byId.set(item.id, item);
      const named = nameKey(name(item));
      if (named) this.byName.set(named, [...(this.byName.get(named) ?? []), item]);
    }
  }

  /** An item stored exactly as `item` (same id and content): importing it again changes nothing. */
  holds(item: T): boolean {
    return this.contents.has(contentKey(this.content(item)));
  }

  hasId(id: string): boolean {
    return this.byId.has(id);
  }

  /** Stored items with the same id or the same name as `item` that differ from it: a clash to ask about. */
  clashesWith(item: T): boolean {
    const key = contentKey(this.content(item));
    const same = [this.byId.get(item.id), ...(this.byName.get(nameKey(this.name(item))) ?? [])];
    return same.some((stored) => stored !== undefined && this.keys.get(stored) !== key);
  }
}

/**
 * Names (or ids) in use, counted by `nameKey`, handing out free variants:
 * "Name (imported)", "Name (imported 2)" … Each base remembers how far it got,
 * so a file with many copies of one name does not search from 1 every time.
 */
export class NamesInUse {
  private readonly counts = new Map<string, number>();
  private readonly next = new Map<string, number>();

  constructor(
    names: Iterable<string>,
    private readonly variant: (base: string, n: number) => string,
  ) {
    for (const name of names) this.add(name);
  }

  has(name: string): boolean {
    return (this.counts.get(nameKey(name)) ?? 0) > 0;
  }

  add(name: string): void {
    const key = nameKey(name);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  remove(name: string): void {
    const key = nameKey(name);
    const left = (this.counts.get(key) ?? 0) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
  }

  /** The first free variant of `base`, taken at once. */
  free(base: string): string {
    const key = nameKey(base);
    for (let n = this.next.get(key) ?? 1; ; n += 1) {
      const candidate = this.variant(base, n);
      if (this.has(candidate)) continue;
      this.next.set(key, n + 1);
      this.add(candidate);
      return candidate;
    }
  }
}

/**
 * `(base, n)` → `base` + `suffix(n)` within `max` characters, shortening the
 * base, never the suffix: cut from the end, every variant of a name at the
 * limit was the name itself, and the search for a free one never ended.
 */
export const fittedVariant =
  (max: number, suffix: (n: number) => string) =>
  (base: string, n: number): string => {
    const end = suffix(n);
    return `${base.slice(0, max - end.length)}${end}`;
  };

/** The item without the keys that do not make it a different item (when it was edited, how often). */
export const withoutKeys = (item: object, keys: readonly string[]): object =>
  Object.fromEntries(Object.entries(item).filter(([key]) => !keys.includes(key)));
