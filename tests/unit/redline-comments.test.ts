/**
 * The redline carries the letter's open comment threads as Word comments:
 * anchored to the text their marks hold (across paragraphs when a thread's
 * marks span them), the first comment with its replies as Word replies,
 * author and date kept; resolved threads and threads whose text is gone left
 * out. It turns Word's "Track changes" on. The plain export carries neither.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import validate, { ready, type ValidationResult } from '@ooxml-tools/validate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommentThread } from '../../core/comments/thread';
import { addReply, newThread, setResolved } from '../../core/comments/threadEdits';
import { withoutComments } from '../../core/comments/withoutComments';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { buildRedlineDocx } from '../../core/docx/redline/buildRedlineDocx';
import { readDocument } from '../../core/document/readBlocks';
import {
  editorDoc,
  headingNode,
  paragraphNode,
  textNode,
  type SerializedNode,
  markNode,
} from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { placeholderResolver } from '../../core/placeholders';
import { parseLetter } from '../../core/schemas/letter';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { convertWithLibreOffice, missingTools } from '../helpers/libreoffice';
import { documentXml, textOf } from '../helpers/trackedChanges';

const BY = { author: 'Press Office', date: '2026-11-30T09:00:00.000Z' };
const REMARK = 'Counsellor: soften this sentence';
const REPLY = 'Softened, please look again';
const SPANNING = 'Check both paragraphs\nwith the desk';

const mark = (ids: string[], text: string): SerializedNode => markNode(ids, [textNode(text)]);

function thread(
  id: string,
  side: 'preface' | 'body',
  text: string,
  options: { reply?: boolean; resolved?: boolean } = {},
) {
  let threads: CommentThread[] = [
    newThread({
      id,
      commentId: `${id}-c1`,
      side,
      quote: '',
      text,
      author: 'Li Ming',
      now: '2026-11-29T08:00:00.000Z',
    }),
  ];
  if (options.reply) {
    threads = addReply(
      threads,
      id,
      { id: `${id}-c2`, author: 'Wang Lei', text: REPLY },
      '2026-11-29T10:30:00.000Z',
    );
  }
  if (options.resolved) threads = setResolved(threads, id, true, 'Li Ming', '2026-11-29T11:00:00.000Z');
  return threads[0]!;
}

/** A letter whose body and preface hold comment marks: one open thread with a reply, one over two paragraphs, one resolved, one detached. */
function commented(body: string[]): Letter {
  return parseLetter({
    ...loadFixtureLetter('formatting'),
    preface: editorDoc([
      headingNode('h1', [textNode('标题')]),
      paragraphNode([mark(['zh1'], '港口'), textNode('对所有投资者开放。')]),
    ]),
    body: editorDoc([
      paragraphNode([
        textNode(`The ports are ${body[0]} `),
        mark(['en1'], 'open to all'),
        textNode(' investors.'),
      ]),
      paragraphNode([textNode('Trade grows. '), mark(['span'], 'Ships call')]),
      paragraphNode([mark(['span', 'done'], 'every week'), textNode(' at the quay.')]),
    ]),
    comments: [
      thread('en1', 'body', REMARK, { reply: true }),
      thread('span', 'body', SPANNING),
      thread('done', 'body', 'Settled already', { resolved: true }),
      thread('gone', 'body', 'Its text was deleted'),
      thread('zh1', 'preface', '请核实港口名称'),
    ],
  });
}

const older = commented(['now']);
const newer = commented(['today']);

const part = async (bytes: Uint8Array, path: string) =>
  (await JSZip.loadAsync(bytes)).file(path)?.async('string');

/** The text between a comment's range start and end. */
const rangeText = (xml: string, id: string) =>
  textOf(
    xml.match(
      new RegExp(`<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`),
    )![1],
  );

