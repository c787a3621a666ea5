/**
 * Office-wide settings: the letterhead printed on every export and the house
 * style (date format, fonts); and the interface language. Stored in the `settings` store and checked by
 * schemas/settings.ts, which takes its defaults from here.
 */
import type { z } from 'zod';
import type { LanguageChoice } from './i18n/languages';
import { DEFAULT_NOTE_TEMPLATE_ZH } from './log/noteDraft';
import type { letterheadSchema, logoSchema, settingsUpdateSchema } from './schemas/settings';

export type Logo = z.infer<typeof logoSchema>;
export type Letterhead = z.infer<typeof letterheadSchema>;
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** Written out rather than inferred: the schema takes its defaults from `defaultSettings`, typed by this. */
export interface HouseStyle {
  dateFormat: DateFormat;
  latinFont: string;
  eastAsianFont: string;
  /** The preflight warns when the Chinese preface has more characters than this. */
  prefaceCharLimit: number;
  /** Which dictionary the preflight checks the English letter against. */
  spelling: 'en-GB' | 'en-US';
  /** See schemas/revision.ts. */
  revision: number;
}

/** This person's preferences for the interface, as opposed to the office's letterhead and house style. */
export interface UiSettings {
  /** The interface language, or "system" to follow the system's (core/i18n/languages.ts). */
  language: LanguageChoice;
  /** "Your name": the author of the versions and comments this person makes; empty means the default signatory's name. */
  yourName: string;
  /** See schemas/revision.ts. */
  revision: number;
}

/** The office's letter log (core/log). */
export interface LogSettings {
  /** The Chinese note drafted when a letter is published (core/log/noteDraft.ts placeholders). */
  noteTemplateZh: string;
  /** See schemas/revision.ts. */
  revision: number;
}

export interface AppSettings {
  letterhead: Letterhead;
  houseStyle: HouseStyle;
  ui: UiSettings;
  log: LogSettings;
}

export const DATE_FORMATS = {
  'day-month-year': '8 May 2020',
  'month-day-year': 'May 8, 2020',
} as const;
export type DateFormat = keyof typeof DATE_FORMATS;

/** A fresh install's settings: an empty letterhead and the house style most offices use. */
export const defaultSettings = (): AppSettings => ({
  letterhead: {
    organisationEn: '',
    organisationZh: '',
    address: '',
    phone: '',
    email: '',
    website: '',
    logo: null,
    revision: 0,
  },
  houseStyle: {
    dateFormat: 'day-month-year',
    latinFont: 'Times New Roman',
    eastAsianFont: 'SimSun',
    prefaceCharLimit: 300,
    spelling: 'en-GB',
    revision: 0,
  },
  ui: { language: 'system', yourName: '', revision: 0 },
  log: { noteTemplateZh: DEFAULT_NOTE_TEMPLATE_ZH, revision: 0 },
});
