/**
 * Text hygiene shared by storage, the editor and the DOCX builder.
 *
 * XML 1.0 forbids most C0 control characters, U+FFFE/U+FFFF and unpaired
 * surrogates; Word refuses a file that contains them. We strip them at every
 * boundary where text can enter (paste, import, export) so they never reach a file.
 */

// Tab, LF and CR are legal in XML; everything else below U+0020 is not.
// The surrogate alternatives match only *unpaired* halves.
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that cannot appear in an XML (and so DOCX) document. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** True when the text holds a character that {@link stripInvalidXmlChars} would remove. */
export function hasInvalidXmlChars(text: string): boolean {
  INVALID_XML_CHARS.lastIndex = 0;
  const found = INVALID_XML_CHARS.test(text);
  INVALID_XML_CHARS.lastIndex = 0;
  return found;
}
