import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../shared/csp.js';

/** Adds the app's CSP as a meta tag to the built page (not in dev, where Vite's HMR needs inline code). */
function cspMeta(): Plugin {
  return {
    name: 'sendcheck-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Paths are relative to the repository root: npm scripts run there (no node: imports in renderer/).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    // No inline <script> or data: modules anywhere: the CSP allows 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'chrome130',
    reportCompressedSize: true,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
