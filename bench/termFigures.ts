/**
 * The termbase at scale: 10,000 generated entries (a large office termbase),
 * matched over a 5,000-word letter with its preface:
 * - building the matcher (once per termbase change);
 * - one run of `find()` over the English letter and the Chinese preface, as each
 *   highlight or preflight run does (the aim: < 20 ms);
 * - `terms.list` with a search, in process on a real data folder.
 */
import { performance } from 'node:perf_hooks';
import { editorDoc, headingNode, paragraphNode, textNode } from '../core/editorDoc';
import { versionId } from '../core/history/versionId';
import { preflightContext } from '../core/preflight/context';
import { crossLanguageRules } from '../core/preflight/crossLanguageRules';
import type { PreflightOptions } from '../core/preflight/problem';
import { termsRules } from '../core/preflight/termsRules';
import { TERM_DOMAINS, type TermEntry } from '../core/terms/termEntry';
import { termMatcher } from '../core/terms/termMatcher';
import { chineseText, englishParagraphs, generateLetter } from './generateLetter';
import { pollDuring } from './importFigures';
import { median, timeRuns } from './stats';
import { inEmptyDataFolder, openBenchServices } from './benchServices';

export interface TermFigures {
  entries: number;
  letterWords: number;
  /** Building the matcher for the whole termbase (both languages). */
  buildMedianMs: number;
  /** One `find()` over the 5,000-word English letter plus one over the Chinese preface. */
  findMedianMs: number;
  /** How many terms that run found (so a figure that finds nothing is seen as such). */
  hits: number;
  /** `terms.list` of 10,000 entries with a text search, first page. */
  searchMedianMs: number;
  /** The first `terms.list` in a freshly opened app (the cache read, each file stated). */
  firstListMs: number;
  /** Saving one entry of the 10,000: its file alone is written. */
  saveMedianMs: number;
  /** A whole `preflight.run` through the services (as the app runs it) on the letter with dates and figures. */
  preflightMedianMs: number;
  /** The terminology and cross-language rules alone on that letter (the matcher already built). */
  termRulesMedianMs: number;
  /** What those rules found (so a run that checks nothing is seen as such). */
  termProblems: number;
  /**
   * `terms.import` of the 10,000 entries, exported by `terms.export`, into an empty termbase, until
   * the store's cache is written (median of 3). The TBX is read by saxes in slices (core/terms/tbxRead.ts):
   * 0.4 s of it; most of the rest is the store's 10,000 atomic writes.
   */
  importTbxMedianMs: number;
  /** `letters.list` asked every 10 ms during those imports: the longest wait (the main process held). */
  importTbxLongestWaitMs: number;
  importCsvMedianMs: number;
  tbxBytes: number;
  csvBytes: number;
}

/**
 * The 5,000-word letter with a preface that states dates, years, percentages, amounts, counts and
 * terms, and a letter that answers most of them (a date here and there, as a real letter has).
 */
export function checkedLetter(words: number) {
  const base = generateLetter({ id: 'terms', words, prefaceChars: 600 });
  const preface =
    '2020年5月6日，中方注意到该报道。双方合作已有二十年，2019年中欧科研合作项目达1,200个，增长17%，' +
    '投入3亿欧元，三名专家和五所大学参与，百分之十二的项目于2021年3月完成。';
  const dated = [
    'On 6 May 2020 the embassy wrote to the article about cooperation of research institutes.',
    'In 2019 there were 1,200 projects, up 17 per cent, with 300 million euros and three experts.',
    'Universities in Europe took part for two decades; 12% of the projects ended in March 2021.',
  ];
  const paragraphs = englishParagraphs(words).map((p, i) => `“${p}” ${dated[i % 20] ?? ''}`.trim());
  return {
    ...base,
    preface: editorDoc([
      headingNode('h1', [textNode('《欧盟观察网》刊登我使馆发言人来信')]),
      paragraphNode([textNode(preface + chineseText(600))]),
    ]),
    body: editorDoc(paragraphs.map((p) => paragraphNode([textNode(p)]))),
  };
}

const SYLLABLES = '安邦城德方光国海华吉江景康乐林明南平庆瑞山顺泰天文祥新信兴阳义远云正中州'.split('');
const EN = 'alpha bravo cedar delta ember fjord garnet harbor iris juniper kestrel lumen meadow'.split(' ');

/** `count` entries, each with 1–2 Chinese forms, 1–2 English terms and sometimes a forbidden variant; a few real ones. */
export function generateTermbase(count: number): TermEntry[] {
  const at = new Date(Date.UTC(2026, 0, 1));
  const entries: TermEntry[] = [];
  for (let i = 0; i < count; i++) {
    const zh = `${SYLLABLES[i % 37]}${SYLLABLES[(i * 7) % 37]}${SYLLABLES[(i * 13) % 37]}委员会${i}`;
    const en = `${EN[i % EN.length]} ${EN[(i * 5) % EN.length]} committee ${i}`;
    entries.push({
      id: versionId(new Date(at.getTime() + i), (0x10000000 + i).toString(16)),
      revision: 1,
      zh: i % 3 ? [zh] : [zh, `${zh}办公室`],
      en: i % 4 ? [en] : [en, `${en} office`],
      forbidden: i % 5 ? [] : [`${EN[i % EN.length]} board ${i}`],
      note: `Generated entry ${i}`,
      source: 'bench',
      domain: TERM_DOMAINS[i % TERM_DOMAINS.length],
      changedBy: '',
      changedAt: at.toISOString(),
    });
  }
  // Terms the generated letter does contain, so the runs find and choose real hits.
  const real: [string, string][] = [
    ['中欧科研合作', 'research institutes'],
    ['中方', 'cooperation'],
    ['双方', 'universities in europe'],
    ['报道', 'the article'],
  ];
  real.forEach(([zh, en], k) => {
    entries[k] = { ...entries[k], zh: [zh], en: [en], forbidden: ['both sides'] };
  });
  return entries;
}

