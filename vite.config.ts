import { defineConfig } from 'vite';

// Phaser 4 ships as one pre-bundled ~1.3 MB file that does not tree-shake.
// Keep it in its own long-lived chunk so game updates don't bust its cache.
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
});
