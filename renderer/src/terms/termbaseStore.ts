/**
 * The termbase as the editors see it: every entry (terms.all), the matcher
 * built from them once, and whether terms are highlighted. One copy for the
 * page, shared by both panes, so the toggle in either toolbar turns
 * highlighting on or off in both, and the termbase is fetched once rather
 * than per pane. Settings calls `termbaseChanged()` after any edit or import,
 * which drops the copy: the letter's editors stay mounted under Settings, so
 * with highlighting on they load the new entries (terms.all) at once, after
 * each edit; with it off, whatever asks next (an editor, the term picker)
 * loads them.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Api } from '../../../core/contract';
import type { TermEntry } from '../../../core/terms/termEntry';
import { termMatcher, type TermMatcher } from '../../../core/terms/termMatcher';

export interface Termbase {
  entries: readonly TermEntry[];
  matcher: TermMatcher;
}

/** Remembered between sessions, like a view setting: the page's own storage, nothing leaves it. */
const HIGHLIGHT_KEY = 'letterdesk.highlightTerms';

let highlight = readHighlight();
let termbase: Termbase | null = null;
/** Bumped by `termbaseChanged`; a load started before a change does not overwrite the newer one. */
let generation = 0;
/** The load under way, so two panes asking at once fetch once. */
let pending: Promise<Termbase> | null = null;
const listeners = new Set<() => void>();

function readHighlight(): boolean {
  try {
    return globalThis.localStorage?.getItem(HIGHLIGHT_KEY) === 'on';
  } catch {
    return false;
  }
}

const emit = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function setHighlightTerms(on: boolean): void {
  highlight = on;
  try {
    localStorage.setItem(HIGHLIGHT_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): the toggle still works for this page.
  }
  emit();
}

export function useHighlightTerms(): boolean {
  return useSyncExternalStore(subscribe, () => highlight);
}

/** The termbase changed (Settings): drop the copy, so it is loaded afresh when next needed. */
export function termbaseChanged(): void {
  generation += 1;
  termbase = null;
  pending = null;
  emit();
}

/** The termbase now, loading it if needed (the term picker asks when it opens). */
export function loadTermbase(api: Api): Promise<Termbase> {
  if (termbase) return Promise.resolve(termbase);
  if (pending) return pending;
  const started = generation;
  const load = api.call('terms.all', {}).then(
    (entries) => {
      const loaded = { entries, matcher: termMatcher(entries) };
      if (started === generation) {
        termbase = loaded;
        emit();
      }
      return loaded;
    },
    (error: unknown) => {
      if (pending === load) pending = null;
      throw error;
    },
  );
  pending = load;
  return load;
}

/** The termbase, loaded when first asked for (`wanted`); null until it has come. */
export function useTermbase(api: Api, wanted: boolean): Termbase | null {
  const current = useSyncExternalStore(subscribe, () => termbase);
  useEffect(() => {
    // A termbase that cannot be loaded highlights nothing; the next change in Settings tries again.
    if (wanted && !current) loadTermbase(api).catch(() => undefined);
  }, [api, wanted, current]);
  return current;
}
