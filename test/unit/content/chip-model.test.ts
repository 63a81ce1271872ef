import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../lib/credits/types';
import type { Estimate } from '../../../lib/estimate/types';
import {
  applicablePool,
  chipModel,
  chipState,
  creditsText,
  remainingAfterText,
} from '../../../lib/content/chip-model';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

function summary(over: Partial<Summary> = {}): Summary {
  return {
    workspaceId: 'w',
    workspaceName: null,
    tier: 'free',
    planKnown: true,
    source: 'api',
    readAt: 0,
    message: { limit: 25, used: 3, remaining: 22, bonus: null },
    integration: { limit: 100, used: 0, remaining: 100, bonus: null },
    daily: { used: 0, limit: 5, resetAt: null },
    nextReset: null,
    periodStart: 0,
    status: { kind: 'ok', message: '', at: 0 },
    ...over,
  };
}

function est(credits: number, scope: Estimate['scope'] = 'feature', low = credits, high = credits): Estimate {
  return { scope, credits, low, high, confidence: 0.8, reasons: ['changes one feature'] };
}

const thresholds = DEFAULT_SETTINGS.thresholds; // warn 80

describe('applicablePool', () => {
  it('uses the daily cap when it has less left than the month', () => {
    expect(applicablePool(summary())).toEqual({ pool: 'daily', remaining: 5, limit: 5, used: 0 });
  });
  it('uses the month when it has less left than the day', () => {
    const s = summary({ message: { limit: 25, used: 23, remaining: 2, bonus: null } });
    expect(applicablePool(s)?.pool).toBe('message');
  });
  it('uses the message pool on plans without a daily cap', () => {
    const s = summary({ daily: null, message: { limit: 100, used: 10, remaining: 90, bonus: null } });
    expect(applicablePool(s)).toEqual({ pool: 'message', remaining: 90, limit: 100, used: 10 });
  });
  it('is null without a summary', () => {
    expect(applicablePool(null)).toBeNull();
  });
});

describe('chipState', () => {
  const daily = (used: number) => ({ pool: 'daily' as const, remaining: 5 - used, limit: 5, used });
  it.each([
    [0, 1, 'ok'],
    [3, 0.5, 'ok'], // 70 % after
    [3, 1, 'near'], // 80 % after
    [4.5, 0.3, 'near'],
    [4.5, 0.5, 'near'], // exactly what remains: not over
    [4.5, 1, 'over'],
    [5, 0.3, 'over'],
  ] as const)('used %s, estimate %s → %s', (used, credits, state) => {
    expect(chipState(daily(used), credits, thresholds)).toBe(state);
  });
  it('follows the warn threshold from settings', () => {
    expect(chipState(daily(2), 1, { warn: 50, critical: 90 })).toBe('near');
    expect(chipState(daily(2), 1, { warn: 70, critical: 90 })).toBe('ok');
  });
  it('is ok when the balance is unknown', () => {
    expect(chipState(null, 10, thresholds)).toBe('ok');
  });
});

describe('remainingAfterText', () => {
  it('says what is left and what would be left', () => {
    expect(remainingAfterText({ pool: 'daily', remaining: 5, limit: 5, used: 0 }, 1)).toBe(
      '5 left today → ≈ 4 after',
    );
    expect(remainingAfterText({ pool: 'message', remaining: 90, limit: 100, used: 10 }, 0.3)).toBe(
      '90 left this month → ≈ 89.7 after',
    );
  });
  it('never goes below zero', () => {
    expect(remainingAfterText({ pool: 'daily', remaining: 0.5, limit: 5, used: 4.5 }, 2)).toBe(
      '0.5 left today → ≈ 0 after',
    );
  });
});

describe('creditsText', () => {
  it.each([
    [1, '1 credit'],
    [0.3, '0.3 credits'],
    [2, '2 credits'],
    [0.333333, '0.3 credits'],
    [1.02, '1 credit'],
    [2.46, '2.5 credits'],
  ])('%s → %s', (n, text) => expect(creditsText(n)).toBe(text));
});

