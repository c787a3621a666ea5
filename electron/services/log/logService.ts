/**
 * The letter log's store: one file per sending. (Skeleton: the contract is
 * bound; the implementation follows in the next commit.)
 */
import type { ExportFile } from '../docxExportFile';
import type {
  ExclusiveConflict,
  LogCsvKind,
  LogList,
  RecordSending,
  SendingFilter,
  SendingUpdate,
} from '../../../core/log/logList';
import type { Outcome, Sending } from '../../../core/log/sending';
import type { UiLanguage } from '../../../core/i18n/languages';

const notYet = (): never => {
  throw new Error('the letter log is not built yet');
};

export class LogService {
  async record(_input: RecordSending): Promise<Sending> {
    return notYet();
  }
  async setOutcome(_id: string, _revision: number, _outcome: Outcome, _noteZh?: string): Promise<Sending> {
    return notYet();
  }
  async update(_id: string, _revision: number, _update: SendingUpdate): Promise<Sending> {
    return notYet();
  }
  async remove(_id: string, _revision: number): Promise<{ id: string }> {
    return notYet();
  }
  async list(_filter: SendingFilter, _limit: number): Promise<LogList> {
    return notYet();
  }
  async forLetter(_letterId: string): Promise<Sending[]> {
    return notYet();
  }
  async csv(_kind: LogCsvKind, _filter: SendingFilter, _language: UiLanguage): Promise<ExportFile> {
    return notYet();
  }
  async checkExclusive(
    _letterId: string,
    _publicationId: string | null,
    _publication: string,
    _sentAt?: string,
  ): Promise<ExclusiveConflict[]> {
    return notYet();
  }
}
