import { describe, expect, it } from 'vitest';
import { readTbx, termLanguage } from '../../core/terms/tbxRead';
import { checkRawTerms } from '../../core/terms/termFileEntries';
import { base64, content, fixture, MemoryTermStore, STORED, termFiles } from '../helpers/termFiles';

async function roundTrip(format: 'tbx' | 'csv') {
  const file = await termFiles(new MemoryTermStore(STORED)).export(format);
  const into = new MemoryTermStore();
  const result = await termFiles(into).import(file.fileName, base64(file.bytes));
  return { file, into, result };
}

describe('term files: export and import back', () => {
  it.each(['tbx', 'csv'] as const)('%s: an empty termbase gets the same entries', async (format) => {
    const { file, into, result } = await roundTrip(format);
    expect(file.fileName).toBe(`LetterDesk termbase – 2026-11-30.${format}`);
    expect(result).toEqual({ status: 'imported', counts: { added: 3, replaced: 0, unchanged: 0 } });
    expect(content(into.entries)).toEqual(content(STORED));
  });

  it('TBX is TBX-Basic 2019: conceptEntry, langSec, termSec, statuses; ids are XML ids', async () => {
    const { file } = await roundTrip('tbx');
    const xml = new TextDecoder().decode(file.bytes);
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en"');
    expect(xml).toContain('<conceptEntry id="c20260101T080000000-0000aaaa">');
    expect(xml).toContain('<langSec xml:lang="zh">');
    expect(xml).toMatch(
      /<term>One Belt One Road<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts/,
    );
    expect(xml).toContain('never &lt;OBOR&gt; &amp; co.');
  });

  it('CSV has a BOM, English headers, | between terms and the formula guard', async () => {
    const { file } = await roundTrip('csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.startsWith('\uFEFFid,zh,en,forbidden,domain,note,source,changedBy,changedAt\r\n')).toBe(true);
    expect(text).toContain('One Belt One Road | OBOR');
    expect(text).toContain("'=SUM(A1)");
  });

  it('an exported file imported again changes nothing', async () => {
    const store = new MemoryTermStore(STORED);
    const file = await termFiles(store).export('tbx');
    const result = await termFiles(store).import(file.fileName, base64(file.bytes));
    expect(result).toEqual({ status: 'imported', counts: { added: 0, replaced: 0, unchanged: 3 } });
    expect(store.writes).toBe(0);
  });
});

describe('TBX from translation tools', () => {
  it('reads the TBX 2008 form (martif, termEntry, langSet, tig and ntig)', async () => {
    const store = new MemoryTermStore();
    const result = await termFiles(store).import('memoq.tbx', base64(fixture('memoq-2008.tbx')));
    expect(result).toEqual({ status: 'imported', counts: { added: 2, replaced: 0, unchanged: 0 } });
    const [belt, spokesperson] = store.entries;
    expect(belt).toMatchObject({
      zh: ['一带一路', '“一带一路”倡议'],
      en: ['Belt and Road Initiative'],
      forbidden: ['One Belt One Road'],
      domain: 'policy',
      note: 'Always the full name in a first mention.',
      source: 'Ministry of Foreign Affairs glossary',
      changedBy: 'Reviewer B',
      changedAt: '2025-01-15T09:30:00.000Z',
    });
    // Not a LetterDesk id ("_1001"): a new one.
    expect(belt.id).toMatch(/^20261130T100000000-/);
    expect(spokesperson).toMatchObject({
      zh: ['外交部发言人'],
      en: ['Foreign Ministry Spokesperson'],
      domain: 'other',
      changedBy: 'Press Office',
      changedAt: '2026-11-30T10:00:00.000Z',
    });
  });

  it('reads the translate-toolkit’s TBX (Weblate): an external DOCTYPE, zh_CN, a forbidden term', async () => {
    const store = new MemoryTermStore();
    await termFiles(store).import('weblate.tbx', base64(fixture('translate-toolkit.tbx')));
    expect(store.entries).toMatchObject([
      {
        zh: ['人类命运共同体'],
        en: ['community with a shared future for mankind'],
        forbidden: ['community of common destiny'],
      },
    ]);
  });

  it('reads a namespaced TBX-Basic 2019 file, admitted terms after the preferred one', () => {
    const read = readTbx(fixture('basic-2019.tbx').toString('utf8'));
    if (!read.ok) throw new Error('expected the file to read');
    const checked = checkRawTerms(read.raws);
    expect(checked.ok && checked.terms[0].fields).toMatchObject({
      zh: ['驻欧盟使团团长'],
      en: ['Head of the Mission to the EU', 'Ambassador to the EU'],
      domain: 'title',
    });
  });

  it('maps language tags to Chinese and English', () => {
    expect(['zh', 'zh-CN', 'zh-Hans', 'zh-cn', 'ZH_TW'].map(termLanguage)).toEqual([
      'zh',
      'zh',
      'zh',
      'zh',
      'zh',
    ]);
    expect(['en', 'en-GB', 'en-US'].map(termLanguage)).toEqual(['en', 'en', 'en']);
    expect(['fr', 'de-DE', ''].map(termLanguage)).toEqual([null, null, null]);
  });
});
