/**
 * Where the page's commands come from. In the desktop app, the application
 * menu: its accelerators catch the keys, and the preload hands over the
 * command. In browser mode there is no menu, so the page listens for the
 * same shortcuts (core/commands.ts) itself. Used once, by App.
 */
import { useEffect } from 'react';
import { commandForKey } from '../../../core/commands';
import { isMac } from '../ui/shortcut';
import { runCommand } from './commandRegistry';

export function useCommandSource(): void {
  useEffect(() => {
    const bridge = window.letterdesk;
    if (bridge) return bridge.onCommand((command) => void runCommand(command));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const id = commandForKey(event, isMac);
      if (!id) return;
      // Even with nothing to run it: Ctrl+S would otherwise offer to save the page's HTML.
      event.preventDefault();
      runCommand({ id });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
