/**
 * The contract bound to the services: one line per call. Both transports
 * (IPC and browser-mode HTTP) run these same handlers through `dispatch`.
 */
import type { ApiName, ApiOutput, ApiParsedInput, ExportResult } from '../../core/contract';
import type { Handout } from '../../core/history/version';
import type { Letter } from '../../core/letter';
import { UserFacingError } from '../services/errors';
import type { ExportFile } from '../services/docxExportFile';
import type { PrintPage } from '../services/exportService';
import type { Services } from '../services/createServices';

export type Handlers = { [N in ApiName]: (input: ApiParsedInput<N>) => Promise<ApiOutput<N>> | ApiOutput<N> };

/**
 * What differs between the transports: how a finished file reaches the user.
 * Electron shows native dialogs; browser mode hands the browser a download.
 */
export interface Transport {
  /** A file for the user to keep: a save dialog, or a download. */
  saveFile(file: ExportFile): Promise<ExportResult>;
  /** An email draft (.eml): opened in the mail program, or downloaded. */
  openEmailDraft(file: ExportFile): Promise<ExportResult>;
  /** A print page: printed to PDF and saved, or handed to the browser to print. */
  printToPdf(page: PrintPage): Promise<ExportResult>;
}

export function createHandlers(services: Services, transport: Transport): Handlers {
  const { letters, templates, signatories, session, settings, exports, history } = services;
  /**
   * A handout: the stored letter read once, made into a file, delivered; if the
   * user went through with it (not cancelled), that same letter is kept as a
   * version, so the history holds exactly what left.
   */
  const handOut = async <Made>(
    id: string,
    handout: Handout,
    make: (letter: Letter) => Made | Promise<Made>,
    deliver: (made: Made) => Promise<ExportResult>,
  ): Promise<ExportResult> => {
    const letter = await letters.get(id);
    const result = await deliver(await make(letter));
    if (result.status !== 'cancelled') await history.handedOut(letter, handout);
    return result;
  };
  return {
    'app.info': () => services.info(),
    'letters.list': ({ trash, limit, after }) => letters.page(trash, limit, after),
    'letters.get': ({ id }) => letters.get(id),
    'letters.create': ({ templateId, fields }) => letters.create(templateId, fields),
    'letters.save': ({ letter }) => letters.save(letter),
    'letters.resolveConflict': ({ letter, theirRevision, keep }) =>
      letters.resolveConflict(letter, theirRevision, keep),
    'letters.rename': ({ id, title }) => letters.rename(id, title),
    'letters.duplicate': ({ id }) => letters.duplicate(id),
    'letters.trash': ({ id }) => letters.trash(id),
    'letters.restore': ({ id }) => letters.restore(id),
    'letters.emptyTrash': () => letters.emptyTrash(),
    'letters.importDocx': ({ fileName, content }) => services.imports.newLetter(fileName, content),
    'letters.search': ({ query, trash, limit }) => letters.search(query, { trash, limit }),
    'history.list': ({ letterId }) => history.list(letterId),
    'history.get': ({ letterId, versionId }) => history.get(letterId, versionId),
    'history.compare': ({ letterId, from, to }) => history.compare(letterId, from, to),
    'history.saveVersion': ({ letterId, name }) => history.saveVersion(letterId, name),
    'history.restore': ({ letterId, versionId, revision }) => history.restore(letterId, versionId, revision),
    'history.importDocx': ({ letterId, revision, fileName, content }) =>
      services.imports.newVersion(letterId, revision, fileName, content),
    'history.recordCopy': ({ letterId, format }) =>
      history.recordHandout(letterId, { action: 'copy', format }),
    'templates.list': () => templates.list(),
    'templates.get': ({ id }) => templates.get(id),
    'templates.saveFromLetter': async ({ letterId, ...input }) =>
      templates.saveFromLetter(await letters.get(letterId), input, settings.get().houseStyle.dateFormat),
    'templates.update': (input) => templates.update(input),
    'templates.duplicate': ({ id }) => templates.duplicate(id),
    'templates.remove': ({ id, revision }) => templates.remove(id, revision),
    'library.export': async ({ templateIds }) =>
      transport.saveFile(await services.library.export(templateIds)),
    'library.import': ({ fileName, content, onClash }) => services.library.import(fileName, content, onClash),
    'signatories.list': () => signatories.list(),
    'signatories.save': ({ signatory }) => signatories.save(signatory),
    'signatories.remove': ({ id, revision }) => signatories.remove(id, revision),
    'signatories.setDefault': ({ id, revision }) => signatories.setDefault(id, revision),
    'settings.get': () => settings.get(),
    'settings.update': ({ update }) => settings.update(update),
    'settings.setLogo': ({ dataBase64, revision }) => settings.setLogo(dataBase64, revision),
    'settings.clearLogo': ({ revision }) => settings.clearLogo(revision),
    'session.get': () => session.get(),
    'session.set': (input) => session.set(input),
    'session.openLetter': async () => {
      const { openLetterId } = session.get();
      if (!openLetterId) return null;
      // A letter deleted since last time (gone or in the trash) simply is not reopened.
      try {
        const letter = await letters.get(openLetterId);
        return letter.deletedAt ? null : letter;
      } catch (error) {
        if (error instanceof UserFacingError && error.code === 'not-found') return null;
        throw error;
      }
    },
    'publications.list': () => services.publications.list(),
    'publications.save': ({ publication }) => services.publications.save(publication),
    'publications.remove': ({ id, revision }) => services.publications.remove(id, revision),
    'snippets.list': () => services.snippets.list(),
    'snippets.save': ({ snippet }) => services.snippets.save(snippet),
    'snippets.remove': ({ id, revision }) => services.snippets.remove(id, revision),
    'export.docx': ({ id, variant }) =>
      handOut(
        id,
        { action: 'docx', variant },
        (letter) => exports.fromLetter(letter, variant),
        (file) => transport.saveFile(file),
      ),
    'export.email': ({ id, variant }) =>
      handOut(
        id,
        { action: 'email', variant },
        (letter) => exports.emailDraftOf(letter, variant),
        (file) => transport.openEmailDraft(file),
      ),
    'export.pdf': ({ id, variant }) =>
      handOut(
        id,
        { action: 'pdf', variant },
        (letter) => exports.printPageOf(letter, variant),
        (page) => transport.printToPdf(page),
      ),
    // Not a handout, so no version is kept: a redline is a review copy of two texts the
    // history already holds (its versions, or the current text against one), not the letter
    // as sent; kept as a handout it would become "last sent" for the compare and the checks.
    'export.redline': async ({ letterId, olderVersionId, newerVersionId, variant }) =>
      transport.saveFile(await services.redline.file(letterId, olderVersionId, newerVersionId, variant)),
    'preflight.run': ({ id, variant }) => services.preflight.run(id, variant),
    'spelling.addWord': ({ word }) => services.spelling.addWord(word),
    'log.record': ({ sending }) => services.log.record(sending),
    'log.setOutcome': ({ id, revision, outcome, noteZh }) =>
      services.log.setOutcome(id, revision, outcome, noteZh),
    'log.update': ({ id, revision, update }) => services.log.update(id, revision, update),
    'log.remove': ({ id, revision }) => services.log.remove(id, revision),
    'log.list': ({ filter, limit, after }) => services.log.list(filter, limit, after),
    'log.forLetter': ({ letterId }) => services.log.forLetter(letterId),
    'log.exportCsv': async ({ kind, filter, language }) =>
      transport.saveFile(await services.log.csv(kind, filter, language)),
    'log.checkExclusive': ({ letterId, publicationId, publication, sentAt }) =>
      services.log.checkExclusive(letterId, publicationId, publication, sentAt),
    'terms.list': ({ query, domain, offset, limit }) => services.terms.list(query, domain, offset, limit),
    'terms.all': () => services.terms.all(),
    'terms.save': ({ id, revision, fields }) => services.terms.save(id, revision, fields),
    'terms.remove': ({ id, revision }) => services.terms.remove(id, revision),
    'terms.export': async ({ format }) => transport.saveFile(await services.termFiles.export(format)),
    'terms.import': ({ fileName, content, onClash }) => services.termFiles.import(fileName, content, onClash),
    'archive.preview': ({ selection }) => services.archive.preview(selection),
    'archive.export': async ({ selection }) => transport.saveFile(await services.archive.export(selection)),
    'archive.import': ({ fileName, content }) => services.archive.import(fileName, content),
  };
}
