/**
 * Builds every main-process service over one data folder. Called by the three
 * entry points (Electron main, browser-mode server, CLI) with the store that
 * suits them; the services never know which one is running.
 */
import type { AppInfo } from '../../core/contract';
import type { OpenStore } from '../storage/jsonStore';
import { ExportService } from './exportService';
import { LetterService } from './letterService';
import { SessionService } from './sessionService';
import { SettingsService } from './settingsService';
import { SignatoryService } from './signatoryService';
import { TemplateService } from './templateService';

export interface ServiceOptions {
  dataDir: string;
  templatesDir: string;
  openStore: OpenStore;
  mode: AppInfo['mode'];
  version: string;
  /** Start-up problems already found by the caller (e.g. while opening stores). */
  notices?: string[];
  now?: () => Date;
}

export interface Services {
  info(): AppInfo;
  letters: LetterService;
  templates: TemplateService;
  signatories: SignatoryService;
  session: SessionService;
  settings: SettingsService;
  exports: ExportService;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const notices = options.notices ?? [];
  const signatories = new SignatoryService(options.openStore('signatories'));
  const settingsStore = options.openStore('settings');
  const session = new SessionService(settingsStore);
  const settings = new SettingsService(settingsStore);
  const templates = await TemplateService.open(options.templatesDir, notices);
  const letters = await LetterService.open({
    dataDir: options.dataDir,
    templates,
    defaultSignatory: () => signatories.defaultSignatory(),
    notices,
    now: options.now,
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
    exports: new ExportService(letters, settings),
  };
}
