import type { IntegrationPace as Pace } from '../lib/credits/integration-pace';
import { forecastText } from '../lib/ui/forecast-text';
import { formatCredits } from '../lib/ui/format';
import { useLocale } from '../lib/ui/locale';

/**
 * The integration pool's pace, next to the message pool's: it moves with the built apps' traffic,
 * and running out stops those apps' Base44 services for their users, so it gets its own warning.
 */
export function IntegrationPace({ pace }: { pace: Pace }) {
  const { locale, intl, t } = useLocale();
  const f = pace.forecast;
  const short = f.kind === 'runsOut' || f.kind === 'exhausted';
  return (
    <div
      data-testid="integration-pace"
      data-kind={f.kind}
      data-rate={pace.ratePerDay ?? ''}
      data-projected={pace.projectedAtReset ?? ''}
    >
      <p className={`small ${short ? 'estimated' : 'muted'}`} style={{ margin: 0 }}>
        {f.kind === 'noData'
          ? t('integration.noData')
          : forecastText(f, 'integration', { locale: intl }, locale)}
      </p>
      {pace.ratePerDay !== null && pace.projectedAtReset !== null && pace.limit !== null && (
        <p className="small muted" style={{ margin: 0 }}>
          {t('integration.rate', {
            rate: formatCredits(pace.ratePerDay, intl),
            projected: formatCredits(pace.projectedAtReset, intl),
            limit: formatCredits(pace.limit, intl),
          })}
        </p>
      )}
      {short && (
        <p className="small" role="note" data-testid="integration-stops" style={{ margin: 0 }}>
          {t('integration.stopsApps')}
        </p>
      )}
    </div>
  );
}
