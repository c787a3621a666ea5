/**
 * What the Archive… dialog offers and what its selection would hold, read
 * again as the selection changes. The last answer stays shown while the next
 * is on its way, so the dialog does not jump.
 */
import { useEffect, useState } from 'react';
import type { ArchivePreview, ArchiveSelection } from '../../../core/archive/archive';
import { useApi } from '../app/ApiContext';
import { errorMessage } from '../ui/errorMessage';

export interface PreviewState {
  preview: ArchivePreview | null;
  /** The preview shown is for the selection now chosen. */
  current: boolean;
  failed: string | null;
}

export function useArchivePreview(selection: ArchiveSelection): PreviewState {
  const api = useApi();
  const [state, setState] = useState<{ key: string; preview: ArchivePreview | null; failed: string | null }>({
    key: '',
    preview: null,
    failed: null,
  });
  const key = JSON.stringify(selection);
  useEffect(() => {
    let live = true;
    api.call('archive.preview', { selection: JSON.parse(key) as ArchiveSelection }).then(
      (preview) => live && setState({ key, preview, failed: null }),
      (error: unknown) => live && setState((old) => ({ ...old, key, failed: errorMessage(error) })),
    );
    return () => {
      live = false;
    };
  }, [api, key]);
  return {
    preview: state.preview,
    current: state.key === key && state.failed === null,
    failed: state.failed,
  };
}
