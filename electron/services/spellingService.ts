/**
 * The English letter's spelling dictionary: Hunspell's British or American
 * list (house style), loaded once on first use, plus the office's own words
 * ("Xinhua", "Guangdong"), kept in the `dictionary` store.
 */
import nspell from 'nspell';
import { z } from 'zod';
import type { SpellChecker } from '../../core/preflight/problem';
import type { HouseStyle } from '../../core/settings';
import type { JsonStore } from '../storage/jsonStore';
import { defineMessages, wording } from '../../core/i18n/wording';
import { UserFacingError } from './errors';

const messages = defineMessages({
  notAWord: {
    id: 'error.dictionary.notAWord',
    defaultMessage:
      '“{word}” cannot be added to the office dictionary: add one word of letters, without spaces or digits.',
  },
});

type Language = HouseStyle['spelling'];

export interface OfficeDictionary {
  words: string[];
}

// A word as Hunspell knows one: letters, with inner apostrophes or hyphens.
const officeWordSchema = z
  .string()
  .trim()
  .regex(/^\p{L}+(?:['’-]\p{L}+)*$/u)
  .max(64);

async function loadDictionary(language: Language) {
  // Both packages read their .aff/.dic files with top-level await: import only the one needed.
  const { default: dictionary } =
    language === 'en-US' ? await import('dictionary-en') : await import('dictionary-en-gb');
  return nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
}

export class SpellingService {
  private readonly loaded = new Map<Language, Promise<ReturnType<typeof nspell>>>();

  constructor(
    private readonly store: JsonStore,
    private readonly language: () => Language,
  ) {}

  words(): string[] {
    return z
      .array(z.string())
      .catch([])
      .parse(this.store.get('words') ?? []);
  }

  addWord(raw: string): OfficeDictionary {
    const parsed = officeWordSchema.safeParse(raw);
    if (!parsed.success) {
      throw new UserFacingError('invalid-input', wording(messages.notAWord, { word: raw }));
    }
    const word = parsed.data.replace(/’/g, "'");
    const words = this.words();
    if (!words.some((known) => known.toLowerCase() === word.toLowerCase())) {
      this.store.set(
        'words',
        [...words, word].sort((a, b) => a.localeCompare(b)),
      );
    }
    return { words: this.words() };
  }

  /**
   * A checker for `language` (by default the house style's) that also accepts
   * the office's words, in any case.
   */
  async checker(language: Language = this.language()): Promise<SpellChecker> {
    let spell = this.loaded.get(language);
    if (!spell) {
      spell = loadDictionary(language);
      this.loaded.set(language, spell);
      // A failed load is retried next time rather than cached.
      spell.catch(() => this.loaded.delete(language));
    }
    const dictionary = await spell;
    const office = new Set(this.words().map((word) => word.toLowerCase()));
    return {
      correct: (word) => office.has(word.toLowerCase()) || dictionary.correct(word),
      suggest: (word) => dictionary.suggest(word),
    };
  }
}
