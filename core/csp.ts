/**
 * The renderer's Content-Security-Policy. Same text in three places: the
 * <meta> in renderer/index.html (checked by a unit test), the browser-mode
 * server's response header, and Electron's session headers. Nothing remote is
 * allowed: LetterDesk makes no network request.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
].join('; ');
