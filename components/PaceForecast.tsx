import type { Forecast } from '../lib/credits/forecast';
import { forecastText } from '../lib/ui/forecast-text';
import type { Zone } from '../lib/ui/time';
import { useLocale } from '../lib/ui/locale';

/** One sentence about whether the message pool lasts until the reset. */
export function PaceForecast({ forecast, zone }: { forecast: Forecast; zone?: Zone }) {
  const { locale, intl } = useLocale();
  const tone = forecast.kind === 'runsOut' || forecast.kind === 'exhausted' ? 'estimated' : 'muted';
  return (
    <p className={`small ${tone}`} data-testid="forecast" data-kind={forecast.kind} style={{ margin: 0 }}>
      {forecastText(forecast, 'message', { locale: intl, ...zone }, locale)}
    </p>
  );
}
