import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/background/badge-model';
import { statusMessageText, MESSAGES } from '../../../lib/background/status-messages';
import { chooseLocale, dirOf, matchLocale, resolveLocale } from '../../../lib/i18n/locales';
import { fill, isolate, translate } from '../../../lib/i18n/translate';
import { creditsText as chipCredits } from '../../../lib/content/chip-model';
import { ageText, countdownText } from '../../../lib/ui/time';
import { localeValue } from '../../../lib/ui/locale';
import type { Summary } from '../../../lib/credits/types';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { draftFromSettings, validateDraft } from '../../../lib/ui/settings-form';
import { parseSettings } from '../../../lib/schema/settings';

const FSI = '\u2068';
const PDI = '\u2069';
/** Hebrew strings carry invisible isolates around numbers; compare without them. */
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('choosing the language', () => {
  it.each([
    ['he-IL', 'he'],
    ['iw', 'he'],
    ['pt-BR', 'pt'],
    ['ja', 'ja'],
    ['de_AT', 'de'],
    ['EN-gb', 'en'],
    ['ar', null],
    ['', null],
  ])('%s → %s', (tag, want) => {
    expect(matchLocale(tag)).toBe(want);
  });

  it('takes the first supported tag, else English', () => {
    expect(resolveLocale('ar', 'fr-CA', 'de')).toBe('fr');
    expect(resolveLocale(undefined, 'zh')).toBe('en');
  });

  it('the setting beats the browser unless it is auto', () => {
    expect(chooseLocale('ja', ['he-IL'])).toBe('ja');
    expect(chooseLocale('auto', ['he-IL', 'en'])).toBe('he');
    expect(chooseLocale(undefined, ['es-MX'])).toBe('es');
  });

  it('only Hebrew is right to left', () => {
    expect(dirOf('he')).toBe('rtl');
    expect(['en', 'es', 'pt', 'fr', 'de', 'ja'].map((l) => dirOf(l as 'en'))).toEqual(Array(6).fill('ltr'));
  });
});

describe('plurals and numbers', () => {
  // The chip's credits: CLDR decides which form, the locale writes the digits.
  it.each([
    ['en', 1, '1 credit'],
    ['en', 0.3, '0.3 credits'],
    ['en', 2, '2 credits'],
    ['en', 1234.5, '1,234.5 credits'],
    ['fr', 0.3, '0,3 crédit'],
    ['fr', 1.5, '1,5 crédit'],
    ['fr', 2, '2 crédits'],
    ['de', 1, '1 Credit'],
    ['de', 2.5, '2,5 Credits'],
    ['es', 1, '1 crédito'],
    ['es', 3, '3 créditos'],
    ['pt', 0.5, '0,5 crédito'],
    ['pt', 2, '2 créditos'],
    ['ja', 1, '1 クレジット'],
    ['ja', 2, '2 クレジット'],
    ['he', 1, '1 קרדיט'],
    ['he', 2, '2 קרדיטים'],
    ['he', 5, '5 קרדיטים'],
  ] as const)('%s: %d → %s', (locale, n, want) => {
    expect(plain(chipCredits(n, locale))).toBe(want);
  });

  it('never says "1 credits" in any language that distinguishes one', () => {
    expect(chipCredits(1, 'en')).not.toMatch(/credits/);
    expect(chipCredits(1, 'es')).not.toMatch(/créditos/);
    expect(chipCredits(1, 'de')).not.toMatch(/Credits/);
  });

  it('isolates numbers and names set into Hebrew sentences, and leaves other languages untouched', () => {
    expect(fill('{n} of {m}', 'he', { n: 5, m: 'Pro' })).toBe(`${FSI}5${PDI} of ${FSI}Pro${PDI}`);
    expect(fill('{n} of {m}', 'en', { n: 5, m: 'Pro' })).toBe('5 of Pro');
    expect(isolate('ja', '5')).toBe('5');
  });

  it('a missing parameter stays visible rather than vanishing', () => {
    expect(translate('Hello {who}', 'en', {})).toBe('Hello {who}');
  });

  it('countdowns use each language’s words and plural', () => {
    const now = Date.UTC(2026, 0, 1);
    const H = 3_600_000;
    expect(countdownText(now + 26 * H, now, 'en')).toBe('in 1 day 2 h');
    expect(countdownText(now + 50 * H, now, 'en')).toBe('in 2 days 2 h');
    expect(countdownText(now + 26 * H, now, 'de')).toBe('in 1 Tag 2 Std.');
    expect(countdownText(now + 3 * H, now, 'ja')).toBe('3 時間後');
    expect(plain(countdownText(now + 48 * H, now, 'he'))).toBe('בעוד יומיים');
    expect(plain(countdownText(now + 72 * H, now, 'he'))).toBe('בעוד 3 ימים');
    expect(countdownText(now - 1, now, 'fr')).toBe('maintenant');
    expect(ageText(now - 2 * 60_000, now, 'es')).toBe('hace 2 min');
    expect(ageText(now - 24 * H, now, 'fr')).toBe('il y a 1 jour');
  });

  it('badge titles count the credits shown, in the language given', () => {
    const summary = (remaining: number) =>
      ({
        status: { kind: 'ok', message: 'Up to date.', at: 0 },
        message: { used: 10 - remaining, limit: 10, remaining, bonus: null },
        daily: null,
        source: 'api',
      }) as unknown as Summary;
    const th = { warn: 80, critical: 95 };
    expect(badgeFor(summary(1), th).title).toBe('Credit Meter: 1 message credit left');
    expect(badgeFor(summary(3), th).title).toBe('Credit Meter: 3 message credits left');
    expect(badgeFor(summary(1), th, 'fr').title).toBe('Credit Meter : 1 crédit de messages restant');
    expect(plain(badgeFor(summary(3), th, 'he').title)).toBe('Credit Meter: נותרו 3 קרדיטים להודעות');
  });

  it("translates the background's status messages it wrote, and passes anything else through", () => {
    expect(statusMessageText(MESSAGES.unreachable, 'de')).toBe(
      'Base44 ist nicht erreichbar — es wird automatisch erneut versucht.',
    );
    expect(statusMessageText('Something Base44 said', 'ja')).toBe('Something Base44 said');
    expect(statusMessageText(MESSAGES.unreachable, 'en')).toBe(MESSAGES.unreachable);
  });

  it('the Intl tag keeps the browser region for the same language only', () => {
    expect(localeValue('en', 'en-GB').intl).toBe('en-GB');
    expect(localeValue('he', 'en-GB').intl).toBe('he');
    expect(localeValue('pt', 'pt-BR').intl).toBe('pt-BR');
  });
});

describe('the language setting in the options form', () => {
  it('settings saved before the setting existed read as auto, and a choice survives validation', () => {
    const { uiLanguage: _, ...old } = DEFAULT_SETTINGS;
    expect(draftFromSettings(parseSettings(old, DEFAULT_SETTINGS)).uiLanguage).toBe('auto');
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), uiLanguage: 'he' as const };
    expect(validateDraft(draft).settings?.uiLanguage).toBe('he');
  });

  it('validation messages come in the page language', () => {
    const bad = { ...draftFromSettings(DEFAULT_SETTINGS), warn: '0' };
    expect(validateDraft(bad).errors.warn).toBe('Warning threshold must be a whole percent from 1 to 100.');
    expect(validateDraft(bad, 'de').errors.warn).toBe(
      'Die Warnschwelle muss ein ganzer Prozentwert von 1 bis 100 sein.',
    );
  });
});