describe('redline comments', () => {
  let bytes: Uint8Array;
  let xml: string;
  let comments: string;

  beforeAll(async () => {
    bytes = await buildRedlineDocx(older, newer, 'bilingual', BY);
    xml = await documentXml(bytes);
    comments = (await part(bytes, 'word/comments.xml'))!;
  });

  it('makes each open thread a Word comment on its marked text, replies as Word replies', async () => {
    const entries = [...comments.matchAll(/<w:comment ([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
      attributes: m[1],
      id: /w:id="(\d+)"/.exec(m[1])![1],
      text: textOf(m[2]),
    }));
    // In the letter's thread order.
    expect(entries.map((e) => e.text)).toEqual([
      REMARK,
      REPLY,
      'Check both paragraphswith the desk',
      '请核实港口名称',
    ]);
    const [remark, reply, spanning, zh] = entries;
    expect(remark.attributes).toContain('w:author="Li Ming"');
    expect(remark.attributes).toContain('w:date="2026-11-29T08:00:00');
    expect(reply.attributes).toContain('w:author="Wang Lei"');
    // A line of its own per line of the comment.
    expect(comments.match(/<w:comment [^>]*>[\s\S]*?<\/w:comment>/g)![2].match(/<w:p\b/g)).toHaveLength(2);
    expect(rangeText(xml, zh.id)).toBe('港口');
    expect(rangeText(xml, remark.id)).toBe('open to all');
    expect(rangeText(xml, reply.id)).toBe('open to all');
    // Across the paragraph end: from its first mark to its last.
    expect(rangeText(xml, spanning.id)).toBe('Ships callevery week');
    for (const { id } of entries) {
      expect(xml.match(new RegExp(`<w:commentReference w:id="${id}"/>`, 'g'))).toHaveLength(1);
    }
    // The reply is threaded under the remark (Word's commentsExtended).
    const extended = (await part(bytes, 'word/commentsExtended.xml')) ?? '';
    expect(extended.match(/w15:paraIdParent=/g)).toHaveLength(1);
  });

  it('leaves out resolved threads and threads whose text is gone', () => {
    expect(comments).not.toContain('Settled already');
    expect(comments).not.toContain('Its text was deleted');
  });

  it('keeps the tracked changes around and inside commented text', () => {
    expect(xml).toMatch(/<w:ins [^>]*><w:r>[\s\S]*?today/);
    expect(xml).toMatch(/<w:del [^>]*><w:r>[\s\S]*?now/);
  });

  it('turns on Track changes, so a reviewer’s own edits are tracked', async () => {
    expect(await part(bytes, 'word/settings.xml')).toMatch(
      /<w:trackRevisions\/>|<w:trackRevisions w:val="(true|1|on)"\/>/,
    );
  });

  it('passes the Open XML SDK validator', async () => {
    await ready();
    const errors: ValidationResult[] = await validate(bytes, 'docx', 'Microsoft365');
    expect(errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`).join('\n')).toBe('');
  });

  it('reads comment marks only when asked: every other reader sees the text as before', () => {
    const resolve = placeholderResolver(newer);
    const plain = readDocument(newer.body, resolve);
    expect(plain.flatMap((b) => (b.type === 'list' ? [] : b.inline)).some((p) => p.comments)).toBe(false);
    expect(plain).toEqual(readDocument(withoutComments(newer).body, resolve));
    const marked = readDocument(newer.body, resolve, { marks: true });
    const pieces = marked.flatMap((b) => (b.type === 'list' ? [] : b.inline));
    expect(pieces.find((p) => p.text === 'open to all')?.comments).toEqual(['en1']);
    expect(pieces.find((p) => p.text === 'every week')?.comments).toEqual(['span', 'done']);
  });

  it('is not in the plain export, nor is Track changes', async () => {
    const plain = await buildLetterDocx(newer, 'bilingual');
    expect(await part(plain, 'word/comments.xml')).toBeUndefined();
    const plainXml = await documentXml(plain);
    expect(plainXml).not.toMatch(/commentRangeStart|commentReference/);
    expect(plainXml).toBe(await documentXml(await buildLetterDocx(withoutComments(newer), 'bilingual')));
    expect(await part(plain, 'word/settings.xml')).not.toContain('trackRevisions');
  });

  const missing = missingTools().includes('soffice');
  if (missing) console.warn('Redline comments LibreOffice check SKIPPED: soffice not found on PATH.');
  it.skipIf(missing && !process.env.CI)('opens in LibreOffice with its comments as annotations', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-comments-'));
    try {
      const docx = join(dir, 'redline.docx');
      await writeFile(docx, bytes);
      const odt = (await convertWithLibreOffice([docx], dir, 'odt')).get(docx)!;
      const content = await (await JSZip.loadAsync(await readFile(odt))).file('content.xml')!.async('string');
      const annotations = [
        ...content.matchAll(/<office:annotation(?:\s[^>]*)?>[\s\S]*?<\/office:annotation>/g),
      ].map((m) => m[0]);
      const texts = annotations.map((a) =>
        a.replace(/<dc:(creator|date)>[^<]*<\/dc:\1>/g, '').replace(/<[^>]+>/g, ''),
      );
      expect(texts).toContain(REMARK);
      expect(texts).toContain(REPLY);
      expect(texts).toContain('请核实港口名称');
      expect(annotations.find((a) => a.includes(REMARK))).toContain('<dc:creator>Li Ming</dc:creator>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
