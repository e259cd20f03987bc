/// <reference types="vite-plugin-pwa/vanillajs" />
// Offline after the first visit: registers the service worker that
// vite-plugin-pwa (Workbox) builds from vite.config.ts. It precaches the whole
// game, so the next visit, online or not, loads everything from the cache.
// A new version is installed in the background and waits (registerType
// 'prompt'); the title screen offers to reload into it (offline-update.ts).
import { registerSW } from 'virtual:pwa-register';
import { updateWaiting } from './offline-update';

/**
 * Registers the service worker once the page has loaded (so it never competes
 * with the first screen for the network). `data-offline-ready` on <body> says
 * the game is cached and will open offline.
 */
export function startOffline(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => updateWaiting(() => update(true)),
    onOfflineReady: () => {
      document.body.dataset.offlineReady = 'true';
    },
  });
}
