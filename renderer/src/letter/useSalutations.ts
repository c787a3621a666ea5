import { useEffect, useState } from 'react';
import { SALUTATIONS } from '../../../core/letter';
import { useApi } from '../app/ApiContext';

/**
 * The salutations offered for this letter: its template's list, else the
 * standard ones. These are only suggestions in a free-text box, so if the
 * template is gone the standard list is offered instead of an error.
 */
export function useSalutations(templateId: string | null): readonly string[] {
  const api = useApi();
  const [options, setOptions] = useState<readonly string[]>(SALUTATIONS);
  useEffect(() => {
    if (!templateId) return;
    let live = true;
    api
      .call('templates.get', { id: templateId })
      .then((template) => {
        if (live && template.salutationOptions.length) setOptions(template.salutationOptions);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, templateId]);
  return options;
}
