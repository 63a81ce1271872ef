import type { ConnectionResult as Result } from '../lib/messaging/protocol';

/** The exact outcome of "test connection" / saving a key, as the background words it. */
export function ConnectionResult({ result, error }: { result: Result | null; error: string | null }) {
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
      {result ? result.message : error}
    </div>
  );
}
