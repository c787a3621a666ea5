/**
 * The Content-Security-Policy for a print page served in browser mode: the
 * page's own <style> blocks, allowed by hash, and data: images (the logo).
 * Nothing else: no script, no inline style attribute, no request anywhere.
 */
import { createHash } from 'node:crypto';

export function printPageCsp(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
  );
  return [
    "default-src 'none'",
    `style-src ${hashes.join(' ') || "'none'"}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
