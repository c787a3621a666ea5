import { describe, expect, it } from 'vitest';
import { paragraphNode, placeholderNode, textNode } from '../../core/editorDoc';
import { docToPlainText } from '../../core/document/plainText';
import { letterToPlainText, TEXT_WIDTH, wrapLine } from '../../core/letterText';
import { resolvePlaceholder } from '../../core/placeholders';
import { defaultSettings } from '../../core/settings';
import { signatoryLines } from '../../core/signatory';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { letterWithBody, linkNode, listNode } from '../helpers/letterDocs';

const settings = defaultSettings();
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('the letter as plain text', () => {
  it('wraps at 72 columns without ever splitting or losing a word', () => {
    const letter = loadFixtureLetter('euobserver-rebuttal');
    const text = letterToPlainText(letter, settings);

    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(TEXT_WIDTH);
    const body = docToPlainText(letter.body, (key) => resolvePlaceholder(key, letter).text);
    const expected = [letter.salutation, body, letter.closing, ...signatoryLines(letter.signatory)];
    expect(words(text)).toEqual(words(expected.join(' ')));
    // Paragraphs are separated by one blank line, never more.
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.split('\n\n')).toHaveLength(1 + 5 + 1 + 1);
  });

  it('keeps a long URL whole on a line of its own', () => {
    const url = `https://euobserver.com/${'long-path-segment/'.repeat(6)}article`;
    const letter = letterWithBody([paragraphNode([textNode(`See the full report at ${url} for details.`)])]);
    const lines = letterToPlainText(letter, settings).split('\n');
    expect(lines).toContain(url);
    expect(lines).toContain('See the full report at');
  });

  it('starts at the salutation and ends with closing, blank line and signatory', () => {
    const text = letterToPlainText(loadFixtureLetter('formatting'), settings);
    expect(text.startsWith('Dear Editor,\n\nPlain bold italic')).toBe(true);
    expect(text.endsWith('Yours faithfully,\n\nAlex Example\nFirst Secretary\nEmbassy of Testland')).toBe(
      true,
    );
    // No date line or addressee: those belong to the printed letter, not the email.
    expect(text).not.toContain('London');
    expect(text).not.toContain('The Letters Editor');
  });

  it('never includes the Chinese preface', () => {
    const text = letterToPlainText(loadFixtureLetter('formatting'), settings);
    expect(text).not.toContain('格式测试');
    expect(text).not.toContain('中文段落');
    expect(text).toContain('The slogan “一带一路” appears in English text.');
  });

  it('writes bulleted and numbered lists with nested indentation', () => {
    const text = letterToPlainText(loadFixtureLetter('formatting'), settings);
    expect(text).toContain(
      [
        '- Bullet one',
        '  - Nested bullet',
        '    - Deeper bullet',
        '- Bullet two',
        '',
        '1. Alpha',
        '2. Beta',
        '   1. Beta one',
        '   2. Beta two',
        '3. Gamma',
        '',
        'Between the lists.',
        '',
        '1. Restart one',
        '2. Restart two',
      ].join('\n'),
    );
  });

  it('hangs a long list item under its text, not under the marker', () => {
    const item = 'The terminal is run under Belgian law and its accounts are published every year in full.';
    const text = letterToPlainText(letterWithBody([listNode('number', [[textNode(item)]])]), settings);
    expect(text).toContain(
      '1. The terminal is run under Belgian law and its accounts are published\n   every year in full.',
    );
  });

  it('shows links as "text <url>", and a bare URL or address once', () => {
    const letter = letterWithBody([
      paragraphNode([textNode('Read '), linkNode('https://example.com/a', 'the article'), textNode('.')]),
      paragraphNode([linkNode('https://example.com/b', 'https://example.com/b')]),
      paragraphNode([textNode('Write to '), linkNode('mailto:press@example.org', 'press@example.org')]),
      paragraphNode([linkNode('javascript:alert(1)', 'not a link')]),
    ]);
    const text = letterToPlainText(letter, settings);
    expect(text).toContain('Read the article <https://example.com/a>.');
    expect(text).toContain('\n\nhttps://example.com/b\n\n');
    expect(text).toContain('Write to press@example.org\n');
    expect(text).toContain('\n\nnot a link\n\n');
    expect(text).not.toContain('javascript:');
  });

  it('fills placeholders with the letter’s facts, and marks the empty ones', () => {
    const text = letterToPlainText(loadFixtureLetter('formatting'), settings);
    expect(text).toContain('Filled: The Daily Test; unfilled: [article title] and [article date].');
    const letter = letterWithBody([
      paragraphNode([textNode('In '), placeholderNode('publication'), textNode('.')]),
    ]);
    expect(letterToPlainText(letter, settings)).toContain('In The Daily Test.');
  });

  it('keeps line breaks and quotes', () => {
    const text = letterToPlainText(loadFixtureLetter('formatting'), settings);
    expect(text).toContain('\n\nLine one\nLine two after tab\n\n');
    expect(text).toContain('\n\n> A quoted sentence.\n\n');
  });

  it('wraps a single line with prefixes', () => {
    expect(wrapLine('aa bb cc', '- ', '  ', 6)).toEqual(['- aa', '  bb', '  cc']);
    expect(wrapLine('', '> ')).toEqual(['>']);
    expect(wrapLine('averyveryverylongword x', '', '', 5)).toEqual(['averyveryverylongword', 'x']);
  });
});
