/** A page loads only its own language's words; until then it has English, never nothing. */
import { describe, expect, it, vi } from 'vitest';
import { he } from '../../../lib/i18n/ui/he';
import { en } from '../../../lib/i18n/ui/en';

describe('page catalogues loaded on demand', () => {
  it('English is built in; Hebrew arrives with its chunk, once', async () => {
    // A fresh module graph: the unit setup registers every language in the shared one.
    vi.resetModules();
    const messages = await import('../../../lib/i18n/ui-messages');
    const { loadUiCatalogue } = await import('../../../lib/i18n/ui-load');
    expect(messages.hasUiCatalogue('en')).toBe(true);
    expect(messages.hasUiCatalogue('he')).toBe(false);
    expect(messages.uiT('he')('time.now')).toBe(en['time.now']);
    await loadUiCatalogue('he');
    expect(messages.hasUiCatalogue('he')).toBe(true);
    expect(messages.uiT('he')('time.now')).toBe(he['time.now']);
    expect(messages.uiCatalogue('ja')).toBe(messages.uiCatalogue('en'));
  });
});
