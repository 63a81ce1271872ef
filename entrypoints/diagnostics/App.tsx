import { useEffect, useState } from 'react';
import { sendMessage } from '../../lib/messaging/client';
import type { DiagnosticsReport } from '../../lib/messaging/protocol';
import { reportText, sourceLines } from '../../lib/ui/diagnostics-report';
import { useNow } from '../../lib/ui/use-now';
import { useLocale } from '../../lib/ui/locale';

/** "What Credit Meter sees": each source, what was not understood, and a report to paste into a bug. */
export function App() {
  const { locale, t } = useLocale();
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
      () => setCopied(t('diag.copied')),
      () => setCopied(t('diag.copyFailed')),
    );
  };

  return (
    <main className="page" aria-busy={!report && !error}>
      <h1>{t('whatItSees')}</h1>
      <p className="muted small">{t('diag.intro')}</p>
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      {report && (
        <>
          {/* Source lines are built for the English bug report (lib/ui/diagnostics-report.ts). */}
          <ul className="sources" data-testid="diagnostics-sources">
            {sourceLines(report, now).map((s) => (
              <li key={s.name} data-testid="diagnostics-source" data-live={s.live ? 'true' : 'false'}>
                <strong lang="en">{s.name}</strong>{' '}
                <span className={s.live ? 'ok' : 'muted'}>{s.live ? t('diag.live') : t('diag.notLive')}</span>
                <div className="small muted" lang="en">
                  {s.detail}
                </div>
              </li>
            ))}
          </ul>
          <h2>{t('diag.unrecognised')}</h2>
          {report.unrecognised.length === 0 ? (
            <p className="muted small">{t('diag.none')}</p>
          ) : (
            <ul data-testid="diagnostics-unrecognised">
              {report.unrecognised.map((u) => (
                <li key={u.urlShape}>
                  <code>{u.urlShape}</code>: {u.keys.join(', ') || t('diag.noKeys')}
                </li>
              ))}
            </ul>
          )}
          <div className="row" style={{ justifyContent: 'flex-start' }}>
            <button type="button" data-testid="copy-report" onClick={copy}>
              {t('diag.copy')}
            </button>
            {copied && <span className="small">{copied}</span>}
          </div>
          {locale !== 'en' && <p className="small muted">{t('diag.reportNote')}</p>}
          <pre className="report small" data-testid="diagnostics-report" dir="ltr" lang="en">
            {reportText(report, now, navigator.userAgent)}
          </pre>
        </>
      )}
    </main>
  );
}
