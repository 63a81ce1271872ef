import { countdownText, formatDateTime, type Zone } from '../lib/ui/time';
import { useLocale } from '../lib/ui/locale';

interface Props {
  at: number | null;
  now: number;
  zone?: Zone;
}

/** The next monthly reset: local date and time plus a live countdown. */
export function ResetCountdown({ at, now, zone: given }: Props) {
  const { locale, intl, t, tx } = useLocale();
  const zone: Zone = { locale: intl, ...given };
  if (at === null) {
    return (
      <div className="small" data-testid="next-reset">
        {t('reset.unknown')}
      </div>
    );
  }
  return (
    <div className="small row" data-testid="next-reset" data-at={at}>
      <span>
        {tx('reset.at', {
          time: (
            <time data-testid="next-reset-local" dateTime={new Date(at).toISOString()}>
              {formatDateTime(at, zone)}
            </time>
          ),
        })}
      </span>
      <span data-testid="next-reset-countdown" aria-live="off">
        {countdownText(at, now, locale)}
      </span>
    </div>
  );
}
