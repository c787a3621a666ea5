/**
 * The settings store, checked on every read: a bad field falls back to its
 * default (from ../settings.ts) instead of failing, so an older or hand-edited
 * file still opens.
 */
import { z } from 'zod';
import { LANGUAGE_CHOICES } from '../i18n/languages';
import {
  DATE_FORMATS,
  defaultSettings,
  type DateFormat,
  type HouseStyle,
  type LogSettings,
  type UiSettings,
} from '../settings';
import { NOTE_TEMPLATE_MAX } from '../log/noteDraft';
import { revisionSchema, storedRevisionSchema } from './revision';

const line = (max: number) => z.string().max(max).catch('').default('');

export const logoSchema = z.object({
  mimeType: z.enum(['image/png', 'image/jpeg']),
  /** Base64 of the image bytes (at most 1 MB of image). */
  dataBase64: z.string().max(1_400_000),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const letterheadSchema = z.object({
  organisationEn: line(300),
  organisationZh: line(150),
  /** Several lines, separated by "\n". */
  address: line(1000),
  phone: line(100),
  email: line(200),
  website: line(300),
  logo: logoSchema.nullable().catch(null).default(null),
  /** The letterhead (logo included) and the house style are saved by separate forms: each has its own revision. */
  revision: storedRevisionSchema,
});

const fontName = (fallback: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^<>&"]+$/, 'a font name cannot contain < > & or "')
    .catch(fallback)
    .default(fallback);

const style = defaultSettings().houseStyle;
export const houseStyleSchema = z.object({
  dateFormat: z
    .enum(Object.keys(DATE_FORMATS) as [DateFormat, ...DateFormat[]])
    .catch(style.dateFormat)
    .default(style.dateFormat),
  latinFont: fontName(style.latinFont),
  eastAsianFont: fontName(style.eastAsianFont),
  /** The preflight warns when the Chinese preface has more characters than this. */
  prefaceCharLimit: z
    .number()
    .int()
    .min(1)
    .max(10_000)
    .catch(style.prefaceCharLimit)
    .default(style.prefaceCharLimit),
  /** Which dictionary the preflight checks the English letter against. */
  spelling: z.enum(['en-GB', 'en-US']).catch(style.spelling).default(style.spelling),
  revision: storedRevisionSchema,
});

const ui = defaultSettings().ui;
export const uiSettingsSchema = z.object({
  language: z.enum(LANGUAGE_CHOICES).catch(ui.language).default(ui.language),
  yourName: z.string().trim().max(200).catch(ui.yourName).default(ui.yourName),
  revision: storedRevisionSchema,
});

const log = defaultSettings().log;
export const logSettingsSchema = z.object({
  noteTemplateZh: z.string().max(NOTE_TEMPLATE_MAX).catch(log.noteTemplateZh).default(log.noteTemplateZh),
  revision: storedRevisionSchema,
});

export const appSettingsSchema = z.object({
  letterhead: letterheadSchema
    .catch(() => defaultSettings().letterhead)
    .default(() => defaultSettings().letterhead),
  houseStyle: houseStyleSchema
    .catch(() => defaultSettings().houseStyle)
    .default(() => defaultSettings().houseStyle),
  ui: uiSettingsSchema.catch(() => defaultSettings().ui).default(() => defaultSettings().ui),
  log: logSettingsSchema.catch(() => defaultSettings().log).default(() => defaultSettings().log),
});

// HouseStyle is written out in ../settings.ts; this fails to compile if the schema drifts from it.
const inStep: [z.infer<typeof houseStyleSchema>] extends [HouseStyle]
  ? [HouseStyle] extends [z.infer<typeof houseStyleSchema>]
    ? true
    : false
  : false = true;
void inStep;
const uiInStep: [z.infer<typeof uiSettingsSchema>] extends [UiSettings]
  ? [UiSettings] extends [z.infer<typeof uiSettingsSchema>]
    ? true
    : false
  : false = true;
void uiInStep;
const logInStep: [z.infer<typeof logSettingsSchema>] extends [LogSettings]
  ? [LogSettings] extends [z.infer<typeof logSettingsSchema>]
    ? true
    : false
  : false = true;
void logInStep;

/**
 * What the renderer may change directly; the logo goes through `settings.setLogo`, which checks the image.
 * Each section sent names the revision it was based on.
 */
export const settingsUpdateSchema = z.object({
  letterhead: letterheadSchema
    .omit({ logo: true, revision: true })
    .partial()
    .extend({ revision: revisionSchema })
    .optional(),
  houseStyle: houseStyleSchema
    .omit({ revision: true })
    .partial()
    .extend({ revision: revisionSchema })
    .optional(),
  ui: uiSettingsSchema.omit({ revision: true }).partial().extend({ revision: revisionSchema }).optional(),
  log: logSettingsSchema.omit({ revision: true }).partial().extend({ revision: revisionSchema }).optional(),
});
