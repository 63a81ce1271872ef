import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chipModel } from '../../../lib/content/chip-model';
import { createChipView } from '../../../lib/content/chip-view';
import { warningView } from '../../../lib/content/warning-lines';
import { draftBudget, NO_BUDGETS } from '../../../lib/credits/budget';
import type { CreditPrice } from '../../../lib/credits/money';
import type { Estimate } from '../../../lib/estimate/types';
import type { Locale } from '../../../lib/i18n/locales';
import type { DraftEstimate } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS, type ChipDisplay } from '../../../lib/settings/settings';

/** Intl puts no-break spaces and bidi marks around symbols; compare what a person reads. */
const plain = (s: string) =>
  s.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u2068\u2069\u061c]/g, '');

const est = (credits: number): Estimate => ({
  scope: 'feature',
  credits,
  low: credits,
  high: credits,
  confidence: 1,
  reasons: ['adds a field'],
});

function model(opts: {
  price?: CreditPrice | null;
  display?: ChipDisplay;
  locale?: Locale;
  credits?: number;
}) {
  return chipModel(
    {
      estimate: est(opts.credits ?? 1),
      summary: null,
      calibration: null,
      settings: DEFAULT_SETTINGS,
      balanceUnknown: true,
      price: opts.price,
      display: opts.display,
    },
    opts.locale ?? 'en',
  );
}

describe('money on the chip', () => {
  it.each([
    ['en', { perCredit: 0.32, currency: 'USD' }, 1, '≈ 1 credit · ≈ $0.32'],
    ['de', { perCredit: 0.3, currency: 'EUR' }, 2, '≈ 2 Credits · ≈ 0,60 €'],
    ['fr', { perCredit: 0.3, currency: 'EUR' }, 0.5, '≈ 0,5 crédit · ≈ 0,15 €'],
    ['he', { perCredit: 1.2, currency: 'ILS' }, 1, '≈ 1 קרדיט · ≈ ‏1.20 ₪'],
    ['ja', { perCredit: 48, currency: 'JPY' }, 1, '≈ 1 クレジット · ≈ ￥48'],
    ['pt', { perCredit: 1.6, currency: 'BRL' }, 1, '≈ 1 crédito · ≈ R$ 1,60'],
  ] as const)('%s: credits, then money, then the scope', (locale, price, credits, figure) => {
    const m = model({ price, locale, credits });
    expect(plain(m.text).startsWith(plain(figure) + ' · ')).toBe(true);
    // The figure (all a compact chip shows) is the credits alone.
    expect(plain(m.text.slice(0, m.figureLength))).toBe(plain(figure.split(' · ')[0]!));
    // The scope follows the figure; the details carry the money too.
    expect(m.text.length).toBeGreaterThan(m.figureLength);
    expect(m.details.some((d) => plain(d).includes(plain(figure.split(' · ')[1]!)))).toBe(true);
  });

  it('no price: credits only, the figure ends before the scope', () => {
    const m = model({});
    expect(m.text).toBe('≈ 1 credit · small feature');
    expect(m.text.slice(0, m.figureLength)).toBe('≈ 1 credit');
  });
});

describe('chip display', () => {
  const { document } = parseHTML('<html><body></body></html>');

  it.each([
    ['full', '≈ 1 credit · ≈ $0.32 · small feature'],
    ['compact', '≈ 1 credit'],
    ['hidden', '≈ 1 credit · ≈ $0.32 · small feature'],
  ] as const)('%s → data-display and the visible line', (display, line) => {
    const view = createChipView(document as unknown as Document);
    view.render(model({ price: { perCredit: 0.32, currency: 'USD' }, display }));
    expect(view.host.getAttribute('data-display')).toBe(display);
    expect(view.host.textContent).toBe(line);
  });

  it('defaults to full', () => {
    expect(model({}).display).toBe('full');
  });
});

describe('a per-app budget asks like the daily one', () => {
  const DAY = { start: 0, end: 86_400_000 };
  const draft = (daily: number | null, app: number | null, credits = 1): DraftEstimate => ({
    ...est(credits),
    checks: {
      budget: draftBudget({
        rows: [],
        budgets: { ...NO_BUDGETS, daily, perApp: app === null ? {} : { a: app } },
        appId: 'a',
        draft: credits,
        day: DAY,
        cycle: DAY,
        thresholds: DEFAULT_SETTINGS.thresholds,
      }),
      fixLoop: { warn: false, rule: null, draftCue: null, streak: 0, fixCredits: 0 },
    },
  });

  it.each([
    [null, 0.5, /more than the 0.5 credits left of this app’s budget this cycle/],
    [0.5, 0.8, /more than the 0.5 credits left of your daily budget/],
    [0.8, 0.5, /more than the 0.8 credits left of your daily budget/],
    [null, 2, null],
    [null, null, null],
  ])('daily %s, app %s → %s', (daily, app, question) => {
    const w = warningView(draft(daily, app));
    if (question === null) expect(w.budgetConfirm).toBeNull();
    else expect(w.budgetConfirm).toMatch(question);
  });

  it('the chip asks before such a send when confirming is on, not when it is off', () => {
    const input = (confirmBeforeSend: boolean) => ({
      estimate: draft(null, 0.5),
      warning: warningView(draft(null, 0.5)),
      summary: null,
      calibration: null,
      settings: { ...DEFAULT_SETTINGS, confirmBeforeSend },
      balanceUnknown: true,
    });
    expect(chipModel(input(true)).confirm).toBe(true);
    expect(chipModel(input(true)).warning).toBe('budget');
    expect(chipModel(input(false)).confirm).toBe(false);
  });
});
