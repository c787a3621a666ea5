/**
 * The office's letterhead from Settings, printed in the first page's header:
 * logo, organisation name in both languages (the page's language first) and
 * the contact details in small type, closed by a thin rule.
 */
import { BorderStyle, Paragraph, type IParagraphOptions } from 'docx';
import { stripInvalidXmlChars } from '../sanitize';
import type { Letterhead } from '../settings';
import type { Side } from '../sides';
import type { DocxContext } from './context';
import { plainRuns } from './inlineRuns';
import { logoRun } from './logo';
import { STYLE } from './styles';

const clean = (text: string) => stripInvalidXmlChars(text).trim();

/** The non-empty lines of a multi-line setting such as the address. */
const lines = (text: string) =>
  clean(text)
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);

const SEPARATOR = '  ·  ';

/** The organisation's names, the side's own language first. */
function names(letterhead: Letterhead, side: Side): string[] {
  const english = clean(letterhead.organisationEn);
  const chinese = clean(letterhead.organisationZh);
  return (side === 'preface' ? [chinese, english] : [english, chinese]).filter(Boolean);
}

/** Address on one line, then telephone, e-mail and website on another. */
function letterheadDetails(letterhead: Letterhead): string[] {
  const phone = clean(letterhead.phone);
  const contacts = [phone ? `Tel. ${phone}` : '', clean(letterhead.email), clean(letterhead.website)];
  return [lines(letterhead.address).join(', '), contacts.filter(Boolean).join(SEPARATOR)].filter(Boolean);
}

/** The letterhead's paragraphs, or none when Settings hold no letterhead. */
export function letterheadParagraphs(letterhead: Letterhead, side: Side, ctx: DocxContext): Paragraph[] {
  const [primary, secondary] = names(letterhead, side);
  const options: IParagraphOptions[] = [];
  if (letterhead.logo) {
    options.push({
      style: STYLE.letterhead,
      children: [logoRun(letterhead.logo, primary ?? '', ctx.newDrawingId())],
    });
  }
  if (primary) options.push({ style: STYLE.letterheadName, children: plainRuns(primary, ctx) });
  if (secondary) options.push({ style: STYLE.letterheadSecondName, children: plainRuns(secondary, ctx) });
  for (const detail of letterheadDetails(letterhead)) {
    options.push({ style: STYLE.letterheadDetails, children: plainRuns(detail, ctx) });
  }
  if (!options.length) return [];
  // The rule under the letterhead; the space after it keeps the letter clear of it.
  const last = options.length - 1;
  options[last] = {
    ...options[last],
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 6 } },
    spacing: { after: 20 * 20 },
  };
  return options.map((option) => new Paragraph(option));
}

/** The short header of later pages: the organisation's name in the part's language. */
export function runningHeaderText(letterhead: Letterhead, side: Side): string {
  return names(letterhead, side)[0] ?? '';
}
