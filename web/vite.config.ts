import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web app is built into web/dist and served by `marsad serve` from the same origin as the API. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // CSP forbids inline code: keep every asset a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
