/**
 * Every variant of every fixture letter opens in LibreOffice and prints as the
 * editor shows it: converted to PDF in one headless run, each PDF must hold the
 * letter's text in order, with the letterhead on the first page of each part,
 * the running header and "Page N" on later pages, A4 pages, the logo, and a
 * CJK font wherever there is Chinese (SimSun is replaced by Noto CJK here).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_VARIANTS, type ExportVariant } from '../../core/contract';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import type { SerializedNode } from '../../core/editorDoc';
import { addresseeLine, type Letter } from '../../core/letter';
import { chineseDateLine, englishDateLine, referenceLine, splitPreface } from '../../core/letterParts';
import { resolvePlaceholder } from '../../core/placeholders';
import { stripInvalidXmlChars } from '../../core/sanitize';
import { defaultSettings, type AppSettings, type Letterhead } from '../../core/settings';
import type { Side } from '../../core/sides';
import { signatoryLines } from '../../core/signatory';
import { FIXTURE_LETTERS, loadFixtureLetter, type FixtureLetterId } from '../fixtures/loadLetter';
import { loadFixtureSettings } from '../fixtures/loadSettings';
import {
  convertToPdf,
  missingTools,
  pdfFonts,
  pdfImages,
  pdfPageSizes,
  pdfPagesText,
} from '../helpers/libreoffice';

const missing = missingTools();
if (missing.length) {
  const message = `${missing.join(', ')} not found on PATH: install libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils to open the exported letters in LibreOffice.`;
  // CI installs them; a runner without them must not pass by skipping.
  if (process.env.CI) throw new Error(`LibreOffice check cannot run: ${message}`);
  console.warn(`LibreOffice check SKIPPED: ${message}`);
}

type SettingsName = 'letterhead' | 'no letterhead' | 'bad-input settings';
const SETTINGS: Record<SettingsName, () => AppSettings> = {
  letterhead: () => loadFixtureSettings('letterhead'),
  'no letterhead': defaultSettings,
  'bad-input settings': () => loadFixtureSettings('bad-input'),
};

type Case = [FixtureLetterId, ExportVariant, SettingsName];
const CASES: Case[] = [
  ...FIXTURE_LETTERS.flatMap((id) => EXPORT_VARIANTS.map((variant): Case => [id, variant, 'letterhead'])),
  ['euobserver-rebuttal', 'bilingual', 'no letterhead'],
  ['three-page', 'editor', 'no letterhead'],
  ['worst-bad-input', 'bilingual', 'bad-input settings'],
];

// ---------------------------------------------------------------------------
// What the reader should see, from the letter and Settings.

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
// Emoji print only where an emoji font is installed, so they are left out of the comparison.
const EMOJI = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}]|\u200D|\uFE0F/gu;
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text as compared: no spaces or line ends (lines wrap differently), no emoji,
 * no right-to-left letters (checked apart, as PDF text holds them in visual
 * order), compatibility forms folded (ligatures, presentation forms). Next to
 * right-to-left text, PDF text also moves the punctuation around, so a letter
 * with such text is compared by its letters and digits only.
 */
function comparable(text: string, lettersOnly = false): string {
  const chars = [...text.normalize('NFKC').replace(BIDI_CONTROLS, '').replace(EMOJI, '').replace(/\s+/g, '')];
  return chars.filter((char) => !RTL.test(char) && (!lettersOnly || /[\p{L}\p{N}]/u.test(char))).join('');
}
const rtlLetters = (text: string) => [...text.normalize('NFKC')].filter((char) => RTL.test(char)).sort();

