import { connectionText } from '../lib/i18n/connection-text';
import type { ConnectionResult as Result } from '../lib/messaging/protocol';
import { useLocale } from '../lib/ui/locale';

/** The exact outcome of "test connection" / saving a key, in the page's language. */
export function ConnectionResult({
  result,
  error,
}: {
  // `note` may be missing from a result sent by an older background: its English `message` stands in.
  result: (Omit<Result, 'note'> & Partial<Pick<Result, 'note'>>) | null;
  error: string | null;
}) {
  const { locale } = useLocale();
  if (!result && !error) return null;
  const ok = result?.ok ?? false;
  return (
    <div
      className={`result ${ok ? 'ok-text' : 'error-text'}`}
      role="status"
      data-testid="connection-result"
      data-ok={ok}
      data-status={result?.status ?? 'error'}
      data-outcome={result?.outcome ?? 'error'}
    >
      {result ? (result.note ? connectionText(result.note, locale) : result.message) : error}
    </div>
  );
}
