import type { LedgerRow } from '../lib/db/rows';
import { formatCredits, formatRange } from '../lib/ui/format';
import { formatWhen, type Zone } from '../lib/ui/time';
import { useLocale } from '../lib/ui/locale';

interface Props {
  rows: readonly LedgerRow[];
  now: number;
  zone?: Zone;
  onOpenLedger: () => void;
}

/** The last few prompts: when, what kind, the estimate and what Base44 actually charged. */
export function RecentPrompts({ rows, now, zone: given, onOpenLedger }: Props) {
  const { intl, t, tx } = useLocale();
  const zone: Zone = { locale: intl, ...given };
  return (
    <section
      className="card"
      aria-labelledby="recent-title"
      data-testid="recent-prompts"
      data-count={rows.length}
    >
      <div className="row">
        <h2 id="recent-title">{t('recent.title')}</h2>
        <button type="button" className="linklike small" onClick={onOpenLedger}>
          {t('recent.fullLedger')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="small muted" style={{ margin: 0 }}>
          {t('recent.none')}
        </p>
      ) : (
        <ul className="recent">
          {rows.map((r) => (
            <li key={r.id ?? r.sendId} data-testid="recent-prompt">
              <span className="excerpt">
                <span className="muted">{formatWhen(r.at, now, zone)}</span>{' '}
                {t(`scope.${r.mode === 'discuss' ? 'discuss' : r.scope}`)}
                {r.excerpt ? ` · ${r.excerpt}` : ''}
              </span>
              <span>
                {tx('recent.est', { range: formatRange(r.low, r.high, zone.locale) })} ·{' '}
                {r.actual === null ? (
                  <span className="muted">{t('recent.actualUnknown')}</span>
                ) : (
                  <strong>{t('recent.actual', { credits: formatCredits(r.actual, zone.locale) })}</strong>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
