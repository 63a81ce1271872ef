import type { LedgerRow } from '../lib/db/rows';
import { formatCredits, formatRange } from '../lib/ui/format';
import { formatWhen, type Zone } from '../lib/ui/time';

interface Props {
  rows: readonly LedgerRow[];
  now: number;
  zone?: Zone;
  onOpenLedger: () => void;
}

/** The last few prompts: when, what kind, the estimate and what Base44 actually charged. */
export function RecentPrompts({ rows, now, zone = {}, onOpenLedger }: Props) {
  return (
    <section
      className="card"
      aria-labelledby="recent-title"
      data-testid="recent-prompts"
      data-count={rows.length}
    >
      <div className="row">
        <h2 id="recent-title">Recent prompts</h2>
        <button type="button" className="linklike small" onClick={onOpenLedger}>
          Full ledger
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="small muted" style={{ margin: 0 }}>
          No prompts recorded yet.
        </p>
      ) : (
        <ul className="recent">
          {rows.map((r) => (
            <li key={r.id ?? r.sendId} data-testid="recent-prompt">
              <span className="excerpt">
                <span className="muted">{formatWhen(r.at, now, zone)}</span>{' '}
                {r.mode === 'discuss' ? 'discuss' : r.scope}
                {r.excerpt ? ` · ${r.excerpt}` : ''}
              </span>
              <span>
                est {formatRange(r.low, r.high, zone.locale)} ·{' '}
                {r.actual === null ? (
                  <span className="muted">actual unknown</span>
                ) : (
                  <strong>actual {formatCredits(r.actual, zone.locale)}</strong>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
