import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import { REPO_ROOT } from '../helpers/services';

const indexHtml = join(REPO_ROOT, 'renderer', 'index.html');
const written = existsSync(indexHtml);

/** The content of every <meta http-equiv="Content-Security-Policy">, whatever the attribute order. */
function cspMetas(html: string): string[] {
  const decode = (text: string) =>
    text
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(tag))
    .map((tag) =>
      decode(
        /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i
          .exec(tag)
          ?.slice(1)
          .find((v) => v !== undefined) ?? '',
      ),
    );
}

describe('Content-Security-Policy of the page', () => {
  it.skipIf(!written)(
    `renderer/index.html declares exactly the policy in core/csp.ts${written ? '' : ' (skipped: renderer/index.html is not written yet)'}`,
    () => {
      expect(cspMetas(readFileSync(indexHtml, 'utf8'))).toEqual([CONTENT_SECURITY_POLICY]);
    },
  );
});
