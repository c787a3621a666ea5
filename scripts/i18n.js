/**
 * The interface's two catalogs, kept complete.
 *
 *   node scripts/i18n.js extract   writes core/i18n/catalogs/en.json from the code
 *   node scripts/i18n.js check     fails when a catalog is missing a message (part of npm test)
 *
 * The English text of every message lives in the code, next to where it is
 * shown (`defaultMessage` in FormatJS's `defineMessages`, `formatMessage` and
 * `<FormattedMessage>`); FormatJS's extractor collects it into en.json, and
 * zh-CN.json is its translation. `check` fails when en.json is not what the
 * code says, when zh-CN.json lacks a message or keeps one the code no longer
 * has, when a translation does not use the same {placeholders} as the English,
 * or when a "translation" is still the English. Strings written straight into
 * the page without a message are refused by the lint (formatjs/no-literal-string-in-jsx)
 * and, for what is built at run time, by tests/e2e/untranslated.spec.ts.
 */
import { extract } from '@formatjs/cli-lib';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CATALOGS = join(ROOT, 'core/i18n/catalogs');
const SOURCES = ['renderer/src', 'core', 'electron'];
const LANGUAGES = ['en', 'zh-CN'];
/** Ids say where a message is used, e.g. `library.newLetter`: readable by translators, stable across rewording. */
const ID = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;
/** Chinese text has at least one Han character; only messages with no words at all may be the same in both. */
const HAN = /\p{Script=Han}/u;
const LETTERS = /\p{L}/u;
/**
 * Words that stay as they are in a Chinese interface: product and format
 * names. A message made of these only is not an untranslated one.
 */
const SAME_IN_BOTH = new Set(['LetterDesk', 'DOCX', 'PDF', 'Word', 'OK']);

function sourceFiles() {
  return SOURCES.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      .map((entry) => join(entry.parentPath ?? entry.path, entry.name)),
  );
}

/** The English catalog as the code states it, ids sorted. */
export async function extractEnglish() {
  const json = await extract(sourceFiles(), { format: 'simple', throws: true });
  return sortKeys(JSON.parse(json));
}

function sortKeys(messages) {
  return Object.fromEntries(Object.entries(messages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function readCatalog(language) {
  return JSON.parse(readFileSync(join(CATALOGS, `${language}.json`), 'utf8'));
}

/** Every argument and tag name a message uses, nested ones included. */
function argumentNames(message) {
  const names = new Set();
  const walk = (elements) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.options) for (const option of Object.values(element.options)) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** The problems with the catalogs, one line each; none means they are complete. */
export function catalogProblems(code, catalogs) {
  const problems = [];
  for (const id of Object.keys(code)) {
    if (!ID.test(id))
      problems.push(`${id}: give the message an id like "library.newLetter" (dotted, no spaces).`);
  }
  const english = catalogs.en;
  for (const [id, text] of Object.entries(code)) {
    if (!(id in english)) problems.push(`en: "${id}" is missing (run npm run i18n:extract).`);
    else if (english[id] !== text)
      problems.push(`en: "${id}" differs from the code (run npm run i18n:extract).`);
  }
  for (const id of Object.keys(english)) {
    if (!(id in code)) problems.push(`en: "${id}" is no longer in the code (run npm run i18n:extract).`);
  }
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    const translated = catalogs[language];
    for (const [id, text] of Object.entries(code)) {
      const own = translated[id];
      if (typeof own !== 'string' || !own.trim()) {
        problems.push(`${language}: "${id}" is not translated ("${text}").`);
        continue;
      }
      let same;
      try {
        same = argumentNames(own).join() === argumentNames(text).join();
      } catch (error) {
        problems.push(`${language}: "${id}" is not a valid ICU message: ${error.message}`);
        continue;
      }
      if (!same) {
        problems.push(
          `${language}: "${id}" uses {${argumentNames(own).join(', ')}} where the English uses {${argumentNames(text).join(', ')}}.`,
        );
      }
      if (
        language.startsWith('zh') &&
        !HAN.test(own) &&
        LETTERS.test(text) &&
        !SAME_IN_BOTH.has(text.trim())
      ) {
        problems.push(`${language}: "${id}" is still in English ("${own}").`);
      }
    }
    for (const id of Object.keys(translated)) {
      if (!(id in code)) problems.push(`${language}: "${id}" is no longer in the code; remove it.`);
    }
  }
  return problems;
}

async function main(command) {
  const code = await extractEnglish();
  if (command === 'extract') {
    writeFileSync(join(CATALOGS, 'en.json'), `${JSON.stringify(code, null, 2)}\n`);
    console.log(`Wrote ${relative(ROOT, join(CATALOGS, 'en.json'))}: ${Object.keys(code).length} messages.`);
  }
  const catalogs = Object.fromEntries(LANGUAGES.map((language) => [language, readCatalog(language)]));
  const problems = catalogProblems(code, catalogs);
  if (problems.length) {
    console.error(
      `The interface's catalogs are incomplete (${problems.length}):\n  ${problems.join('\n  ')}`,
    );
    process.exitCode = 1;
  } else if (command === 'check') {
    console.log(`Catalogs complete: ${Object.keys(code).length} messages in ${LANGUAGES.join(' and ')}.`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command !== 'extract' && command !== 'check') {
    console.error('Usage: node scripts/i18n.js extract|check');
    process.exit(2);
  }
  await main(command);
}
