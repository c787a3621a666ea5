import { requireLibraryFolder } from './libraryFolder';
import { openCliServices } from './openCliServices';

export async function listCommand(dataDir: string, trash: boolean): Promise<string> {
  requireLibraryFolder(dataDir);
  const services = await openCliServices(dataDir);
  const rows = services.letters.list(trash);
  if (!rows.length) return trash ? 'The trash is empty.' : 'No letters yet.';
  return rows
    .map((l) =>
      [
        l.id,
        l.status.padEnd(5),
        l.updatedAt.slice(0, 16).replace('T', ' '),
        l.publication || '-',
        l.title,
      ].join('  '),
    )
    .join('\n');
}
