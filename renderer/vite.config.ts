import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from '../electron/main/contentSecurityPolicy.ts';
import { cspMetaPlugin } from './vite-plugins/cspMetaPlugin.ts';
import { rendererBoundaryPlugin } from './vite-plugins/rendererBoundaryPlugin.ts';

// The renderer: loaded by the desktop window from a custom protocol or file (hence `base: './'`)
// and by the web harness from out/renderer.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  plugins: [rendererBoundaryPlugin(), react(), cspMetaPlugin(contentSecurityPolicy)],
  // `vite --config renderer/vite.config.ts` next to `npm run web`: hot reload against the real
  // API. Open the dev URL with the harness's `#token=…`.
  server: {
    proxy: {
      '/api': {
        target: process.env.KASANE_API_ORIGIN ?? 'http://127.0.0.1:5180',
        changeOrigin: true,
      },
    },
  },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Loaded from local disk, never over a network: one larger vendor chunk costs nothing.
    chunkSizeWarningLimit: 1500,
  },
});
