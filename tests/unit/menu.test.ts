/**
 * The application menu and the command table, through their pure parts: the
 * template Electron builds the menu from, the shortcuts the page listens for
 * in browser mode, the commands the preload lets through, the files macOS may
 * ask to open, and the recent letters the session keeps.
 */
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ariaShortcut,
  COMMAND_ACCELERATORS,
  commandForKey,
  formatShortcut,
  parseCommand,
  type AppCommand,
  type KeyPress,
} from '../../core/commands';
import { letterIdFromFile } from '../../electron/main/menu/letterFile';
import { buildMenuTemplate, type MenuState } from '../../electron/main/menu/menuTemplate';
import { recentLetters } from '../../electron/main/menu/recentLetters';
import { RECENT_LETTERS_MAX } from '../../electron/services/sessionService';
import type { LetterSummary } from '../../core/letter';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

const RECENT = [
  { id: 'a1', title: 'Reply to the Herald' },
  { id: 'b2', title: 'Trade & tariffs' },
];

function build(state: Partial<MenuState> = {}) {
  const sent: AppCommand[] = [];
  const clearRecent = vi.fn();
  const template = buildMenuTemplate(
    { language: 'en', platform: 'linux', recent: RECENT, isDev: false, ...state },
    { send: (command) => sent.push(command), clearRecent },
  );
  return { template, sent, clearRecent };
}

function submenu(item: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return item.submenu as MenuItemConstructorOptions[];
}

