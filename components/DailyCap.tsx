import type { DailyCap as Cap } from '../lib/credits/types';
import { formatCredits, percentUsed, type Level } from '../lib/ui/format';
import { countdownText, formatTime, type Zone } from '../lib/ui/time';
import { useLocale } from '../lib/ui/locale';

interface Props {
  daily: Cap & { resetAt: number | null };
  level: Level;
  now: number;
  zone?: Zone;
}

/** Today's use of a daily-capped plan and when the day's cap resets. */
export function DailyCap({ daily, level, now, zone: given }: Props) {
  const { locale, intl, t, tx } = useLocale();
  const zone: Zone = { locale: intl, ...given };
  const used = formatCredits(daily.used, zone.locale);
  const limit = formatCredits(daily.limit, zone.locale);
  return (
    <section
      className="card"
      data-testid="daily-cap"
      data-used={daily.used}
      data-limit={daily.limit}
      aria-label={t('daily.aria')}
    >
      <div className="row">
        <h2>{t('daily.today')}</h2>
        <span>{t('usedOf', { used, limit })}</span>
      </div>
      <div
        className={`meter ${level}`}
        role="meter"
        aria-label={t('daily.meterAria', { used, limit })}
        aria-valuemin={0}
        aria-valuemax={daily.limit}
        aria-valuenow={Math.min(daily.used, daily.limit)}
      >
        <div style={{ width: `${percentUsed(daily.used, daily.limit)}%` }} />
      </div>
      <div className="small muted">
        {daily.resetAt !== null
          ? tx('daily.resetsAt', {
              time: (
                <time dateTime={new Date(daily.resetAt).toISOString()}>
                  {formatTime(daily.resetAt, zone)}
                </time>
              ),
              countdown: countdownText(daily.resetAt, now, locale),
            })
          : t('daily.unknown')}
      </div>
    </section>
  );
}
