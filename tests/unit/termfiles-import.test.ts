import { describe, expect, it } from 'vitest';
import type { Wording } from '../../core/i18n/wording';
import { TERM_LIMITS } from '../../core/terms/termEntry';
import { TERM_FILE_MAX_BYTES } from '../../core/terms/termFiles';
import type { ImportProblemsError } from '../../electron/services/libraryService';
import { english } from '../helpers/english';
import { base64, content, fixture, MemoryTermStore, STORED, termFiles } from '../helpers/termFiles';

/** The import's refusal, as the English lines the user reads; the store must be as it was. */
async function refused(file: Uint8Array | string, name = 'terms.tbx'): Promise<string[]> {
  const store = new MemoryTermStore(STORED);
  const error = (await termFiles(store)
    .import(name, base64(file))
    .then(
      () => null,
      (e: unknown) => e,
    )) as ImportProblemsError | null;
  expect(error, 'the import should be refused').not.toBeNull();
  expect(error?.code).toBe('invalid-input');
  expect(store.writes).toBe(0);
  expect(store.entries).toEqual(STORED);
  return english(error?.problems as Wording[]);
}

const csv = (text: string) => `zh,en,forbidden\r\n${text}`;

describe('term files: bad files change nothing', () => {
  it('malformed XML: the line and column', async () => {
    const [problem] = await refused(fixture('malformed.tbx'));
    expect(problem).toMatch(/^Line 7, column \d+: the XML is not well formed \(.*termSec.*\)/);
  });

  it('an entity bomb (billion laughs) is refused before parsing', async () => {
    expect(await refused(fixture('billion-laughs.tbx'))).toEqual([
      expect.stringContaining('declares its own DTD or entities'),
    ]);
  });

  it('an external entity (XXE) is refused before parsing', async () => {
    expect(await refused(fixture('xxe.tbx'))).toEqual([
      expect.stringContaining('declares its own DTD or entities'),
    ]);
  });

  it('an entity from an external DTD is never loaded: the reference is malformed XML', async () => {
    expect(await refused(fixture('xxe-external-dtd.tbx'))).toEqual([
      expect.stringMatching(/^Line 8, column \d+: the XML is not well formed \(.*passwd/),
    ]);
  });

  it('more entries than a termbase holds: refused before the XML is parsed', async () => {
    const entries = '<conceptEntry/>'.repeat(TERM_LIMITS.entries + 1);
    expect(await refused(`<tbx><text><body>${entries}</body></text></tbx>`)).toEqual([
      '(file): the file has 50,001 entries; a termbase may hold at most 50,000',
    ]);
  });

  it('a file over 20 MB is refused by its size, before it is decoded', async () => {
    const big = new Uint8Array(TERM_FILE_MAX_BYTES + 1024 * 1024).fill(0x61);
    expect(await refused(big)).toEqual(['(file): the file is 21.0 MB; a term file may be at most 20.0 MB']);
  });

  it('a file of exactly 20 MB passes the size check (and is then judged on its bytes)', async () => {
    const problems = await refused(new Uint8Array(TERM_FILE_MAX_BYTES).fill(0xc0));
    expect(problems).toEqual([expect.stringContaining('the file is not UTF-8')]);
  });

  it('a problem quotes at most 40 characters of what the file holds', async () => {
    const problems = await refused(`zh,en,${'a'.repeat(5000)}\r\n外交部,MFA,\r\n`, 'a.csv');
    expect(problems).toEqual([
      expect.stringContaining(`unknown column “${'a'.repeat(39)}…” in the header row`),
    ]);
  });

  it('GBK bytes (not UTF-8) are refused with what to do', async () => {
    // "zh,en\r\n外交部,MFA" as a Chinese Windows' "CSV" saves it: 外交部 in GBK.
    const gbk = new Uint8Array([
      ...new TextEncoder().encode('zh,en\r\n'),
      0xcd,
      0xe2,
      0xbd,
      0xbb,
      0xb2,
      0xbf,
      ...new TextEncoder().encode(',MFA\r\n'),
    ]);
    expect(await refused(gbk, 'terms.csv')).toEqual([expect.stringContaining('save it as “CSV UTF-8”')]);
  });

  it('an entry without English is listed with its place', async () => {
    expect(await refused(fixture('no-english.tbx'))).toEqual([
      'conceptEntry 2 (id c2): no approved English term',
    ]);
  });

  it('a CSV without the en column names it', async () => {
    expect(await refused(fixture('missing-column.csv'), 'terms.csv')).toEqual([
      '(file): the header row has no “en” column; the first row must name the columns (id, zh, en, forbidden, domain, note, source, changedBy, changedAt)',
    ]);
  });

  it('every problem of a CSV is listed with its row, at most 20 and a count', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `术语${i},,`).join('\r\n');
    const problems = await refused(csv(`外交部,${'x'.repeat(201)},\r\n${rows}`), 'terms.csv');
    expect(problems[0]).toBe('Row 2: en is longer than 200 characters');
    expect(problems[1]).toBe('Row 3: no approved English term');
    expect(problems).toHaveLength(21);
    expect(problems[20]).toBe('…and 11 more problems. Fix these first.');
  });

  it('a header with 100 unknown columns lists the first 20 and a count, not 100 lines', async () => {
    const header = ['zh', 'en', ...Array.from({ length: 100 }, (_, i) => `extra${i}`)].join(',');
    const problems = await refused(`${header}\r\n外交部,MFA\r\n`, 'terms.csv');
    expect(problems).toHaveLength(21);
    expect(problems[0]).toMatch(/^\(file\): unknown column “extra0” in the header row/);
    expect(problems[20]).toBe('…and 80 more problems. Fix these first.');
  });

  it('an unknown domain, an unclosed quote, an empty file', async () => {
    expect(await refused('zh,en,domain\r\n外交部,MFA,ministry\r\n', 'a.csv')).toEqual([
      'Row 2: unknown domain “ministry”; expected one of title, institution, policy, person, place, event, other',
    ]);
    expect(await refused('zh,en\r\n外交部,"MFA\r\n', 'a.csv')).toEqual(['Row 2: Quoted field unterminated']);
    expect(await refused('\uFEFF  \r\n', 'a.csv')).toEqual(['(file): the file is empty']);
  });

  it('XML that is not TBX', async () => {
    expect(await refused('<?xml version="1.0"?><html><body/></html>')).toEqual([
      '(file): the XML is not TBX (its root element is “html”, expected “tbx” or “martif”)',
    ]);
  });
});

