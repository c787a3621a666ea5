/**
 * The import service over real services and a real data folder: what a new
 * letter and a new version take from an import, the versions kept, the
 * comments merged, and a refused file changing nothing. The reading is given
 * here as its result (a DocxImport), so each case says exactly what the file
 * held; import-service-docx.test.ts runs the same service on real DOCX files.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setApprovalStatus } from '../../core/approval';
import type { CommentThread } from '../../core/comments/thread';
import {
  editorDoc,
  paragraphNode,
  textNode,
  type EditorDoc,
  type SerializedNode,
  markNode,
} from '../../core/editorDoc';
import { WordedError } from '../../core/i18n/wordedError';
import type { DocxImport, ImportedLetter, ImportReport } from '../../core/import/docxImport';
import type { Letter } from '../../core/letter';
import { ImportService } from '../../electron/services/import/importService';
import type { ReadDocx } from '../../electron/services/import/readDocx';
import { personOf } from '../../core/signatory';
import { makeDataDir, openServices } from '../helpers/services';
import { pressCounsellor } from '../helpers/signatory';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let clock: number;
const now = () => new Date(clock);
beforeEach(async () => {
  data = await makeDataDir();
  clock = Date.parse('2026-11-30T08:00:00Z');
});
afterEach(() => data.cleanup());

const REPORT: ImportReport = {
  trackedChanges: { insertions: 0, deletions: 0 },
  comments: { found: 0, anchored: 0 },
  tables: 0,
  textBoxes: 0,
  images: 0,
  notes: 0,
  recognised: ['body'],
};

const doc = (...paragraphs: Array<string | SerializedNode[]>): EditorDoc =>
  editorDoc(paragraphs.map((p) => paragraphNode(typeof p === 'string' ? [textNode(p)] : p)));
const mark = (id: string, text: string): SerializedNode => markNode([id], [textNode(text)]);
const thread = (id: string, author: string, text: string, replies: string[] = []): CommentThread => ({
  id,
  side: 'body',
  quote: 'quote',
  createdAt: '2026-11-29T10:00:00.000Z',
  resolved: false,
  comments: [
    { id: `${id}c0`, author, createdAt: '2026-11-29T10:00:00.000Z', text },
    ...replies.map((reply, i) => ({
      id: `${id}c${i + 1}`,
      author: 'Reviewer',
      createdAt: '2026-11-29T11:00:00.000Z',
      text: reply,
    })),
  ],
});

const imported = (letter: Partial<ImportedLetter>): ImportedLetter => ({
  title: '',
  preface: doc(''),
  body: doc(''),
  comments: [],
  ...letter,
});

/** What the "file" holds: the reader hands back `result`, or refuses the file with `problem`. */
function reader(result: DocxImport | WordedError): ReadDocx & { calls: number } {
  const read = Object.assign(
    async () => {
      read.calls += 1;
      if (result instanceof WordedError) throw result;
      return result;
    },
    { calls: 0 },
  );
  return read;
}

async function open(read: ReadDocx) {
  const services = await openServices(data.dir, now);
  const imports = new ImportService({
    letters: services.letters,
    history: services.history,
    settings: services.settings,
    signatories: () => services.signatories.list().signatories.map(personOf),
    now,
    readDocx: read,
  });
  return { services, imports };
}

const FILE = Buffer.from('PK not really a docx: the reader here is given').toString('base64');
const bodyText = (letter: Letter) => JSON.stringify(letter.body);

