/**
 * The redline's harder cases, each a pair of versions: a heading made a
 * paragraph with the same text (and a paragraph made a quote), blocks only in
 * the older version at the start, in the middle and at the end, a preface
 * only in the older version, and words made bold with no change of text.
 * Each is tracked (at least as a deletion and an insertion): accepting every
 * change gives the newer version's export, rejecting every one the older's.
 */
import validate, { ready } from '@ooxml-tools/validate';
import { describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { buildRedlineDocx } from '../../core/docx/redline/buildRedlineDocx';
import { editorDoc, headingNode, paragraphNode, textNode, type SerializedNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import type { ExportVariant } from '../../core/exportVariants';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { loadFixtureSettings } from '../fixtures/loadSettings';
import { acceptedText, documentXml, rejectedText, textOf, tracked } from '../helpers/trackedChanges';

const BY = { author: 'Reviewer', date: '2026-11-30T09:00:00Z' };
const settings = () => loadFixtureSettings('letterhead');

const para = (...texts: string[]) => paragraphNode(texts.map((text) => textNode(text)));
const quote = (text: string): SerializedNode => ({ ...paragraphNode([textNode(text)]), type: 'quote' });

function letter(body: SerializedNode[], preface?: SerializedNode[]): Letter {
  const base = loadFixtureLetter('euobserver-rebuttal');
  return { ...base, body: editorDoc(body), ...(preface ? { preface: editorDoc(preface) } : {}) };
}

async function redline(older: Letter, newer: Letter, variant: ExportVariant = 'bilingual') {
  const xml = await documentXml(await buildRedlineDocx(older, newer, variant, BY, settings()));
  const exported = async (l: Letter) =>
    textOf(await documentXml(await buildLetterDocx(l, variant, settings())));
  expect(acceptedText(xml)).toBe(await exported(newer));
  expect(rejectedText(xml)).toBe(await exported(older));
  return xml;
}

const paragraphs = (xml: string) => xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
const withText = (xml: string, text: string) => paragraphs(xml).filter((p) => textOf(p) === text);

describe('redline leftovers', () => {
  it('tracks a heading made a paragraph, and a paragraph made a quote, with the same text', async () => {
    const older = letter([
      headingNode('h2', [textNode('A heading')]),
      para('Plain words here.'),
      para('End.'),
    ]);
    const newer = letter([para('A heading'), quote('Plain words here.'), para('End.')]);
    const xml = await redline(older, newer, 'editor');
    const heading = withText(xml, 'A heading');
    expect(heading).toHaveLength(2);
    expect(heading[0]).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*<w:del /);
    expect(heading[1]).toMatch(/<w:pStyle w:val="BodyText"\/>[\s\S]*<w:ins /);
    const quoted = withText(xml, 'Plain words here.');
    expect(quoted[0]).toMatch(/<w:pStyle w:val="BodyText"\/>[\s\S]*<w:del /);
    expect(quoted[1]).toMatch(/<w:pStyle w:val="Quote"\/>[\s\S]*<w:ins /);
    expect(withText(xml, 'End.')[0]).not.toMatch(/<w:(ins|del) /);
  });

  it('tracks blocks only in the older version at the start, in the middle and at the end', async () => {
    const older = letter([
      para('First gone.'),
      para('Kept one.'),
      para('Middle gone.'),
      para('Kept two.'),
      para('Last gone.'),
    ]);
    const newer = letter([para('Kept one.'), para('Kept two.')]);
    const xml = await redline(older, newer, 'editor');
    expect(tracked(xml, 'del').map((d) => d.text)).toEqual(['First gone.', 'Middle gone.', 'Last gone.']);
    expect(tracked(xml, 'ins')).toEqual([]);
    // In their places.
    expect(textOf(xml).indexOf('First gone.')).toBeLessThan(textOf(xml).indexOf('Kept one.'));
    expect(textOf(xml).indexOf('Middle gone.')).toBeLessThan(textOf(xml).indexOf('Kept two.'));
    expect(textOf(xml).indexOf('Last gone.')).toBeGreaterThan(textOf(xml).indexOf('Kept two.'));
  });

  it('tracks a preface only in the older version, its date line too', async () => {
    const older = letter([para('The letter.')], [headingNode('h1', [textNode('标题')]), para('导语正文。')]);
    const newer = letter([para('The letter.')], [para('')]);
    const xml = await redline(older, newer);
    const deleted = tracked(xml, 'del').map((d) => d.text);
    expect(deleted).toContain('标题');
    expect(deleted).toContain('导语正文。');
    expect(deleted.join('')).toMatch(/\d+年\d+月\d+日/);
    // The Chinese-only redline still has the older preface to show.
    await expect(buildRedlineDocx(older, newer, 'chinese', BY, settings())).resolves.toBeInstanceOf(
      Uint8Array,
    );
  });

  it('tracks a preface only in the newer version', async () => {
    const older = letter([para('The letter.')], [para('')]);
    const newer = letter([para('The letter.')], [headingNode('h1', [textNode('标题')]), para('导语正文。')]);
    const xml = await redline(older, newer);
    expect(tracked(xml, 'ins').map((i) => i.text)).toEqual(expect.arrayContaining(['标题', '导语正文。']));
  });

  it('tracks words made bold (and one made plain) with no change of text', async () => {
    const older = letter([
      paragraphNode([textNode('Ports are '), textNode('open', 1), textNode(' to all investors.')]),
    ]);
    const newer = letter([
      paragraphNode([textNode('Ports are open to '), textNode('all investors', 1), textNode('.')]),
    ]);
    const xml = await redline(older, newer, 'editor');
    const deleted = tracked(xml, 'del');
    const inserted = tracked(xml, 'ins');
    expect(deleted.map((d) => d.text).join('|')).toContain('open');
    expect(inserted.find((i) => i.text === 'open')?.xml).not.toContain('<w:b/>');
    expect(deleted.find((d) => d.text === 'open')?.xml).toContain('<w:b/>');
    expect(inserted.find((i) => i.text === 'all investors')?.xml).toContain('<w:b/>');
    expect(deleted.find((d) => d.text === 'all investors')?.xml).not.toContain('<w:b/>');
    // Text whose look is the same stays untracked.
    expect([...deleted, ...inserted].map((c) => c.text).join('')).not.toContain('Ports');
  });

  it('tracks a word made bold inside an edited paragraph', async () => {
    const older = letter([para('The ports are open to all investors.')]);
    const newer = letter([
      paragraphNode([textNode('The harbours are '), textNode('open', 1), textNode(' to all investors.')]),
    ]);
    const xml = await redline(older, newer, 'editor');
    expect(tracked(xml, 'ins').find((i) => i.text === 'open')?.xml).toContain('<w:b/>');
    expect(tracked(xml, 'del').map((d) => d.text)).toContain('open');
  });

  it('passes the Open XML SDK validator with kind, look and preface changes together', async () => {
    const older = letter(
      [
        headingNode('h2', [textNode('A heading')]),
        paragraphNode([textNode('Ports are '), textNode('open', 1)]),
      ],
      [headingNode('h1', [textNode('标题')]), para('导语正文。')],
    );
    const newer = letter(
      [para('A heading'), paragraphNode([textNode('Ports are open')]), quote('New.')],
      [para('')],
    );
    await redline(older, newer);
    await ready();
    const errors = await validate(
      await buildRedlineDocx(older, newer, 'bilingual', BY, settings()),
      'docx',
      'Microsoft365',
    );
    expect(errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`).join('\n')).toBe('');
  });
});
