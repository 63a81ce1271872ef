/**
 * Pace forecast for a credit pool: at the rate it has been used this cycle, does it last until the
 * next reset? Pure: the series, limit, reset and `now` are passed in.
 */
import { DAY, HOUR } from './schedule';

export interface UsagePoint {
  at: number;
  used: number;
}

export type Forecast =
  /** Too little history to say anything honest. */
  | { kind: 'noData' }
  /** Nothing left already. */
  | { kind: 'exhausted' }
  /** Lasts until the reset (or no use at all so far). `ratePerDay` is credits a day. */
  | { kind: 'onTrack'; ratePerDay: number }
  /** Runs out at `at`; `beforeResetMs` is how long before the reset (null when the reset is unknown). */
  | { kind: 'runsOut'; at: number; ratePerDay: number; beforeResetMs: number | null };

export interface ForecastInput {
  /** Used credits over time, oldest first (any order is accepted). */
  series: readonly UsagePoint[];
  limit: number;
  /** Used now, when fresher than the series' last point. */
  used?: number;
  nextReset: number | null;
  now: number;
  /** Least history that supports a forecast; default one hour. */
  minSpanMs?: number;
}

export function forecastPace(input: ForecastInput): Forecast {
  const { limit, nextReset, now } = input;
  const points = [...input.series].filter((p) => p.at <= now).sort((a, b) => a.at - b.at);
  const current = input.used ?? points[points.length - 1]?.used;
  if (current === undefined) return { kind: 'noData' };
  if (limit > 0 && current >= limit) return { kind: 'exhausted' };

  // Only the part after the last reset counts: "used" dropping means a new cycle began.
  let from = 0;
  for (let i = 1; i < points.length; i++) if (points[i]!.used < points[i - 1]!.used) from = i;
  const cycle = points.slice(from);
  const first = cycle[0];
  if (!first) return { kind: 'noData' };
  // Measured up to now, not to the last point: a quiet spell since then lowers the pace.
  const span = now - first.at;
  if (span < (input.minSpanMs ?? HOUR)) return { kind: 'noData' };

  const rate = Math.max(0, current - first.used) / span; // credits per ms
  const ratePerDay = rate * DAY;
  if (rate === 0 || !(limit > 0)) return { kind: 'onTrack', ratePerDay };

  const runOutAt = now + (limit - current) / rate;
  if (nextReset !== null && runOutAt >= nextReset) return { kind: 'onTrack', ratePerDay };
  return {
    kind: 'runsOut',
    at: Math.round(runOutAt),
    ratePerDay,
    beforeResetMs: nextReset === null ? null : nextReset - Math.round(runOutAt),
  };
}
