import { afterEach, beforeEach } from 'vitest';
import { CreditMeterDb } from '../../../lib/db/database';
import type { BalanceReading, Pool } from '../../../lib/credits/types';
import type { LedgerRow } from '../../../lib/db/rows';

export function freshDb(): CreditMeterDb {
  return new CreditMeterDb('test-' + Math.random().toString(36).slice(2));
}

/** A fresh database for each test of the file, deleted after it; call at the top level. */
export function freshDbPerTest(): () => CreditMeterDb {
  let db: CreditMeterDb | undefined;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db?.delete();
  });
  return () => db!;
}

export const pool = (limit: number, used: number, bonus: number | null = null): Pool => ({
  limit,
  used,
  remaining: Math.max(0, limit + (bonus ?? 0) - used),
  bonus,
});

export function reading(messageUsed: number, extra: Partial<BalanceReading> = {}): BalanceReading {
  return {
    message: pool(250, messageUsed),
    integration: pool(10000, 40),
    daily: null,
    tier: 'builder',
    periodStart: null,
    periodEnd: null,
    dailyResetAt: null,
    ...extra,
  };
}

let seq = 0;
export function prompt(at: number, extra: Partial<Omit<LedgerRow, 'id'>> = {}): Omit<LedgerRow, 'id'> {
  return {
    sendId: 'send-' + ++seq,
    at,
    workspaceId: 'ws1',
    appId: 'app1',
    mode: 'build',
    scope: 'feature',
    estimate: 1,
    low: 0.5,
    high: 2,
    actual: null,
    actualSource: null,
    repliedAt: null,
    excerpt: null,
    ...extra,
  };
}
