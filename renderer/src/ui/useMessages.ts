/**
 * The ICU message formatter (core/messages.ts) for modules that are part of
 * the window's start-up: loaded once, after the first paint, not with the
 * window, because intl-messageformat and the Intl objects it builds would
 * delay it. Until it is there, text that needs it is left out for a moment.
 * Views that load on demand import core/messages.ts directly.
 */
import { useEffect, useState } from 'react';
import type { FormatMessage } from '../../../core/messages';

let loaded: FormatMessage | null = null;
let loading: Promise<FormatMessage> | null = null;

export function loadMessages(): Promise<FormatMessage> {
  loading ??= import('../../../core/messages').then((module) => (loaded = module.formatMessage));
  return loading;
}

/** The formatter, or null while it loads. */
export function useMessages(): FormatMessage | null {
  const [format, setFormat] = useState<FormatMessage | null>(() => loaded);
  useEffect(() => {
    if (!format) void loadMessages().then((loadedFormat) => setFormat(() => loadedFormat));
  }, [format]);
  return format;
}
