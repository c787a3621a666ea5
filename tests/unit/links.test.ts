/**
 * One rule for links (core/links.ts), and one reading of a letter's text
 * (core/document/): a letter full of odd links comes out with the same links
 * in the DOCX, the HTML copy, the text copy and the email draft.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { paragraphNode, textNode, type SerializedNode } from '../../core/editorDoc';
import { exportFileName } from '../../core/exportFileName';
import type { Letter } from '../../core/letter';
import { letterToHtmlFragment } from '../../core/letterHtml';
import { letterToPlainText } from '../../core/letterText';
import { linkFromInput, linkTarget } from '../../core/links';
import { defaultSettings } from '../../core/settings';
import { DOCX_MIME } from '../../electron/services/docxExportFile';
import { composeMailDraft } from '../../electron/services/mailDraft';
import { readDocx } from '../helpers/docxText';
import { letterWithBody } from '../helpers/letterDocs';

const LONG = `https://x.example/${'a'.repeat(2100)}`;

/** What a link's address becomes in every copy; null: it prints as plain text, never as a link. */
const ODD_LINKS: Array<{ url: unknown; text: string; target: string | null; type?: string }> = [
  {
    url: 'HTTPS://WWW.EUobserver.example/Opinion',
    text: 'EUobserver',
    target: 'https://www.euobserver.example/Opinion',
  },
  {
    url: 'https://例子.中国/路径?q=中 文',
    text: '中文链接',
    target: 'https://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84?q=%E4%B8%AD%20%E6%96%87',
  },
  { url: '  https://x.example/a b  ', text: 'spaced', target: 'https://x.example/a%20b' },
  { url: 'https://x.example/\u0001path', text: 'control', target: 'https://x.example/path' },
  {
    url: 'https://x.example/" onmouseover="alert(1)',
    text: 'tricky',
    target: 'https://x.example/%22%20onmouseover=%22alert(1)',
  },
  {
    url: 'mailto:letters@ft.example?subject=Your article',
    text: 'write to us',
    target: 'mailto:letters@ft.example?subject=Your%20article',
  },
  {
    url: 'mailto:press@embassy.example',
    text: 'press@embassy.example',
    target: 'mailto:press@embassy.example',
  },
  { url: 'https://www.ft.com', text: 'https://www.ft.com', target: 'https://www.ft.com/', type: 'autolink' },
  { url: 'javascript:alert(1)', text: 'script', target: null },
  { url: 'data:text/html,<b>x</b>', text: 'data', target: null },
  { url: 'file:///etc/passwd', text: 'file', target: null },
  { url: '/relative/path', text: 'relative', target: null },
  { url: 'www.refused.example', text: 'no scheme', target: null },
  { url: 'http://', text: 'no host', target: null },
  { url: 'mailto:', text: 'nobody', target: null },
  { url: LONG, text: 'overlong', target: null },
  { url: 42, text: 'number', target: null },
];

function linkParagraph({ url, text, type = 'link' }: (typeof ODD_LINKS)[number]): SerializedNode {
  return paragraphNode([
    textNode('See '),
    { type, url, version: 1, children: [textNode(text)] },
    textNode('.'),
  ]);
}

/** A link inside a link: documents cannot nest them, so the outer one wins everywhere. */
const NESTED = paragraphNode([
  {
    type: 'link',
    url: 'https://outer.example/',
    children: [
      textNode('outer '),
      { type: 'link', url: 'https://inner.example/', children: [textNode('inner')] },
    ],
  },
]);

const letter: Letter = letterWithBody([...ODD_LINKS.map(linkParagraph), NESTED]);
const settings = defaultSettings();

/** The links a copy carries, in order: [address, visible text]. */
type Links = Array<[string, string]>;

const expected: Links = [
  ...ODD_LINKS.filter((link) => link.target).map((link): [string, string] => [link.target!, link.text]),
  ['https://outer.example/', 'outer inner'],
];

