/**
 * A file sent from the page as base64 (ImportFileButton): the one check of
 * it, shared by the DOCX and term imports. A file cut short on the way is
 * refused here rather than decoded into bytes that merely look damaged.
 */

/** The base64 text without its whitespace (line breaks a sender may add). */
export function base64Text(content: string): string {
  return content.replace(/\s+/g, '');
}

/** Whether text without whitespace is base64: its alphabet, and not one character past a whole group. */
export function isBase64(clean: string): boolean {
  return clean.length % 4 !== 1 && /^[A-Za-z0-9+/]*={0,2}$/.test(clean);
}

/** The base64 text without its whitespace, or null when it is not base64. */
export function checkedBase64(content: string): string | null {
  const clean = base64Text(content);
  return isBase64(clean) ? clean : null;
}
