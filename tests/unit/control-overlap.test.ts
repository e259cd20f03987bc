import { describe, expect, it } from 'vitest';
import { boxesOverlap, firstControlHit } from '../../src/ui/widgets/control-overlap';

// The text report's test for a text running into a control beside it (window.flashpointUi.texts().overlaps).

const button = { x: 100, y: 100, width: 200, height: 50 };

describe('a text running into a control', () => {
  it('counts a text over a button, from any side', () => {
    expect(boxesOverlap({ x: 280, y: 110, width: 100, height: 20 }, button)).toBe(true);
    expect(boxesOverlap({ x: 150, y: 140, width: 40, height: 40 }, button)).toBe(true);
    expect(boxesOverlap({ x: 0, y: 0, width: 1280, height: 720 }, button)).toBe(true);
  });

  it('does not count boxes that touch (1 px) or lie apart', () => {
    expect(boxesOverlap({ x: 299, y: 110, width: 100, height: 20 }, button)).toBe(false);
    expect(boxesOverlap({ x: 100, y: 149, width: 100, height: 20 }, button)).toBe(false);
    expect(boxesOverlap({ x: 301, y: 110, width: 100, height: 20 }, button)).toBe(false);
    expect(boxesOverlap({ x: 298, y: 110, width: 100, height: 20 }, button)).toBe(true);
  });

  it('names the first control it runs into, leaving out the ones it belongs to', () => {
    const card = { x: 0, y: 0, width: 400, height: 300 };
    const controls = [
      { control: 'card', box: card },
      { control: 'button', box: button },
    ];
    const text = { x: 250, y: 120, width: 100, height: 20 };
    expect(firstControlHit(text, [], controls)).toEqual(card);
    expect(firstControlHit(text, ['card'], controls)).toEqual(button);
    expect(firstControlHit(text, ['card', 'button'], controls)).toBeNull();
    expect(firstControlHit({ x: 500, y: 500, width: 10, height: 10 }, [], controls)).toBeNull();
  });
});
