/**
 * Comments outside the editor: the thread edits, what duplicates and
 * templates drop, the library's count (and its cache), the preflight
 * warning, and that nothing handed out carries a comment or a mark.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../core/comments/thread';
import {
  addReply,
  commentTextProblem,
  deleteComment,
  editComment,
  newThread,
  setResolved,
  threadQuote,
  threadsInOrder,
} from '../../core/comments/threadEdits';
import { keepMarks, withoutComments } from '../../core/comments/withoutComments';
import { COMMENT_QUOTE_MAX, COMMENT_TEXT_MAX } from '../../core/comments/thread';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import {
  editorDoc,
  headingNode,
  paragraphNode,
  textNode,
  type SerializedNode,
  markNode,
} from '../../core/editorDoc';
import { summarise, type Letter } from '../../core/letter';
import { letterToHtmlFragment, letterToPrintDocument } from '../../core/letterHtml';
import { letterToPlainText } from '../../core/letterText';
import { runPreflight } from '../../core/preflight/runPreflight';
import { parseLetter } from '../../core/schemas/letter';
import { defaultSettings } from '../../core/settings';
import { templateFromLetter } from '../../core/templateFromLetter';
import { composeMailDraft } from '../../electron/services/mailDraft';
import { readLetterIndex, writeLetterIndex, indexFilePath } from '../../electron/services/letterIndexFile';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { readDocx } from '../helpers/docxText';
import { makeDataDir, openServices } from '../helpers/services';

const REMARK = 'Counsellor: soften this sentence';
const REPLY = 'Softened, please look again';
const NOW = '2026-11-30T08:00:00.000Z';

const mark = (ids: string[], text: string): SerializedNode => markNode(ids, [textNode(text)]);

function thread(id: string, side: 'preface' | 'body', resolved = false): CommentThread {
  const opened = newThread({
    id,
    commentId: `${id}-c1`,
    side,
    quote: 'open to all',
    text: REMARK,
    author: 'Li Ming',
    now: NOW,
  });
  const replied = addReply([opened], id, { id: `${id}-c2`, author: 'Wang Lei', text: REPLY }, NOW);
  return setResolved(replied, id, resolved, 'Li Ming', NOW)[0]!;
}

/** The formatting fixture with a comment on each side; the body's is open, the preface's resolved. */
function commentedLetter(changes: Partial<Letter> = {}): Letter {
  return parseLetter({
    ...loadFixtureLetter('formatting'),
    preface: editorDoc([
      headingNode('h1', [textNode('标题')]),
      paragraphNode([mark(['zh1'], '港口'), textNode('对所有投资者开放。')]),
    ]),
    body: editorDoc([
      paragraphNode([textNode('The ports are '), mark(['en1'], 'open to all'), textNode(' investors.')]),
    ]),
    comments: [thread('en1', 'body'), thread('zh1', 'preface', true)],
    ...changes,
  });
}

describe('thread edits', () => {
  it('opens, replies, edits, resolves, reopens and deletes', () => {
    let threads = [thread('a', 'body')];
    expect(threads[0]!.comments.map((c) => c.text)).toEqual([REMARK, REPLY]);
    threads = editComment(threads, 'a', 'a-c2', '  Softened.  ', '2026-11-30T09:00:00.000Z');
    expect(threads[0]!.comments[1]).toMatchObject({
      text: 'Softened.',
      editedAt: '2026-11-30T09:00:00.000Z',
    });
    threads = setResolved(threads, 'a', true, 'Wang Lei', NOW);
    expect(threads[0]).toMatchObject({ resolved: true, resolvedBy: 'Wang Lei', resolvedAt: NOW });
    threads = setResolved(threads, 'a', false, 'Wang Lei', NOW);
    expect(threads[0]!.resolved).toBe(false);
    expect(threads[0]).not.toHaveProperty('resolvedBy');
    // Deleting a reply keeps the thread; deleting the opening comment deletes it.
    threads = deleteComment(threads, 'a', 'a-c2');
    expect(threads[0]!.comments).toHaveLength(1);
    expect(deleteComment(threads, 'a', 'a-c1')).toEqual([]);
    // A thread another window deleted: nothing happens.
    expect(addReply(threads, 'gone', { id: 'x', author: '', text: 'hi' }, NOW)).toEqual(threads);
  });

  it('checks the text, cuts the quote, and lists open threads first', () => {
    expect(commentTextProblem('  ')).toBe('empty');
    expect(commentTextProblem('x'.repeat(COMMENT_TEXT_MAX))).toBeNull();
    expect(commentTextProblem('x'.repeat(COMMENT_TEXT_MAX + 1))).toBe('tooLong');
    expect(threadQuote(' two\nlines ')).toBe('two lines');
    expect(threadQuote('y'.repeat(COMMENT_QUOTE_MAX + 50))).toHaveLength(COMMENT_QUOTE_MAX);
    const older = { ...thread('old', 'body'), createdAt: '2026-01-01T00:00:00Z' };
    const done = thread('done', 'body', true);
    expect(threadsInOrder([done, thread('new', 'body'), older]).map((t) => t.id)).toEqual([
      'old',
      'new',
      'done',
    ]);
    // What the page stores passes the stored-letter schema.
    expect(() => commentedLetter()).not.toThrow();
  });
});

