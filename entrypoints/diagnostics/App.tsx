import { useEffect, useState } from 'react';
import { sendMessage } from '../../lib/messaging/client';
import type { DiagnosticsReport } from '../../lib/messaging/protocol';
import { reportText, sourceLines } from '../../lib/ui/diagnostics-report';
import { useNow } from '../../lib/ui/use-now';

/** "What Credit Meter sees": each source, what was not understood, and a report to paste into a bug. */
export function App() {
  const [report, setReport] = useState<DiagnosticsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const now = useNow(5000);

  useEffect(() => {
    sendMessage('getDiagnostics', {}).then(setReport, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  const copy = () => {
    if (!report) return;
    const text = reportText(report, Date.now(), navigator.userAgent);
    navigator.clipboard.writeText(text).then(
      () => setCopied('Copied. Paste it into your bug report; it holds no prompt text, key or balance.'),
      () => setCopied('Could not copy: select the report below and copy it by hand.'),
    );
  };

  return (
    <main className="page" aria-busy={!report && !error}>
      <h1>What Credit Meter sees</h1>
      <p className="muted small">
        What the meter reads from the Base44 builder, so you can tell when Base44 changes its page. Nothing
        here is sent anywhere.
      </p>
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      {report && (
        <>
          <ul className="sources" data-testid="diagnostics-sources">
            {sourceLines(report, now).map((s) => (
              <li key={s.name} data-testid="diagnostics-source" data-live={s.live ? 'true' : 'false'}>
                <strong>{s.name}</strong>{' '}
                <span className={s.live ? 'ok' : 'muted'}>{s.live ? 'live' : 'not live'}</span>
                <div className="small muted">{s.detail}</div>
              </li>
            ))}
          </ul>
          <h2>Responses not understood</h2>
          {report.unrecognised.length === 0 ? (
            <p className="muted small">None.</p>
          ) : (
            <ul data-testid="diagnostics-unrecognised">
              {report.unrecognised.map((u) => (
                <li key={u.urlShape}>
                  <code>{u.urlShape}</code>: {u.keys.join(', ') || '(no keys)'}
                </li>
              ))}
            </ul>
          )}
          <div className="row" style={{ justifyContent: 'flex-start' }}>
            <button type="button" data-testid="copy-report" onClick={copy}>
              Copy report
            </button>
            {copied && <span className="small">{copied}</span>}
          </div>
          <pre className="report small" data-testid="diagnostics-report">
            {reportText(report, now, navigator.userAgent)}
          </pre>
        </>
      )}
    </main>
  );
}
