/**
 * A one-shot run starts without TurboFan (bin/apiref.js); tieringCheckpoint gives it back once the run has
 * lasted LONG_RUN_MS, once, and only to a run that was capped.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const setFlags = vi.fn();
vi.mock('node:v8', () => ({ default: { setFlagsFromString: setFlags } }));

describe('tiering', () => {
  beforeEach(() => {
    vi.resetModules();
    setFlags.mockClear();
  });
  afterEach(() => vi.restoreAllMocks());

  it('leaves an uncapped run alone (serve, the tests, the library)', async () => {
    const t = await import('../../src/util/tiering.js');
    vi.spyOn(performance, 'now').mockReturnValue(t.LONG_RUN_MS + 1);
    t.tieringCheckpoint();
    expect(setFlags).not.toHaveBeenCalled();
  });

  it('gives a capped run TurboFan back once it has lasted LONG_RUN_MS, and only once', async () => {
    const t = await import('../../src/util/tiering.js');
    t.startedOnBaselineTier();
    const now = vi.spyOn(performance, 'now').mockReturnValue(t.LONG_RUN_MS - 1);
    t.tieringCheckpoint();
    expect(setFlags).not.toHaveBeenCalled();
    now.mockReturnValue(t.LONG_RUN_MS + 1);
    t.tieringCheckpoint();
    t.tieringCheckpoint();
    expect(setFlags.mock.calls).toEqual([['--turbofan']]);
  });
});
