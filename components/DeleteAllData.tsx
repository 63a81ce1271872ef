import { useState } from 'react';
import { OutcomeNote } from './OutcomeNote';

interface Props {
  onDelete: () => Promise<void>;
}

/** "Delete all data" with a second, explicit confirmation step. */
export function DeleteAllData({ onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const run = () => {
    setBusy(true);
    onDelete()
      .then(
        () =>
          setResult({
            ok: true,
            text: 'All data deleted: readings, prompts, events, the API key and the workspace id.',
          }),
        (e: unknown) =>
          setResult({ ok: false, text: `Could not delete: ${e instanceof Error ? e.message : String(e)}` }),
      )
      .finally(() => {
        setBusy(false);
        setConfirming(false);
      });
  };

  return (
    <div>
      {!confirming ? (
        <button type="button" className="danger" data-testid="delete-all" onClick={() => setConfirming(true)}>
          Delete all data…
        </button>
      ) : (
        <div className="banner error" role="alertdialog" aria-labelledby="delete-confirm-text">
          <span id="delete-confirm-text">
            Delete every stored reading, prompt, event, setting and the API key? This cannot be undone.
          </span>
          <div className="actions">
            <button
              type="button"
              className="danger"
              data-testid="delete-confirm"
              disabled={busy}
              onClick={run}
            >
              {busy ? 'Deleting…' : 'Yes, delete everything'}
            </button>
            <button
              type="button"
              data-testid="delete-cancel"
              disabled={busy}
              onClick={() => setConfirming(false)}
              autoFocus
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <OutcomeNote note={result} testId="delete-result" />
    </div>
  );
}
