/**
 * Interface words in the language of this test run. Specs write them in
 * English — `page.getByRole('button', { name: ui('Insert field') })` — and
 * get what the page shows in the run's language: English in the `browser`
 * project, Chinese in `browser-zh` (playwright.config.ts). Letter content
 * (what a spec types, template text, user data) is not interface: it stays
 * literal.
 *
 * The language is the project's: its `locale` is what the browser reports as
 * the system's languages, and the app follows the system (core/i18n/languages.ts
 * resolves it the same way here). Call these inside a test or hook, where
 * test.info() knows the project.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { UI_LANGUAGES, resolveLanguage, type UiLanguage } from '../../core/i18n/languages';
import {
  UiLookup,
  type Catalog,
  type UiCatalogs,
  type UiPatternValues,
  type UiValues,
} from '../helpers/uiLookup';

const CATALOGS = new URL('../../core/i18n/catalogs/', import.meta.url);

let catalogs: UiCatalogs | undefined;

/** The catalogs as they are in the source tree; read once per worker. */
function readCatalogs(): UiCatalogs {
  catalogs ??= Object.fromEntries(
    UI_LANGUAGES.map((language) => [
      language,
      JSON.parse(readFileSync(fileURLToPath(new URL(`${language}.json`, CATALOGS)), 'utf8')) as Catalog,
    ]),
  ) as Record<UiLanguage, Catalog>;
  return catalogs;
}

/** The interface language of this run: what the app resolves from the project's browser locale. */
export function uiLanguage(): UiLanguage {
  return resolveLanguage('system', [test.info().project.use.locale ?? 'en-GB']);
}

const lookup = () => new UiLookup(readCatalogs(), uiLanguage());

/** What the page shows for the English interface message `english` (its catalog source, ICU and all). */
export const ui = (english: string, values?: UiValues): string => lookup().text(english, values);

/** The same, for a message whose English several ids share with different Chinese. */
export const uiById = (id: string, values?: UiValues): string => lookup().byId(id, values);

/** A pattern for the message; values that are RegExps stand for whatever they match. Not anchored. */
export const uiPattern = (english: string, values?: UiPatternValues): RegExp =>
  lookup().pattern(english, values);

/** The pattern for a message that must be the whole text. */
export const uiExactPattern = (english: string, values?: UiPatternValues): RegExp =>
  new RegExp(`^${uiPattern(english, values).source}$`);