describe('chipModel', () => {
  const settings = { thresholds, confirmBeforeSend: true };

  it('shows the figure and the kind of work', () => {
    const m = chipModel({
      estimate: est(1),
      summary: summary(),
      calibration: null,
      settings,
      balanceUnknown: false,
    });
    expect(m.text).toBe('≈ 1 credit · small feature');
    expect(m).toMatchObject({ credits: 1, scope: 'feature', state: 'ok', confirm: false });
    expect(m.details).toContain('5 left today → ≈ 4 after');
  });

  it('shows the range, reasons and the user average once calibration has data', () => {
    const m = chipModel({
      estimate: est(2, 'module', 1.5, 3),
      summary: summary(),
      calibration: { perScope: { module: { n: 4, typical: 2.5 } } },
      settings,
      balanceUnknown: false,
    });
    expect(m.details).toEqual([
      'Range: 1.5–3 credits',
      'changes one feature',
      'Your average for complex module: 2.5 credits (4 prompts)',
      '5 left today → ≈ 3 after',
    ]);
  });

  it('says plainly when the estimate is over what remains, and asks to confirm', () => {
    const s = summary({ daily: { used: 4.5, limit: 5, resetAt: null } });
    const m = chipModel({ estimate: est(1), summary: s, calibration: null, settings, balanceUnknown: false });
    expect(m.state).toBe('over');
    expect(m.text).toBe('≈ 1 credit · small feature · more than the 0.5 left today');
    expect(m.confirm).toBe(true);
  });

  it('does not ask to confirm when the setting is off', () => {
    const s = summary({ daily: { used: 4.5, limit: 5, resetAt: null } });
    const m = chipModel({
      estimate: est(1),
      summary: s,
      calibration: null,
      settings: { thresholds, confirmBeforeSend: false },
      balanceUnknown: false,
    });
    expect(m.state).toBe('over');
    expect(m.confirm).toBe(false);
  });

  it('adds the after-send figure when near the cap', () => {
    const s = summary({ daily: { used: 4, limit: 5, resetAt: null } });
    const m = chipModel({
      estimate: est(0.3, 'discuss'),
      summary: s,
      calibration: null,
      settings,
      balanceUnknown: false,
    });
    expect(m.state).toBe('near');
    expect(m.text).toBe('≈ 0.3 credits · discuss · 1 left today → ≈ 0.7 after');
  });

  it('keeps estimating with "balance unknown" when the background is unreachable', () => {
    const m = chipModel({
      estimate: est(1),
      summary: null,
      calibration: null,
      settings,
      balanceUnknown: true,
    });
    expect(m.text).toBe('≈ 1 credit · small feature');
    expect(m.state).toBe('ok');
    expect(m.details.at(-1)).toBe('Balance unknown');
  });

  it('shows what is left when nothing is typed', () => {
    const m = chipModel({
      estimate: null,
      summary: summary(),
      calibration: null,
      settings,
      balanceUnknown: false,
    });
    expect(m).toMatchObject({ credits: 0, scope: 'empty', state: 'ok', text: 'Credits: 5 left today' });
  });
});

describe('chipModel when the estimator fails', () => {
  it('says the estimate is unavailable instead of showing a stale figure', () => {
    const m = chipModel({
      estimate: null,
      estimateError: 'boom',
      summary: null,
      calibration: null,
      settings: { thresholds, confirmBeforeSend: true },
      balanceUnknown: true,
    });
    expect(m.text).toBe('Estimate unavailable');
    expect(m.details[0]).toBe('Estimator error: boom');
    expect(m.confirm).toBe(false);
  });
});

describe('chipModel: what Base44 said', () => {
  it('out of credits: the chip says Base44 refused, in the over state, with the status in its details', () => {
    const m = chipModel({
      estimate: est(1),
      summary: summary({
        status: {
          kind: 'outOfCredits',
          message: 'Base44 refused the prompt: out of message credits until 2 Dec.',
          at: 0,
        },
      }),
      calibration: null,
      settings: DEFAULT_SETTINGS,
      balanceUnknown: false,
    });
    expect(m.state).toBe('over');
    expect(m.text).toMatch(/^Out of credits/);
    expect(m.details[0]).toMatch(/until 2 Dec/);
  });

  it('a model picked by hand is named in the details; the automatic choice is not', () => {
    const base = {
      estimate: est(1),
      summary: summary(),
      calibration: null,
      settings: DEFAULT_SETTINGS,
      balanceUnknown: false,
    };
    expect(chipModel({ ...base, builderModel: 'claude-opus' }).details.join('\n')).toMatch(
      /claude-opus, picked by hand/,
    );
    expect(chipModel({ ...base, builderModel: null }).details.join('\n')).not.toMatch(/Model:/);
  });
});
