import { describe, expect, it } from 'vitest';
import { describeOutcome } from '../../../lib/background/connection';
import { connectionText } from '../../../lib/i18n/connection-text';
import { LOCALES } from '../../../lib/i18n/locales';
import { uiT } from '../../../lib/i18n/ui-messages';
import type { ConnectionNote } from '../../../lib/messaging/protocol';

const NOTES: ConnectionNote[] = [
  { code: 'missingKey' },
  { code: 'missingWorkspace' },
  { code: 'connected', remaining: 1237.5, limit: 1500 },
  { code: 'connected', remaining: null, limit: null },
  { code: 'answerUnrecognised', detail: 'no credit_pool' },
  { code: 'keyRejected', workspaceKey: false },
  { code: 'keyRejected', workspaceKey: true },
  { code: 'roleDenied' },
  { code: 'notEnterprise', certain: true },
  { code: 'notEnterprise', certain: false },
  { code: 'notFound', workspaceKey: false },
  { code: 'notFound', workspaceKey: true },
  { code: 'rateLimited' },
  { code: 'unreachable', detail: 'timed out' },
  { code: 'unrecognised', detail: 'malformed JSON' },
  { code: 'keyRemoved' },
];

describe.each(LOCALES)('connection test words in %s', (locale) => {
  it.each(NOTES.map((n) => [JSON.stringify(n), n] as const))('%s', (_name, note) => {
    const text = connectionText(note, locale);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(/undefined|NaN|null|\{\w+\}/);
    if (locale !== 'en') expect(text).not.toBe(connectionText(note, 'en'));
    if ('detail' in note) expect(text).toContain(note.detail);
    if ((note.code === 'keyRejected' || note.code === 'notFound') && note.workspaceKey)
      expect(text).toContain('b44k_');
  });

  it('each note has its own words', () => {
    expect(new Set(NOTES.map((n) => connectionText(n, locale))).size).toBe(NOTES.length);
  });

  it('writes the credits left in the language’s digits', () => {
    const text = connectionText({ code: 'connected', remaining: 1237.5, limit: 1500 }, locale);
    const f = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 });
    expect(text).toContain(f.format(1237.5));
    expect(text).toContain(f.format(1500));
  });

  it('says where balances come from instead whenever the workspace is refused', () => {
    const instead = uiT(locale)('conn.withoutMonitoring');
    for (const certain of [true, false])
      expect(
        connectionText({ code: 'notEnterprise', certain }, locale).replace(/[\u2068\u2069]/g, ''),
      ).toContain(instead);
  });
});

describe('the background sends the code, and English for its own status line', () => {
  it('English text is the catalogue’s wording of the note', () => {
    const r = describeOutcome({ kind: 'ok', json: { credit_pool: {} } } as never);
    expect(r.message).toBe(connectionText(r.note, 'en'));
  });

  it('a connected note carries the numbers, not a sentence', () => {
    const r = describeOutcome({ kind: 'rateLimited', retryAt: null });
    expect(r.note).toEqual({ code: 'rateLimited' });
    expect(connectionText(r.note, 'de')).toMatch(/Base44/);
    expect(connectionText(r.note, 'de')).not.toBe(r.message);
  });
});
