import { useState } from 'react';
import { OutcomeNote } from './OutcomeNote';
import { useLocale } from '../lib/ui/locale';

interface Props {
  onDelete: () => Promise<void>;
}

/** "Delete all data" with a second, explicit confirmation step. */
export function DeleteAllData({ onDelete }: Props) {
  const { t } = useLocale();
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
            text: t('delete.done'),
          }),
        (e: unknown) =>
          setResult({
            ok: false,
            text: t('delete.failed', { error: e instanceof Error ? e.message : String(e) }),
          }),
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
          {t('delete.button')}
        </button>
      ) : (
        <div className="banner error" role="alertdialog" aria-labelledby="delete-confirm-text">
          <span id="delete-confirm-text">{t('delete.question')}</span>
          <div className="actions">
            <button
              type="button"
              className="danger"
              data-testid="delete-confirm"
              disabled={busy}
              onClick={run}
            >
              {busy ? t('delete.deleting') : t('delete.yes')}
            </button>
            <button
              type="button"
              data-testid="delete-cancel"
              disabled={busy}
              onClick={() => setConfirming(false)}
              autoFocus
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <OutcomeNote note={result} testId="delete-result" />
    </div>
  );
}
