import { describe, expect, it } from 'vitest';
import { needsRefresh } from '../../../lib/ui/freshness';

/** A minute, as the issue asks: older readings are refreshed when the popup opens. */
const STALE_AFTER_MS = 60_000;

describe('needsRefresh', () => {
  it.each([
    [null, true],
    [1_000_000 - STALE_AFTER_MS - 1, true],
    [1_000_000 - STALE_AFTER_MS, false],
    [1_000_000 - 5_000, false],
  ])('read at %s → %s', (readAt, expected) => {
    expect(needsRefresh(readAt, 1_000_000)).toBe(expected);
  });
});
