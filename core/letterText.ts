/**
 * The English letter, salutation to signatory, as plain text for an email
 * body or the clipboard: paragraphs separated by a blank line and wrapped at
 * 72 columns the way mail programs expect. Words are never split, so a long
 * URL stays whole on a line of its own and still works when clicked.
 */
import type { Letter } from './letter';
import { placeholderResolver } from './placeholders';
import { linkRuns, showsItemLine, type Block, type InlinePiece, type ListBlock } from './document/blocks';
import { readDocument } from './document/readBlocks';
import { showsOwnAddress } from './links';
import type { AppSettings } from './settings';
import { signatoryLines } from './signatory';

export const TEXT_WIDTH = 72;
const INDENT = '    ';
const length = (text: string) => [...text].length;

/**
 * Wraps one line of text: `first` prefixes the first output line, `rest` the
 * others (a list marker and its hanging indent, a quote's "> ").
 */
export function wrapLine(text: string, first = '', rest = first, width = TEXT_WIDTH): string[] {
  const words = text.split(/[ \t]+/).filter(Boolean);
  if (!words.length) return [first.trimEnd()];
  const lines: string[] = [];
  let line = first + words[0];
  for (const word of words.slice(1)) {
    if (length(line) + 1 + length(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = rest + word;
    }
  }
  lines.push(line);
  return lines;
}

const plain = (piece: InlinePiece) =>
  piece.kind === 'tab' ? ' ' : piece.kind === 'break' ? '\n' : piece.text;

/** Inline pieces as text, links as "text <url>", line breaks as "\n". */
export function inlineText(pieces: readonly InlinePiece[]): string {
  return linkRuns(pieces)
    .map(({ link, pieces: run }) => {
      const text = run.map(plain).join('');
      if (!link) return text;
      return showsOwnAddress(text, link.url) ? text.trim() || link.url : `${text} <${link.url}>`;
    })
    .join('');
}

/** A paragraph's text, each of its own lines wrapped with the given prefixes. */
function wrapped(pieces: readonly InlinePiece[], first: string, rest: string): string[] {
  return inlineText(pieces)
    .split('\n')
    .flatMap((line, i) => wrapLine(line, i === 0 ? first : rest, rest));
}

function listLines(list: ListBlock, indent: string): string[] {
  return list.items.flatMap((item, i) => {
    const marker = list.ordered ? `${list.start + i}. ` : '- ';
    const hanging = indent + ' '.repeat(marker.length);
    const own = showsItemLine(item) ? wrapped(item.inline, indent + marker, hanging) : [];
    return [...own, ...item.lists.flatMap((nested) => listLines(nested, hanging))];
  });
}

function blockLines(block: Block): string[] {
  if (block.type === 'list') return listLines(block, '');
  if (block.type === 'quote') return wrapped(block.inline, '> ', '> ');
  const indent = INDENT.repeat(block.layout.indent);
  return wrapped(block.inline, indent, indent);
}

export function letterToPlainText(letter: Letter, settings: AppSettings): string {
  const chunks: string[][] = [];
  const salutation = letter.salutation.trim();
  if (salutation) chunks.push(wrapLine(salutation));
  const resolve = placeholderResolver(letter, settings.houseStyle.dateFormat);
  for (const block of readDocument(letter.body, resolve)) {
    const lines = blockLines(block);
    // Empty paragraphs between paragraphs would only double the blank line.
    if (lines.some((line) => line.trim())) chunks.push(lines);
  }
  const closing = letter.closing.trim();
  if (closing) chunks.push(wrapLine(closing));
  const signatory = signatoryLines(letter.signatory).flatMap((line) => wrapLine(line.trim()));
  if (signatory.length) chunks.push(signatory);
  return chunks.map((lines) => lines.map((line) => line.trimEnd()).join('\n')).join('\n\n');
}
