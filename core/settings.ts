/**
 * Office-wide settings: the letterhead printed on every export and the house
 * style (date format, fonts). Stored in the `settings` store; every field has a
 * default, so an older or hand-edited file still opens.
 */
import { z } from 'zod';

const line = (max: number) => z.string().max(max).catch('').default('');

export const logoSchema = z.object({
  mimeType: z.enum(['image/png', 'image/jpeg']),
  /** Base64 of the image bytes (at most 1 MB of image). */
  dataBase64: z.string().max(1_400_000),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Logo = z.infer<typeof logoSchema>;

export const letterheadSchema = z.object({
  organisationEn: line(300),
  organisationZh: line(150),
  /** Several lines, separated by "\n". */
  address: line(1000),
  phone: line(100),
  email: line(200),
  website: line(300),
  logo: logoSchema.nullable().catch(null).default(null),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

export const DATE_FORMATS = {
  'day-month-year': '8 May 2020',
  'month-day-year': 'May 8, 2020',
} as const;
export type DateFormat = keyof typeof DATE_FORMATS;

const fontName = (fallback: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^<>&"]+$/, 'a font name cannot contain < > & or "')
    .catch(fallback)
    .default(fallback);

export const houseStyleSchema = z.object({
  dateFormat: z
    .enum(Object.keys(DATE_FORMATS) as [DateFormat, ...DateFormat[]])
    .catch('day-month-year')
    .default('day-month-year'),
  latinFont: fontName('Times New Roman'),
  eastAsianFont: fontName('SimSun'),
  /** The preflight warns when the Chinese preface has more characters than this. */
  prefaceCharLimit: z.number().int().min(1).max(10_000).catch(300).default(300),
  /** Which dictionary the preflight checks the English letter against. */
  spelling: z.enum(['en-GB', 'en-US']).catch('en-GB').default('en-GB'),
});
export type HouseStyle = z.infer<typeof houseStyleSchema>;

export const appSettingsSchema = z.object({
  letterhead: letterheadSchema
    .catch(() => letterheadSchema.parse({}))
    .default(() => letterheadSchema.parse({})),
  houseStyle: houseStyleSchema
    .catch(() => houseStyleSchema.parse({}))
    .default(() => houseStyleSchema.parse({})),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const defaultSettings = (): AppSettings => appSettingsSchema.parse({});

/** What the renderer may change directly; the logo goes through `settings.setLogo`, which checks the image. */
export const settingsUpdateSchema = z.object({
  letterhead: letterheadSchema.omit({ logo: true }).partial().optional(),
  houseStyle: houseStyleSchema.partial().optional(),
});
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;
