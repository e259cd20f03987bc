// A new version waits for the title screen: it is shown to a title that is
// open when it arrives, or to the next title that opens, and to nothing else.
import { afterEach, describe, expect, it } from 'vitest';
import { hasWaitingUpdate, resetUpdateState, updateWaiting, whenUpdateWaits } from '../../src/ui/offline-update';

const apply = async () => {};

describe('a waiting new version', () => {
  afterEach(() => resetUpdateState());

  it('is offered to a title screen that is open when it arrives', () => {
    const seen: unknown[] = [];
    whenUpdateWaits((a) => seen.push(a));
    expect(seen).toEqual([]);
    updateWaiting(apply);
    expect(seen).toEqual([apply]);
  });

  it('arriving during a game, waits for the next title screen', () => {
    const title = whenUpdateWaits(() => {
      throw new Error('the closed title must not be told');
    });
    title(); // the player left the title for a game
    updateWaiting(apply);
    expect(hasWaitingUpdate()).toBe(true);
    const seen: unknown[] = [];
    whenUpdateWaits((a) => seen.push(a)); // back on the title
    expect(seen).toEqual([apply]);
  });

  it('is not offered when none waits', () => {
    const seen: unknown[] = [];
    whenUpdateWaits((a) => seen.push(a));
    expect(hasWaitingUpdate()).toBe(false);
    expect(seen).toEqual([]);
  });
});
