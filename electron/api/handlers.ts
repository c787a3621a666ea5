/**
 * The contract bound to the services: one line per call. Both transports
 * (IPC and browser-mode HTTP) run these same handlers through `dispatch`.
 */
import type { ApiName, ApiOutput, ApiParsedInput, ExportResult } from '../../core/contract';
import type { ExportFile } from '../services/exportService';
import type { Services } from '../services/createServices';

export type Handlers = { [N in ApiName]: (input: ApiParsedInput<N>) => Promise<ApiOutput<N>> | ApiOutput<N> };

/** How a transport hands a finished file to the user: a save dialog, or a download. */
export type DeliverFile = (file: ExportFile) => Promise<ExportResult>;

export function createHandlers(services: Services, deliver: DeliverFile): Handlers {
  const { letters, templates, signatories, session, exports } = services;
  return {
    'app.info': () => services.info(),
    'letters.list': ({ trash }) => letters.list(trash),
    'letters.get': ({ id }) => letters.get(id),
    'letters.create': ({ templateId, fields }) => letters.create(templateId, fields),
    'letters.save': ({ letter }) => letters.save(letter),
    'letters.rename': ({ id, title }) => letters.rename(id, title),
    'letters.duplicate': ({ id }) => letters.duplicate(id),
    'letters.trash': ({ id }) => letters.trash(id),
    'letters.restore': ({ id }) => letters.restore(id),
    'letters.emptyTrash': () => letters.emptyTrash(),
    'templates.list': () => templates.list(),
    'templates.get': ({ id }) => templates.get(id),
    'signatories.list': () => signatories.list(),
    'signatories.save': ({ signatory }) => signatories.save(signatory),
    'signatories.remove': ({ id }) => signatories.remove(id),
    'signatories.setDefault': ({ id }) => signatories.setDefault(id),
    'session.get': () => session.get(),
    'session.set': (input) => session.set(input),
    'export.docx': async ({ id, variant }) => deliver(await exports.docx(id, variant)),
  };
}
