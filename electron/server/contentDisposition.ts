/**
 * The Content-Disposition header of a browser-mode download (RFC 6266): the
 * name as UTF-8 in `filename*` (RFC 8187, formerly 5987) and an ASCII
 * `filename` for clients that read only that. Built from the sanitised name,
 * so it never throws (a lone surrogate made encodeURIComponent throw) and
 * never carries a quote, a separator or a line break into the header.
 */
import { safeName } from '../../core/exportFileName';

// encodeURIComponent leaves these as they are, but RFC 8187's attr-char does not allow them.
const encodeAttrChars = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

export function contentDisposition(fileName: string): string {
  const safe = safeName(fileName, 'download');
  // Printable ASCII only, without the quote, backslash and percent sign some clients decode.
  const ascii = safe.replace(/[^\x20-\x7E]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeAttrChars(safe)}`;
}
