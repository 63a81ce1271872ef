import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../lib/background/install-plan';
import { UI_MESSAGES } from '../../../lib/i18n/ui-all';
import { LOCALES } from '../../../lib/i18n/locales';
import { notesBetween, RELEASE_NOTES } from '../../../lib/ui/release-notes';
import { popupShortcut } from '../../../lib/ui/shortcut';

describe('notesBetween', () => {
  it('the versions after the old one, up to the new one', () => {
    const v = RELEASE_NOTES[0]!;
    expect(notesBetween('0.0.1', v.version)).toEqual(v.lines);
    expect(notesBetween(v.version, v.version)).toEqual([]);
    expect(notesBetween('0.0.1', '0.0.2')).toEqual([]);
  });

  it('notes are listed oldest first, and every line is translated', () => {
    for (let i = 1; i < RELEASE_NOTES.length; i++)
      expect(compareVersions(RELEASE_NOTES[i - 1]!.version, RELEASE_NOTES[i]!.version)).toBeLessThan(0);
    for (const locale of LOCALES)
      for (const n of RELEASE_NOTES) for (const key of n.lines) expect(UI_MESSAGES[locale][key]).toBeTruthy();
  });
});

describe('popupShortcut', () => {
  it.each([
    ['Chrome (MV3)', [{ name: '_execute_action', shortcut: 'Alt+Shift+K' }], 'Alt+Shift+K'],
    ['Firefox (MV2)', [{ name: '_execute_browser_action', shortcut: 'Alt+Shift+K' }], 'Alt+Shift+K'],
    ['taken by another extension (empty)', [{ name: '_execute_action', shortcut: '' }], null],
    ['no command', [{ name: 'other', shortcut: 'Ctrl+K' }], null],
    ['nothing at all', [], null],
  ] as const)('%s', (_, commands, want) => {
    expect(popupShortcut(commands)).toBe(want);
  });
});
