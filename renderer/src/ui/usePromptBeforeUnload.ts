/**
 * While `active`, closing or reloading the window first asks the user (the
 * browser's own "Leave site?" prompt; in Electron, the main process turns the
 * refusal into a "Leave without saving?" dialog, see electron/main/window.ts).
 * Only while work would really be lost: a prompt on every close teaches
 * people to click through it.
 */
import { useEffect } from 'react';

export function usePromptBeforeUnload(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}