export async function termFigures(count = 10_000, words = 5_000, runs = 20): Promise<TermFigures> {
  const entries = generateTermbase(count);
  // Quoted paragraphs: a real letter has typographic quotes and dashes, which leave the all-ASCII fast path.
  const letter = englishParagraphs(words)
    .map((p) => `“${p}”`)
    .join('\n');
  const preface = chineseText(1000);

  let build = 0;
  // Each run a termbase the matcher has not seen (a new revision), so it is built, not found in its cache.
  const builds = await timeRuns(5, () =>
    termMatcher(entries.map((e) => ({ ...e, revision: e.revision + ++build }))),
  );
  const matcher = termMatcher(entries);
  let hits = 0;
  const find = () => {
    hits = matcher.find(letter, 'en').length + matcher.find(preface, 'zh').length;
  };
  find();
  const finds = await timeRuns(runs, find);

  return inEmptyDataFolder(async (dataDir) => {
    const services = await openBenchServices(dataDir);
    await services.terms.putMany(entries);
    await services.terms.flush();
    await services.letters.close();
    // A freshly opened app: the first list reads the cache and stats each file; later ones search what is known.
    const fresh = await openBenchServices(dataDir);
    const started = performance.now();
    const { total } = await fresh.terms.list('', null, 0, 200);
    const firstListMs = performance.now() - started;
    if (total < count) throw new Error(`listed ${total} of ${count} entries`);
    const search = await timeRuns(runs, () => fresh.terms.list('alpha committee 99', null, 0, 200));
    let [entry] = (await fresh.terms.list('committee 5', null, 0, 1)).entries;
    const saves = await timeRuns(runs, async () => {
      const { zh, en, forbidden, note, source, domain } = entry;
      entry = await fresh.terms.save(entry.id, entry.revision, {
        zh,
        en,
        forbidden,
        note: `${note}.`,
        source,
        domain,
      });
    });

    // The checks as the app runs them: the stored letter, the termbase's matcher (cached by revision).
    const blank = await fresh.letters.create(null);
    const { preface, body, fields } = checkedLetter(words);
    const letter = await fresh.letters.save({ ...blank, title: 'Terms', preface, body, fields });
    const stored = letter;
    await fresh.preflight.run(stored.id, 'bilingual');
    const preflights = await timeRuns(10, () => fresh.preflight.run(stored.id, 'bilingual'));
    const options: PreflightOptions = {
      variant: 'bilingual',
      wordLimit: null,
      publicationName: 'EUobserver',
      prefaceCharLimit: 1000,
      ownNames: ['EUobserver'],
      noSalutation: false,
      terms: matcher,
      publication: { en: 'EUobserver', zh: '欧盟观察网' },
    };
    let termProblems = 0;
    const rules = () => {
      const context = preflightContext(letter, options);
      termProblems = termsRules(context).length + crossLanguageRules(context).length;
    };
    rules();
    const ruleRuns = await timeRuns(runs, rules);

    const tbx = await fresh.termFiles.export('tbx');
    const csv = await fresh.termFiles.export('csv');
    await fresh.letters.close();
    const tbxImport = await termImportFigures(tbx);
    const csvImport = await termImportFigures(csv);
    return {
      entries: count,
      letterWords: words,
      buildMedianMs: median(builds),
      findMedianMs: median(finds),
      hits,
      searchMedianMs: median(search),
      firstListMs,
      saveMedianMs: median(saves),
      preflightMedianMs: median(preflights),
      termRulesMedianMs: median(ruleRuns),
      termProblems,
      importTbxMedianMs: median(tbxImport.times),
      importTbxLongestWaitMs: tbxImport.longestWaitMs,
      importCsvMedianMs: median(csvImport.times),
      tbxBytes: tbx.bytes.length,
      csvBytes: csv.bytes.length,
    };
  });
}

/**
 * `terms.import` of an exported file into an empty termbase, three times: how long each took (until the
 * store's cache is written; opening the empty data folder and removing it after are not counted), and
 * the longest wait of `letters.list` asked every 10 ms meanwhile.
 */
export async function termImportFigures(file: {
  fileName: string;
  bytes: Uint8Array;
}): Promise<{ times: number[]; longestWaitMs: number }> {
  const text = Buffer.from(file.bytes).toString('base64'); // as the renderer sends it
  const times: number[] = [];
  let longestWaitMs = 0;
  for (let run = 0; run < 3; run++) {
    await inEmptyDataFolder(async (emptyDir) => {
      const empty = await openBenchServices(emptyDir);
      await empty.terms.all(); // the starter set is written on first use, before the clock starts
      const importing = (async () => {
        // Started once the polling has, so that a first step that holds the thread is seen too.
        await new Promise((resolve) => setImmediate(resolve));
        const started = performance.now();
        const result = await empty.termFiles.import(file.fileName, text, 'replace');
        await empty.terms.flush();
        if (result.status !== 'imported') throw new Error(`import: ${result.status}`);
        return performance.now() - started;
      })();
      const waits = await pollDuring(empty, importing);
      times.push(await importing);
      longestWaitMs = Math.max(longestWaitMs, ...waits);
      await empty.letters.close();
    });
  }
  return { times, longestWaitMs };
}
