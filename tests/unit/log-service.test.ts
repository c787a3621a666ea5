/**
 * The letter log through the contract, on real services over a temp data
 * folder (conf, not electron-store): a sending points at the exact version
 * that left; outcomes and corrections are revision-checked; a damaged file is
 * set aside and the rest listed; the exclusivity warning reads the texts as
 * sent; the CSV is saved like other exports.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../core/contract';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import { versionId as makeId } from '../../core/history/versionId';
import type { Letter } from '../../core/letter';
import type { LogList } from '../../core/log/logList';
import type { Sending } from '../../core/log/sending';
import { sendingFile } from '../../core/schemas/sending';
import { openContract } from '../helpers/contract';
import { makeDataDir } from '../helpers/services';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let clock: number;
const now = () => new Date(clock);
beforeEach(async () => {
  data = await makeDataDir();
  clock = Date.parse('2026-05-03T09:00:00Z');
});
afterEach(() => data.cleanup());

const TEXT = 'The ports of Piraeus are open to every investor on equal terms, as the figures show.';

const withBody = (letter: Letter, text: string): Letter => ({
  ...letter,
  body: editorDoc([paragraphNode([textNode(text)])]),
});

/** Real services through the contract, and a letter with TEXT in it. */
async function open() {
  const { services, call, files } = await openContract(data.dir, now);
  const letter = await services.letters.save(withBody(await services.letters.create(null), TEXT));
  return { services, call, files, letter };
}

const toFt = (letterId: string, versionId: string | null, extra: object = {}) => ({
  sending: {
    letterId,
    versionId,
    publicationId: 'financial-times',
    to: 'letters.editor@ft.com',
    sentAt: '2026-05-03T09:00:00.000Z',
    channel: 'docx',
    exclusive: true,
    replyWindowDays: 14,
    ...extra,
  },
});

