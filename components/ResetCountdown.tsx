import { countdownText, formatDateTime, type Zone } from '../lib/ui/time';

interface Props {
  at: number | null;
  now: number;
  zone?: Zone;
}

/** The next monthly reset: local date and time plus a live countdown. */
export function ResetCountdown({ at, now, zone = {} }: Props) {
  if (at === null) {
    return (
      <div className="small" data-testid="next-reset">
        Monthly reset: unknown — set the billing day in settings.
      </div>
    );
  }
  return (
    <div className="small row" data-testid="next-reset" data-at={at}>
      <span>
        Monthly reset{' '}
        <time data-testid="next-reset-local" dateTime={new Date(at).toISOString()}>
          {formatDateTime(at, zone)}
        </time>
      </span>
      <span data-testid="next-reset-countdown" aria-live="off">
        {countdownText(at, now)}
      </span>
    </div>
  );
}
