import type { DailyCap as Cap } from '../lib/credits/types';
import { formatCredits, percentUsed, type Level } from '../lib/ui/format';
import { countdownText, formatTime, type Zone } from '../lib/ui/time';

interface Props {
  daily: Cap & { resetAt: number | null };
  level: Level;
  now: number;
  zone?: Zone;
}

/** Today's use of a daily-capped plan and when the day's cap resets. */
export function DailyCap({ daily, level, now, zone = {} }: Props) {
  const used = formatCredits(daily.used, zone.locale);
  const limit = formatCredits(daily.limit, zone.locale);
  return (
    <section
      className="card"
      data-testid="daily-cap"
      data-used={daily.used}
      data-limit={daily.limit}
      aria-label="Daily cap"
    >
      <div className="row">
        <h2>Today</h2>
        <span>
          {used} of {limit} used
        </span>
      </div>
      <div
        className={`meter ${level}`}
        role="meter"
        aria-label={`Daily cap: ${used} of ${limit} message credits used today`}
        aria-valuemin={0}
        aria-valuemax={daily.limit}
        aria-valuenow={Math.min(daily.used, daily.limit)}
      >
        <div style={{ width: `${percentUsed(daily.used, daily.limit)}%` }} />
      </div>
      <div className="small muted">
        {daily.resetAt !== null ? (
          <>
            Daily cap resets at{' '}
            <time dateTime={new Date(daily.resetAt).toISOString()}>{formatTime(daily.resetAt, zone)}</time> (
            {countdownText(daily.resetAt, now)})
          </>
        ) : (
          'Daily reset time unknown'
        )}
      </div>
    </section>
  );
}
