import { appVersion, findAppRoot } from '../runtime/appRoot';
import { openNodeServices } from '../runtime/openNodeServices';
import type { Services } from '../services/createServices';

/** Every service over the library, as the browser-mode server opens them. */
export async function openCliServices(dataDir: string): Promise<Services> {
  const appRoot = findAppRoot(import.meta.url);
  return openNodeServices({ dataDir, appRoot, mode: 'browser', version: appVersion(appRoot) });
}