describe('a new letter from a DOCX', () => {
  it('takes the text and the recognised parts; the rest are a new letter’s (the default signatory)', async () => {
    const { services, imports } = await open(
      reader({
        letter: imported({
          title: '致编辑的信',
          preface: doc('中文导语。'),
          body: doc('Sir, – The article was wrong.'),
          salutation: 'Sir, –',
          closing: 'Yours faithfully,',
        }),
        report: { ...REPORT, recognised: ['preface', 'body', 'salutation', 'closing'] },
      }),
    );
    await services.signatories.save({ ...pressCounsellor(), revision: 0 });
    const { letter, report } = await imports.newLetter('Reply.docx', FILE);
    expect(letter.title).toBe('致编辑的信');
    expect(JSON.stringify(letter.preface)).toContain('中文导语。');
    expect(bodyText(letter)).toContain('The article was wrong.');
    expect(letter.salutation).toBe('Sir, –');
    expect(letter.closing).toBe('Yours faithfully,');
    expect(letter.signatory?.nameEn).toBe(pressCounsellor().nameEn);
    expect(letter.addressee).toBe('');
    expect(report.recognised).toContain('closing');
    expect(await services.letters.get(letter.id)).toEqual(letter);
    expect((await services.history.list(letter.id)).versions.map((v) => v.kind)).toEqual(['created']);
  });

  it('is named after the file when the document has no first line, and a known signatory is the profile', async () => {
    const counsellor = pressCounsellor();
    const { services, imports } = await open(
      reader({
        letter: imported({
          body: doc('Text.'),
          signatory: {
            nameEn: counsellor.nameEn.toUpperCase(),
            titleEn: '',
            organisationEn: '',
            nameZh: '',
            titleZh: '',
            organisationZh: '',
          },
        }),
        report: REPORT,
      }),
    );
    await services.signatories.save({ ...counsellor, revision: 0 });
    const { letter } = await imports.newLetter('C:\\Drafts\\Reply to Le Soir.DOCX', FILE);
    expect(letter.title).toBe('Reply to Le Soir');
    expect(letter.signatory).toEqual(personOf({ ...counsellor, revision: 1 }));
  });

  it('refuses a file the reader cannot read with its message, and makes nothing', async () => {
    const problem = new WordedError({ id: 'error.import.pdf', defaultMessage: 'This file is a PDF.' });
    const { services, imports } = await open(reader(problem));
    const before = await readdir(join(data.dir, 'letters'));
    await expect(imports.newLetter('scan.docx', FILE)).rejects.toMatchObject({
      code: 'invalid-input',
      wording: { id: 'error.import.pdf' },
    });
    expect(await readdir(join(data.dir, 'letters'))).toEqual(before);
    expect(services.letters.list()).toEqual([]);
  });

  it('refuses content that is not base64, and a file over the limit, before reading', async () => {
    const read = reader({ letter: imported({}), report: REPORT });
    const { imports } = await open(read);
    await expect(imports.newLetter('a.docx', 'not base64!')).rejects.toMatchObject({
      wording: { id: 'error.import.notBase64' },
    });
    const big = Buffer.alloc(20 * 1024 * 1024 + 1).toString('base64');
    await expect(imports.newLetter('big.docx', big)).rejects.toMatchObject({
      wording: { id: 'error.import.tooBig', values: { size: 20.1, limit: 20 } },
    });
    expect(read.calls).toBe(0);
  });
});