const unescape = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function htmlLinks(html: string): Links {
  return [...html.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)].map((m) => [unescape(m[1]), unescape(m[2])]);
}

async function docxLinks(bytes: Uint8Array): Promise<Links> {
  const doc = await readDocx(bytes);
  const links: Links = [];
  for (const paragraph of doc.paragraphs()) {
    for (const run of paragraph.runs) {
      const last = links[links.length - 1];
      if (!run.link) continue;
      // Runs of one link follow each other; every link here has a paragraph of its own.
      if (last && last[0] === run.link && paragraph.text.includes(last[1] + run.text)) last[1] += run.text;
      else links.push([run.link, run.text]);
    }
  }
  return links;
}

/** The text copies wrap at 72 columns; a link's text and address may fall on two lines. */
const unwrapped = (text: string) => text.replace(/\s+/g, ' ');

/** How the text copy shows a link: its text, then the address in <…> unless the text is the address. */
const asText = ([target, text]: [string, string]) =>
  target === linkTarget(text) || target === linkTarget(`mailto:${text}`) ? text : `${text} <${target}>`;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the one link rule', () => {
  it.each(ODD_LINKS)('$text → $target', ({ url, target }) => {
    expect(linkTarget(url)).toBe(target);
  });

  it('takes what people type in the link dialog: a bare web or e-mail address', () => {
    expect(linkFromInput('www.ft.com/letters')).toBe('https://www.ft.com/letters');
    expect(linkFromInput(' letters@ft.example ')).toBe('mailto:letters@ft.example');
    expect(linkFromInput('javascript:alert(1)')).toBeNull();
    expect(linkFromInput('')).toBeNull();
  });

  it('is written once: no other file names the link protocols', () => {
    const files = ['core', 'electron', 'renderer/src'].flatMap(sources);
    const rewritten = files.filter(
      (path) =>
        path !== join('core', 'links.ts') && /['"](https?|mailto):['"]/.test(readFileSync(path, 'utf8')),
    );
    expect(rewritten).toEqual([]);
  });
});

describe('one letter with odd links, in every copy', () => {
  it('the DOCX links exactly the safe addresses, in their one form, with their text', async () => {
    expect(await docxLinks(await buildLetterDocx(letter, 'editor', settings))).toEqual(expected);
  });

  it('the HTML copy carries the same links', () => {
    expect(htmlLinks(letterToHtmlFragment(letter, settings))).toEqual(expected);
  });

  it('the text copy shows the same addresses, and none of the refused ones', () => {
    const text = unwrapped(letterToPlainText(letter, settings));
    for (const link of expected) expect(text).toContain(asText(link));
    // Refused links keep their words, never their address: the only addresses shown are the links'.
    for (const odd of ODD_LINKS.filter((link) => !link.target)) expect(text).toContain(`See ${odd.text}.`);
    const shown = [...text.matchAll(/<([^>\s]+)>/g)].map((m) => m[1]);
    expect(shown).toEqual(expected.filter((link) => asText(link) !== link[1]).map(([target]) => target));
  });

  it('the email draft carries the same links in its HTML and text, and attaches that DOCX', async () => {
    const bytes = await buildLetterDocx(letter, 'editor', settings);
    const file = await composeMailDraft({
      letter: { ...letter, fields: { ...letter.fields, lettersEmail: 'letters@paper.example' } },
      settings,
      docx: { fileName: exportFileName(letter, 'editor'), title: letter.title, bytes, mimeType: DOCX_MIME },
    });
    const mail = await simpleParser(Buffer.from(file.bytes));
    expect(htmlLinks(String(mail.html))).toEqual(expected);
    for (const link of expected) expect(unwrapped(mail.text ?? '')).toContain(asText(link));
    const attached = mail.attachments.find((a) => a.filename?.endsWith('.docx'));
    expect(await docxLinks(new Uint8Array(attached!.content))).toEqual(expected);
  });
});
