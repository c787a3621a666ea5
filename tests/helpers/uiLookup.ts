/**
 * What the page shows for an English interface message, in either interface
 * language: the English is looked up in the English catalog (exactly, as the
 * message's source is written, ICU syntax and all), and the message with the
 * same id in the running language's catalog is formatted with the values.
 *
 * Specs name interface words in English, as they always have, and so read the
 * same in both languages; a spec that names a string no catalog holds fails
 * at once, naming it: the page shows it without a message, so a component
 * forgot to move it into one (or its wording changed).
 *
 * Pure: the catalogs are passed in (tests/e2e/ui.ts reads the real ones;
 * tests/unit/uiLookup.test.ts passes small ones).
 */
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createIntl } from '@formatjs/intl';
import type { UiLanguage } from '../../core/i18n/languages';

/** A catalog as it is on disk: id → ICU message. */
export type Catalog = Readonly<Record<string, string>>;
export type UiCatalogs = Readonly<Record<UiLanguage, Catalog>>;
export type UiValues = Readonly<Record<string, string | number | Date>>;
/** For patterns: a value may also be a pattern of its own (a plural's count must still be a number). */
export type UiPatternValues = Readonly<Record<string, string | number | Date | RegExp>>;

const CATALOG_FILE: Record<UiLanguage, string> = {
  en: 'core/i18n/catalogs/en.json',
  'zh-CN': 'core/i18n/catalogs/zh-CN.json',
};

/** Every tag (`<b>…</b>`) in a message, at any depth: formatted as its plain contents. */
function tagNames(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.tag) {
      found.add(element.value);
      tagNames(element.children, found);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) tagNames(option.value, found);
    }
  }
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class UiLookup {
  constructor(
    private readonly catalogs: UiCatalogs,
    readonly language: UiLanguage,
  ) {}

  /**
   * The id of the message whose English is exactly `english`. Several ids may
   * share an English wording; that is fine while their Chinese is the same
   * too, and is asked about (checked in every run, so the English run finds it
   * as well) when it is not, since then the page may show either.
   */
  idOf(english: string): string {
    let ids = Object.keys(this.catalogs.en).filter((id) => this.catalogs.en[id] === english);
    // A message without arguments may also be named as it is shown: its ICU quoting ('<') undone.
    if (ids.length === 0)
      ids = Object.keys(this.catalogs.en).filter(
        (id) => this.catalogs.en[id].includes("'") && this.shownEnglish(id) === english,
      );
    if (ids.length === 0)
      throw new Error(
        `The interface text “${english}” is not in ${CATALOG_FILE.en}: a component shows it without a ` +
          'message (move it into one and run `npm run i18n:extract`), or its English wording changed.',
      );
    const chinese = new Set(ids.map((id) => this.catalogs['zh-CN'][id]));
    if (chinese.size > 1)
      throw new Error(
        `The interface text “${english}” is the English of several messages whose Chinese differs ` +
          `(${ids.join(', ')}): name the one you mean with uiById(id).`,
      );
    return ids[0];
  }

  /** The message `id` in the running language, with `values` filled in. */
  byId(id: string, values: UiValues = {}): string {
    return this.format(id, this.message(id), values);
  }

  /** What the page shows for the English message `english`, in the running language. */
  text(english: string, values: UiValues = {}): string {
    return this.byId(this.idOf(english), values);
  }

  /**
   * A pattern for the message, for texts a spec knows only in part: each
   * value that is a RegExp stands for whatever it matches (a plural's count
   * too, taking the plural's "other" form); every other character is matched
   * as it is. Not anchored.
   */
  pattern(english: string, values: UiPatternValues = {}): RegExp {
    const id = this.idOf(english);
    const holes = new Map<string, RegExp>();
    const filled: Record<string, string | number | Date> = {};
    for (const [name, value] of Object.entries(values)) {
      if (value instanceof RegExp) {
        // A number no message holds, so plurals format too; replaced by the value's pattern once
        // the rest is escaped.
        const marker = 987_654_300 + holes.size;
        // A plain argument shows it as it is, a plural's # grouped by the language's rules.
        holes.set(new Intl.NumberFormat(this.language).format(marker), value);
        holes.set(String(marker), value);
        filled[name] = marker;
      } else filled[name] = value;
    }
    let source = escapeRegExp(this.format(id, this.message(id), filled));
    for (const [marker, pattern] of holes) source = source.split(marker).join(`(?:${pattern.source})`);
    return new RegExp(source);
  }

  /** The English as the page shows it, for a message that needs no values; null for one that does. */
  private shownEnglish(id: string): string | null {
    try {
      return this.format(id, this.catalogs.en[id], {}, 'en');
    } catch {
      return null;
    }
  }

  private message(id: string): string {
    const message = this.catalogs[this.language][id];
    if (message === undefined)
      throw new Error(`The message ${id} has no ${this.language} text in ${CATALOG_FILE[this.language]}.`);
    return message;
  }

  private format(id: string, message: string, values: UiValues, language = this.language): string {
    const plain: Record<string, (chunks: unknown[]) => string> = {};
    for (const tag of tagNames(parse(message))) plain[tag] = (chunks) => chunks.join('');
    // The page's own formatter (react-intl is built on it), with the raw message: what the page shows.
    const intl = createIntl({
      locale: language,
      messages: { [id]: message },
      onError: (error) => {
        throw new Error(`Could not format the message ${id} (“${message}”): ${error.message}`);
      },
    });
    const formatted: unknown = intl.formatMessage({ id }, { ...plain, ...values });
    return Array.isArray(formatted) ? formatted.join('') : String(formatted);
  }
}
