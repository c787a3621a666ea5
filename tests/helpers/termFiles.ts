/** A termbase in memory behind the file service's TermStore, and entries to fill it with. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TermEntry } from '../../core/terms/termEntry';
import { TermFilesService, type TermStore } from '../../electron/services/terms/termFilesService';

export const FIXTURES = fileURLToPath(new URL('../fixtures/terms/', import.meta.url));
export const fixture = (name: string) => readFileSync(join(FIXTURES, name));
export const base64 = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).toString('base64');

/** Adds or replaces by id, all at once, as the real store promises; counts its writes. */
export class MemoryTermStore implements TermStore {
  writes = 0;
  constructor(public entries: TermEntry[] = []) {}
  all() {
    return this.entries.map((entry) => ({ ...entry }));
  }
  saveMany(entries: TermEntry[]) {
    this.writes += 1;
    const byId = new Map(this.entries.map((entry) => [entry.id, entry]));
    for (const entry of entries)
      byId.set(entry.id, { ...entry, revision: (byId.get(entry.id)?.revision ?? 0) + 1 });
    this.entries = [...byId.values()];
  }
}

let counter = 0;
export function termFiles(store: TermStore) {
  return new TermFilesService({
    store,
    yourName: () => 'Press Office',
    now: () => new Date('2026-11-30T10:00:00.000Z'),
    newId: () => `20261130T100000000-${(counter++).toString(16).padStart(8, '0')}`,
  });
}

export const STORED: TermEntry[] = [
  {
    id: '20260101T080000000-0000aaaa',
    revision: 2,
    zh: ['一带一路', '“一带一路”倡议'],
    en: ['Belt and Road Initiative', 'BRI'],
    forbidden: ['One Belt One Road', 'OBOR'],
    note: 'Full name at first mention.\nThen "the initiative" or BRI; never <OBOR> & co.',
    source: 'https://www.fmprc.gov.cn/eng/',
    domain: 'policy',
    changedBy: 'Li Wei',
    changedAt: '2026-01-01T08:00:00.000Z',
  },
  {
    id: '20260102T080000000-0000bbbb',
    revision: 1,
    zh: ['外交部'],
    en: ['Ministry of Foreign Affairs'],
    forbidden: [],
    note: '=SUM(A1) is not a formula here; -1 neither',
    source: '',
    domain: 'institution',
    changedBy: '',
    changedAt: '2026-01-02T08:00:00.000Z',
  },
  {
    id: '20260103T080000000-0000cccc',
    revision: 1,
    zh: ['王毅'],
    en: ['Wang Yi'],
    forbidden: ['Wang, Yi'],
    note: '',
    source: 'Protocol list, 2026',
    domain: 'person',
    changedBy: 'Zhang San',
    changedAt: '2026-01-03T08:00:00.000Z',
  },
];

/** Entries without their store's bookkeeping (revision), for comparing a round trip. */
export const content = (entries: readonly TermEntry[]) =>
  entries.map(({ revision: _revision, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));
