import { describe, expect, it } from 'vitest';
import type { StatusKind } from '../../../lib/credits/types';
import { statusView } from '../../../lib/ui/status-action';

const AT = Date.UTC(2026, 10, 21, 15, 0);

describe('statusView', () => {
  it('shows no banner for ok', () => {
    expect(statusView({ kind: 'ok', message: 'Up to date.', at: AT })).toBeNull();
  });

  it.each([
    ['keyRejected', 'openOptions'],
    ['apiRefused', 'openOptions'],
    ['signedOut', 'openBase44'],
    ['unreachable', 'refresh'],
    ['unrecognised', 'refresh'],
    ['stale', 'refresh'],
  ] as [StatusKind, string][])('%s offers %s', (kind, action) => {
    const v = statusView({ kind, message: 'something happened', at: AT });
    expect(v?.action).toBe(action);
    expect(v?.actionLabel).toBeTruthy();
  });

  it('storage faults: full offers export/delete on the Options page; unavailable says nothing new is kept', () => {
    const full = statusView({ kind: 'storageFull', message: 'The browser’s storage is full.', at: AT });
    expect(full).toMatchObject({ action: 'openOptions', tone: 'error' });
    expect(full?.title).toMatch(/storage full/i);
    const gone = statusView({ kind: 'storageUnavailable', message: 'Restart the browser.', at: AT });
    expect(gone).toMatchObject({ action: null, tone: 'error' });
    expect(gone?.title).toMatch(/storage unavailable/i);
  });

  it('explains a changed page and pauses without an action', () => {
    const v = statusView({
      kind: 'pageChanged',
      message: 'Base44 changed its page — estimates paused.',
      at: AT,
    });
    expect(v?.title).toBe('Base44 changed its page — estimates paused');
    expect(v?.detail).toBe(''); // the message only restates the title
    expect(v?.action).toBeNull();
  });

  it.each([
    ['Europe/Berlin', '5:05 PM'],
    ['America/Chicago', '10:05 AM'],
  ])('rate-limited names the retry time in %s', (timeZone, time) => {
    const v = statusView(
      { kind: 'rateLimited', message: 'slow down', at: AT, retryAt: Date.UTC(2026, 10, 21, 16, 5) },
      { timeZone, locale: 'en-US' },
    );
    expect(v?.title.replace(/\s/g, ' ')).toBe(`Rate-limited — retrying at ${time}`);
    expect(v?.detail).toBe('slow down');
  });
});
