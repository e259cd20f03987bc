// Opening a web address from the game: Phaser text is not a link, so a control
// opens the address in a new tab, without giving that page a handle on the game.

/** Only web addresses open (never javascript: or data:). */
export function isWebAddress(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Opens `url` in a new tab with `noopener`; returns whether it was a web address to open. */
export function openInNewTab(url: string): boolean {
  if (!isWebAddress(url) || typeof window === 'undefined') return false;
  window.open(url, '_blank', 'noopener'); // not-text: window.open's target and features
  return true;
}