describe('term files: encodings and CSV from spreadsheets', () => {
  const text = 'zh\ten\r\n外交部\tMinistry of Foreign Affairs\r\n';
  const utf16 = (bigEndian: boolean) => {
    const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
    for (const unit of Array.from(text, (c) => c.charCodeAt(0)))
      bytes.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
    return new Uint8Array(bytes);
  };

  it.each([false, true])('UTF-16 with a BOM (Excel’s “Unicode text”), big endian %s', async (bigEndian) => {
    const store = new MemoryTermStore();
    await termFiles(store).import('terms.txt', base64(utf16(bigEndian)));
    expect(store.entries).toMatchObject([{ zh: ['外交部'], en: ['Ministry of Foreign Affairs'] }]);
  });

  it('Excel’s CSV UTF-8: BOM, headers in any case, | between terms, a note over two lines, blank rows', async () => {
    const store = new MemoryTermStore();
    const result = await termFiles(store).import('excel.csv', base64(fixture('excel.csv')));
    expect(result).toMatchObject({ counts: { added: 2 } });
    expect(store.entries).toMatchObject([
      {
        zh: ['一带一路'],
        en: ['Belt and Road Initiative'],
        forbidden: ['One Belt One Road', 'OBOR'],
        domain: 'policy',
        note: 'Full name first;\r\nthen BRI',
      },
      { zh: ['外交部'], en: ['Ministry of Foreign Affairs', 'MFA'], domain: 'institution' },
    ]);
  });

  it('the format is found from the content, not the name', async () => {
    const store = new MemoryTermStore();
    await termFiles(store).import('terms.csv', base64(fixture('basic-2019.tbx')));
    expect(store.entries).toHaveLength(1);
  });
});

describe('term files: clashes', () => {
  const changed = STORED.map((entry) => ({ ...entry, note: `${entry.note} (revised)` }));

  async function clashFile() {
    // The same ids, changed notes; and one new entry with the Chinese term of a stored one.
    const exported = await termFiles(new MemoryTermStore(changed.slice(0, 2))).export('csv');
    const extra = 'zh,en\r\n王毅,Wang Yi (Minister)\r\n';
    return { first: base64(exported.bytes), second: base64(extra) };
  }

  it('reported first, nothing written', async () => {
    const store = new MemoryTermStore(STORED);
    const { first, second } = await clashFile();
    expect(await termFiles(store).import('a.csv', first)).toEqual({
      status: 'clash',
      clashes: [
        { id: STORED[0].id, zh: '一带一路', en: 'Belt and Road Initiative' },
        { id: STORED[1].id, zh: '外交部', en: 'Ministry of Foreign Affairs' },
      ],
    });
    expect(await termFiles(store).import('b.csv', second)).toEqual({
      status: 'clash',
      clashes: [{ id: STORED[2].id, zh: '王毅', en: 'Wang Yi' }],
    });
    expect(store.writes).toBe(0);
  });

  it('replace: the stored entry takes the new content, keeping its id, with its next revision', async () => {
    const store = new MemoryTermStore(STORED);
    const { first, second } = await clashFile();
    expect(await termFiles(store).import('a.csv', first, 'replace')).toEqual({
      status: 'imported',
      counts: { added: 0, replaced: 2, unchanged: 0 },
    });
    await termFiles(store).import('b.csv', second, 'replace');
    expect(store.entries).toHaveLength(3);
    expect(store.entries[0]).toMatchObject({ id: STORED[0].id, revision: 3, note: changed[0].note });
    expect(store.entries[2]).toMatchObject({
      id: STORED[2].id,
      en: ['Wang Yi (Minister)'],
      changedBy: 'Press Office',
    });
  });

  it('keep both: the imported entries are added beside the stored ones, under new ids', async () => {
    const store = new MemoryTermStore(STORED);
    const { first } = await clashFile();
    expect(await termFiles(store).import('a.csv', first, 'rename')).toEqual({
      status: 'imported',
      counts: { added: 2, replaced: 0, unchanged: 0 },
    });
    expect(content(store.entries.slice(0, 3))).toEqual(content(STORED));
    expect(store.entries.slice(3).map((entry) => entry.note)).toEqual([changed[0].note, changed[1].note]);
    expect(new Set(store.entries.map((entry) => entry.id)).size).toBe(5);
  });
});
