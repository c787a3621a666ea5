/**
 * The application menu, as a template for Electron's Menu.buildFromTemplate.
 * A pure function of the language, the platform, the recent letters and
 * whether this is a development build, so tests build it without Electron.
 * Every app command is sent to the page (`send`), which runs it with the same
 * handler as the matching button; editing and window work go to Electron's
 * built-in roles, which the page's editors receive as native input.
 */
import type { MenuItemConstructorOptions } from 'electron';
import {
  COMMAND_ACCELERATORS,
  type AppCommand,
  type MenuCommandId,
  type ShortcutCommandId,
} from '../../../core/commands';
import type { UiLanguage } from '../../../core/i18n/languages';
import { interfaceIntl } from '../interfaceIntl';
import { menuMessages as m } from './menuMessages';

export interface RecentLetter {
  id: string;
  title: string;
}

export interface MenuState {
  language: UiLanguage;
  platform: NodeJS.Platform;
  /** Most recently opened first. */
  recent: readonly RecentLetter[];
  isDev: boolean;
}

export interface MenuActions {
  /** Hands a command to the page in the focused window. */
  send(command: AppCommand): void;
  clearRecent(): void;
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const intl = interfaceIntl(state.language);
  const mac = state.platform === 'darwin';
  const say = (message: (typeof m)[keyof typeof m]) => intl.formatMessage(message);
  const command = (
    id: ShortcutCommandId,
    message: (typeof m)[keyof typeof m],
  ): MenuItemConstructorOptions => ({
    id,
    label: say(message),
    accelerator: COMMAND_ACCELERATORS[id],
    click: () => actions.send({ id }),
  });
  const menuOnly = (id: MenuCommandId, message: (typeof m)[keyof typeof m]): MenuItemConstructorOptions => ({
    id,
    label: say(message),
    click: () => actions.send({ id }),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    // macOS shows the app's own name here whatever the label says.
    label: 'LetterDesk',
    submenu: [
      { role: 'about', label: say(m.about) },
      separator,
      command('app.settings', m.preferences),
      separator,
      { role: 'services', label: say(m.services) },
      separator,
      { role: 'hide', label: say(m.hide) },
      { role: 'hideOthers', label: say(m.hideOthers) },
      { role: 'unhide', label: say(m.showAll) },
      separator,
      { role: 'quit', label: say(m.quit) },
    ],
  };

  const recentItems: MenuItemConstructorOptions[] = state.recent.length
    ? state.recent.map((letter) => ({
        id: `recent:${letter.id}`,
        // Elsewhere than macOS "&" marks the access key; a title's own "&" is doubled to show as it is.
        label: mac ? letter.title : letter.title.replaceAll('&', '&&'),
        click: () => actions.send({ id: 'letter.open', letterId: letter.id }),
      }))
    : [{ id: 'recent:none', label: say(m.noRecent), enabled: false }];

  const fileMenu: MenuItemConstructorOptions = {
    label: say(m.file),
    submenu: [
      command('letter.new', m.newLetter),
      menuOnly('letter.newFromDocx', m.newFromDocx),
      {
        id: 'openRecent',
        label: say(m.openRecent),
        submenu: [
          ...recentItems,
          separator,
          {
            id: 'clearRecent',
            label: say(m.clearRecent),
            enabled: state.recent.length > 0,
            click: () => actions.clearRecent(),
          },
        ],
      },
      separator,
      menuOnly('log.exportArchive', m.exportArchive),
      menuOnly('log.importArchive', m.importArchive),
      separator,
      // On macOS the settings are the app menu's Preferences…
      ...(mac ? [] : [command('app.settings', m.settings), separator]),
      mac ? { role: 'close', label: say(m.close) } : { role: 'quit', label: say(m.exit) },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: say(m.edit),
    submenu: [
      { role: 'undo', label: say(m.undo) },
      { role: 'redo', label: say(m.redo) },
      separator,
      { role: 'cut', label: say(m.cut) },
      { role: 'copy', label: say(m.copy) },
      { role: 'paste', label: say(m.paste) },
      { role: 'selectAll', label: say(m.selectAll) },
      separator,
      command('library.find', m.findInLibrary),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: say(m.view),
    submenu: [
      // The page saves pending changes on the way out and asks first when some could not be saved.
      { role: 'reload', label: say(m.reload) },
      ...(state.isDev ? [{ role: 'toggleDevTools', label: say(m.devTools) } as const] : []),
      separator,
      { role: 'resetZoom', label: say(m.actualSize) },
      { role: 'zoomIn', label: say(m.zoomIn) },
      { role: 'zoomOut', label: say(m.zoomOut) },
      separator,
      { role: 'togglefullscreen', label: say(m.fullScreen) },
      separator,
      menuOnly('view.highlightTerms', m.highlightTerms),
    ],
  };

  const letterMenu: MenuItemConstructorOptions = {
    label: say(m.letter),
    submenu: [
      command('letter.save', m.save),
      command('letter.saveVersion', m.saveVersion),
      command('letter.history', m.history),
      menuOnly('letter.importDocxVersion', m.importDocxVersion),
      separator,
      command('letter.exportDocx', m.exportDocx),
      command('letter.printPdf', m.printPdf),
      menuOnly('letter.markSent', m.markSent),
      separator,
      command('letter.comment', m.comment),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: say(m.help),
    role: 'help',
    // macOS has About in the app menu; elsewhere Help is where it is looked for.
    submenu: mac ? [] : [{ role: 'about', label: say(m.about) }],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, letterMenu, helpMenu];
}
