import type { UsagePoint } from '../lib/credits/forecast';
import { formatCredits } from '../lib/ui/format';
import { useLocale } from '../lib/ui/locale';

interface Props {
  series: readonly UsagePoint[];
  limit: number;
  start: number;
  end: number;
  locale?: string;
}

const W = 100;
const H = 40;

/** Use through the current cycle as a small line, with the pool's limit as a dashed line on top. */
export function PaceSparkline({ series, limit, start, end, locale: given }: Props) {
  const { intl, t } = useLocale();
  const locale = given ?? intl;
  const first = series[0];
  const last = series[series.length - 1];
  const label =
    first && last
      ? t('spark.label', {
          from: formatCredits(first.used, locale),
          to: formatCredits(last.used, locale),
          limit: formatCredits(limit, locale),
        })
      : t('spark.none');
  const top = Math.max(limit, ...series.map((p) => p.used), 1);
  const span = Math.max(end - start, 1);
  const x = (at: number) => (((at - start) / span) * W).toFixed(2);
  const y = (used: number) => (H - (used / top) * (H - 2)).toFixed(2);
  const points = series.map((p) => `${x(p.at)},${y(p.used)}`).join(' ');
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      data-testid="sparkline"
      data-points={series.length}
    >
      <line x1="0" x2={W} y1={y(limit)} y2={y(limit)} />
      {series.length > 0 && <polyline points={points} vectorEffect="non-scaling-stroke" />}
    </svg>
  );
}
