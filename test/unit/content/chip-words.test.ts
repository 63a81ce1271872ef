/** The chip carries English; the page language's words come from the background, checked, once. */
import { describe, expect, it, vi } from 'vitest';
import { CHIP_MESSAGES } from '../../../lib/i18n/chip-messages';

describe('chip words by message', () => {
  it('English until Hebrew arrives; a malformed entry stays English; a non-object adds nothing', async () => {
    // A fresh registry: the unit setup registers every language in the shared one.
    vi.resetModules();
    const words = await import('../../../lib/i18n/chip-words');
    expect(words.hasChipWords('he')).toBe(false);
    expect(words.chipT('he')('cancel')).toBe('Cancel');
    expect(words.addChipWords('he', 'nonsense')).toBe(false);
    expect(words.hasChipWords('he')).toBe(false);
    expect(words.addChipWords('he', { ...CHIP_MESSAGES.he, cancel: { bogus: 1 }, extra: 'x' })).toBe(true);
    expect(words.chipT('he')('cancel')).toBe('Cancel');
    expect(words.chipT('he')('scope.simple')).toBe(CHIP_MESSAGES.he['scope.simple']);
    expect(words.chipT('he')('credits', { count: 2 })).toContain('קרדיטים');
  });
});
