/**
 * Real services over `dir`, reached through the contract as the renderer
 * reaches them (dispatch over the handlers), with a transport that keeps the
 * files it is asked to save, and a typed call that throws the service's error.
 */
import type { ApiName, ApiResult, ExportResult } from '../../core/contract';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers, type Transport } from '../../electron/api/handlers';
import type { ExportFile } from '../../electron/services/docxExportFile';
import { openServices } from './services';
import { CANCELLING_TRANSPORT } from './transport';

export async function openContract(dir: string, now: () => Date) {
  const services = await openServices(dir, now);
  const files: ExportFile[] = [];
  const saveFile = async (file: ExportFile): Promise<ExportResult> => {
    files.push(file);
    return { status: 'saved', path: `/tmp/${file.fileName}`, fileName: file.fileName };
  };
  const transport: Transport = { ...CANCELLING_TRANSPORT, saveFile };
  const handlers = createHandlers(services, transport);
  const call = async <T = unknown>(name: ApiName, input: unknown): Promise<T> => {
    const result = (await dispatch(handlers, name, input)) as ApiResult<T>;
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value;
  };
  return { services, call, files };
}
