// Downloads made in the browser from text (replay files, CSV, damaged saves):
// a Blob and a temporary link with the `download` attribute.

/** A safe file name: no path separators or control characters, at most 120 characters. */
export function safeFileName(name: string, fallback = 'download.txt'): string {
  const clean = name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a file name must lose
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/^[.\s-]+/, '')
    .trim();
  return (clean || fallback).slice(0, 120);
}

/** Offers `text` as a file download. */
export function downloadText(name: string, text: string, mime = 'text/plain'): void {
  const blob = new Blob([text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFileName(name);
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
