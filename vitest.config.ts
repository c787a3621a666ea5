import { defineConfig } from 'vitest/config';
import { compiledCatalogs } from './scripts/compiledCatalogs';

export default defineConfig({
  // As in the app's build: the catalogs the main process imports (the menu's words) arrive compiled.
  plugins: [compiledCatalogs()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
