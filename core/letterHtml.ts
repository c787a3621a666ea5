/**
 * The letter as HTML: a fragment (salutation to signatory) for an email's
 * HTML part or the clipboard, and a complete A4 print document mirroring the
 * DOCX for the PDF copy. Both come from the same block walk and the same
 * renderer below. Every text is escaped, links are only what core/links.ts
 * allows, and nothing carries a script or an event handler.
 */
import type { ExportVariant } from './contract';
import { addresseeLine, displayTitle, type Letter } from './letter';
import {
  hasContent,
  isUnfilled,
  linkRuns,
  type Block,
  type InlinePiece,
  type Layout,
  type ListBlock,
} from './document/blocks';
import { readDocument } from './document/readBlocks';
import { chineseDateLine, englishDateLine, readPreface, referenceLine } from './letterParts';
import { TEXT_FORMAT } from './editorDoc';
import { MAX_INDENT, printStyle } from './printStyle';
import { stripInvalidXmlChars } from './sanitize';
import { placeholderResolver } from './placeholders';
import type { AppSettings, Letterhead } from './settings';
import { SIDE_LANGUAGE } from './sides';
import { signatoryLines } from './signatory';
import { ExportProblem, NO_CHINESE_PREFACE } from './exportProblem';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or attribute value, safe anywhere in HTML. */
export function escapeHtml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * How block layout is written: inline styles survive in mail programs and
 * pasted HTML; the print page uses classes, so its CSP needs no inline styles.
 */
type LayoutMode = 'style' | 'class';

/** Outermost first. */
const FORMAT_TAGS: Array<[number, string]> = [
  [TEXT_FORMAT.bold, 'strong'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.underline, 'u'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.code, 'code'],
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
];

function pieceHtml(piece: InlinePiece): string {
  if (piece.kind === 'break') return '<br>';
  if (piece.kind === 'tab') return '\t';
  let html = escapeHtml(piece.text);
  // Unfilled placeholders stay marked, as in the editor and the DOCX.
  if (isUnfilled(piece) || piece.format & TEXT_FORMAT.highlight) html = `<mark>${html}</mark>`;
  for (const [flag, tag] of [...FORMAT_TAGS].reverse()) {
    // Superscript wins over subscript, as in Lexical and Word.
    if (tag === 'sub' && piece.format & TEXT_FORMAT.superscript) continue;
    if (piece.format & flag) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

export function inlineHtml(pieces: readonly InlinePiece[]): string {
  return linkRuns(pieces)
    .map(({ link, pieces: run }) => {
      const inner = run.map(pieceHtml).join('');
      return link ? `<a href="${escapeHtml(link.url)}">${inner}</a>` : inner;
    })
    .join('');
}

function layoutAttrs(layout: Layout, mode: LayoutMode, classes: string[] = []): string {
  const indent = Math.min(layout.indent, MAX_INDENT);
  if (mode === 'class') {
    const all = [
      ...classes,
      ...(layout.align ? [`align-${layout.align}`] : []),
      ...(indent ? [`indent-${indent}`] : []),
    ];
    return all.length ? ` class="${all.join(' ')}"` : '';
  }
  const styles = [
    ...(layout.align ? [`text-align:${layout.align}`] : []),
    ...(indent ? [`margin-left:${indent * 2}em`] : []),
  ];
  const classAttr = classes.length ? ` class="${classes.join(' ')}"` : '';
  return classAttr + (styles.length ? ` style="${styles.join(';')}"` : '');
}

/** A paragraph's inner HTML; an empty one keeps its line, as in the editor. */
const filled = (pieces: readonly InlinePiece[]) => (hasContent(pieces) ? inlineHtml(pieces) : '<br>');

function listHtml(list: ListBlock, mode: LayoutMode): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const start = list.ordered && list.start !== 1 ? ` start="${list.start}"` : '';
  const items = list.items.map((item) => {
    const nested = item.lists.map((child) => listHtml(child, mode)).join('');
    return `<li${layoutAttrs(item.layout, mode)}>${inlineHtml(item.inline)}${nested}</li>`;
  });
  return `<${tag}${start}>${items.join('')}</${tag}>`;
}

export function blocksHtml(blocks: readonly Block[], mode: LayoutMode): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'list':
          return listHtml(block, mode);
        case 'heading':
          return `<h${block.level}${layoutAttrs(block.layout, mode)}>${inlineHtml(block.inline)}</h${block.level}>`;
        case 'quote':
          return `<blockquote${layoutAttrs(block.layout, mode)}>${filled(block.inline)}</blockquote>`;
        default:
          return `<p${layoutAttrs(block.layout, mode)}>${filled(block.inline)}</p>`;
      }
    })
    .join('\n');
}

