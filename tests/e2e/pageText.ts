/**
 * What a compare shows and what axe finds, read the same way by every spec
 * that looks at a compare (history, import).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

/**
 * The letter text in these elements, spaces squeezed: diff parts may split a phrase over several,
 * and each carries words for screen readers ("Inserted:") that are not the letter's.
 * `separator` goes between elements (a space when they are far apart, as on both sides of a compare).
 */
export const joined = (elements: Locator, separator = '') =>
  elements
    .evaluateAll(
      (marks, between) =>
        marks
          .map((mark) => {
            const copy = mark.cloneNode(true) as Element;
            copy.querySelectorAll('.sr-only').forEach((spoken) => spoken.remove());
            return copy.textContent ?? '';
          })
          .join(between),
      separator,
    )
    .then((text) => text.replace(/\s+/g, ' ').trim());

/** Serious or critical axe violations on the page as it is now (the same rules as accessibility.spec.ts). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}
