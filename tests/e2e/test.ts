/**
 * Playwright's `test`, with one thing every end-to-end scenario also proves:
 * nothing leaves the machine. Every request the app's pages make is recorded;
 * only the app's own loopback origin (one per launch) and in-page data/blob
 * URLs may appear. A scenario that wants a stricter check (this launch's
 * origin only) reads the same record through the `requests` fixture.
 */
import { expect, test as base } from '@playwright/test';

export { expect };

function leavesTheMachine(raw: string): boolean {
  const url = new URL(raw);
  if (['blob:', 'data:', 'about:'].includes(url.protocol)) return false;
  return !(url.protocol === 'http:' && url.hostname === '127.0.0.1');
}

export const test = base.extend<{ requests: string[] }>({
  requests: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('request', (request) => seen.push(request.url()));
      await use(seen);
      expect(seen.filter(leavesTheMachine), 'requests that left the machine').toEqual([]);
    },
    { auto: true },
  ],
});
