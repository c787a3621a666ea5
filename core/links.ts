/**
 * The one rule for links, wherever a link is shown, exported or opened: the
 * editor's link dialog and paste, the DOCX, the HTML, text and email copies,
 * and the desktop app's hand-over to the user's browser or mail program.
 *
 * A link is a web or mail address (http:, https:, mailto:) that parses as a
 * URL and is at most 2,048 characters long; every copy writes it in the URL
 * standard's form (`new URL(…).href`), so a link reads the same in the DOCX as
 * in the email. Anything else — javascript:, file:, data:, a relative or
 * malformed address, an overlong one — is not a link: its text still prints,
 * but nothing can open it (and Word refuses a file whose link target does not
 * parse).
 */
import { stripInvalidXmlChars } from './sanitize';

const LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/** Longer addresses are not clickable in Word and several browsers anyway. */
const MAX_LINK_LENGTH = 2048;

/** The address every copy of the letter links to, or null when `raw` must not be a link. */
export function linkTarget(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = stripInvalidXmlChars(raw).trim();
  if (!text || text.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.includes(url.protocol)) return null;
  // "mailto:" alone parses, but addresses nobody.
  if (url.href === 'mailto:') return null;
  return url.href.length <= MAX_LINK_LENGTH ? url.href : null;
}

export const isLink = (raw: unknown): boolean => linkTarget(raw) !== null;

/**
 * What people type into the link dialog: a full address, a bare "www.ft.com"
 * (taken as https) or an e-mail address (taken as mailto:). Null when the
 * result is not a link by the rule above.
 */
export function linkFromInput(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  const url = /^[a-z][a-z0-9+.-]*:/i.test(value)
    ? value
    : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
      ? `mailto:${value}`
      : `https://${value}`;
  return linkTarget(url);
}

/** True when a link's visible text is just its own address, so a text copy need not print it twice. */
export function showsOwnAddress(shown: string, target: string): boolean {
  const text = shown.trim();
  if (!text) return true;
  return linkTarget(text) === target || linkTarget(`mailto:${text}`) === target;
}
