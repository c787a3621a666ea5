/**
 * Makes clipboard HTML from any source safe and plain enough for a letter,
 * before Lexical imports it. Works on a document from DOMParser, which never
 * runs scripts or loads images, so nothing in the paste acts while we look.
 *
 * Shared by the editor's paste (renderer/src/editor/plugins/PastePlugin.ts)
 * and the DOCX import (core/import/htmlToEditorDocs.ts, under happy-dom in
 * Node), so a file imports as its text would paste. Uses the DOM's globals:
 * checked with the page's program (tsconfig.web.json), not the pure core's.
 */
import { linkTarget } from '../links';
import { removeSpacerParagraphs } from './blankLines';
import { convertWordLists } from './wordLists';

/** Active or remote content: dropped with everything inside it. */
const DROPPED = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'title',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'svg',
  'math',
  'canvas',
  'form',
  'input',
  'button',
  'select',
  'textarea',
].join(',');

/** Only what Lexical's importers read survives: no event handler, no id, no class, no style. */
const KEPT_ATTRIBUTES = new Set(['href', 'title']);

/**
 * Inline formatting as tags. The page's CSP (no inline styles) also empties
 * `element.style` in parsed documents, so Lexical's importers would see no
 * `font-weight:700` and Google Docs' `<b style="font-weight:normal">` would
 * turn everything bold; reading the attribute text ourselves avoids both.
 */
function formattingTags(style: string): string[] {
  const css = new Map(
    style
      .split(';')
      .map((rule) => rule.split(':').map((part) => part.trim().toLowerCase()))
      .filter((parts) => parts.length === 2) as Array<[string, string]>,
  );
  const weight = css.get('font-weight') ?? '';
  const decoration = css.get('text-decoration') ?? css.get('text-decoration-line') ?? '';
  const align = css.get('vertical-align');
  return [
    (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) && 'strong',
    css.get('font-style') === 'italic' && 'em',
    decoration.includes('underline') && 'u',
    decoration.includes('line-through') && 's',
    align === 'super' && 'sup',
    align === 'sub' && 'sub',
  ].filter((tag): tag is string => !!tag);
}

function isNotBold(style: string): boolean {
  return /font-weight\s*:\s*(normal|400)/i.test(style);
}

function styleToTags(element: Element): void {
  const style = element.getAttribute('style') ?? '';
  element.removeAttribute('style');
  // Google Docs wraps the whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">.
  if ((element.localName === 'b' || element.localName === 'strong') && isNotBold(style)) {
    unwrap(element);
    return;
  }
  const tags = formattingTags(style);
  if (!tags.length) return;
  const doc = element.ownerDocument;
  const outer = doc.createElement(tags[0]);
  const inner = tags.slice(1).reduce((parent, tag) => parent.appendChild(doc.createElement(tag)), outer);
  inner.append(...Array.from(element.childNodes));
  element.appendChild(outer);
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

export function cleanPastedHtml(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  cleanHtmlDocument(doc);
  return doc;
}

/**
 * The cleaning itself, in place, on a document already parsed: the DOCX
 * import parses once and notes which part of the letter each top-level
 * element is before the classes go (core/import/htmlToEditorDocs.ts).
 */
export function cleanHtmlDocument(doc: Document): void {
  doc.querySelectorAll(DROPPED).forEach((element) => element.remove());
  convertWordLists(doc);
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    for (const { name } of Array.from(element.attributes)) {
      if (!KEPT_ATTRIBUTES.has(name.toLowerCase()) && name.toLowerCase() !== 'style')
        element.removeAttribute(name);
    }
    // A link by core's one rule keeps its target, in the form every copy writes; any other
    // (javascript:, file:, data: …) keeps its text, not its target.
    if (element.localName === 'a') {
      const target = linkTarget(element.getAttribute('href'));
      if (target) element.setAttribute('href', target);
      else unwrap(element);
    }
    styleToTags(element);
  }
  removeSpacerParagraphs(doc);
}
