/** The publication profiles, loaded once per open letter; a failure is shown, not thrown. */
import { useEffect, useState } from 'react';
import type { Publication } from '../../../core/publication';
import { useApi } from '../app/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';

export function usePublications(): Publication[] {
  const api = useApi();
  const notify = useNotify();
  const [publications, setPublications] = useState<Publication[]>([]);
  useEffect(() => {
    let live = true;
    api.call('publications.list', {}).then(
      (list) => live && setPublications(list),
      (error: unknown) =>
        notify.error(`The publication profiles could not be loaded: ${errorMessage(error)}`),
    );
    return () => {
      live = false;
    };
  }, [api, notify]);
  return publications;
}
