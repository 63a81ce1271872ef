/**
 * Pace and forecast for the integration pool (what the built apps spend on Base44's services).
 * It moves with the apps' traffic, not with prompts, so its history comes from balance readings,
 * not the ledger. Pure: the readings, the reset and `now` are passed in.
 */
import type { SnapshotRow } from '../db/rows';
import { forecastPace, type Forecast, type UsagePoint } from './forecast';
import type { Pool } from './types';
import { DAY, HOUR } from './schedule';

/**
 * App traffic comes in bursts (a batch job, a busy evening), so an hour of history says little:
 * a forecast needs half a day.
 */
export const INTEGRATION_MIN_SPAN_MS = 12 * HOUR;

export interface IntegrationPaceInput {
  /** One workspace's readings, any order; readings without an integration pool are skipped. */
  snapshots: readonly Pick<SnapshotRow, 'at' | 'integration'>[];
  /** The integration pool's `used` over time, when already extracted (e.g. a downsampled chart series); replaces the snapshots' series. */
  series?: readonly UsagePoint[];
  /** The current pool (the summary's), when fresher than the last reading. */
  pool?: Pool | null;
  nextReset: number | null;
  now: number;
  minSpanMs?: number;
}

export interface IntegrationPace {
  forecast: Forecast;
  used: number | null;
  limit: number | null;
  /** Credits a day at this cycle's pace; null without a forecast. */
  ratePerDay: number | null;
  /** Used at the next reset at this pace, capped at the limit; null when it cannot be said. */
  projectedAtReset: number | null;
  /** `projectedAtReset` as a percent of the limit. */
  projectedPercent: number | null;
}

/** The integration pool's readings as usage points, oldest first. */
export function integrationSeries(snapshots: IntegrationPaceInput['snapshots']): UsagePoint[] {
  const out: UsagePoint[] = [];
  for (const s of snapshots) if (s.integration) out.push({ at: s.at, used: s.integration.used });
  return out.sort((a, b) => a.at - b.at);
}

export function integrationPace(input: IntegrationPaceInput): IntegrationPace {
  const series = input.series
    ? [...input.series].sort((a, b) => a.at - b.at)
    : integrationSeries(input.snapshots);
  const last = [...input.snapshots]
    .filter((s) => s.integration && s.at <= input.now)
    .sort((a, b) => b.at - a.at)[0]?.integration;
  const pool = input.pool ?? last ?? null;
  const used = pool?.used ?? null;
  const limit = pool?.limit ?? null;
  const forecast = forecastPace({
    series,
    limit: limit ?? 0,
    used: used ?? undefined,
    nextReset: input.nextReset,
    now: input.now,
    minSpanMs: input.minSpanMs ?? INTEGRATION_MIN_SPAN_MS,
  });
  const ratePerDay = forecast.kind === 'onTrack' || forecast.kind === 'runsOut' ? forecast.ratePerDay : null;
  let projectedAtReset: number | null = null;
  if (forecast.kind === 'exhausted' && limit !== null) projectedAtReset = limit;
  else if (ratePerDay !== null && used !== null && input.nextReset !== null) {
    const days = Math.max(0, input.nextReset - input.now) / DAY;
    const raw = used + ratePerDay * days;
    projectedAtReset = limit !== null && limit > 0 ? Math.min(limit, raw) : raw;
  }
  const projectedPercent =
    projectedAtReset !== null && limit !== null && limit > 0 ? (projectedAtReset / limit) * 100 : null;
  return { forecast, used, limit, ratePerDay, projectedAtReset, projectedPercent };
}