const BULLETS = ['•', '◦', '▪'];
/** Word's lower-letter numbers: a … z, then aa, bb … */
const letters = (n: number) => 'abcdefghijklmnopqrstuvwxyz'[(n - 1) % 26].repeat(Math.ceil(n / 26));
function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}
/** The mark Word shows for an item: 1. / (a) / i. by level for numbers; • ◦ ▪ for bullets. */
function listMark(kind: 'bullet' | 'number', level: number, n: number): string {
  if (kind === 'bullet') return BULLETS[level % 3];
  return [`${n}.`, `(${letters(n)})`, `${roman(n)}.`][level % 3];
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem']);
const holdsBlock = (node: SerializedNode): boolean =>
  BLOCKS.has(node.type) || (node.children ?? []).some(holdsBlock);

/** A block's text as the editor shows it, placeholders filled. */
function inlineText(nodes: readonly SerializedNode[], letter: Letter): string {
  return nodes
    .map((node) => {
      if (node.type === 'placeholder') return resolvePlaceholder(String(node.key ?? ''), letter).text;
      if (node.type === 'linebreak' || node.type === 'tab') return ' ';
      if (typeof node.text === 'string') return node.text;
      return inlineText(node.children ?? [], letter);
    })
    .join('');
}

interface ListCount {
  kind: 'bullet' | 'number';
  start: number;
  counts: number[];
}

/** The editor's blocks in order, each list item with the mark Word numbers it with. */
function blocksText(nodes: readonly SerializedNode[], letter: Letter): string[] {
  const out: string[] = [];
  const block = (node: SerializedNode) => {
    if (node.type === 'list') list(node, 0, null);
    else if (BLOCKS.has(node.type)) out.push(inlineText(node.children ?? [], letter));
    else if ((node.children ?? []).some(holdsBlock)) node.children!.forEach(block);
    else out.push(inlineText([node], letter));
  };
  // A nested list of the same kind counts on in its parent's list, a level deeper (at most 9 levels).
  const list = (node: SerializedNode, depth: number, parent: ListCount | null) => {
    const kind = node.listType === 'number' ? 'number' : 'bullet';
    const start = typeof node.start === 'number' && node.start >= 0 ? node.start : 1;
    const count: ListCount = parent?.kind === kind ? parent : { kind, start, counts: [] };
    const level = Math.min(depth, 8);
    for (const item of node.children ?? []) {
      if (item.type !== 'listitem') {
        block(item);
        continue;
      }
      const nested = (item.children ?? []).filter((child) => child.type === 'list');
      const own = (item.children ?? []).filter((child) => child.type !== 'list');
      if (own.length || !nested.length) {
        const n =
          count.counts[level] === undefined ? (level === 0 ? count.start : 1) : count.counts[level] + 1;
        count.counts.length = level;
        count.counts[level] = n;
        out.push(`${listMark(kind, level, n)} ${inlineText(own, letter)}`);
      }
      for (const child of nested) list(child, depth + 1, count);
    }
  };
  nodes.forEach(block);
  return out;
}

interface Part {
  letterhead: string;
  running: string;
  body: string;
  footer: (page: number) => string;
}

function letterheadParts(letterhead: Letterhead, side: Side) {
  const clean = (text: string) => stripInvalidXmlChars(text).trim();
  const en = clean(letterhead.organisationEn);
  const zh = clean(letterhead.organisationZh);
  const names = (side === 'preface' ? [zh, en] : [en, zh]).filter(Boolean);
  const address = clean(letterhead.address)
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(', ');
  const phone = clean(letterhead.phone);
  const contacts = [phone && `Tel. ${phone}`, clean(letterhead.email), clean(letterhead.website)];
  return {
    text: [...names, address, contacts.filter(Boolean).join(' · ')].join(' '),
    running: names[0] ?? '',
  };
}

function expectedParts(
  letter: Letter,
  variant: ExportVariant,
  settings: AppSettings,
  lettersOnly: boolean,
): Part[] {
  const same = (text: string) => comparable(text, lettersOnly);
  const part = (side: Side, lines: string[]): Part => {
    const { text, running } = letterheadParts(settings.letterhead, side);
    return {
      letterhead: same(text),
      running: same(running),
      body: same(stripInvalidXmlChars(lines.join(' '))),
      footer: (page) => same(side === 'preface' ? `第 ${page} 页` : `Page ${page}`),
    };
  };
  const { headline, rest } = splitPreface(letter.preface.root.children);
  const preface = [inlineText(headline?.children ?? [], letter), ...blocksText(rest, letter)];
  const chinese = part('preface', [...preface, chineseDateLine(letter)]);
  const english = part('body', [
    englishDateLine(letter, settings),
    addresseeLine(letter),
    referenceLine(letter, settings) ?? '',
    letter.salutation,
    ...blocksText(letter.body.root.children, letter),
    letter.closing,
    ...signatoryLines(letter.signatory),
  ]);
  const hasPreface = same(stripInvalidXmlChars(preface.join(''))) !== '';
  return { editor: [english], chinese: [chinese], bilingual: hasPreface ? [chinese, english] : [english] }[
    variant
  ];
}

/** Where two texts part, with some context, or '' when they are the same. */
function difference(actual: string, expected: string): string {
  if (actual === expected) return '';
  let i = 0;
  while (actual[i] === expected[i]) i++;
  return `differs at character ${i}: expected …${expected.slice(Math.max(0, i - 40), i + 40)}… but printed …${actual.slice(Math.max(0, i - 40), i + 40)}…`;
}

// ---------------------------------------------------------------------------

interface Printed {
  pages: string[];
  sizes: Array<{ width: number; height: number }>;
  images: Array<{ page: number }>;
  fonts: string[];
}

describe.skipIf(missing.length > 0)('exported letters in LibreOffice', () => {
  let dir: string;
  const printed = new Map<string, Printed>();
  const nameOf = ([id, variant, settings]: Case) => `${id}-${variant}-${settings.replace(/ /g, '-')}`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'letterdesk-lo-'));
    const files = await Promise.all(
      CASES.map(async (c) => {
        const path = join(dir, `${nameOf(c)}.docx`);
        await writeFile(path, await buildLetterDocx(loadFixtureLetter(c[0]), c[1], SETTINGS[c[2]]()));
        return path;
      }),
    );
    const pdfs = await convertToPdf(files, dir);
    await Promise.all(
      CASES.map(async (c, i) => {
        const pdf = pdfs.get(files[i])!;
        const [pages, sizes, images, fonts] = await Promise.all([
          pdfPagesText(pdf),
          pdfPageSizes(pdf),
          pdfImages(pdf),
          pdfFonts(pdf),
        ]);
        printed.set(nameOf(c), { pages, sizes, images, fonts });
      }),
    );
  }, 240_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(CASES)('%s, %s variant, %s: prints the letter as written', (id, variant, settingsName) => {
    const result = printed.get(nameOf([id, variant, settingsName]));
    expect(result, 'LibreOffice made no PDF of it').toBeDefined();
    const { pages, sizes, images, fonts } = result!;
    const letter = loadFixtureLetter(id);
    const settings = SETTINGS[settingsName]();
    const source = JSON.stringify([letter.preface, letter.body]);
    const rightToLeft = RTL.test(source);
    const parts = expectedParts(letter, variant, settings, rightToLeft);

    expect(sizes).toHaveLength(pages.length);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(595.3, 0);
      expect(size.height).toBeCloseTo(841.9, 0);
    }

    // Page by page: a part opens with its letterhead and no page number; its later
    // pages carry the running header and "Page N", counted from the part's start.
    const firstPages: number[] = [];
    let part = -1;
    let pageInPart = 0;
    let body = '';
    pages.forEach((raw, i) => {
      let page = comparable(raw, rightToLeft);
      const next = parts[part + 1];
      const opening = next && page.slice(next.letterhead.length, next.letterhead.length + 12);
      if (next && page.startsWith(next.letterhead) && opening && next.body.startsWith(opening)) {
        part++;
        pageInPart = 1;
        firstPages.push(i + 1);
        page = page.slice(next.letterhead.length);
      } else {
        expect(part, `page ${i + 1} should open with the letterhead`).toBeGreaterThanOrEqual(0);
        pageInPart++;
        const { running, footer } = parts[part];
        expect(page.startsWith(running), `page ${i + 1} opens with the running header`).toBe(true);
        expect(page.endsWith(footer(pageInPart)), `page ${i + 1} ends with ${footer(pageInPart)}`).toBe(true);
        page = page.slice(running.length, page.length - footer(pageInPart).length);
      }
      body += page;
    });
    expect(firstPages, 'each part starts a page').toHaveLength(parts.length);
    expect(difference(body, parts.map((p) => p.body).join(''))).toBe('');

    if (rightToLeft) {
      // Every Arabic and Hebrew letter is printed, whatever order PDF text gives them in.
      const written = [
        ...(variant !== 'editor' ? [letter.preface] : []),
        ...(variant !== 'chinese' ? [letter.body] : []),
      ].flatMap((doc) => blocksText(doc.root.children, letter));
      expect(rtlLetters(pages.join(''))).toEqual(rtlLetters(written.join('')));
    }

    const logoPages = settings.letterhead.logo ? firstPages : [];
    expect(images.map((image) => image.page)).toEqual(logoPages);

    const chinese = /\p{Script=Han}/u.test(parts.map((p) => p.letterhead + p.body).join(''));
    expect(
      fonts.some((font) => /CJK/.test(font)),
      fonts.join(', '),
    ).toBe(chinese);
  });
});
