import type { LedgerRow } from '../lib/db/rows';
import { formatCredits, formatRange } from '../lib/ui/format';
import { formatShortDateTime, type Zone } from '../lib/ui/time';

const ACTUAL_SOURCE: Record<string, string> = {
  builder: 'builder',
  balanceDelta: 'balance change',
  builderText: "builder's Credits Used",
  paywall: 'refused: out of credits',
};

/** The turn's state in words; rows from before turns were followed count as finished. */
const STATE: Record<string, string> = {
  sent: 'sent',
  queued: 'queued',
  running: 'running',
  settled: 'done',
  paywalled: 'out of credits',
  stopped: 'stopped',
  failed: 'failed',
};

/** Every recorded prompt with its estimate and, when known, what Base44 charged. */
export function LedgerTable({ rows, zone = {} }: { rows: readonly LedgerRow[]; zone?: Zone }) {
  return (
    <table data-testid="ledger-table">
      <caption className="sr-only">Recorded prompts, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">App</th>
          <th scope="col">Mode</th>
          <th scope="col">Scope</th>
          <th scope="col">Estimate</th>
          <th scope="col">Actual</th>
          <th scope="col">Source</th>
          <th scope="col">Turn</th>
          <th scope="col">Excerpt</th>
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
            <td title={r.appId ?? undefined}>{r.appId ? `…${r.appId.slice(-6)}` : '—'}</td>
            <td>{r.mode}</td>
            <td>{r.scope}</td>
            <td className="num">{formatRange(r.low, r.high, zone.locale)}</td>
            <td className="num">
              {r.actual === null ? (
                <span className="muted">unknown</span>
              ) : (
                formatCredits(r.actual, zone.locale)
              )}
            </td>
            <td>{r.actualSource ? (ACTUAL_SOURCE[r.actualSource] ?? r.actualSource) : '—'}</td>
            <td>{r.state ? (STATE[r.state] ?? r.state) : '—'}</td>
            <td>{r.excerpt ?? <span className="muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
