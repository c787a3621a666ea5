/**
 * The import service as the app runs it: real services, a real data folder,
 * and the real reading (core/import/importDocx.ts) of real DOCX files —
 * LetterDesk's own exports (buildLetterDocx), edited as a reviewer's Word
 * leaves them, and the foreign and bad files in tests/fixtures/docx.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentThread } from '../../core/comments/thread';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { editorDoc, paragraphNode, textNode, type SerializedNode, markNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { makeDataDir, openServices } from '../helpers/services';
import { addWordComment } from '../helpers/wordComments';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

const fixture = (name: string) =>
  readFile(fileURLToPath(new URL(`../fixtures/docx/${name}`, import.meta.url)));
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const text = (letter: Pick<Letter, 'preface' | 'body'>, side: 'preface' | 'body') => {
  const out: string[] = [];
  const visit = (node: SerializedNode) => {
    if (typeof node.text === 'string') out.push(node.text);
    node.children?.forEach(visit);
  };
  visit(letter[side].root);
  return out.join('');
};
const markIds = (letter: Letter) => {
  const ids: string[] = [];
  const visit = (node: SerializedNode) => {
    if (node.type === 'mark') ids.push(...(node.ids as string[]));
    node.children?.forEach(visit);
  };
  visit(letter.preface.root);
  visit(letter.body.root);
  return ids;
};

describe('a new letter from a real DOCX', () => {
  it('a LetterDesk export comes back as the letter it was: both sides, the fields, the signatory', async () => {
    const services = await openServices(data.dir);
    const original = loadFixtureLetter('euobserver-rebuttal');
    const bytes = await buildLetterDocx(original, 'bilingual');
    const { letter, report } = await services.imports.newLetter('EUobserver.docx', base64(bytes));

    expect(text(letter, 'preface')).toContain('中国驻比利时使馆注意到');
    expect(text(letter, 'body')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(text(letter, 'body')).toContain('scientific');
    expect(letter.salutation).toBe(original.salutation);
    expect(letter.closing).toBe(original.closing);
    expect(letter.signatory?.nameEn).toBe('Zhang Mingyuan');
    expect(report.recognised).toEqual(expect.arrayContaining(['preface', 'body', 'salutation', 'closing']));
    expect(await services.letters.get(letter.id)).toEqual(letter);
    expect((await services.history.list(letter.id)).versions.map((v) => v.kind)).toEqual(['created']);
  });

  it('Word comments in a foreign file become comment threads, their replies with them', async () => {
    const services = await openServices(data.dir);
    const { letter, report } = await services.imports.newLetter(
      'word-comments.docx',
      base64(await fixture('word-comments.docx')),
    );
    expect(report.comments.found).toBeGreaterThan(0);
    expect(letter.comments.length).toBe(report.comments.found);
    expect(letter.comments.flatMap((thread) => thread.comments).length).toBeGreaterThan(
      letter.comments.length,
    );
    // Every anchored thread is marked in the text it was made on.
    const anchored = new Set(markIds(letter));
    expect(letter.comments.filter((thread) => anchored.has(thread.id))).toHaveLength(
      report.comments.anchored,
    );
  });

  it('refuses a password-protected file, and a damaged one, with what is wrong; nothing is made', async () => {
    const services = await openServices(data.dir);
    await expect(
      services.imports.newLetter('password.docx', base64(await fixture('password.docx'))),
    ).rejects.toMatchObject({ code: 'invalid-input', wording: { id: 'error.import.passwordProtected' } });
    const whole = await buildLetterDocx(loadFixtureLetter('formatting'), 'editor');
    await expect(
      services.imports.newLetter('cut.docx', base64(whole.slice(0, Math.floor(whole.length / 2)))),
    ).rejects.toMatchObject({ code: 'invalid-input', wording: { id: 'error.import.damaged' } });
    expect(services.letters.list()).toEqual([]);
  });
});

/**
 * `bytes` (a LetterDesk export) as a reviewer returns it: "claim" changed to
 * "assertion" with tracked changes, and a Word comment by `comment.author`
 * on "assertion".
 */
