/**
 * Builds every main-process service over one data folder. Called by the three
 * entry points (Electron main, browser-mode server, CLI) with the store that
 * suits them; the services never know which one is running.
 */
import type { AppInfo } from '../../core/contract';
import type { OpenStore } from '../storage/jsonStore';
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

export interface ServiceOptions {
  dataDir: string;
  templatesDir: string;
  openStore: OpenStore;
  mode: AppInfo['mode'];
  version: string;
  /** Start-up problems already found by the caller (e.g. while opening stores). */
  notices?: string[];
  now?: () => Date;
  /**
   * Only reads (the command line's `list` and `export`, which take no lock and may run beside the app):
   * opening writes nothing, not even to set damaged entries aside. The stores must refuse writes.
   */
  readOnly?: boolean;
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
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const notices = options.notices ?? [];
  const openStore = reportStoreWriteErrors(options.openStore, options.dataDir);
  const signatories = new SignatoryService(openStore('signatories'));
  const settingsStore = openStore('settings');
  const session = new SessionService(settingsStore);
  const settings = new SettingsService(settingsStore);
  const templates = await TemplateService.open(
    options.templatesDir,
    openStore('templates'),
    notices,
    options.now,
    options.readOnly,
  );
  const { templatesDir } = options;
  const publications = new PublicationService(openStore('publications'), () =>
    readSeed(templatesDir, 'publications', 'publications', parsePublication, notices),
  );
  const snippets = new SnippetService(openStore('snippets'), () =>
    readSeed(templatesDir, 'snippets', 'snippets', parseSnippet, notices),
  );
  const spelling = new SpellingService(openStore('dictionary'), () => settings.get().houseStyle.spelling);
  const letters = await LetterService.open({
    dataDir: options.dataDir,
    templates,
    defaultSignatory: () => signatories.defaultSignatory(),
    notices,
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
    exports: new ExportService(letters, settings, (id) => publications.find(id)),
    publications,
    snippets,
    library: new LibraryService(templates, signatories, publications, options.now),
    spelling,
    preflight: new PreflightService(letters, settings, spelling, (letter) =>
      letter.publicationId ? publications.find(letter.publicationId) : null,
    ),
  };
}
