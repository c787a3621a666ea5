/**
 * Blank lines between pasted paragraphs. Text from an email or a plain-text
 * file separates paragraphs with a blank line; kept, each would be an empty
 * paragraph, doubling the gap the paragraph spacing already gives on the page.
 * A run of line breaks with only blank lines between them becomes one
 * paragraph break; a single line break (an intentional paragraph break) stays.
 */

/** Line breaks separated by nothing but spaces, tabs or no-break spaces. */
const BLANK_LINES = /\r?\n(?:[ \t\u00a0\u3000]*\r?\n)+/g;

export function hasBlankLines(text: string): boolean {
  return new RegExp(BLANK_LINES.source).test(text);
}

export function collapseBlankLines(text: string): string {
  return text.replace(BLANK_LINES, '\n');
}

/** Block elements that are paragraphs of the paste: spacers among them are empty ones. */
const PARAGRAPHS = 'p, div, h1, h2, h3, h4, h5, h6';

/**
 * Removes the empty paragraphs email programs and Word put between paragraphs
 * (`<p>&nbsp;</p>`, `<div><br></div>`, `<p class=MsoNormal><o:p>&nbsp;</o:p></p>`):
 * the paragraphs themselves already say where one ends.
 */
export function removeSpacerParagraphs(doc: Document): void {
  for (const block of Array.from(doc.body.querySelectorAll(PARAGRAPHS))) {
    // `trim` also takes no-break spaces. A rule or a list inside is content even without text.
    if ((block.textContent ?? '').trim() === '' && !block.querySelector('hr, li, table')) block.remove();
  }
}
