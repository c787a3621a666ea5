/**
 * Large term files are read in slices (core/terms/tbxRead.ts with saxes,
 * core/terms/termFileText.ts, the service's base64), so the main process
 * serves other requests meanwhile; a refusal still changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Wording } from '../../core/i18n/wording';
import { readTbx, readTbxSteps, type TbxRead } from '../../core/terms/tbxRead';
import { writeTbx } from '../../core/terms/tbxWrite';
import type { TermEntry } from '../../core/terms/termEntry';
import { TERM_LIMITS } from '../../core/terms/termEntry';
import { termFileTextSteps } from '../../core/terms/termFileText';
import type { ImportProblemsError } from '../../electron/services/libraryService';
import { readTermFile } from '../../electron/services/terms/termFilesService';
import { english } from '../helpers/english';
import { base64, MemoryTermStore, STORED, termFiles } from '../helpers/termFiles';

/** `count` entries like an office's, each with its own LetterDesk id. */
function entries(count: number): TermEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    ...STORED[0],
    id: `20260101T080000000-${i.toString(16).padStart(8, '0')}`,
    zh: [`委员会${i}`],
    en: [`Committee ${i}`],
  }));
}

/** Runs a pausing task to its end; how many times it paused, and its result. */
function drain<T>(task: Generator<void, T, void>): { pauses: number; value: T } {
  let pauses = 0;
  for (;;) {
    const step = task.next();
    if (step.done) return { pauses, value: step.value };
    pauses += 1;
  }
}

const problems = (read: TbxRead) => (read.ok ? [] : english(read.problems));

describe('TBX read in slices', () => {
  const xml = writeTbx(entries(300));

  it('pauses after each slice given to the parser, and reads what reading at once reads', () => {
    const { pauses, value } = drain(readTbxSteps(xml, 4096));
    expect(pauses).toBe(Math.ceil(xml.length / 4096));
    expect(value).toEqual(readTbx(xml));
    expect(value.ok && value.raws).toHaveLength(300);
    expect(value.ok && value.raws[299]).toMatchObject({ zh: ['委员会299'], en: ['Committee 299'] });
  });

  it('an element cut by a slice’s end is read whole (one character at a time)', () => {
    const small = writeTbx(entries(2));
    expect(drain(readTbxSteps(small, 1)).value).toEqual(readTbx(small));
  });

  it('more entries than a termbase holds: refused before the parser is given any text', () => {
    const tooMany = `<tbx><text><body>${'<conceptEntry/>'.repeat(TERM_LIMITS.entries + 1)}</body></text></tbx>`;
    const steps = readTbxSteps(tooMany);
    const first = steps.next();
    expect(first.done).toBe(true);
    expect(problems(first.value as TbxRead)).toEqual([
      '(file): the file has 50,001 entries; a termbase may hold at most 50,000',
    ]);
  });

  it('entries the count in the text misses are counted as read: the read stops at the first one too many', () => {
    // A prefix of Chinese letters (legal XML) is not one the count in the text looks for; what follows the
    // 50,001st entry is never read, so it is not reported as malformed.
    const entry = '<术:conceptEntry/>';
    const tooMany = `<tbx xmlns:术="urn:x"><text><body>${entry.repeat(TERM_LIMITS.entries + 1)}<broken></body></text></tbx>`;
    const { pauses, value } = drain(readTbxSteps(tooMany, 4096));
    expect(problems(value)).toEqual([
      '(file): the file has 50,001 entries; a termbase may hold at most 50,000',
    ]);
    expect(pauses).toBeLessThan(Math.ceil(tooMany.length / 4096));
  });

  it('XML that is not TBX is refused at its root, before the rest is read', () => {
    const { pauses, value } = drain(readTbxSteps(`<html>${'<p>text</p>'.repeat(2000)}<broken></html>`, 1024));
    expect(problems(value)).toEqual([
      '(file): the XML is not TBX (its root element is “html”, expected “tbx” or “martif”)',
    ]);
    expect(pauses).toBe(0);
  });

  it('malformed XML deep in a file: the line and column of the fault, and what it is', () => {
    const lines = xml.split('\n');
    const at = lines.findIndex((line) => line.includes('<term>Committee 250</term>'));
    lines[at] = lines[at].replace('</term>', '</termSec>');
    const read = drain(readTbxSteps(lines.join('\n'), 4096)).value;
    expect(problems(read)).toEqual([
      `Line ${at + 1}, column ${lines[at].indexOf('</termSec>') + 10}: the XML is not well formed (the end tag </termSec> closes <term>)`,
    ]);
  });

  it('an entity no DTD declares (saxes expands none) is malformed XML, named', () => {
    const xml = '<tbx><text><body><conceptEntry><note>&amp; &nbsp;</note></conceptEntry></body></text></tbx>';
    // The column of the reference's last character, counted from 1.
    const column = xml.indexOf('&nbsp;') + '&nbsp;'.length;
    expect(problems(readTbx(xml))).toEqual([
      `Line 1, column ${column}: the XML is not well formed (the entity &nbsp; is not defined)`,
    ]);
  });
});

describe('term file text decoded in slices', () => {
  it('a character cut by a slice’s end is decoded whole', () => {
    const bytes = new TextEncoder().encode('zh,en\r\n外交部,MFA\r\n');
    expect(drain(termFileTextSteps(bytes, 1))).toEqual({
      pauses: bytes.length,
      value: { ok: true, text: 'zh,en\r\n外交部,MFA\r\n' },
    });
  });

  it('a UTF-8 sequence left unfinished at the end refuses the file', () => {
    const bytes = new TextEncoder().encode('zh,en\r\n外').slice(0, -1);
    expect(drain(termFileTextSteps(bytes, 2)).value).toEqual({ ok: false });
  });
});

describe('a large import lets other requests run', () => {
  const big = writeTbx(entries(3000));

  it('the service’s read pauses while it decodes, reads and checks, and reads every entry', () => {
    const { pauses, value } = drain(readTermFile(base64(big)));
    // At least once per slice of base64, of bytes and of TBX text, and once per entry checked.
    expect(pauses).toBeGreaterThan(3000 + Math.ceil(big.length / (64 * 1024)));
    expect(value.ok && value.terms).toHaveLength(3000);
  });

  it('other work runs while a file is read: before the store is even asked for its entries', async () => {
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks += 1;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    let ticksWhenRead = -1;
    const store = new MemoryTermStore();
    const all = store.all.bind(store);
    store.all = () => {
      ticksWhenRead = ticks;
      return all();
    };
    const result = await termFiles(store).import('big.tbx', base64(big));
    running = false;
    expect(result).toMatchObject({ status: 'imported', counts: { added: 3000 } });
    expect(ticksWhenRead).toBeGreaterThan(1);
  });

  it('a file malformed after thousands of good entries changes nothing', async () => {
    const broken = big.replace('<term>Committee 2900</term>', '<term>Committee 2900</termSec>');
    const store = new MemoryTermStore(STORED);
    const error = (await termFiles(store)
      .import('big.tbx', base64(broken))
      .catch((e: unknown) => e)) as ImportProblemsError;
    expect(english(error.problems as Wording[])).toEqual([
      expect.stringMatching(
        /^Line \d+, column \d+: the XML is not well formed \(the end tag <\/termSec> closes <term>\)$/,
      ),
    ]);
    expect(store.writes).toBe(0);
    expect(store.entries).toEqual(STORED);
  });
});
