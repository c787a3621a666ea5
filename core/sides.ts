/**
 * The two sides of a letter, named as they are stored: `preface` is the
 * Chinese preface (for the embassy's website), `body` the English letter (for
 * the paper). One name everywhere, so `letter[side]` is that side's document
 * and no other spelling ('zh'/'en', 'letter') has to be translated.
 */
export const SIDES = ['preface', 'body'] as const;
export type Side = (typeof SIDES)[number];

/**
 * The language tag of each side, the one used wherever a tag is written: HTML
 * `lang` attributes, the print style's selector, and the DOCX runs' language.
 * British English because the house style and the spelling default are British.
 */
export const SIDE_LANGUAGE = { preface: 'zh-CN', body: 'en-GB' } as const satisfies Record<Side, string>;

/** What the user calls each side, in messages and labels. */
export const SIDE_NAMES: Record<Side, string> = { preface: 'Chinese preface', body: 'English letter' };
