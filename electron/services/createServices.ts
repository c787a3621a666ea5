/**
 * Builds every main-process service over one data folder. Called by the three
 * entry points (Electron main, browser-mode server, CLI) with the store that
 * suits them; the services never know which one is running.
 */
import type { AppInfo } from '../../core/contract';
import type { Wording } from '../../core/i18n/wording';
import type { JsonStore, OpenStore } from '../storage/jsonStore';
import { ExportService } from './exportService';
import { LetterService } from './letterService';
import { parsePublication } from '../../core/schemas/publication';
import { parseSnippet } from '../../core/schemas/snippet';
import { PublicationService } from './publicationService';
import { readSeed } from './seedData';
import { SnippetService } from './snippetService';
import { SessionService } from './sessionService';
import { SettingsService } from './settingsService';
import { SignatoryService } from './signatoryService';
import { TemplateService } from './templateService';
import { LibraryService } from './libraryService';
import { PreflightService } from './preflightService';
import { SpellingService } from './spellingService';
import { reportStoreWriteErrors } from './storeWriteErrors';
import { loadOrSetAside } from './loadOrSetAside';
import { HistoryService } from './history/historyService';
import { RedlineService } from './redlineService';
import { authorName } from '../../core/authorName';
import { ImportService } from './import/importService';
import { personOf } from '../../core/signatory';
import { LogService } from './log/logService';
import { ArchiveService, type PdfOf } from './archive/archiveService';
import { termMatcher } from '../../core/terms/termMatcher';
import { TermService } from './terms/termService';
import { TermFilesService } from './terms/termFilesService';
import { termEntrySchema } from '../../core/schemas/term';

export interface ServiceOptions {
  dataDir: string;
  templatesDir: string;
  openStore: OpenStore;
  mode: AppInfo['mode'];
  version: string;
  /** Start-up problems already found by the caller (e.g. while opening stores). */
  notices?: Wording[];
  now?: () => Date;
  /**
   * Only reads (the command line's `list` and `export`, which take no lock and may run beside the app):
   * opening writes nothing, not even to set damaged entries aside. The stores must refuse writes.
   */
  readOnly?: boolean;
  /** Prints a page to PDF bytes for the archive (Electron main); without it the archive holds the page. */
  pdfOf?: PdfOf;
}

export interface Services {
  info(): AppInfo;
  letters: LetterService;
  templates: TemplateService;
  signatories: SignatoryService;
  session: SessionService;
  settings: SettingsService;
  exports: ExportService;
  /** Publication profiles; the preflight reads `get(id).wordLimit`. */
  publications: PublicationService;
  snippets: SnippetService;
  /** Export and import of templates, signatories and publications. */
  library: LibraryService;
  /** The office dictionary of words the spelling check accepts. */
  spelling: SpellingService;
  /** The checks before a letter leaves. */
  preflight: PreflightService;
  /** Each letter's versions: kept, listed, compared, restored. */
  history: HistoryService;
  /** DOCX files brought in: as new letters, or as a new version of one. */
  imports: ImportService;
  /** The redline export: the changes between two versions as Word tracked changes. */
  redline: RedlineService;
  /** The letter log: each sending of a letter to a paper, and its outcome. */
  log: LogService;
  /** The archive: a selection of the log with its letters, versions and sent files, exported and imported. */
  archive: ArchiveService;
  /** The office termbase: the official words in both languages, one file per entry. */
  terms: TermService;
  /** The termbase's TBX and CSV files: exported, and imported checked whole first. */
  termFiles: TermFilesService;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const notices = options.notices ?? [];
  const openStore = reportStoreWriteErrors(options.openStore, options.dataDir);
  const { dataDir, templatesDir } = options;
  const load = <T>(name: string, build: (store: JsonStore) => T | Promise<T>) =>
    loadOrSetAside(openStore, dataDir, name, notices, build, options.readOnly);
  const signatories = await load('signatories', (store) => {
    const service = new SignatoryService(store);
    service.list();
    return service;
  });
  const { session, settings } = await load('settings', (store) => {
    const both = { session: new SessionService(store), settings: new SettingsService(store) };
    both.session.get();
    both.settings.get();
    return both;
  });
  const templates = await load('templates', async (store) => {
    const service = await TemplateService.open(templatesDir, store, notices, options.now, options.readOnly);
    service.list();
    return service;
  });
  // The seeded stores are read only if they hold something: seeding writes, and waits for first use.
  const publications = await load('publications', (store) => {
    const service = new PublicationService(store, () =>
      readSeed(templatesDir, 'publications', 'publications', parsePublication, notices),
    );
    if (store.get('publications') !== undefined) service.list();
    return service;
  });
  const snippets = await load('snippets', (store) => {
    const service = new SnippetService(store, () =>
      readSeed(templatesDir, 'snippets', 'snippets', parseSnippet, notices),
    );
    if (store.get('snippets') !== undefined) service.list();
    return service;
  });
  const spelling = await load('dictionary', (store) => {
    const service = new SpellingService(store, () => settings.get().houseStyle.spelling);
    service.words();
    return service;
  });
  const letters = await LetterService.open({
    dataDir,
    templates,
    defaultSignatory: () => signatories.defaultSignatory(),
    notices,
    now: options.now,
    readOnly: options.readOnly,
  });
  const author = () => authorName(settings.get().ui.yourName, signatories.defaultSignatory());
  const history = new HistoryService({
    dataDir,
    letters,
    author,
    dateStyle: () => settings.get().houseStyle.dateFormat,
    now: options.now,
    readOnly: options.readOnly,
  });
  letters.keepVersionsWith(history);
  const exports = new ExportService(letters, settings, (id) => publications.find(id));
  const log = new LogService({
    dataDir,
    letters,
    history,
    publication: (id) => publications.find(id),
    settings: () => settings.get(),
    now: options.now,
    readOnly: options.readOnly,
  });
  const terms = new TermService({
    dataDir,
    author,
    seed: () => readSeed(templatesDir, 'terms', 'terms', (raw) => termEntrySchema.parse(raw), notices),
    now: options.now,
    readOnly: options.readOnly,
  });
  return {
    info: () => ({
      version: options.version,
      mode: options.mode,
      dataDir: options.dataDir,
      notices: [...notices],
    }),
    letters,
    templates,
    signatories,
    session,
    settings,
    exports,
    publications,
    snippets,
    library: new LibraryService(templates, signatories, publications, options.now),
    spelling,
    history,
    imports: new ImportService({
      letters,
      history,
      settings,
      signatories: () => signatories.list().signatories.map(personOf),
      now: options.now,
    }),
    redline: new RedlineService({ letters, history, settings, author }),
    log,
    archive: new ArchiveService({ letters, history, log, exports, pdfOf: options.pdfOf, now: options.now }),
    terms,
    termFiles: new TermFilesService({ store: terms, yourName: author, now: options.now }),
    preflight: new PreflightService(
      letters,
      settings,
      spelling,
      (letter) => (letter.publicationId ? publications.find(letter.publicationId) : null),
      {
        // The matcher is built once per termbase change (termMatcher keeps it while the entries are the same).
        terms: async () => termMatcher(await terms.all()),
        publications: () => publications.list().map((p) => ({ en: p.nameEn, zh: p.nameZh })),
      },
    ),
  };
}
