/**
 * Sorts an imported document's blocks (htmlToEditorDocs.ts) into a letter's
 * parts, only where they are plain to see; anything not recognised stays in
 * the text, so nothing is lost by a wrong guess.
 *
 * A LetterDesk export says what each fixed line is by its paragraph style
 * (`hint`); those decide (only styles no other program writes together tell
 * a LetterDesk export: see LETTERDESK_HINTS). Any other file is read by its text:
 * - the Chinese part: the blocks written mostly in Chinese script before the
 *   first one mostly in Latin letters. Its first block is the headline (an h1,
 *   as in a new letter); a Chinese date line ("2026年11月30日") ending it is the
 *   date, when the English part gives none.
 * - the English part: a date line at its top ("30 November 2026",
 *   "November 30, 2026", either after a place: "Brussels, 30 November 2026");
 *   a salutation among its first lines ("Dear Sir/Madam,", "Sir, –",
 *   "Dear Mr Smith,"…) with the short lines between the date and it as the
 *   addressee; a closing among its last lines ("Yours sincerely,",
 *   "– Yours, etc,"…) with at most three short lines after it as the
 *   signatory (name, title, organisation, in that order).
 * Footnotes and endnotes (hint 'note') go at the end of the text they belong to.
 */
import { findDateMentions, type DateForm } from '../dateMentions';
import { isoFromParts, type EnglishDateStyle } from '../dates';
import { LETTER_TITLE_MAX } from '../letter';
import type { SerializedNode } from '../editorDoc';
import type { Signatory } from '../signatory';
import type { ImportedLetter, RecognisedPart } from './docxImport';
import type { BlockHint, ImportedBlock } from './ldParts';

/** The letter's parts, as ImportedLetter names them, with each side's blocks before they make a document. */
export type LetterParts = Omit<ImportedLetter, 'preface' | 'body' | 'comments'> & {
  preface: SerializedNode[];
  body: SerializedNode[];
  recognised: RecognisedPart[];
};

