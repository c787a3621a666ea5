/**
 * The redline export: two versions of a fixture letter, with words changed in
 * the preface and the letter, a paragraph deleted and one added. The newer
 * version's DOCX must carry each change as a Word tracked change with its
 * author and date; accepting them all gives the newer letter's text, rejecting
 * them all the older one's; the validator finds no errors; and LibreOffice
 * reads the changes as its own (ODT `text:tracked-changes`).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import validate, { ready, type ValidationResult } from '@ooxml-tools/validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { buildRedlineDocx } from '../../core/docx/redline/buildRedlineDocx';
import type { SerializedNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { loadFixtureSettings } from '../fixtures/loadSettings';
import { convertWithLibreOffice, missingTools, odtAcceptedText } from '../helpers/libreoffice';
import { acceptedText, documentXml, rejectedText, textOf, tracked } from '../helpers/trackedChanges';

const BY = { author: 'Press Office', date: '2026-11-30T09:00:00.000Z' };
const DATE = '2026-11-30T09:00:00Z';
const settings = () => loadFixtureSettings('letterhead');

type Node = SerializedNode & { children?: Node[]; text?: string };

/** The first text node holding `find`, anywhere in the side. */
function textNode(root: Node, find: string): Node {
  if (root.text?.includes(find)) return root;
  for (const child of root.children ?? []) {
    const found = textNode(child, find) as Node | undefined;
    if (found) return found;
  }
  return undefined as unknown as Node;
}

function edit(letter: Letter, side: 'preface' | 'body', find: string, replace: string): void {
  const node = textNode(letter[side].root as unknown as Node, find);
  node.text = node.text!.replace(find, replace);
}

/** Makes `word` bold where it first stands in the side: its text node cut in three. */
function boldWord(letter: Letter, side: 'preface' | 'body', word: string): void {
  const paragraph = (letter[side].root.children as Node[]).find((p) =>
    p.children?.some((n) => n.text?.includes(word)),
  )!;
  const at = paragraph.children!.findIndex((n) => n.text?.includes(word));
  const node = paragraph.children![at];
  const [before, after] = node.text!.split(word);
  paragraph.children!.splice(at, 1, { ...node, text: before }, { ...node, text: word, format: 1 } as Node, {
    ...node,
    text: after,
  });
}

/** The older version is the fixture; the newer has a few words changed on both sides. */
function versions(): { older: Letter; newer: Letter } {
  const older = loadFixtureLetter('euobserver-rebuttal');
  const newer = structuredClone(older);
  edit(newer, 'preface', '陈旧材料', '过时材料');
  edit(newer, 'body', 'a valued part', 'a cherished part');
  edit(newer, 'body', 'deserve better than', 'surely deserve more than');
  newer.salutation = 'Dear Sir or Madam,';
  newer.closing = 'Yours faithfully,';
  newer.date = '2020-05-09';
  // A word bold only in the older version: deleted, it keeps its format.
  boldWord(older, 'body', 'valued');
  const body = newer.body.root.children as Node[];
  // The fourth paragraph goes; a new one ends the letter.
  const gone = body.findIndex((p) => p.children?.[0]?.text?.startsWith('Contact between people'));
  const [paragraph] = body.splice(gone, 1);
  const added = structuredClone(paragraph);
  added.children = [{ ...added.children![0], text: 'We thank the editor for his attention.' }];
  body.splice(body.length - 1, 0, added);
  return { older, newer };
}