describe('letters made from a commented letter', () => {
  it('withoutComments drops the threads and unwraps the marks, keeping the text', () => {
    const letter = commentedLetter();
    const plain = withoutComments(letter);
    expect(plain.comments).toEqual([]);
    expect(JSON.stringify([plain.preface, plain.body])).not.toContain('"mark"');
    expect(letterToPlainText(plain, defaultSettings())).toBe(letterToPlainText(letter, defaultSettings()));
    // The letter it was given is left alone.
    expect(letter.comments).toHaveLength(2);
  });

  it('a template from the letter has neither', () => {
    const template = templateFromLetter(commentedLetter(), {
      id: 'tpl',
      name: 'Ports',
      description: '',
      keep: { preface: true, body: true, salutation: true, closing: true },
      now: new Date(NOW),
    });
    const json = JSON.stringify(template);
    expect(json).not.toContain('"mark"');
    expect(json).not.toContain(REMARK);
    expect(json).toContain('open to all');
  });

  it('a duplicate has neither, while the original keeps both', async () => {
    const data = await makeDataDir();
    try {
      const services = await openServices(data.dir);
      const created = await services.letters.create(null, {});
      const original = await services.letters.save(
        commentedLetter({ id: created.id, revision: created.revision }),
      );
      const copy = await services.letters.duplicate(original.id);
      expect(copy.comments).toEqual([]);
      expect(JSON.stringify(copy.body)).not.toContain('"mark"');
      expect((await services.letters.get(original.id)).comments).toHaveLength(2);
      expect(services.letters.list().find((s) => s.id === original.id)?.openComments).toBe(1);
      expect(services.letters.list().find((s) => s.id === copy.id)).not.toHaveProperty('openComments');
    } finally {
      await data.cleanup();
    }
  });
});

describe('the library counts open comments', () => {
  it('in the summary, absent when none are open', () => {
    expect(summarise(commentedLetter()).openComments).toBe(1);
    expect(summarise(commentedLetter({ comments: [thread('x', 'body', true)] }))).not.toHaveProperty(
      'openComments',
    );
  });

  it('in the summary index, which an index from before comments is not trusted for', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'letterdesk-index-'));
    try {
      const summary = summarise(commentedLetter());
      await writeLetterIndex(dir, [{ place: 'letters', size: 1, mtimeMs: 2, summary }]);
      expect([...(await readLetterIndex(dir)).values()][0]?.summary.openComments).toBe(1);
      // Version 1 dropped the count: its summaries are read again from the letters.
      await writeFile(
        indexFilePath(dir),
        JSON.stringify({ version: 1, letters: [{ place: 'letters', size: 1, mtimeMs: 2, summary }] }),
      );
      expect((await readLetterIndex(dir)).size).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('preflight', () => {
  const problems = (letter: Letter, variant: 'bilingual' | 'editor' | 'chinese' = 'bilingual') =>
    runPreflight(letter, { variant, wordLimit: null, prefaceCharLimit: 300 }).filter(
      (p) => p.rule === 'comments.open',
    );

  it('warns about open comments on each printed side', () => {
    const letter = commentedLetter({
      comments: [thread('a', 'body'), thread('b', 'body'), thread('c', 'preface')],
    });
    const found = problems(letter);
    expect(found.map((p) => [p.side, p.severity])).toEqual([
      ['preface', 'warning'],
      ['body', 'warning'],
    ]);
    expect(found[1]!.message).toBe(
      '2 comments on the English letter are not resolved: answer or resolve them in the comments panel.',
    );
    expect(found[0]!.message).toBe(
      '1 comment on the Chinese preface is not resolved: answer or resolve it in the comments panel.',
    );
    // The English letter alone does not print the preface.
    expect(problems(letter, 'editor').map((p) => p.side)).toEqual(['body']);
  });

  it('says nothing once every comment is resolved', () => {
    expect(problems(commentedLetter({ comments: [thread('a', 'body', true)] }))).toEqual([]);
  });
});

describe('nothing handed out carries comments', () => {
  const letter = commentedLetter();
  const settings = defaultSettings();
  const leaks = (text: string) =>
    [REMARK, REPLY, 'en1', 'zh1', 'Wang Lei', '"mark"', '<mark'].filter((needle) => text.includes(needle));

  it('not the DOCX, in any variant', async () => {
    for (const variant of ['editor', 'bilingual', 'chinese'] as const) {
      const docx = await readDocx(await buildLetterDocx(letter, variant, settings));
      const xml = Object.values(docx.xmlParts).join('\n');
      expect(leaks(xml), variant).toEqual([]);
      // The marked text itself is there, as ordinary text.
      expect(docx.paragraphsText().join('\n')).toContain(
        variant === 'chinese' ? '港口对所有投资者开放。' : 'The ports are open to all investors.',
      );
    }
  });

  it('not the HTML and text copies, the print document or the email', async () => {
    const html = letterToHtmlFragment(letter, settings);
    const text = letterToPlainText(letter, settings);
    const print = letterToPrintDocument(letter, 'bilingual', settings);
    for (const copy of [html, text, print]) expect(leaks(copy)).toEqual([]);
    expect(text).toContain('The ports are open to all investors.');
    const docx = await buildLetterDocx(letter, 'editor', settings);
    const file = { fileName: 'x.docx', title: 't', bytes: docx, mimeType: 'application/octet-stream' };
    const mail = await simpleParser(
      Buffer.from((await composeMailDraft({ letter, settings, docx: file })).bytes),
    );
    // Read as the mail program shows it: decoded, so a leak could not hide in the transfer encoding.
    expect(mail.html).toContain('open to all');
    expect(leaks(`${mail.html}\n${mail.text}`)).toEqual([]);
  });
});

describe('keepMarks', () => {
  it('keeps the marks of the threads asked for, drops other ids, unwraps marks left with none', () => {
    const nodes = [paragraphNode([mark(['a', 'b'], 'both'), textNode(' and '), mark(['c'], 'other')])];
    expect(JSON.stringify(keepMarks(nodes, (id) => id === 'b'))).toBe(
      JSON.stringify([paragraphNode([mark(['b'], 'both'), textNode(' and '), textNode('other')])]),
    );
  });
});
