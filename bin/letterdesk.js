#!/usr/bin/env node
// `npx letterdesk …`: runs the built command-line tool (electron/cli/letterdesk.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error(
    'letterdesk: LetterDesk is not built yet. Run `npm run build` in the LetterDesk folder first.',
  );
  process.exit(1);
}
await import(cli);
