import { describe, expect, it } from 'vitest';
import { normaliseJoinCode } from '../../src/ui/class-student-code';

describe('a join code as a student types it', () => {
  it('is made upper case without spaces or dashes, as the server spells it', () => {
    expect(normaliseJoinCode('k7m-4tq')).toBe('K7M4TQ');
    expect(normaliseJoinCode(' K7M 4TQ ')).toBe('K7M4TQ');
    expect(normaliseJoinCode('k7m–4tq!')).toBe('K7M4TQ');
    expect(normaliseJoinCode('')).toBe('');
  });

  it('stays short whatever is pasted', () => {
    expect(normaliseJoinCode('a'.repeat(500)).length).toBeLessThanOrEqual(12);
  });
});