/** Every item, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function find(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.id === id || item.role === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('application menu', () => {
  it('has File, Edit, View, Letter and Help, with the macOS app menu first on macOS only', () => {
    expect(build().template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Letter', 'Help']);
    const mac = build({ platform: 'darwin' }).template;
    expect(mac.map((menu) => menu.label)).toEqual(['LetterDesk', 'File', 'Edit', 'View', 'Letter', 'Help']);
    expect(submenu(mac[0]!).map((item) => item.label ?? item.type)).toEqual([
      'About LetterDesk',
      'separator',
      'Preferences…',
      'separator',
      'Services',
      'separator',
      'Hide LetterDesk',
      'Hide Others',
      'Show All',
      'separator',
      'Quit LetterDesk',
    ]);
  });

  it('keeps the settings in the app menu on macOS and in File elsewhere, with About in Help', () => {
    const linux = build().template;
    expect(submenu(linux[0]!).map((item) => item.label ?? item.type)).toEqual([
      'New Letter…',
      'New Letter from DOCX…',
      'Open Recent',
      'separator',
      'Export Archive…',
      'Import Archive…',
      'separator',
      'Settings…',
      'separator',
      'Exit',
    ]);
    expect(submenu(linux[4]!).map((item) => item.role)).toEqual(['about']);
    const mac = build({ platform: 'darwin' }).template;
    expect(submenu(mac[1]!).map((item) => item.label ?? item.type)).toEqual([
      'New Letter…',
      'New Letter from DOCX…',
      'Open Recent',
      'separator',
      'Export Archive…',
      'Import Archive…',
      'separator',
      'Close Window',
    ]);
    expect(submenu(mac[5]!)).toEqual([]);
  });

  it('gives every command its accelerator from the one table, and Edit the built-in roles', () => {
    const { template } = build();
    for (const [id, accelerator] of Object.entries(COMMAND_ACCELERATORS)) {
      expect(find(template, id).accelerator).toBe(accelerator);
    }
    expect(COMMAND_ACCELERATORS).toMatchObject({
      'letter.new': 'CmdOrCtrl+N',
      'letter.save': 'CmdOrCtrl+S',
      'letter.exportDocx': 'CmdOrCtrl+E',
      'letter.printPdf': 'CmdOrCtrl+P',
      'library.find': 'CmdOrCtrl+Shift+F',
      'app.settings': 'CmdOrCtrl+,',
    });
    expect(submenu(template[1]!).map((item) => item.role ?? item.id ?? item.type)).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'separator',
      'library.find',
    ]);
  });

  it('sends each command to the page when clicked', () => {
    const { template, sent } = build({ platform: 'darwin' });
    for (const id of Object.keys(COMMAND_ACCELERATORS)) click(find(template, id));
    expect(sent).toEqual(Object.keys(COMMAND_ACCELERATORS).map((id) => ({ id })));
  });

  it('lists the recent letters by title, opens one by its id, and clears the list', () => {
    const { template, sent, clearRecent } = build();
    const recent = submenu(find(template, 'openRecent'));
    expect(recent.map((item) => item.label ?? item.type)).toEqual([
      'Reply to the Herald',
      // Outside macOS a single "&" would underline the next letter instead of showing.
      'Trade && tariffs',
      'separator',
      'Clear Recent',
    ]);
    click(recent[1]!);
    expect(sent).toEqual([{ id: 'letter.open', letterId: 'b2' }]);
    click(find(template, 'clearRecent'));
    expect(clearRecent).toHaveBeenCalledOnce();
    expect(submenu(find(build({ platform: 'darwin' }).template, 'openRecent'))[1]!.label).toBe(
      'Trade & tariffs',
    );
  });

  it('says when there are no recent letters, with nothing to clear', () => {
    const recent = submenu(find(build({ recent: [] }).template, 'openRecent'));
    expect(recent.map((item) => [item.label ?? item.type, item.enabled ?? true])).toEqual([
      ['No Recent Letters', false],
      ['separator', true],
      ['Clear Recent', false],
    ]);
  });

  it('speaks Chinese when the interface does, with the usual macOS words', () => {
    const { template } = build({ language: 'zh-CN', platform: 'darwin' });
    expect(template.map((menu) => menu.label)).toEqual([
      'LetterDesk',
      '文件',
      '编辑',
      '视图',
      '信函',
      '帮助',
    ]);
    expect(
      submenu(template[0]!)
        .map((item) => item.label)
        .filter(Boolean),
    ).toEqual([
      '关于 LetterDesk',
      '偏好设置…',
      '服务',
      '隐藏 LetterDesk',
      '隐藏其他',
      '全部显示',
      '退出 LetterDesk',
    ]);
    expect(
      submenu(template[2]!)
        .map((item) => item.label)
        .filter(Boolean),
    ).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选', '在信函库中搜索']);
    expect(find(template, 'openRecent').label).toBe('最近打开');
    expect(find(template, 'clearRecent').label).toBe('清除最近记录');
    expect(find(template, 'reload').label).toBe('重新载入');
    expect(find(template, 'togglefullscreen').label).toBe('切换全屏');
    // Letter titles are the user's, never translated.
    expect(find(template, 'recent:a1').label).toBe('Reply to the Herald');
  });

  it('offers the developer tools in a development build only', () => {
    const roles = (isDev: boolean) => items(build({ isDev }).template).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});

describe('command table', () => {
  const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...modifiers,
  });

  it('finds the command for a key press, with Ctrl elsewhere and ⌘ on macOS', () => {
    expect(commandForKey(press('n', { ctrlKey: true }), false)).toBe('letter.new');
    expect(commandForKey(press('N', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(commandForKey(press('F', { ctrlKey: true, shiftKey: true }), false)).toBe('library.find');
    expect(commandForKey(press(',', { ctrlKey: true }), false)).toBe('app.settings');
    expect(commandForKey(press('e', { metaKey: true }), true)).toBe('letter.exportDocx');
    // Ctrl+N on a Mac is the text field's "next line"; ⌘ elsewhere is the system's.
    expect(commandForKey(press('n', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(press('n', { metaKey: true }), false)).toBeNull();
    expect(commandForKey(press('s', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(commandForKey(press('s'), false)).toBeNull();
    // Comment: Ctrl/⌘+Alt+M, found by the physical key where Alt changes the character (macOS's "µ").
    expect(commandForKey(press('m', { ctrlKey: true, altKey: true }), false)).toBe('letter.comment');
    expect(commandForKey(press('µ', { metaKey: true, altKey: true, code: 'KeyM' }), true)).toBe(
      'letter.comment',
    );
    expect(commandForKey(press('m', { ctrlKey: true }), false)).toBeNull();
  });

  it('writes shortcuts as each platform does', () => {
    expect(formatShortcut('letter.new', true)).toBe('⌘N');
    expect(formatShortcut('letter.new', false)).toBe('Ctrl+N');
    expect(formatShortcut('library.find', true)).toBe('⇧⌘F');
    expect(formatShortcut('library.find', false)).toBe('Ctrl+Shift+F');
    expect(formatShortcut('app.settings', false)).toBe('Ctrl+,');
    expect(ariaShortcut('library.find', false)).toBe('Control+Shift+F');
    expect(ariaShortcut('letter.save', true)).toBe('Meta+S');
    expect(formatShortcut('letter.comment', false)).toBe('Ctrl+Alt+M');
    expect(formatShortcut('letter.comment', true)).toBe('⌥⌘M');
    expect(ariaShortcut('letter.comment', false)).toBe('Control+Alt+M');
  });

  it('lets through only known commands, rebuilt without anything extra', () => {
    expect(parseCommand({ id: 'letter.new' })).toEqual({ id: 'letter.new' });
    expect(parseCommand({ id: 'letter.importDocxVersion' })).toEqual({ id: 'letter.importDocxVersion' });
    expect(parseCommand({ id: 'letter.open', letterId: 'abc_1-2' })).toEqual({
      id: 'letter.open',
      letterId: 'abc_1-2',
    });
    for (const bad of [
      null,
      'letter.new',
      ['letter.new'],
      { id: 'letter.delete' },
      { id: 'toString' },
      { id: 'letter.new', extra: 1 },
      { id: 'letter.newFromDocx', path: '/tmp/a.docx' },
      { id: 'letter.open' },
      { id: 'letter.open', letterId: '../settings' },
      { id: 'letter.open', letterId: 'a'.repeat(65) },
      { id: 'letter.open', letterId: 'abc', path: '/etc/passwd' },
    ]) {
      expect(parseCommand(bad)).toBeNull();
    }
  });
});

describe('letter files the system asks to open', () => {
  const letters = join('/data', 'letters');

  it('names the letter of a file directly in the letters folder', () => {
    expect(letterIdFromFile(join(letters, 'abc123.json'), letters)).toBe('abc123');
  });

  it('refuses any other file', () => {
    for (const path of [
      join('/data', 'trash', 'abc123.json'),
      join(letters, 'nested', 'abc123.json'),
      join(letters, '..', 'settings.json'),
      join(letters, 'abc123.docx'),
      join(letters, 'bad name.json'),
      join(letters, '.json'),
      '/etc/passwd',
    ]) {
      expect(letterIdFromFile(path, letters)).toBeNull();
    }
  });
});

describe('recent letters', () => {
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  beforeEach(async () => {
    data = await makeDataDir();
  });
  afterEach(() => data.cleanup());

  it('keeps the letters the page opens, the latest first, without repeats, at most ten', async () => {
    const { session } = await openServices(data.dir);
    const changed = vi.fn();
    session.onChange(changed);
    for (let i = 0; i < RECENT_LETTERS_MAX + 2; i++) session.set({ openLetterId: `letter${i}` });
    session.set({ openLetterId: 'letter5' });
    session.set({ openLetterId: null });
    const recent = session.recent();
    expect(recent).toHaveLength(RECENT_LETTERS_MAX);
    expect(recent.slice(0, 3)).toEqual(['letter5', 'letter11', 'letter10']);
    expect(recent).not.toContain('letter1');
    expect(changed).toHaveBeenCalledTimes(RECENT_LETTERS_MAX + 3);

    session.clearRecent();
    expect(session.recent()).toEqual([]);
    expect(changed).toHaveBeenCalledTimes(RECENT_LETTERS_MAX + 4);
  });

  it('are kept across restarts', async () => {
    (await openServices(data.dir)).session.set({ openLetterId: 'kept' });
    expect((await openServices(data.dir)).session.recent()).toEqual(['kept']);
  });

  it('shows each by its title in the library, leaving out letters no longer there', async () => {
    const { letters } = await openServices(data.dir);
    const kept = await letters.create(REBUTTAL_TEMPLATE);
    const trashed = await letters.create(REBUTTAL_TEMPLATE);
    await letters.rename(kept.id, 'On the harbour');
    await letters.trash(trashed.id);
    expect(recentLetters([trashed.id, 'gone', kept.id], letters.list())).toEqual([
      { id: kept.id, title: 'On the harbour' },
    ]);
    const summaries: LetterSummary[] = [];
    expect(recentLetters(['x'], summaries)).toEqual([]);
  });
});
