// Replay links: ?replay=<base64url of the replay JSON>. Anyone who opens such
// a link sees the replay in the viewer (and whether it verifies); the link
// carries only the replay file, never code.

export const REPLAY_PARAM = 'replay';
/** The name a replay that came from a link goes by (the viewer shows it in words from its messages). */
export const REPLAY_LINK_NAME = 'replay link'; // not-text: an id; the viewer shows replay.link.name
/** A link longer than this may be cut off by mail programs and chat apps. */
export const MAX_LINK_CHARS = 60_000;

function bytesToBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  try {
    const bin = atob(padded);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** The replay text, compacted (no spaces) when it is JSON, as base64url. */
export function encodeReplayParam(replayText: string): string {
  let compact = replayText;
  try {
    compact = JSON.stringify(JSON.parse(replayText));
  } catch {
    // Not JSON: encode it as it is (the viewer will say what is wrong with it).
  }
  return bytesToBase64Url(new TextEncoder().encode(compact));
}

/** The replay text of a link parameter, or null when it is not base64url of UTF-8 text. */
export function decodeReplayParam(param: string): string | null {
  const bytes = base64UrlToBytes(param.trim());
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A link that opens `replayText` in the replay viewer; `base` is origin + path. */
export function replayLinkFor(replayText: string, base: string): string {
  return `${base}?${REPLAY_PARAM}=${encodeReplayParam(replayText)}`;
}

/**
 * The replay a page address asks to show (`location.search`), or null when it
 * asks for none. A damaged parameter gives '' (the viewer then explains that
 * the link is damaged), so a bad link is never silently ignored.
 */
export function pendingReplayFromLink(search: string): string | null {
  const value = new URLSearchParams(search).get(REPLAY_PARAM);
  if (value === null) return null;
  return decodeReplayParam(value) ?? '';
}

let linkTaken = false;

/**
 * The page's replay link, once per page load: the first caller gets it, later
 * callers get null (so going back to the title does not reopen it).
 */
export function takeReplayLink(search: string = typeof location === 'undefined' ? '' : location.search): string | null {
  if (linkTaken) return null;
  const text = pendingReplayFromLink(search);
  if (text !== null) linkTaken = true;
  return text;
}

/** Marks the page's replay link as used (call when the viewer opens it from elsewhere, e.g. Boot). */
export function markReplayLinkTaken(): void {
  linkTaken = true;
}
