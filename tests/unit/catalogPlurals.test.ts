import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIntl } from '@formatjs/intl';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/services';

const catalog = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'core/i18n/catalogs', `${language}.json`), 'utf8'));
const english = catalog('en');
const chinese = catalog('zh-CN');

/** The names of a message's plural arguments, nested ones included. */
function pluralArguments(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.plural) found.add(element.value);
    if ('options' in element)
      for (const option of Object.values(element.options)) pluralArguments(option.value, found);
    if (element.type === TYPE.tag) pluralArguments(element.children, found);
  }
  return found;
}

/**
 * Values for every argument of the English message: `count` for its plural and
 * number arguments, a word for the rest (selects take their `other`). The
 * translation gets the same values, as the page gives it.
 */
function valuesFor(message: string, count: number): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        walk(element.children);
        continue;
      }
      values[element.value] ??= element.type === TYPE.plural || element.type === TYPE.number ? count : 'x';
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return values;
}

const plurals = Object.entries(english).filter(([, text]) => pluralArguments(parse(text)).size > 0);

describe('messages with numbers (ICU plurals)', () => {
  it('exist, so counts are never glued together with an "s"', () => {
    expect(plurals.length).toBeGreaterThan(10);
  });

  it.each(plurals)('%s says one and many differently in English, and formats in Chinese', (id, text) => {
    const en = createIntl({ locale: 'en-GB', messages: english });
    const zh = createIntl({ locale: 'zh-CN', messages: chinese });
    expect(en.formatMessage({ id }, valuesFor(text, 1))).not.toBe(
      en.formatMessage({ id }, valuesFor(text, 7)),
    );
    // Chinese has one plural form: the number itself carries it, wherever the translation shows it.
    const chineseMany = zh.formatMessage({ id }, valuesFor(text, 7));
    expect(chineseMany).toMatch(/\p{Script=Han}/u);
    expect(chineseMany).not.toMatch(/[{}]/);
  });

  it('writes large numbers the way each language does', () => {
    const id = plurals.find(([, text]) => /\{count, plural/.test(text))?.[0];
    expect(id).toBeDefined();
    const en = createIntl({ locale: 'en-GB', messages: english });
    expect(en.formatMessage({ id: id! }, { ...valuesFor(english[id!], 12_345) })).toMatch(/12,345/);
  });
});
