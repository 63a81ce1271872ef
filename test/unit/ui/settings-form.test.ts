import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import {
  apiKeyHint,
  draftFromSettings,
  validateDraft,
  type SettingsDraft,
} from '../../../lib/ui/settings-form';

const base = (): SettingsDraft => draftFromSettings(DEFAULT_SETTINGS);

describe('settings form', () => {
  it('round-trips the defaults unchanged', () => {
    expect(validateDraft(base())).toEqual({ settings: DEFAULT_SETTINGS, errors: {} });
  });

  it('round-trips a full settings object', () => {
    const s = {
      ...DEFAULT_SETTINGS,
      workspaceId: '64b7f1a2c3d4e5f607180000',
      planOverride: 'pro',
      billingAnchor: { day: 31, hour: 9, minute: 5 },
      dailyWindow: 'rolling24h' as const,
      thresholds: { warn: 70, critical: 90 },
      storeExcerpts: false,
      notify: { thresholds: false, capReached: true, reset: false },
    };
    const d = draftFromSettings(s);
    expect(d.anchorTime).toBe('09:05');
    expect(validateDraft(d).settings).toEqual(s);
  });

  it.each<[Partial<SettingsDraft>, keyof SettingsDraft, RegExp]>([
    [{ workspaceId: 'not-an-id' }, 'workspaceId', /24 characters/],
    [{ apiKey: 'abc' }, 'workspaceId', /workspace id the API key belongs to/],
    [{ apiKey: 'a b', workspaceId: '64b7f1a2c3d4e5f607180000' }, 'apiKey', /spaces/],
    [{ anchorEnabled: true, anchorDay: '32' }, 'anchorDay', /1 to 31/],
    [{ anchorEnabled: true, anchorDay: 'x' }, 'anchorDay', /1 to 31/],
    [{ anchorEnabled: true, anchorTime: '25:00' }, 'anchorTime', /HH:MM/],
    [{ warn: '0' }, 'warn', /1 to 100/],
    [{ critical: '101' }, 'critical', /1 to 100/],
    [{ warn: '90', critical: '80' }, 'critical', /higher than the warning/],
    [{ planOverride: 'platinum' }, 'planOverride', /Unknown plan/],
  ])('rejects %o on %s', (patch, field, message) => {
    const { settings, errors } = validateDraft({ ...base(), ...patch });
    expect(settings).toBeNull();
    expect(errors[field]).toMatch(message);
  });

  it('ignores anchor fields while the anchor is off, and trims and lowercases ids', () => {
    const r = validateDraft({
      ...base(),
      anchorEnabled: false,
      anchorDay: 'junk',
      workspaceId: ' 64B7F1A2C3D4E5F607180000 ',
    });
    expect(r.settings?.billingAnchor).toBeNull();
    // Lowercased as every workspace id the page reports is, so the two name the same workspace.
    expect(r.settings?.workspaceId).toBe('64b7f1a2c3d4e5f607180000');
  });
});

describe('apiKeyHint', () => {
  const SAVED = { hasKey: true, last4: 'wxyz' };
  const NONE = { hasKey: false, last4: '' };

  it.each<[string, typeof SAVED | null, string]>([
    ['', null, 'No key saved.'],
    ['', NONE, 'No key saved.'],
    ['  ', SAVED, 'Key saved ••••wxyz. Type a new key to replace it.'],
    ['b44k_secret123', NONE, 'Workspace key (b44k_…) — works only for the workspace it was made in.'],
    ['personal-secret', NONE, 'Personal API key — works for every workspace you can see.'],
    [
      'b44k_secret123',
      SAVED,
      'Workspace key (b44k_…) — works only for the workspace it was made in. Saving replaces the key ending wxyz.',
    ],
  ])('%j', (typed, saved, hint) => {
    expect(apiKeyHint(typed, saved)).toBe(hint);
  });

  it('never repeats what is typed', () => {
    for (const typed of ['b44k_secret123', 'personal-secret'])
      expect(apiKeyHint(typed, SAVED)).not.toContain(typed.slice(5));
  });
});
