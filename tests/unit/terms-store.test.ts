/**
 * The termbase through the contract, on real services over a temp data folder:
 * one file per entry; saves and removals revision-checked; a damaged file set
 * aside and the rest listed; the starter set written once, and a removed
 * starter entry not brought back; search and paging; many entries put at once,
 * all or nothing.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TermEntry, TermFields, TermPage } from '../../core/terms/termEntry';
import { inEnglish } from '../../core/i18n/wording';
import { openContract } from '../helpers/contract';
import { makeDataDir } from '../helpers/services';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let clock: number;
const now = () => new Date(clock);
beforeEach(async () => {
  data = await makeDataDir();
  clock = Date.parse('2026-12-01T09:00:00Z');
});
afterEach(() => data.cleanup());

const SEED = JSON.parse(
  await readFile(join(import.meta.dirname, '../../templates/seed/terms.json'), 'utf8'),
) as {
  terms: TermEntry[];
};

const fields = (zh: string, en: string, extra: Partial<TermFields> = {}): TermFields => ({
  zh: [zh],
  en: [en],
  forbidden: [],
  note: '',
  source: '',
  domain: 'other',
  ...extra,
});

const open = () => openContract(data.dir, now);
const list = (call: Awaited<ReturnType<typeof open>>['call'], query = '', extra: object = {}) =>
  call<TermPage>('terms.list', { query, ...extra });

describe('the starter set', () => {
  it('is there on first use, with its note and source', async () => {
    const { call } = await open();
    const all = await call<TermEntry[]>('terms.all', {});
    expect(all).toHaveLength(SEED.terms.length);
    const bri = all.find((e) => e.zh.includes('一带一路'))!;
    expect(bri).toMatchObject({
      en: ['Belt and Road Initiative', 'Belt and Road'],
      source: 'LetterDesk starter set',
    });
    expect(bri.forbidden).toEqual(['One Belt One Road', 'OBOR']);
    expect(all.every((e) => e.note && e.source === 'LetterDesk starter set')).toBe(true);
  });

  it('is written once: an entry removed, or changed, stays so in the next app', async () => {
    const first = await open();
    const all = await first.call<TermEntry[]>('terms.all', {});
    const mofa = all.find((e) => e.en[0] === 'Ministry of Foreign Affairs')!;
    const un = all.find((e) => e.en[0] === 'United Nations')!;
    await first.call('terms.remove', { id: mofa.id, revision: mofa.revision });
    await first.call('terms.save', {
      id: un.id,
      revision: un.revision,
      fields: { ...fields('联合国', 'UN'), note: 'mine' },
    });

    const second = await open();
    const again = await second.call<TermEntry[]>('terms.all', {});
    expect(again).toHaveLength(SEED.terms.length - 1);
    expect(again.find((e) => e.id === mofa.id)).toBeUndefined();
    expect(again.find((e) => e.id === un.id)).toMatchObject({ en: ['UN'], note: 'mine', revision: 2 });
  });

  it('is not brought back when every entry was removed', async () => {
    const first = await open();
    for (const e of await first.call<TermEntry[]>('terms.all', {})) {
      await first.call('terms.remove', { id: e.id, revision: e.revision });
    }
    const second = await open();
    expect(await second.call('terms.all', {})).toEqual([]);
  });
});

describe('saving and removing', () => {
  it('adds an entry with a new id, who changed it and when; then replaces it', async () => {
    const { call, services } = await open();
    services.settings.update({ ui: { ...services.settings.get().ui, yourName: 'Li Wei' } });
    const added = await call<TermEntry>('terms.save', {
      id: null,
      revision: 0,
      fields: fields('驻欧盟使团', 'Chinese Mission to the EU', { domain: 'institution' }),
    });
    expect(added).toMatchObject({ revision: 1, changedBy: 'Li Wei', changedAt: '2026-12-01T09:00:00.000Z' });
    expect(added.id).toMatch(/^20261201T090000000-[0-9a-f]{8}$/);
    const file = JSON.parse(await readFile(join(data.dir, 'terms', `${added.id}.json`), 'utf8'));
    expect(file).toMatchObject({ schemaVersion: 1, id: added.id, zh: ['驻欧盟使团'] });

    clock += 60_000;
    const changed = await call<TermEntry>('terms.save', {
      id: added.id,
      revision: 1,
      fields: fields('驻欧盟使团', 'Mission of China to the EU'),
    });
    expect(changed).toMatchObject({ id: added.id, revision: 2, en: ['Mission of China to the EU'] });
    expect(changed.changedAt).toBe('2026-12-01T09:01:00.000Z');
  });

  it('leaves changedBy empty when no name is known', async () => {
    const { call } = await open();
    const added = await call<TermEntry>('terms.save', {
      id: null,
      revision: 0,
      fields: fields('参赞', 'Counsellor'),
    });
    expect(added.changedBy).toBe('');
  });

  it('refuses a save or a removal based on an older revision, and changes nothing', async () => {
    const { call } = await open();
    const added = await call<TermEntry>('terms.save', {
      id: null,
      revision: 0,
      fields: fields('大使', 'Ambassador'),
    });
    await call('terms.save', {
      id: added.id,
      revision: 1,
      fields: fields('大使', 'Ambassador', { note: 'new' }),
    });
    await expect(
      call('terms.save', { id: added.id, revision: 1, fields: fields('大使', 'Envoy') }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(call('terms.remove', { id: added.id, revision: 1 })).rejects.toMatchObject({
      code: 'conflict',
    });
    const [stored] = (await list(call, 'ambassador')).entries.filter((e) => e.id === added.id);
    expect(stored).toMatchObject({ revision: 2, en: ['Ambassador'], note: 'new' });
    await call('terms.remove', { id: added.id, revision: 2 });
    await expect(call('terms.remove', { id: added.id, revision: 2 })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses an entry without its English term', async () => {
    const { services } = await open();
    await expect(services.terms.save(null, 0, fields('大使', ''))).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});

describe('a damaged file', () => {
  it('is set aside with a notice, and the rest of the termbase listed', async () => {
    const first = await open();
    const kept = await first.call<TermEntry>('terms.save', {
      id: null,
      revision: 0,
      fields: fields('大使', 'Ambassador'),
    });
    const broken = await first.call<TermEntry>('terms.save', {
      id: null,
      revision: 0,
      fields: fields('参赞', 'Counsellor'),
    });
    await writeFile(join(data.dir, 'terms', `${broken.id}.json`), '{"schemaVersion": 1, "id": "trunc');

    const second = await open();
    const page = await list(second.call);
    expect(page.total).toBe(SEED.terms.length + 1);
    expect(page.entries.map((e) => e.id)).toContain(kept.id);
    expect(page.notices).toHaveLength(1);
    expect(inEnglish(page.notices[0])).toMatch(/could not be read .*set aside as terms\/.*\.corrupt-/);
    const names = await readdir(join(data.dir, 'terms'));
    expect(names.some((n) => n.startsWith(`${broken.id}.json.corrupt-`))).toBe(true);
    expect(names).not.toContain(`${broken.id}.json`);
    // Told once.
    expect((await list(second.call)).notices).toEqual([]);
  });

  it('made by a newer LetterDesk is left as it is, and not listed', async () => {
    const first = await open();
    const entry = await first.call<TermEntry>('terms.save', {
      id: null,
      revision: 0,
      fields: fields('大使', 'Ambassador'),
    });
    const path = join(data.dir, 'terms', `${entry.id}.json`);
    await writeFile(path, JSON.stringify({ ...entry, schemaVersion: 99 }));
    const second = await open();
    const page = await list(second.call, 'ambassador');
    expect(page.entries.find((e) => e.id === entry.id)).toBeUndefined();
    expect(inEnglish(page.notices[0])).toMatch(/newer version/);
    expect(JSON.parse(await readFile(path, 'utf8')).schemaVersion).toBe(99);
  });
});

describe('search and paging', () => {
  it('searches Chinese, English, variants, notes and sources, folded; newest change first', async () => {
    const { call } = await open();
    const a = await call<TermEntry>('terms.save', {
      id: null,
      revision: 0,
      fields: fields('欧洲议会议员', 'Member of the European Parliament', {
        forbidden: ['Euro MP'],
        note: 'MEP after first mention',
      }),
    });
    clock += 1000;
    const b = await call<TermEntry>('terms.save', {
      id: null,
      revision: 0,
      fields: fields('欧洲议会议长', 'President of the European Parliament', {
        source: 'europarl.europa.eu',
        domain: 'title',
      }),
    });
    const ids = async (query: string, extra: object = {}) =>
      (await list(call, query, extra)).entries.map((e) => e.id);
    expect(await ids('ＥＵＲＯＰＥＡＮ parliament')).toEqual([
      b.id,
      a.id,
      SEED.terms.find((t) => t.zh[0] === '欧洲议会')!.id,
    ]);
    expect(await ids('议会议员')).toEqual([a.id]);
    expect(await ids('euro mp')).toEqual([a.id]);
    expect(await ids('mep first')).toEqual([a.id]);
    expect(await ids('europarl')).toEqual([b.id]);
    expect(await ids('parliament', { domain: 'title' })).toEqual([b.id]);
    expect(await ids('no such thing')).toEqual([]);
  });

  it('gives a page of the list and the total', async () => {
    const { call } = await open();
    const total = SEED.terms.length;
    const first = await list(call, '', { offset: 0, limit: 10 });
    const second = await list(call, '', { offset: 10, limit: 10 });
    const last = await list(call, '', { offset: total - 3, limit: 10 });
    expect([first.total, second.total]).toEqual([total, total]);
    expect(first.entries).toHaveLength(10);
    expect(last.entries).toHaveLength(3);
    const seen = [...first.entries, ...second.entries].map((e) => e.id);
    expect(new Set(seen).size).toBe(20);
  });
});

describe('many entries at once (an import)', () => {
  const entry = (id: string, en: string): TermEntry => ({
    id,
    revision: 7,
    ...fields('术语', en),
    changedBy: 'Import',
    changedAt: '2026-06-01T00:00:00.000Z',
  });

  it('adds new ones and replaces stored ones, each with the next revision', async () => {
    const { services } = await open();
    const [seeded] = await services.terms.all();
    const put = await services.terms.putMany([
      entry('20260601T000000000-aaaaaaaa', 'New one'),
      { ...entry(seeded.id, 'Replaced') },
    ]);
    expect(put.map((e) => e.revision)).toEqual([1, 2]);
    const all = await services.terms.all();
    expect(all.find((e) => e.id === seeded.id)).toMatchObject({ en: ['Replaced'], revision: 2 });
    expect(all.find((e) => e.id === '20260601T000000000-aaaaaaaa')).toMatchObject({ changedBy: 'Import' });
  });

  it('takes everything back if one write fails', async () => {
    const { services } = await open();
    const before = await services.terms.all();
    const [seeded] = before;
    const dir = join(data.dir, 'terms');
    // A folder where an entry's file would go: that entry's write fails.
    const blocked = '20260601T000000000-bbbbbbbb';
    await mkdir(join(dir, `${blocked}.json`));
    const batch = [
      entry('20260601T000000000-aaaaaaaa', 'New one'),
      entry(seeded.id, 'Replaced'),
      ...Array.from({ length: 40 }, (_, i) =>
        entry(`20260601T000000001-${(0xc0000000 + i).toString(16)}`, `n${i}`),
      ),
      entry(blocked, 'Blocked'),
    ];
    await expect(services.terms.putMany(batch)).rejects.toThrow();
    const after = await services.terms.all();
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
    expect(after.find((e) => e.id === seeded.id)).toEqual(seeded);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && n !== 'list-cache.json');
    expect(names).toHaveLength(before.length + 1); // the blocking folder
  });
});