describe('a reviewed DOCX as a new version', () => {
  async function approvedLetter(services: Awaited<ReturnType<typeof open>>['services']) {
    let letter = await services.letters.create(null);
    clock += 1000;
    letter = await services.letters.save({
      ...letter,
      title: 'Reply',
      salutation: 'Dear Editor,',
      addressee: 'The Letters Editor',
      body: doc(
        ['The ', mark('t1', 'claim'), ' is wrong.'].map((p) => (typeof p === 'string' ? textNode(p) : p)),
      ),
      comments: [thread('t1', 'Wang Fang', 'Cite the source?'), thread('t2', 'Li Lei', 'Shorter?')],
    });
    clock += 1000;
    letter = await services.letters.save({
      ...letter,
      approval: setApprovalStatus(letter.approval, 'body', 'approved'),
    });
    return letter;
  }

  it('keeps the text as "before import", takes the file’s text and recognised fields, keeps the rest', async () => {
    const incoming = imported({
      preface: doc('中文导语。'),
      body: doc('The claim is plainly wrong.'),
      closing: 'Yours sincerely,',
    });
    const { services, imports } = await open(reader({ letter: incoming, report: REPORT }));
    const letter = await approvedLetter(services);
    clock += 60_000;
    const result = await imports.newVersion(letter.id, letter.revision, 'Reply (reviewed).docx', FILE);

    expect(result.letter.revision).toBe(letter.revision + 1);
    expect(bodyText(result.letter)).toContain('plainly wrong');
    expect(result.letter.closing).toBe('Yours sincerely,');
    // Not in the file: as they were.
    expect(result.letter.title).toBe('Reply');
    expect(result.letter.salutation).toBe('Dear Editor,');
    expect(result.letter.addressee).toBe('The Letters Editor');
    // A changed side goes back to draft, as an edit sends it.
    expect(result.letter.approval.body).toBe('draft');
    expect(result.letter.comments.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(await services.letters.get(letter.id)).toEqual(result.letter);

    const { versions } = await services.history.list(letter.id);
    expect(versions.slice(0, 2).map((v) => v.kind)).toEqual(['imported', 'beforeImport']);
    expect(versions[0]).toEqual(result.imported);
    expect(versions[1]).toEqual(result.before);
    expect(result.imported?.importedFrom).toBe('Reply (reviewed).docx');
    const before = await services.history.get(letter.id, result.before.id);
    expect(bodyText(before.letter)).toContain('is wrong.');
    expect(before.letter.approval.body).toBe('approved');

    const comparison = await services.history.compare(letter.id, result.before.id, result.imported!.id);
    expect(JSON.stringify(comparison)).toContain('plainly');
  });

  it('re-anchors a thread whose first comment comes back from Word, adds replies and new comments', async () => {
    const incoming = imported({
      body: doc([
        textNode('The '),
        mark('w0', 'claim'),
        textNode(' is '),
        mark('w1', 'plainly'),
        textNode(' wrong.'),
      ]),
      comments: [
        { ...thread('w0', 'Wang Fang', 'Cite the source?', ['Done: the 2025 report.']), quote: 'claim' },
        { ...thread('w1', 'Reviewer', 'Too strong?'), quote: 'plainly' },
        // Same words as t2, but it came as its own comment too: t2 is re-anchored once, this is new.
        { ...thread('t1', 'Li Lei', 'Shorter?'), quote: 'wrong' },
        { ...thread('w3', 'Li Lei', 'Shorter?'), quote: 'wrong' },
      ],
    });
    const { services, imports } = await open(
      reader({ letter: incoming, report: { ...REPORT, comments: { found: 4, anchored: 4 } } }),
    );
    const letter = await approvedLetter(services);
    const { letter: after } = await imports.newVersion(letter.id, letter.revision, 'r.docx', FILE);
    const byId = new Map(after.comments.map((t) => [t.id, t]));
    // t1 is the same thread, now with the reply made in Word, anchored where the mark w0 was.
    expect(byId.get('t1')?.comments.map((c) => c.text)).toEqual([
      'Cite the source?',
      'Done: the 2025 report.',
    ]);
    expect(byId.get('t1')?.quote).toBe('claim');
    expect(bodyText(after)).not.toContain('"w0"');
    // The comment imported with id t1 matched t2 (same author and text): t2 is re-anchored.
    expect(byId.get('t2')?.quote).toBe('wrong');
    expect(byId.get('w1')?.comments[0]?.text).toBe('Too strong?');
    expect(byId.get('w3')?.comments[0]?.text).toBe('Shorter?');
    expect(after.comments).toHaveLength(4);
    const marks: string[] = [];
    const visit = (node: SerializedNode) => {
      if (node.type === 'mark') marks.push(...(node.ids as string[]));
      node.children?.forEach(visit);
    };
    visit(after.body.root);
    expect(marks).toEqual(['t1', 'w1']);
  });

  it('refuses a stale revision, and a file the reader refuses, and changes nothing either way', async () => {
    const { services, imports } = await open(
      reader({ letter: imported({ body: doc('New.') }), report: REPORT }),
    );
    const letter = await approvedLetter(services);
    const versions = (await services.history.list(letter.id)).versions;
    await expect(imports.newVersion(letter.id, letter.revision - 1, 'r.docx', FILE)).rejects.toMatchObject({
      code: 'conflict',
    });

    const problem = new WordedError({ id: 'error.import.damaged', defaultMessage: 'The file is damaged.' });
    const refusing = new ImportService({
      letters: services.letters,
      history: services.history,
      settings: services.settings,
      signatories: () => [],
      now,
      readDocx: reader(problem),
    });
    await expect(refusing.newVersion(letter.id, letter.revision, 'r.docx', FILE)).rejects.toMatchObject({
      code: 'invalid-input',
      wording: { id: 'error.import.damaged' },
    });
    expect(await services.letters.get(letter.id)).toEqual(letter);
    expect((await services.history.list(letter.id)).versions).toEqual(versions);
  });
});