const lines = (text: string) => text.split(/\r\n|\n|\r/).filter((line) => line.trim());
const linesHtml = (texts: readonly string[]) => texts.map((text) => escapeHtml(text.trim())).join('<br>');
const para = (className: string | null, html: string) =>
  html ? `<p${className ? ` class="${className}"` : ''}>${html}</p>` : '';

/** Salutation, body, closing and signatory: the part of the letter every copy shares. */
function letterCore(letter: Letter, settings: AppSettings, mode: LayoutMode): string {
  const classOf = (name: string) => (mode === 'class' ? name : null);
  const resolve = placeholderResolver(letter, settings.houseStyle.dateFormat);
  const body = blocksHtml(readDocument(letter.body, resolve), mode);
  return [
    para(classOf('salutation'), escapeHtml(letter.salutation.trim())),
    mode === 'class' ? `<div class="text">\n${body}\n</div>` : body,
    para(classOf('closing'), escapeHtml(letter.closing.trim())),
    para(classOf('signatory'), linesHtml(signatoryLines(letter.signatory))),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The English letter from salutation to signatory, as semantic HTML. */
export function letterToHtmlFragment(letter: Letter, settings: AppSettings): string {
  return letterCore(letter, settings, 'style');
}

function letterheadHtml(letterhead: Letterhead): string {
  const { logo } = letterhead;
  const logoHtml =
    logo && /^[A-Za-z0-9+/]+=*$/.test(logo.dataBase64)
      ? `<img src="data:${logo.mimeType};base64,${logo.dataBase64}" width="${logo.width}" height="${logo.height}" alt="">`
      : '';
  const details = [
    ...lines(letterhead.address),
    [letterhead.phone, letterhead.email, letterhead.website]
      .map((item) => item.trim())
      .filter(Boolean)
      .join(' · '),
  ].filter(Boolean);
  const organisationZh = escapeHtml(letterhead.organisationZh.trim());
  const parts = [
    logoHtml,
    organisationZh ? `<p class="organisation" lang="${SIDE_LANGUAGE.preface}">${organisationZh}</p>` : '',
    para('organisation', escapeHtml(letterhead.organisationEn.trim())),
    para('details', linesHtml(details)),
  ].filter(Boolean);
  return parts.length ? `<header class="letterhead">\n${parts.join('\n')}\n</header>` : '';
}

function chineseSection(letter: Letter, settings: AppSettings): string {
  const { headline, rest: body } = readPreface(
    letter,
    placeholderResolver(letter, settings.houseStyle.dateFormat),
  );
  const headlineHtml = headline
    ? `<h1${layoutAttrs(headline.layout, 'class', ['headline'])}>${inlineHtml(headline.inline)}</h1>`
    : '';
  if (!headlineHtml && !body.length) return '';
  return [
    `<section class="preface" lang="${SIDE_LANGUAGE.preface}">`,
    headlineHtml,
    blocksHtml(body, 'class'),
    para('zh-date', escapeHtml(chineseDateLine(letter))),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

function englishSection(letter: Letter, settings: AppSettings, pageBreak: boolean): string {
  const reference = referenceLine(letter, settings);
  return [
    `<section class="letter${pageBreak ? ' page-break' : ''}" lang="${SIDE_LANGUAGE.body}">`,
    para('date-line', escapeHtml(englishDateLine(letter, settings))),
    para('addressee', linesHtml(lines(addresseeLine(letter)))),
    reference ? para('reference', escapeHtml(reference)) : '',
    letterCore(letter, settings, 'class'),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A complete, self-contained A4 document for printing to PDF: no script, no
 * remote resource, one <style> block; the logo travels as a data: URL.
 */
export function letterToPrintDocument(letter: Letter, variant: ExportVariant, settings: AppSettings): string {
  const chinese = variant === 'editor' ? '' : chineseSection(letter, settings);
  if (variant === 'chinese' && !chinese) throw new ExportProblem(NO_CHINESE_PREFACE);
  const sections = [
    letterheadHtml(settings.letterhead),
    chinese,
    variant === 'chinese' ? '' : englishSection(letter, settings, !!chinese),
  ].filter(Boolean);
  return [
    '<!doctype html>',
    `<html lang="${SIDE_LANGUAGE[variant === 'chinese' ? 'preface' : 'body']}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(displayTitle(letter))}</title>`,
    `<style>${printStyle(settings)}</style>`,
    '</head>',
    '<body>',
    ...sections,
    '</body>',
    '</html>',
  ].join('\n');
}
