import { defineConfig } from 'vite';

// The bench's in-process half (bench/inProcess.ts), built on its own into out/bench/bench.js for
// `npm run bench` (Node 20 cannot run TypeScript). Kept out of the app's build
// (electron.vite.config.ts) so that no bench code lands in out/main and ships in the installer;
// electron-builder.yml packs only out/main, out/preload and out/renderer.
export default defineConfig({
  // vite's default root is the working directory; pin it so the config works from anywhere.
  root: new URL('..', import.meta.url).pathname,
  publicDir: false,
  build: {
    ssr: 'bench/inProcess.ts',
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    // The same two packages the app's main build bundles (electron.vite.config.ts), so export
    // and import are timed on the code the app runs.
    rollupOptions: { output: { entryFileNames: 'bench.js', format: 'es' } },
  },
  ssr: { noExternal: ['zod', 'docx'] },
});
