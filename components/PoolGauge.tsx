import { formatMoney, type CreditPrice } from '../lib/credits/money';
import type { Pool } from '../lib/credits/types';
import { formatCredits, percentUsed, type Level } from '../lib/ui/format';
import { useLocale } from '../lib/ui/locale';

interface Props {
  testId: string;
  title: string;
  pool: Pool;
  level: Level;
  locale?: string;
  /** The user's price per credit: what is used is shown in money too (message credits only). */
  price?: CreditPrice | null;
}

/** One credit pool: remaining in large type, a bar of what is used, used of limit, any bonus. */
export function PoolGauge({ testId, title, pool, level, locale: given, price }: Props) {
  const { intl, t } = useLocale();
  const locale = given ?? intl;
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
        {formatCredits(pool.remaining, locale)} <span className="small muted">{t('gauge.left')}</span>
      </div>
      <div
        className={`meter ${level}`}
        role="meter"
        aria-label={t('gauge.meterAria', { title, used, limit })}
        aria-valuemin={0}
        aria-valuemax={pool.limit}
        aria-valuenow={Math.min(pool.used, pool.limit)}
      >
        <div style={{ width: `${pct}%` }} />
      </div>
      <div className="small muted">
        {t('usedOf', { used, limit })}
        {price && <span data-testid={`${testId}-money`}> · {formatMoney(pool.used, price, locale)}</span>}
      </div>
      {pool.bonus !== null && pool.bonus > 0 && (
        <div className="small">{t('gauge.bonus', { bonus: formatCredits(pool.bonus, locale) })}</div>
      )}
    </section>
  );
}
