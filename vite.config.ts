import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Phaser 4 ships as one pre-bundled ~1.3 MB file that does not tree-shake.
// Keep it in its own long-lived chunk so game updates don't bust its cache.
/** COLORS.bg of src/ui/theme.ts (the offline e2e test checks the served manifest against it). */
const THEME_BG = '#10202b';

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Vite 8 bundles with Rolldown: `rolldownOptions.output.codeSplitting`
    // replaces Rollup's `manualChunks` (which is deprecated there).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  plugins: [
    // Offline after the first visit, and installable (README: "Offline and installing").
    // The service worker precaches the whole build; a new version waits for the
    // player's "Reload" on the title screen (src/ui/offline.ts), never mid-game.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // src/ui/offline.ts registers it (virtual:pwa-register)
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['icons/apple-touch-icon-180.png'],
      manifest: {
        id: './',
        name: 'Flashpoint: North Kosovo',
        short_name: 'Flashpoint',
        description: 'A turn-based simulation of the 2022–2023 crises in northern Kosovo, for classrooms.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'landscape',
        theme_color: THEME_BG,
        background_color: THEME_BG,
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the build makes, by pattern (the manifest and its icons are added by the plugin), so chunks added later (each
        // language's messages, src/text/messages/<tag>/ and
        // src/scenarios/*/messages/<tag>/, become chunks of their own) are
        // precached without a list to keep up to date. Fonts: woff2 only (every
        // browser with service workers reads woff2; the .woff fallbacks stay out).
        globPatterns: ['**/*.{js,css,html,woff2,svg,json,md,txt}'],
        // Workbox skips files over 2 MiB by default. Phaser's chunk is ~1.4 MB today: allow
        // 4 MiB so a bigger Phaser release is still precached rather than silently left out.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Start links (?scenario=…&seed=…) are navigations to index.html with a query.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A new worker waits (skipWaiting false) until the player reloads from the title screen.
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
});