describe('redline export', () => {
  let xml: string;
  let bytes: Uint8Array;
  const { older, newer } = versions();

  beforeAll(async () => {
    bytes = await buildRedlineDocx(older, newer, 'bilingual', BY, settings());
    xml = await documentXml(bytes);
  });

  it('marks inserted and deleted words with author and date', () => {
    const inserted = tracked(xml, 'ins');
    const deleted = tracked(xml, 'del');
    const insertedText = inserted.map((i) => i.text);
    const deletedText = deleted.map((d) => d.text);
    expect(insertedText).toContain('cherished ');
    const valued = deleted.find((d) => d.text.startsWith('valued'))!;
    // Cut from the older pieces: the bold word, then its plain space, each a deletion of its own.
    expect(valued.text).toBe('valued');
    expect(valued.xml).toMatch(/<w:b\/>[\s\S]*valued/);
    expect(insertedText.join('|')).toContain('surely ');
    expect(insertedText.join('|')).toContain('more ');
    expect(deletedText.join('|')).toContain('better ');
    expect(insertedText).toContain('过时');
    expect(deletedText).toContain('陈旧');
    for (const change of [...inserted, ...deleted]) {
      expect(change.attributes).toContain('w:author="Press Office"');
      expect(change.attributes).toContain(`w:date="${DATE}"`);
    }
    // Chinese keeps its East Asian language in a tracked run.
    expect(inserted.find((i) => i.text === '过时')!.xml).toContain('w:eastAsia="zh-CN"');
  });

  it('tracks a whole deleted and a whole inserted paragraph, their paragraph marks too', () => {
    expect(tracked(xml, 'del').map((d) => d.text)).toContainEqual(
      expect.stringMatching(/^Contact between people .* preceded it\.$/),
    );
    expect(tracked(xml, 'ins').map((i) => i.text)).toContain('We thank the editor for his attention.');
    expect(xml).toMatch(/<w:rPr><w:del w:id="\d+" w:author="Press Office" w:date="[^"]+"\/>/);
    expect(xml).toMatch(/<w:rPr><w:ins w:id="\d+" w:author="Press Office" w:date="[^"]+"\/>/);
  });

  it('tracks changes to the fixed lines in their own paragraphs', () => {
    const paragraph = (style: string) =>
      xml.match(new RegExp(`<w:p><w:pPr><w:pStyle w:val="${style}"/>[\\s\\S]*?</w:p>`))![0];
    const salutation = paragraph('Salutation');
    expect(
      tracked(salutation, 'del')
        .map((d) => d.text)
        .join('|'),
    ).toContain('Madame');
    expect(
      tracked(salutation, 'ins')
        .map((i) => i.text)
        .join('|'),
    ).toContain('Madam');
    const closing = paragraph('Closing');
    expect(tracked(closing, 'del').map((d) => d.text)).toContain('sincerely');
    expect(tracked(closing, 'ins').map((i) => i.text)).toContain('faithfully');
  });

  it('tracks a changed date in the Chinese date line too', () => {
    const line = xml.match(/<w:p><w:pPr><w:pStyle w:val="ChineseDate"\/>[\s\S]*?<\/w:p>/)![0];
    expect(
      tracked(line, 'del')
        .map((d) => d.text)
        .join(''),
    ).toContain('8');
    expect(
      tracked(line, 'ins')
        .map((i) => i.text)
        .join(''),
    ).toContain('9');
  });

  it('gives the newer text when every change is accepted, the older when every one is rejected', async () => {
    const newerXml = await documentXml(await buildLetterDocx(newer, 'bilingual', settings()));
    const olderXml = await documentXml(await buildLetterDocx(older, 'bilingual', settings()));
    expect(acceptedText(xml)).toBe(textOf(newerXml));
    expect(rejectedText(xml)).toBe(textOf(olderXml));
  });

  it('gives every change an id of its own', () => {
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(6);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the normal export when nothing changed', async () => {
    const same = await documentXml(await buildRedlineDocx(older, older, 'editor', BY, settings()));
    expect(same).toBe(await documentXml(await buildLetterDocx(older, 'editor', settings())));
  });

  it('passes the Open XML SDK validator', async () => {
    await ready();
    const describeErrors = (errors: ValidationResult[]) =>
      errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`).join('\n');
    for (const variant of ['editor', 'bilingual', 'chinese'] as const) {
      const errors = await validate(
        await buildRedlineDocx(older, newer, variant, BY, settings()),
        'docx',
        'Microsoft365',
      );
      expect(describeErrors(errors)).toBe('');
    }
  });

  const missing = missingTools().includes('soffice');
  if (missing) console.warn('Redline LibreOffice check SKIPPED: soffice not found on PATH.');
  it.skipIf(missing && !process.env.CI)('opens in LibreOffice with its tracked changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-'));
    try {
      const docx = join(dir, 'redline.docx');
      await writeFile(docx, bytes);
      const odt = (await convertWithLibreOffice([docx], dir, 'odt')).get(docx)!;
      const content = await (await JSZip.loadAsync(await readFile(odt))).file('content.xml')!.async('string');
      const changes = content.match(/<text:tracked-changes[\s\S]*?<\/text:tracked-changes>/)?.[0] ?? '';
      expect(changes).not.toBe('');
      const deletions = [...changes.matchAll(/<text:deletion>([\s\S]*?)<\/text:deletion>/g)].map((m) =>
        m[1].replace(/<[^>]+>/g, ''),
      );
      expect(changes.match(/<text:insertion>/g)?.length ?? 0).toBeGreaterThan(3);
      expect(deletions.join('|')).toContain('valued');
      expect(deletions.join('|')).toContain('陈旧');
      expect(deletions.join('|')).toContain('Contact between people');
      expect(changes).toContain('<dc:creator>Press Office</dc:creator>');
      // Inserted text stays in the body, between the change marks.
      expect(content).toContain('cherished');
      expect(content).toContain('We thank the editor for his attention.');
      // Accepting every change, as LibreOffice holds it, gives the newer version as LibreOffice reads its export.
      const newerDocx = join(dir, 'newer.docx');
      await writeFile(newerDocx, await buildLetterDocx(newer, 'bilingual', settings()));
      const newerOdt = (await convertWithLibreOffice([newerDocx], dir, 'odt')).get(newerDocx)!;
      const newerContent = await (
        await JSZip.loadAsync(await readFile(newerOdt))
      )
        .file('content.xml')!
        .async('string');
      expect(odtAcceptedText(content)).toBe(odtAcceptedText(newerContent));
      expect(odtAcceptedText(content)).not.toContain('valued');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
