// The same scrolling keys for every list that scrolls by whole lines.

/** Where a list stands and how to move it, by whole lines (ScrollText, the debrief's columns). */
export interface LineScroller {
  readonly top: number;
  readonly maxTop: number;
  scrollBy(lines: number): void;
  scrollTo(line: number): void;
}

/**
 * The scrolling keys of a focused list: arrows by a line (and let focus move
 * on at either end), Page Up/Down and Space by a page, Home/End. Returns
 * whether the key was used.
 */
export function scrollByKey(event: KeyboardEvent, s: LineScroller, page: number): boolean {
  switch (event.key) {
    case 'ArrowDown':
      if (s.top >= s.maxTop) return false;
      s.scrollBy(1);
      return true;
    case 'ArrowUp':
      if (s.top <= 0) return false;
      s.scrollBy(-1);
      return true;
    case 'PageDown':
    case ' ':
      s.scrollBy(page);
      return true;
    case 'PageUp':
      s.scrollBy(-page);
      return true;
    // not-text: a KeyboardEvent key id
    case 'Home':
      s.scrollTo(0);
      return true;
    // not-text: a KeyboardEvent key id
    case 'End':
      s.scrollTo(s.maxTop);
      return true;
    default:
      return false;
  }
}
