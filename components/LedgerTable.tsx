import { formatMoney, type CreditPrice } from '../lib/credits/money';
import type { LedgerRow } from '../lib/db/rows';
import type { AppNames } from '../lib/ui/ledger-apps';
import { formatCredits, formatRange } from '../lib/ui/format';
import { formatShortDateTime, type Zone } from '../lib/ui/time';
import { useLocale } from '../lib/ui/locale';

const ACTUAL_SOURCES = ['builder', 'balanceDelta', 'builderText', 'paywall'] as const;

/** The turn's states that have words; rows from before turns were followed count as finished. */
const STATES = ['sent', 'queued', 'running', 'settled', 'paywalled', 'stopped', 'failed'] as const;

const known = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** Every recorded prompt with its estimate and, when known, what Base44 charged. */
export function LedgerTable({
  rows,
  zone: given,
  price,
  names = {},
}: {
  rows: readonly LedgerRow[];
  zone?: Zone;
  /** The user's price per credit: each cost in money too. */
  price?: CreditPrice | null;
  /** App id → the builder's name; unnamed apps show the end of their id. */
  names?: AppNames;
}) {
  const { intl, t } = useLocale();
  const zone: Zone = { locale: intl, ...given };
  const money = (credits: number) =>
    price ? (
      <span className="small muted" data-testid="row-money">
        {' '}
        {formatMoney(credits, price, zone.locale)}
      </span>
    ) : null;
  return (
    <table data-testid="ledger-table">
      <caption className="sr-only">{t('ledger.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('col.time')}</th>
          <th scope="col">{t('col.app')}</th>
          <th scope="col">{t('col.mode')}</th>
          <th scope="col">{t('col.scope')}</th>
          <th scope="col">{t('col.estimate')}</th>
          <th scope="col">{t('col.actual')}</th>
          <th scope="col">{t('col.source')}</th>
          <th scope="col">{t('col.turn')}</th>
          <th scope="col">{t('col.excerpt')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.id ?? r.sendId}
            data-testid="ledger-row"
            data-send-id={r.sendId}
            data-actual={r.actual === null ? '' : String(r.actual)}
            data-actual-source={r.actualSource ?? ''}
            data-workspace-id={r.workspaceId}
            data-state={r.state ?? ''}
          >
            <td>
              <time dateTime={new Date(r.at).toISOString()}>{formatShortDateTime(r.at, zone)}</time>
            </td>
            <td title={r.appId ?? undefined}>
              {r.appId ? names[r.appId]?.trim() || `…${r.appId.slice(-6)}` : '—'}
            </td>
            <td>{t(`mode.${r.mode}`)}</td>
            <td>{t(`scope.${r.scope}`)}</td>
            <td className="num">
              {formatRange(r.low, r.high, zone.locale)}
              {money(r.estimate)}
            </td>
            <td className="num">
              {r.actual === null ? (
                <span className="muted">{t('unknown')}</span>
              ) : (
                <>
                  {formatCredits(r.actual, zone.locale)}
                  {money(r.actual)}
                </>
              )}
            </td>
            <td>
              {r.actualSource
                ? known(ACTUAL_SOURCES, r.actualSource)
                  ? t(`actualSource.${r.actualSource}`)
                  : r.actualSource
                : '—'}
            </td>
            <td>{r.state ? (known(STATES, r.state) ? t(`turn.${r.state}`) : r.state) : '—'}</td>
            <td>{r.excerpt ?? <span className="muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
