import { describe, expect, it } from 'vitest';
import { shouldUseColor } from '../../src/report/index.js';

describe('shouldUseColor', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('colours a terminal and not a pipe', () => {
    expect(shouldUseColor(tty, {})).toBe(true);
    expect(shouldUseColor(pipe, {})).toBe(false);
    expect(shouldUseColor({}, {})).toBe(false);
  });

  it('NO_COLOR (non-empty) turns colour off on a terminal; an empty NO_COLOR does not', () => {
    expect(shouldUseColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor(tty, { NO_COLOR: '' })).toBe(true);
  });

  it('TERM=dumb turns colour off', () => {
    expect(shouldUseColor(tty, { TERM: 'dumb' })).toBe(false);
  });

  it('FORCE_COLOR other than 0/false wins over NO_COLOR and a pipe', () => {
    expect(shouldUseColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldUseColor(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(shouldUseColor(pipe, { FORCE_COLOR: '3', NO_COLOR: '1' })).toBe(true);
  });

  it('FORCE_COLOR=0 or false turns colour off even on a terminal, and then NO_COLOR does not matter', () => {
    expect(shouldUseColor(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldUseColor(tty, { FORCE_COLOR: 'false' })).toBe(false);
    expect(shouldUseColor(tty, { FORCE_COLOR: '0', NO_COLOR: '1' })).toBe(false);
  });
});