describe('recording a sending', () => {
  it('points at the handout version that left, whatever the letter becomes', async () => {
    const { services, call, letter } = await open();
    await call('export.docx', { id: letter.id, variant: 'editor' });
    const handout = (await services.history.list(letter.id)).versions.find((v) => v.kind === 'handout')!;
    expect(handout).toBeDefined();
    const sending = await call<Sending>('log.record', toFt(letter.id, handout.id));
    expect(sending).toMatchObject({
      letterId: letter.id,
      versionId: handout.id,
      publication: 'Financial Times',
      revision: 1,
      answerBy: '2026-05-17',
      outcome: { kind: 'awaiting' },
    });
    clock += 60_000;
    await services.letters.save(withBody(await services.letters.get(letter.id), 'Something else entirely.'));
    const sent = await services.history.get(letter.id, sending.versionId);
    expect(JSON.stringify(sent.letter.body)).toContain('Piraeus');
    expect(await call('log.forLetter', { letterId: letter.id })).toEqual([sending]);
  });

  it('“Mark as sent…” keeps a frozen version first', async () => {
    const { services, call, letter } = await open();
    const before = (await services.history.list(letter.id)).versions.length;
    const byEmail = await call<Sending>('log.record', toFt(letter.id, null, { channel: 'email' }));
    const byPost = await call<Sending>(
      'log.record',
      toFt(letter.id, null, {
        channel: 'other',
        publicationId: null,
        publication: 'Le Monde',
        exclusive: false,
      }),
    );
    const versions = (await services.history.list(letter.id)).versions;
    expect(versions.length).toBe(before + 2);
    expect(versions.find((v) => v.id === byEmail.versionId)).toMatchObject({
      kind: 'handout',
      handout: { action: 'email' },
    });
    expect(versions.find((v) => v.id === byPost.versionId)).toMatchObject({
      kind: 'named',
      name: 'Sent to Le Monde',
    });
    expect(byPost).toMatchObject({ publicationId: null, publication: 'Le Monde', answerBy: '2026-05-17' });
  });

  it('after a hand-off, points at its version rather than keeping a twin; a changed letter gets its own', async () => {
    const { services, call, letter } = await open();
    await call('export.email', { id: letter.id, variant: 'editor' }).catch(() => undefined);
    await call('export.docx', { id: letter.id, variant: 'editor' });
    const handout = (await services.history.list(letter.id)).versions[0];
    const count = (await services.history.list(letter.id)).versions.length;
    const sending = await call<Sending>('log.record', toFt(letter.id, null, { channel: 'docx' }));
    expect(sending.versionId).toBe(handout.id);
    expect((await services.history.list(letter.id)).versions.length).toBe(count);

    clock += 60_000;
    await services.letters.save(withBody(await services.letters.get(letter.id), `${TEXT} Indeed.`));
    const later = await call<Sending>('log.record', toFt(letter.id, null, { channel: 'docx' }));
    expect(later.versionId).not.toBe(handout.id);
    expect(JSON.stringify((await services.history.get(letter.id, later.versionId)).letter.body)).toContain(
      'Indeed',
    );
  });

  it('refuses a version that is not the letter’s, and malformed input', async () => {
    const { call, letter } = await open();
    await expect(call('log.record', toFt(letter.id, '20260101T000000000-00000000'))).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(call('log.record', toFt(letter.id, null, { sentAt: 'yesterday' }))).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(call('log.record', toFt(letter.id, null, { replyWindowDays: 0 }))).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(call('log.record', toFt('../x', null))).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      call('log.record', toFt(letter.id, null, { publicationId: null, publication: ' ' })),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('the profile decides, not the page', () => {
  it('takes the stored profile’s names, exclusivity and reply window unless the officer changed them', async () => {
    const { call, letter } = await open();
    const toPost = (extra: object) =>
      call<Sending>('log.record', {
        sending: {
          letterId: letter.id,
          versionId: null,
          publicationId: 'washington-post',
          // What a stale or hand-made page might say: the stored profile's names win.
          publication: 'Some Other Paper',
          to: 'letters@washpost.com',
          sentAt: '2026-05-03T09:00:00.000Z',
          channel: 'email',
          ...extra,
        },
      });
    // Untouched in the dialog: the Post's stored terms, exclusive and two weeks.
    expect(await toPost({})).toMatchObject({
      publicationId: 'washington-post',
      publication: 'The Washington Post',
      exclusive: true,
      answerBy: '2026-05-17',
    });
    // Changed for this sending (the paper waived exclusivity; no window): the officer's choice.
    expect(await toPost({ exclusive: false, replyWindowDays: null })).toMatchObject({
      exclusive: false,
      answerBy: null,
    });
    expect(await toPost({ replyWindowDays: 3 })).toMatchObject({ exclusive: true, answerBy: '2026-05-06' });
  });

  it('treats an id Settings no longer has as no profile, named as given; refuses it without a name', async () => {
    const { call, letter } = await open();
    const gone = (extra: object) =>
      call<Sending>('log.record', {
        sending: {
          letterId: letter.id,
          versionId: null,
          publicationId: 'no-such-paper',
          to: '',
          sentAt: '2026-05-03T09:00:00.000Z',
          channel: 'other',
          ...extra,
        },
      });
    expect(await gone({ publication: ' Le Monde ' })).toMatchObject({
      publicationId: null,
      publication: 'Le Monde',
      exclusive: false,
      answerBy: null,
    });
    await expect(gone({})).rejects.toMatchObject({ code: 'invalid-input' });
    // Checked against the stored sendings: an unknown id is the paper named, not a paper of its own.
    await call('log.record', toFt(letter.id, null));
    const conflicts = await call<Array<{ reason: string }>>('log.checkExclusive', {
      letterId: letter.id,
      publicationId: 'no-such-paper',
      publication: 'Financial Times',
    });
    expect(conflicts).toEqual([]);
    const elsewhere = await call<Array<{ reason: string }>>('log.checkExclusive', {
      letterId: letter.id,
      publicationId: 'no-such-paper',
      publication: 'Le Monde',
    });
    expect(elsewhere.map((c) => c.reason)).toEqual(['sameLetter']);
  });
});

describe('outcomes and corrections', () => {
  it('records an outcome, drafts the Chinese note, and refuses a stale revision', async () => {
    const { services, call, letter } = await open();
    await services.letters.save({
      ...(await services.letters.get(letter.id)),
      signatory: {
        id: 'wang-wei',
        nameEn: 'Wang Wei',
        nameZh: '王伟',
        titleEn: 'Ambassador',
        titleZh: '大使',
        organisationEn: '',
        organisationZh: '',
      },
    });
    const sending = await call<Sending>('log.record', toFt(letter.id, null));
    const outcome = {
      kind: 'published',
      date: '2026-05-08',
      headline: 'Open ports',
      url: 'https://www.ft.com/content/x',
      extent: 'part',
      publishedText: 'The ports are open.',
    };
    const done = await call<Sending>('log.setOutcome', { id: sending.id, revision: 1, outcome });
    expect(done).toMatchObject({ revision: 2, outcome, outcomeAt: '2026-05-03T09:00:00.000Z' });
    expect(done.noteZh).toBe('《金融时报》于2026年5月8日刊登我馆王伟署名来信，题为“Open ports”。');

    // Another window still holds revision 1: refused, nothing overwritten.
    await expect(
      call('log.setOutcome', { id: sending.id, revision: 1, outcome: { kind: 'noReply', note: '' } }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(call('log.remove', { id: sending.id, revision: 1 })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await call<Sending[]>('log.forLetter', { letterId: letter.id }))[0]).toEqual(done);

    // An edited note is the officer's: a new outcome does not redraft it.
    const edited = await call<Sending>('log.update', {
      id: sending.id,
      revision: 2,
      update: { noteZh: '已改。' },
    });
    const again = await call<Sending>('log.setOutcome', {
      id: sending.id,
      revision: edited.revision,
      outcome: { ...outcome, headline: 'Other' },
    });
    expect(again.noteZh).toBe('已改。');
  });

  it('drafts from the office’s template in settings (log.noteTemplateZh), revision-checked', async () => {
    const { services, call, letter } = await open();
    const settings = services.settings.get();
    expect(settings.log.noteTemplateZh).toBe(
      '《{publicationZh}》于{date}刊登我馆{signatory}署名来信，题为“{headline}”。',
    );
    await call('settings.update', {
      update: { log: { noteTemplateZh: '{publicationZh}：{headline}', revision: 0 } },
    });
    await expect(
      call('settings.update', { update: { log: { noteTemplateZh: 'x', revision: 0 } } }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const sending = await call<Sending>('log.record', toFt(letter.id, null));
    const done = await call<Sending>('log.setOutcome', {
      id: sending.id,
      revision: 1,
      outcome: {
        kind: 'published',
        date: '2026-05-08',
        headline: '开放',
        url: '',
        extent: 'full',
        publishedText: '',
      },
    });
    expect(done.noteZh).toBe('金融时报：开放');
  });

  it('moves the reply window with a corrected date, and removes at the current revision', async () => {
    const { call, letter } = await open();
    const sending = await call<Sending>('log.record', toFt(letter.id, null));
    const moved = await call<Sending>('log.update', {
      id: sending.id,
      revision: 1,
      update: { sentAt: '2026-05-10T09:00:00.000Z', to: 'letters@ft.com' },
    });
    expect(moved).toMatchObject({ answerBy: '2026-05-24', to: 'letters@ft.com', revision: 2 });
    await expect(
      call('log.update', { id: sending.id, revision: 2, update: { answerBy: '2026-02-30' } }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(await call('log.remove', { id: sending.id, revision: 2 })).toEqual({ id: sending.id });
    expect(await call('log.forLetter', { letterId: letter.id })).toEqual([]);
    await expect(
      call('log.setOutcome', { id: sending.id, revision: 2, outcome: { kind: 'awaiting' } }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('the stored log', () => {
  it('sets a damaged file aside with a notice and lists the rest, from a new app run', async () => {
    const first = await open();
    const kept = await first.call<Sending>('log.record', toFt(first.letter.id, null));
    const broken = await first.call<Sending>('log.record', toFt(first.letter.id, null));
    await first.services.log.flush();
    await writeFile(join(data.dir, 'log', `${broken.id}.json`), '{"schemaVersion": 1, "id": ');

    const second = await open();
    const list = await second.call<{ rows: Sending[]; total: number; notices: Array<{ id: string }> }>(
      'log.list',
      {},
    );
    expect(list.rows.map((row) => row.id)).toEqual([kept.id]);
    expect(list.notices.map((notice) => notice.id)).toEqual(['log.notice.damagedSetAside']);
    const names = await readdir(join(data.dir, 'log'));
    expect(names.some((name) => name.startsWith(`${broken.id}.json.corrupt-`))).toBe(true);
    expect(names).not.toContain(`${broken.id}.json`);
    // Told once.
    expect((await second.call<{ notices: unknown[] }>('log.list', {})).notices).toEqual([]);
  });

  it('lists from its cache, and still sees a file changed by another program', async () => {
    const first = await open();
    const sending = await first.call<Sending>('log.record', toFt(first.letter.id, null));
    await first.services.log.flush();
    const cache = JSON.parse(await readFile(join(data.dir, 'log', 'list-cache.json'), 'utf8'));
    expect(cache.sendings.map((entry: { sending: Sending }) => entry.sending.id)).toEqual([sending.id]);

    const path = join(data.dir, 'log', `${sending.id}.json`);
    const stored = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...stored, to: 'edited@ft.com', revision: 2 }));
    const later = new Date(Date.now() + 5000);
    await import('node:fs/promises').then((fs) => fs.utimes(path, later, later));
    const second = await open();
    expect((await second.call<Sending[]>('log.forLetter', { letterId: first.letter.id }))[0].to).toBe(
      'edited@ft.com',
    );
  });
});

describe('the stored log, in one app run', () => {
  it('sees a sending another program added or removed since the last list', async () => {
    const { services, call, letter } = await open();
    const sending = await call<Sending>('log.record', toFt(letter.id, null));
    await services.log.flush();
    expect((await services.log.list({}, 10)).total).toBe(1);
    const copy = { ...sending, id: '20260503T100000000-0000beef' };
    const stored = JSON.parse(await readFile(join(data.dir, 'log', `${sending.id}.json`), 'utf8'));
    await writeFile(join(data.dir, 'log', `${copy.id}.json`), JSON.stringify({ ...stored, id: copy.id }));
    expect((await services.log.list({}, 10)).rows.map((row) => row.id)).toEqual([copy.id, sending.id]);
    await import('node:fs/promises').then((fs) => fs.unlink(join(data.dir, 'log', `${sending.id}.json`)));
    expect((await services.log.list({}, 10)).rows.map((row) => row.id)).toEqual([copy.id]);
  });
});

describe('the exclusivity warning', () => {
  it('warns for the same letter and for a near copy, until the submission closes', async () => {
    const { services, call, letter } = await open();
    const sending = await call<Sending>('log.record', toFt(letter.id, null));
    const check = (letterId: string, extra: object = {}) =>
      call<Array<{ reason: string; sending: Sending }>>('log.checkExclusive', {
        letterId,
        publicationId: 'the-guardian',
        ...extra,
      });
    expect((await check(letter.id)).map((c) => [c.reason, c.sending.id])).toEqual([
      ['sameLetter', sending.id],
    ]);
    expect(await check(letter.id, { publicationId: 'financial-times' })).toEqual([]);

    // A copy with one word changed is a near copy; one rewritten is not.
    const copy = await services.letters.duplicate(letter.id);
    await services.letters.save(withBody(copy, TEXT.replace('every', 'any')));
    expect((await check(copy.id)).map((c) => c.reason)).toEqual(['nearCopy']);
    const rewritten = await services.letters.duplicate(letter.id);
    await services.letters.save(
      withBody(rewritten, 'Trade with China benefits Greek workers and Greek ports alike.'),
    );
    expect(await check(rewritten.id)).toEqual([]);

    // After its window, or once it has an outcome, it holds nothing.
    expect(await check(letter.id, { sentAt: '2026-05-18T09:00:00.000Z' })).toEqual([]);
    await call('log.setOutcome', {
      id: sending.id,
      revision: 1,
      outcome: { kind: 'rejected', date: '2026-05-05', note: '' },
    });
    expect(await check(letter.id)).toEqual([]);
  });
});

describe('the list and the CSV', () => {
  it('lists filtered rows with their summary, and saves the CSV in the caller’s language', async () => {
    const { call, files, letter } = await open();
    await call('log.record', toFt(letter.id, null));
    await call(
      'log.record',
      toFt(letter.id, null, { publicationId: 'the-guardian', sentAt: '2026-04-03T09:00:00.000Z' }),
    );
    const list = await call<{ rows: Sending[]; total: number; summary: { total: { sent: number } } }>(
      'log.list',
      {
        filter: { publication: 'The Guardian' },
      },
    );
    expect(list.total).toBe(1);
    expect(list.summary.total.sent).toBe(1);
    expect((await call<{ rows: Sending[] }>('log.list', { limit: 1 })).rows).toHaveLength(1);

    const result = await call<ExportResult>('log.exportCsv', { kind: 'summary', language: 'zh-CN' });
    expect(result).toMatchObject({ status: 'saved', fileName: '来信记录统计 2026-05-03.csv' });
    const text = new TextDecoder().decode(files[0].bytes);
    expect(text).toContain('按媒体,金融时报,1');
    expect(text).toContain('按媒体,卫报,1');
    await call('log.exportCsv', { kind: 'log', filter: { outcomes: ['awaiting'] }, language: 'en' });
    expect(files[1].fileName).toBe('Letter log 2026-05-03.csv');
    expect(new TextDecoder().decode(files[1].bytes).split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});

describe('more than a page of sendings', () => {
  /** `count` sendings of letter `letterId` to the FT, three at each time (ties in `sentAt`), written as the app would. */
  async function seed(letterId: string, versionId: string, count: number): Promise<void> {
    await mkdir(join(data.dir, 'log'), { recursive: true });
    const base = Date.parse('2025-01-01T09:00:00Z');
    await Promise.all(
      Array.from({ length: count }, (_, i) => {
        const at = new Date(base + Math.floor(i / 3) * 3_600_000);
        const sending: Sending = {
          id: makeId(at, randomBytes(4).toString('hex')),
          revision: 1,
          letterId,
          versionId,
          title: `Reply ${i}`,
          publicationId: 'financial-times',
          publication: 'Financial Times',
          publicationZh: '金融时报',
          to: '',
          sentAt: at.toISOString(),
          channel: 'email',
          exclusive: false,
          answerBy: null,
          outcome: i % 5 === 0 ? { kind: 'rejected', date: '2025-06-01', note: '' } : { kind: 'awaiting' },
          outcomeAt: null,
          noteZh: '',
        };
        return writeFile(join(data.dir, 'log', `${sending.id}.json`), JSON.stringify(sendingFile(sending)));
      }),
    );
  }

  it('pages through every match by cursor, each once, while the summary counts them all', async () => {
    const { call, letter } = await open();
    const kept = await call<Sending>(
      'log.record',
      toFt(letter.id, null, { sentAt: '2024-01-01T09:00:00.000Z' }),
    );
    await seed(letter.id, kept.versionId, 2_344);
    const first = await call<LogList>('log.list', {});
    expect(first.rows).toHaveLength(1000);
    expect(first.total).toBe(2_345);
    expect(first.summary.total.sent).toBe(2_345);
    expect(first.summary.total.rejected).toBe(469);

    // A sending recorded between two pages comes first; the next page neither repeats nor skips a row.
    await call('log.record', toFt(letter.id, null, { sentAt: '2026-05-03T09:00:00.000Z' }));
    const seen = first.rows.map((row) => row.id);
    let page = first;
    while (page.rows.length) {
      const last = page.rows[page.rows.length - 1];
      page = await call<LogList>('log.list', { after: { sentAt: last.sentAt, id: last.id } });
      expect(page.total).toBe(2_346);
      expect(page.summary.total.sent).toBe(2_346);
      seen.push(...page.rows.map((row) => row.id));
    }
    expect(seen).toHaveLength(2_345);
    expect(new Set(seen).size).toBe(2_345);
    expect(seen[seen.length - 1]).toBe(kept.id);

    // Filtered: the pages and the count follow the filter.
    const rejected = await call<LogList>('log.list', { filter: { outcomes: ['rejected'] }, limit: 400 });
    expect([rejected.rows.length, rejected.total, rejected.summary.total.sent]).toEqual([400, 469, 469]);
    const last = rejected.rows[399];
    const rest = await call<LogList>('log.list', {
      filter: { outcomes: ['rejected'] },
      limit: 400,
      after: { sentAt: last.sentAt, id: last.id },
    });
    expect(rest.rows).toHaveLength(69);
    expect(rest.rows.every((row) => row.outcome.kind === 'rejected')).toBe(true);
  });
});

describe('a letter gone from the library', () => {
  it('says which rows’ letters are in the trash or deleted for good; their outcome and note still work', async () => {
    const { services, call, letter } = await open();
    const trashed = await services.letters.save(withBody(await services.letters.create(null), TEXT));
    const deleted = await services.letters.save(withBody(await services.letters.create(null), TEXT));
    const kept = await call<Sending>('log.record', toFt(letter.id, null));
    await call('log.record', toFt(trashed.id, null));
    const gone = await call<Sending>('log.record', toFt(deleted.id, null));
    await services.letters.trash(deleted.id);
    await services.letters.emptyTrash();
    await services.letters.trash(trashed.id);

    const list = await call<LogList>('log.list', {});
    expect(list.rows).toHaveLength(3);
    expect(list.letters).toEqual({ [trashed.id]: 'trash', [deleted.id]: 'deleted' });
    expect(list.letters[kept.letterId]).toBeUndefined();

    // Its version went with it; the log still records what came of it and drafts the note.
    await expect(services.history.get(deleted.id, gone.versionId)).rejects.toMatchObject({
      code: 'not-found',
    });
    const published = await call<Sending>('log.setOutcome', {
      id: gone.id,
      revision: 1,
      outcome: {
        kind: 'published',
        date: '2026-05-10',
        headline: 'Ports open to all',
        url: '',
        extent: 'full',
        publishedText: '',
      },
    });
    expect(published.noteZh).toContain('Ports open to all');
    expect(published.noteZh).toContain('金融时报');
  });
});
