/**
 * The lookup the Playwright specs use to name interface words in either
 * language (tests/e2e/ui.ts), against small catalogs of its own.
 */
import { describe, expect, it } from 'vitest';
import { UiLookup, type UiCatalogs } from '../helpers/uiLookup';

const CATALOGS: UiCatalogs = {
  en: {
    'library.sidebar.newLetter': 'New letter',
    'library.dialog.newLetterTitle': 'New letter',
    'common.close': 'Close',
    'letter.toolbar.close': 'Close',
    'editor.count.words': '{count, plural, one {# word} other {# words}}',
    'preflight.words': '{words} words; {who} takes at most {limit}: cut {cut}.',
    'settings.logo.rejected': '“{name}” was not used: <b>it must be a PNG or JPEG</b>.',
    'library.search.none': 'No letter contains “{query}”.',
    'settings.font.problem': "A font name cannot contain '<' > & or \".",
  },
  'zh-CN': {
    'library.sidebar.newLetter': '新建信函',
    'library.dialog.newLetterTitle': '新建信函',
    'common.close': '关闭',
    'letter.toolbar.close': '关闭信函',
    'editor.count.words': '{count} 个词',
    'preflight.words': '{words} 个词；{who} 最多 {limit} 个词：请删去 {cut} 个。',
    'settings.logo.rejected': '未使用“{name}”：<b>必须是 PNG 或 JPEG 图片</b>。',
    'library.search.none': '没有信函包含“{query}”。',
    'settings.font.problem': '字体名称不能包含 < > & 或 "。',
  },
};

const english = new UiLookup(CATALOGS, 'en');
const chinese = new UiLookup(CATALOGS, 'zh-CN');

describe('ui lookup', () => {
  it('gives the English in the English run and the Chinese of the same id in the Chinese run', () => {
    expect(english.text('New letter')).toBe('New letter');
    expect(chinese.text('New letter')).toBe('新建信函');
  });

  it('formats plurals and arguments with the running language’s rules', () => {
    const words = '{count, plural, one {# word} other {# words}}';
    expect(english.text(words, { count: 1 })).toBe('1 word');
    expect(english.text(words, { count: 12345 })).toBe('12,345 words');
    expect(chinese.text(words, { count: 1 })).toBe('1 个词');
  });

  it('shows a tag’s contents as plain text, as the page does', () => {
    const message = '“{name}” was not used: <b>it must be a PNG or JPEG</b>.';
    expect(english.text(message, { name: 'notes.png' })).toBe(
      '“notes.png” was not used: it must be a PNG or JPEG.',
    );
    expect(chinese.text(message, { name: 'notes.png' })).toBe('未使用“notes.png”：必须是 PNG 或 JPEG 图片。');
  });

  it('finds a message with ICU quoting by the English it shows, as well as by its source', () => {
    expect(chinese.text('A font name cannot contain < > & or ".')).toBe('字体名称不能包含 < > & 或 "。');
    expect(chinese.text("A font name cannot contain '<' > & or \".")).toBe('字体名称不能包含 < > & 或 "。');
  });

  it('fails naming a string no catalog holds, so a spec finds what a component forgot', () => {
    expect(() => chinese.text('Export anyway')).toThrow(
      /“Export anyway” is not in core\/i18n\/catalogs\/en\.json/,
    );
    // The lookup is exact: a near miss is a missing string too.
    expect(() => english.text('New Letter')).toThrow(/not in/);
  });

  it('asks for the id when one English wording has two Chinese ones, in either run', () => {
    for (const lookup of [english, chinese])
      expect(() => lookup.text('Close')).toThrow(/common\.close, letter\.toolbar\.close.*uiById/);
    expect(chinese.byId('letter.toolbar.close')).toBe('关闭信函');
    expect(english.byId('letter.toolbar.close')).toBe('Close');
  });

  it('builds a pattern with parts the spec does not know, every other character literal', () => {
    const message = '{words} words; {who} takes at most {limit}: cut {cut}.';
    const pattern = english.pattern(message, { words: /\d+/, who: 'EUobserver', limit: /\d+/, cut: 5 });
    expect(pattern.test('255 words; EUobserver takes at most 250: cut 5.')).toBe(true);
    expect(pattern.test('255 words; EUobserver takes at most 250: cut 5!')).toBe(false);
    expect(chinese.pattern(message, { words: /\d+/, who: 'EUobserver', limit: 250, cut: 5 }).source).toBe(
      '(?:\\d+) 个词；EUobserver 最多 250 个词：请删去 5 个。',
    );
    // A count the spec does not know: the plural's "other" form, the number as a pattern.
    const words = chinese.pattern('{count, plural, one {# word} other {# words}}', { count: /\d+/ });
    expect(words.test('250 个词')).toBe(true);
    expect(english.pattern('{count, plural, one {# word} other {# words}}', { count: /\d+/ }).source).toBe(
      '(?:\\d+) words',
    );
    // Characters special to RegExp in a value or the message are matched as themselves.
    expect(
      english.pattern('No letter contains “{query}”.', { query: 'a+b' }).test('No letter contains “a+b”.'),
    ).toBe(true);
  });
});
