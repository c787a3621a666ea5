/** The publication profiles, loaded once per open letter; a failure is shown, not thrown. */
import { useEffect, useState } from 'react';
import type { Publication } from '../../../core/publication';
import { useApi } from '../app/ApiContext';
import { activeIntl } from '../i18n/activeIntl';
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
        // Worded when it happens, in the language then shown: the list is not fetched again on a switch.
        notify.error(
          activeIntl().formatMessage(
            {
              id: 'letter.publication.loadFailed',
              defaultMessage: 'The publication profiles could not be loaded: {detail}',
            },
            { detail: errorMessage(error) },
          ),
        ),
    );
    return () => {
      live = false;
    };
  }, [api, notify]);
  return publications;
}
