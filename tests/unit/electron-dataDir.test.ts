import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronDataDir } from '../../electron/main/dataDirArg';
import { defaultDataDir } from '../../electron/runtime/dataDir';

// Electron's argv: the executable, the app folder (unpackaged), Chromium switches, then ours.
const electronArgv = (...args: string[]) => [
  '/usr/lib/electron/electron',
  '/work/app',
  '--enable-logging',
  ...args,
];

describe('data folder of the desktop app', () => {
  it('takes --data-dir like browser mode and the CLI, in either spelling', () => {
    expect(electronDataDir(electronArgv('--data-dir', '/srv/letters'), {})).toBe(resolve('/srv/letters'));
    expect(electronDataDir(electronArgv('--data-dir=/srv/letters'), {})).toBe(resolve('/srv/letters'));
    expect(electronDataDir(electronArgv('--data-dir', 'rel/letters'), {})).toBe(resolve('rel/letters'));
  });

  it('falls back to LETTERDESK_DATA_DIR, then to the folder the server and CLI use', () => {
    expect(electronDataDir(electronArgv(), { LETTERDESK_DATA_DIR: '/srv/env-letters' })).toBe(
      resolve('/srv/env-letters'),
    );
    expect(electronDataDir(electronArgv('--data-dir'), {})).toBe(resolve(defaultDataDir({})));
    expect(electronDataDir(electronArgv(), {})).toMatch(/LetterDesk$/);
  });
});
