import type { Pool } from '../lib/credits/types';
import { formatCredits, percentUsed, type Level } from '../lib/ui/format';

interface Props {
  testId: string;
  title: string;
  pool: Pool;
  level: Level;
  locale?: string;
}

/** One credit pool: remaining in large type, a bar of what is used, used of limit, any bonus. */
export function PoolGauge({ testId, title, pool, level, locale }: Props) {
  const pct = percentUsed(pool.used, pool.limit);
  const used = formatCredits(pool.used, locale);
  const limit = formatCredits(pool.limit, locale);
  return (
    <section
      className="card pool"
      data-testid={testId}
      data-used={pool.used}
      data-limit={pool.limit}
      data-remaining={pool.remaining}
      aria-label={title}
    >
      <h2>{title}</h2>
      <div className="big">
        {formatCredits(pool.remaining, locale)} <span className="small muted">left</span>
      </div>
      <div
        className={`meter ${level}`}
        role="meter"
        aria-label={`${title}: ${used} of ${limit} used`}
        aria-valuemin={0}
        aria-valuemax={pool.limit}
        aria-valuenow={Math.min(pool.used, pool.limit)}
      >
        <div style={{ width: `${pct}%` }} />
      </div>
      <div className="small muted">
        {used} of {limit} used
      </div>
      {pool.bonus !== null && pool.bonus > 0 && (
        <div className="small">+{formatCredits(pool.bonus, locale)} bonus credits</div>
      )}
    </section>
  );
}
