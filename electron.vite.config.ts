import formatjs from '@formatjs/unplugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { compiledCatalogs } from './scripts/compiledCatalogs';

// One build for the three processes. The main build has three entries that
// share the same services: the Electron main process, the browser-mode server
// (used where no Electron binary exists) and the command-line tool. The bench
// is built apart (bench/vite.config.ts) so that it does not ship.
export default defineConfig({
  main: {
    // The application menu speaks the interface language: the main process reads the catalogs too.
    plugins: [compiledCatalogs()],
    build: {
      outDir: 'out/main',
      // Bundled rather than loaded from node_modules: zod alone is ~100 ES modules,
      // and loading them one by one cost `letterdesk export` more than building the DOCX.
      // @lexical/mark too: the DOCX import's headless editor bundles lexical (a dev dependency), and a
      // MarkNode from node_modules would extend another copy of lexical's classes (Lexical error #365).
      externalizeDeps: { exclude: ['zod', 'docx', '@lexical/mark'] },
      rollupOptions: {
        input: {
          index: 'electron/main/index.ts',
          server: 'electron/server/start.ts',
          cli: 'electron/cli/letterdesk.ts',
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: 'electron/preload/index.ts' },
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // The page's English comes from its catalog like Chinese does, so the code's copy of it
    // (`defaultMessage`) is dropped from the bundle: the window loads one language only.
    plugins: [compiledCatalogs(), formatjs({ removeDefaultMessage: true }), react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified by default; the renderer's start-up time benefits.
      minify: true,
      // One local bundle, loaded from disk: the web's 500 kB advice does not apply.
      chunkSizeWarningLimit: 2000,
      // Chrome 93 is the last without class static blocks, so none are emitted (the minifier
      // otherwise turns static class fields into them). The security scan's parser cannot walk
      // them and would leave such a chunk unchecked; everything else stays as modern as before.
      target: 'chrome93',
      rollupOptions: { input: 'renderer/index.html' },
    },
  },
});
