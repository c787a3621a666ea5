/**
 * Inline content of one paragraph (Lexical text, links, placeholders, breaks,
 * tabs) -> docx runs. Every string is cleaned of characters XML cannot hold and
 * split by script, so Chinese runs carry the East Asian font and language.
 */
import {
  ExternalHyperlink,
  HighlightColor,
  Tab,
  TextRun,
  UnderlineType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { TEXT_FORMAT, type SerializedNode } from '../editorDoc';
import { resolvePlaceholder } from '../placeholders';
import { stripInvalidXmlChars } from '../sanitize';
import type { DocxContext } from './context';
import { splitByScript } from './scriptRuns';
import { CODE_FONT, LANG, STYLE } from './styles';

/** Identity groups the runs of one link, so two adjacent links stay two. */
interface LinkTarget {
  url: string;
}

type InlinePiece =
  | { kind: 'text'; text: string; format: number; link?: LinkTarget; unfilled?: boolean }
  | { kind: 'tab'; format: number; link?: LinkTarget }
  | { kind: 'break'; link?: LinkTarget };

const LINK_TYPES = new Set(['link', 'autolink']);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Longer addresses are not clickable in Word and browsers anyway; the text still prints. */
const MAX_URL_LENGTH = 2048;

/**
 * The link's address as a well-formed URI, or null when it should print as
 * plain text: anything but web and mail links (javascript:, file:), addresses
 * that do not parse (Word refuses a file whose link target is malformed) and
 * overlong ones.
 */
function safeLinkUrl(raw: unknown): string | null {
  const text = stripInvalidXmlChars(String(raw ?? '')).trim();
  if (!text || text.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) && url.href.length <= MAX_URL_LENGTH ? url.href : null;
}

/** Pasted text may hold tabs and newlines of its own; they become real tabs and breaks. */
function textPieces(raw: string, format: number, link?: LinkTarget, unfilled?: boolean): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  for (const part of stripInvalidXmlChars(raw).split(/(\t|\r\n|\n|\r)/)) {
    if (part === '\t') pieces.push({ kind: 'tab', format, link });
    else if (/^[\r\n]/.test(part)) pieces.push({ kind: 'break', link });
    else if (part) pieces.push({ kind: 'text', text: part, format, link, unfilled });
  }
  return pieces;
}

const formatOf = (node: SerializedNode) => (typeof node.format === 'number' ? node.format : 0);

function flatten(nodes: readonly SerializedNode[], ctx: DocxContext, link?: LinkTarget): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  for (const node of nodes) {
    if (node.type === 'placeholder') {
      const { text, filled } = resolvePlaceholder(
        String(node.key ?? ''),
        ctx.letter,
        ctx.settings.houseStyle.dateFormat,
      );
      pieces.push(...textPieces(text, formatOf(node), link, !filled));
    } else if (node.type === 'linebreak') {
      pieces.push({ kind: 'break', link });
    } else if (node.type === 'tab') {
      pieces.push({ kind: 'tab', format: formatOf(node), link });
    } else if (LINK_TYPES.has(node.type)) {
      const url = safeLinkUrl(node.url);
      const target = url ? { url } : link;
      pieces.push(...flatten(node.children ?? [], ctx, target));
    } else if (typeof node.text === 'string') {
      pieces.push(...textPieces(node.text, formatOf(node), link));
    } else {
      // Unknown inline elements keep their text.
      pieces.push(...flatten(node.children ?? [], ctx, link));
    }
  }
  return pieces;
}

function runProps(
  ctx: DocxContext,
  format: number,
  cjk: boolean,
  highlight: boolean,
  linked: boolean,
): IRunOptions {
  const has = (flag: number) => (format & flag) !== 0;
  return {
    ...(linked ? { style: STYLE.hyperlink } : {}),
    ...(has(TEXT_FORMAT.bold) ? { bold: true } : {}),
    ...(has(TEXT_FORMAT.italic) ? { italics: true } : {}),
    ...(has(TEXT_FORMAT.underline) ? { underline: { type: UnderlineType.SINGLE } } : {}),
    ...(has(TEXT_FORMAT.strikethrough) ? { strike: true } : {}),
    ...(has(TEXT_FORMAT.superscript)
      ? { superScript: true }
      : has(TEXT_FORMAT.subscript)
        ? { subScript: true }
        : {}),
    ...(highlight || has(TEXT_FORMAT.highlight) ? { highlight: HighlightColor.YELLOW } : {}),
    ...(cjk
      ? { font: { eastAsia: ctx.fonts.eastAsian, hint: 'eastAsia' }, language: { eastAsia: LANG.chinese } }
      : {
          ...(has(TEXT_FORMAT.code) ? { font: { ascii: CODE_FONT, hAnsi: CODE_FONT } } : {}),
          language: { value: LANG.english },
        }),
  };
}

function pieceRuns(pieces: InlinePiece[], ctx: DocxContext): TextRun[][] {
  // Tabs and breaks are passed as separators so script context does not leap over them.
  const segments = splitByScript(pieces.map((p) => (p.kind === 'text' ? p.text : ' ')));
  return pieces.map((piece, i) => {
    if (piece.kind === 'break') return [new TextRun({ break: 1 })];
    if (piece.kind === 'tab') {
      return [
        new TextRun({ ...runProps(ctx, piece.format, false, false, !!piece.link), children: [new Tab()] }),
      ];
    }
    return segments[i].map(
      (segment) =>
        new TextRun({
          text: segment.text,
          ...runProps(ctx, piece.format, segment.cjk, !!piece.unfilled, !!piece.link),
        }),
    );
  });
}

/** The runs for a paragraph's inline nodes, with links wrapped as external hyperlinks. */
export function inlineChildren(nodes: readonly SerializedNode[], ctx: DocxContext): ParagraphChild[] {
  const pieces = flatten(nodes, ctx);
  const runs = pieceRuns(pieces, ctx);
  const children: ParagraphChild[] = [];
  let i = 0;
  while (i < pieces.length) {
    const link = pieces[i].link;
    if (!link) {
      children.push(...runs[i++]);
      continue;
    }
    const linked: TextRun[] = [];
    while (i < pieces.length && pieces[i].link === link) linked.push(...runs[i++]);
    children.push(new ExternalHyperlink({ link: link.url, children: linked }));
  }
  return children;
}

/** Runs for a plain string (date line, salutation, signatory lines). */
export function plainRuns(text: string, ctx: DocxContext): ParagraphChild[] {
  return inlineChildren([{ type: 'text', text, format: 0 }], ctx);
}

/** The text the nodes print, tabs and breaks as spaces. */
export function inlineText(nodes: readonly SerializedNode[], ctx: DocxContext): string {
  return flatten(nodes, ctx)
    .map((piece) => (piece.kind === 'text' ? piece.text : ' '))
    .join('');
}

/** True when the nodes would print something. */
export function hasInlineContent(nodes: readonly SerializedNode[], ctx: DocxContext): boolean {
  return flatten(nodes, ctx).some((piece) => piece.kind !== 'text' || piece.text.trim() !== '');
}