/** The text of a block as the editor shows it: line breaks as "\n", nested lists' items on lines of their own. */
export function blockText(node: SerializedNode): string {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  const children = node.children ?? [];
  const separator = node.type === 'list' || children.some((child) => child.type === 'list') ? '\n' : '';
  return children.map(blockText).join(separator);
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** Mostly Chinese: more Han characters than Latin letters (an English word in a Chinese sentence stays Chinese). */
export function isChinese(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  return han > 0 && han >= (text.match(LATIN)?.length ?? 0);
}

const isEmpty = (node: SerializedNode) => !blockText(node).trim();

// --- Dates ----------------------------------------------------------------------------------

const NUMERIC = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

/** The date that ends `text` and its index: written as core/dateMentions.ts reads dates, or numeric. */
function dateAtEnd(
  text: string,
  style: EnglishDateStyle,
  forms: readonly DateForm[],
): { iso: string; index: number } | null {
  const last = findDateMentions(text).at(-1);
  if (last && forms.includes(last.form) && last.index + last.length === text.length) {
    const iso = isoFromParts(last.date);
    return iso ? { iso, index: last.index } : null;
  }
  const numeric = forms.includes('english') ? NUMERIC.exec(text) : null;
  if (!numeric) return null;
  const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  const [day, month] = style === 'month-day-year' ? [second, first] : [first, second];
  const iso = isoFromParts({ year, month, day });
  return iso ? { iso, index: numeric.index } : null;
}

/**
 * An English date line, alone or after a place ("Brussels, 30 November 2026"): its ISO date and
 * place. Dates are read as core/dateMentions.ts reads them ("30 November 2026", "November 30,
 * 2026", ISO); a numeric one ("30/11/2026") in the house style's order.
 */
export function readEnglishDateLine(
  line: string,
  style: EnglishDateStyle = 'day-month-year',
): { date: string; place: string } | null {
  const text = line.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const found = dateAtEnd(text, style, ['english', 'iso']);
  if (!found) return null;
  const before = text.slice(0, found.index);
  if (before && !before.endsWith(', ')) return null;
  const place = before.slice(0, -2).trim();
  return place.length <= 80 ? { date: found.iso, place } : null;
}

/** "2026年11月30日", a line of its own: its ISO date. */
export function readChineseDateLine(line: string): string | null {
  const text = line.trim();
  const found = dateAtEnd(text, 'day-month-year', ['chinese']);
  return found?.index === 0 ? found.iso : null;
}

// --- Salutation, closing, signatory ---------------------------------------------------------

const DASH = String.raw`[-–—]`;
/**
 * "Dear Sir/Madam," "Dear Sir/Madame," "Dear Editor," "Dear Mr Smith," "Sir," "Sir, –" "Madam,"
 * "To the Editor:"; a salutation ends in a comma, a colon or a dash, or nothing.
 */
const SALUTATION = new RegExp(
  String.raw`^(?:Dear\s+[^,:\n]{1,80}|Sirs?|Madam|Madame|Sir\s*/\s*Madame?|To the Editors?)\s*(?:[,:]\s*(?:${DASH})?|${DASH})?$`,
  'i',
);

/** "Yours sincerely," "Yours faithfully," "Sincerely," "Yours truly," "– Yours, etc," "Kind regards,"… */
const CLOSING = new RegExp(
  String.raw`^(?:${DASH}\s*)?(?:Yours(?:\s+(?:sincerely|faithfully|truly|respectfully))?(?:,?\s*etc\.?)?|(?:Very\s+)?(?:Sincerely|Faithfully|Truly|Respectfully)(?:\s+yours)?|(?:With\s+)?(?:Kind|Best|Warm)\s+regards|Regards)\s*[,.]?$`,
  'i',
);

export const isSalutation = (line: string): boolean => SALUTATION.test(line.replace(/\s+/g, ' ').trim());
export const isClosing = (line: string): boolean => CLOSING.test(line.replace(/\s+/g, ' ').trim());

/** The most lines the addressee, or the signatory, is taken to have; more is letter text. */
const MAX_LINES = { addressee: 6, signatory: 3 };
/** A line longer than this is a sentence, not an address or a name. */
const SHORT_LINE = 100;
/** A salutation is looked for among this many blocks at the top, a closing among as many at the end. */
const LOOK_AHEAD = 10;

const isShortParagraph = (node: SerializedNode) =>
  node.type === 'paragraph' && lines(blockText(node)).every((line) => line.length <= SHORT_LINE);

function signatoryOf(found: string[]): Omit<Signatory, 'id'> {
  return {
    nameEn: found[0] ?? '',
    nameZh: '',
    titleEn: found[1] ?? '',
    titleZh: '',
    organisationEn: found[2] ?? '',
    organisationZh: '',
  };
}

/** The headline as a new letter has it: the first block's text in an h1. */
function asHeadline(node: SerializedNode): SerializedNode {
  const inline = node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote';
  const children = inline
    ? (node.children ?? [])
    : [{ type: 'text', text: blockText(node), format: 0, detail: 0, mode: 'normal', style: '', version: 1 }];
  return { type: 'heading', tag: 'h1', direction: null, format: '', indent: 0, version: 1, children };
}

// --- The two readings -----------------------------------------------------------------------

type Found = Omit<LetterParts, 'title' | 'recognised'>;

const PREFACE_HINTS = new Set<BlockHint>(['headline', 'preface', 'chineseDate']);

/** A LetterDesk export: each fixed line's style says what it is. */
function fromStyles(blocks: readonly ImportedBlock[], style: EnglishDateStyle): Found {
  const found: Found = { preface: [], body: [] };
  const notes: SerializedNode[] = [];
  const addressee: string[] = [];
  const signatory: string[] = [];
  let chineseDate: string | null = null;
  let side: 'preface' | 'body' = blocks.find((b) => b.hint && b.hint !== 'note' && PREFACE_HINTS.has(b.hint))
    ? 'preface'
    : 'body';
  for (const { node, hint } of blocks) {
    const text = blockText(node).trim();
    if (hint && hint !== 'note') side = PREFACE_HINTS.has(hint) ? 'preface' : 'body';
    switch (hint) {
      case 'headline':
        found.preface.push(asHeadline(node));
        break;
      case 'chineseDate':
        chineseDate = readChineseDateLine(text);
        if (!chineseDate) found.preface.push(node);
        break;
      case 'date': {
        const line = readEnglishDateLine(text, style);
        if (line) {
          found.date = line.date;
          if (line.place) found.place = line.place;
        } else if (text) found.place = text.replace(/,$/, '');
        break;
      }
      case 'addressee':
        addressee.push(...lines(blockText(node)));
        break;
      case 'reference':
        // Made from the article's details on every export: not letter text.
        break;
      case 'salutation':
        found.salutation = text;
        break;
      case 'closing':
        found.closing = text;
        break;
      case 'signatory':
        signatory.push(...lines(blockText(node)));
        break;
      case 'note':
        notes.push(node);
        break;
      default:
        found[side].push(node);
    }
  }
  if (!found.date && chineseDate) found.date = chineseDate;
  if (addressee.length) found.addressee = addressee.join('\n');
  if (signatory.length) found.signatory = signatoryOf(signatory);
  found[found.body.length || !found.preface.length ? 'body' : 'preface'].push(...notes);
  return found;
}

/** The Chinese part: the Chinese-script blocks at the top, its first block the headline. */
function splitChinese(blocks: readonly SerializedNode[]): {
  preface: SerializedNode[];
  english: SerializedNode[];
  chineseDate?: string;
} {
  let end = 0;
  while (end < blocks.length && (isEmpty(blocks[end]) || isChinese(blockText(blocks[end])))) end++;
  // Empty paragraphs between the parts belong to neither.
  let last = end;
  while (last > 0 && isEmpty(blocks[last - 1])) last--;
  const chinese = blocks.slice(0, last).filter((node) => !isEmpty(node));
  const english = blocks.slice(end);
  if (!chinese.length) return { preface: [], english: [...blocks] };
  const preface = [asHeadline(chinese[0]), ...chinese.slice(1)];
  const date = preface.length > 1 ? readChineseDateLine(blockText(preface[preface.length - 1])) : null;
  if (date) preface.pop();
  return { preface, english, ...(date ? { chineseDate: date } : {}) };
}

/** Any other file: the parts read from the text, where it is plain. */
function fromText(blocks: readonly ImportedBlock[], style: EnglishDateStyle): Found {
  const notes = blocks.filter((b) => b.hint === 'note').map((b) => b.node);
  const { preface, english, chineseDate } = splitChinese(
    blocks.filter((b) => b.hint !== 'note').map((b) => b.node),
  );
  const found: Found = { preface, body: [] };
  let start = 0;
  let end = english.length;
  const skipEmpty = () => {
    while (start < end && isEmpty(english[start])) start++;
    while (end > start && isEmpty(english[end - 1])) end--;
  };
  skipEmpty();

  // The date line at the top.
  const dateLine =
    start < end && english[start].type === 'paragraph'
      ? readEnglishDateLine(blockText(english[start]), style)
      : null;
  if (dateLine) {
    found.date = dateLine.date;
    if (dateLine.place) found.place = dateLine.place;
    start++;
    skipEmpty();
  } else if (chineseDate) found.date = chineseDate;

  // The salutation, and the addressee's short lines before it.
  for (let i = start; i < Math.min(end, start + LOOK_AHEAD); i++) {
    const text = blockText(english[i]);
    if (english[i].type !== 'paragraph' || !isSalutation(text)) continue;
    const before = english.slice(start, i).filter((node) => !isEmpty(node));
    const addressee = before.flatMap((node) => lines(blockText(node)));
    if (!before.every(isShortParagraph) || addressee.length > MAX_LINES.addressee) break;
    if (addressee.length) found.addressee = addressee.join('\n');
    found.salutation = text.replace(/\s+/g, ' ').trim();
    start = i + 1;
    break;
  }

  // The closing, and the signatory's short lines after it.
  for (let i = end - 1; i >= Math.max(start, end - LOOK_AHEAD); i--) {
    const text = blockText(english[i]);
    if (english[i].type !== 'paragraph' || !isClosing(text)) continue;
    const after = english.slice(i + 1, end).filter((node) => !isEmpty(node));
    const signatory = after.flatMap((node) => lines(blockText(node)));
    if (!after.every(isShortParagraph) || signatory.length > MAX_LINES.signatory) break;
    found.closing = text.replace(/\s+/g, ' ').trim();
    if (signatory.length) found.signatory = signatoryOf(signatory);
    end = i;
    break;
  }

  found.body = english.slice(start, end);
  found[found.body.length || !found.preface.length ? 'body' : 'preface'].push(...notes);
  return found;
}

/** At most `max` characters, never cut inside one: a first line can be a whole paragraph. */
function shortened(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** The letter's parts in the blocks, and which were recognised. */
/**
 * Styles only LetterDesk's export puts together in one file. "Body Text" (pandoc's and Word's
 * own style too) says nothing; Word's built-in "Salutation" and "Closing" alone neither.
 */
const LETTERDESK_HINTS = new Set<BlockHint>([
  'headline',
  'preface',
  'chineseDate',
  'date',
  'addressee',
  'reference',
  'signatory',
]);

export function recogniseParts(
  blocks: readonly ImportedBlock[],
  style: EnglishDateStyle = 'day-month-year',
): LetterParts {
  const ours = blocks.some((block) => block.hint && LETTERDESK_HINTS.has(block.hint));
  const found = ours ? fromStyles(blocks, style) : fromText(blocks, style);
  const hasText = (nodes: SerializedNode[]) => nodes.some((node) => !isEmpty(node));
  const recognised: RecognisedPart[] = [];
  if (hasText(found.preface)) recognised.push('preface');
  if (hasText(found.body)) recognised.push('body');
  for (const part of ['date', 'addressee', 'salutation', 'closing', 'signatory'] as const) {
    if (found[part]) recognised.push(part);
  }
  const headline = found.preface.find((node) => node.type === 'heading');
  const firstLine = [...found.preface, ...found.body].map((node) => lines(blockText(node))[0]).find(Boolean);
  const title = (headline && lines(blockText(headline))[0]) || firstLine || '';
  return { ...found, title: shortened(title.replace(/\s+/g, ' '), LETTER_TITLE_MAX), recognised };
}