async function reviewed(bytes: Uint8Array, comment: { author: string; text: string }): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file('word/document.xml')!.async('string');
  const who = `w:author="${comment.author}" w:date="2026-11-30T10:00:00Z"`;
  const run =
    /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">The claim is wrong\.<\/w:t><\/w:r>/;
  expect(xml).toMatch(run);
  xml = xml.replace(
    run,
    (_, props = '') =>
      `<w:r>${props}<w:t xml:space="preserve">The </w:t></w:r>` +
      `<w:del w:id="801" ${who}><w:r>${props}<w:delText>claim</w:delText></w:r></w:del>` +
      '<w:commentRangeStart w:id="0"/>' +
      `<w:ins w:id="802" ${who}><w:r>${props}<w:t>assertion</w:t></w:r></w:ins>` +
      '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' +
      `<w:r>${props}<w:t xml:space="preserve"> is wrong.</w:t></w:r>`,
  );
  zip.file('word/document.xml', xml);
  await addWordComment(zip, {
    id: 0,
    author: comment.author,
    date: '2026-11-30T10:00:00Z',
    initials: 'R',
    text: comment.text,
  });
  return zip.generateAsync({ type: 'uint8array' });
}

describe('a reviewed DOCX as a new version', () => {
  const THREAD: CommentThread = {
    id: 'thread1',
    side: 'body',
    quote: 'claim',
    createdAt: '2026-11-29T10:00:00.000Z',
    resolved: false,
    comments: [
      { id: 'c1', author: 'Wang Fang', createdAt: '2026-11-29T10:00:00.000Z', text: 'Cite the source?' },
    ],
  };

  async function letterWithComment() {
    const services = await openServices(data.dir);
    const made = await services.letters.create(null);
    const letter = await services.letters.save({
      ...made,
      title: 'Reply',
      body: editorDoc([
        paragraphNode([textNode('The claim is wrong.')]),
        paragraphNode([
          textNode('We stand by it '),
          markNode([THREAD.id], [textNode('entirely')]),
          textNode('.'),
        ]),
      ]),
      comments: [{ ...THREAD, quote: 'entirely' }],
    });
    return { services, letter };
  }

  it('takes the reviewer’s text, keeps the old as a version, and a comment that came back re-anchors its thread', async () => {
    const { services, letter } = await letterWithComment();
    const back = await reviewed(await buildLetterDocx(letter, 'bilingual'), {
      author: 'Wang Fang',
      text: 'Cite the source?',
    });
    const result = await services.imports.newVersion(
      letter.id,
      letter.revision,
      'Reply (WF).docx',
      base64(back),
    );

    expect(text(result.letter, 'body')).toContain('The assertion is wrong.');
    expect(result.report.trackedChanges).toEqual({ insertions: 1, deletions: 1 });
    // One thread, not two: the Word comment was the thread itself, now on the reviewer's word.
    expect(result.letter.comments.map((thread) => thread.id)).toEqual([THREAD.id]);
    expect(result.letter.comments[0]?.comments.map((c) => c.text)).toEqual(['Cite the source?']);
    expect(markIds(result.letter)).toEqual([THREAD.id]);
    expect(result.before.kind).toBe('beforeImport');
    expect(result.imported?.kind).toBe('imported');
    const comparison = await services.history.compare(letter.id, result.before.id, result.imported!.id);
    expect(JSON.stringify(comparison)).toContain('assertion');
  });

  it('a comment by someone else is a new thread beside the existing one', async () => {
    const { services, letter } = await letterWithComment();
    const back = await reviewed(await buildLetterDocx(letter, 'bilingual'), {
      author: 'Anna Reviewer',
      text: 'Too strong?',
    });
    const result = await services.imports.newVersion(letter.id, letter.revision, 'r.docx', base64(back));
    expect(result.letter.comments).toHaveLength(2);
    const added = result.letter.comments.find((thread) => thread.id !== THREAD.id)!;
    expect(added.comments[0]).toMatchObject({ author: 'Anna Reviewer', text: 'Too strong?' });
    expect(markIds(result.letter)).toEqual([added.id]);
  });

  it('a file that is not a DOCX changes nothing', async () => {
    const { services, letter } = await letterWithComment();
    const versions = (await services.history.list(letter.id)).versions;
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n');
    await expect(
      services.imports.newVersion(letter.id, letter.revision, 'r.docx', base64(pdf)),
    ).rejects.toMatchObject({ code: 'invalid-input', wording: { id: 'error.import.pdf' } });
    expect(await services.letters.get(letter.id)).toEqual(letter);
    expect((await services.history.list(letter.id)).versions).toEqual(versions);
  });
});
