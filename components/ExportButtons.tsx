import { useState } from 'react';
import { useLocale } from '../lib/ui/locale';

interface Props {
  onCsv: () => Promise<number>;
  onJson: () => Promise<number>;
}

/** CSV of the ledger and JSON of everything; reports how many rows went out. */
export function ExportButtons({ onCsv, onJson }: Props) {
  const { t } = useLocale();
  const [note, setNote] = useState<string | null>(null);
  const run = (kind: string, fn: () => Promise<number>) => {
    fn().then(
      (n) => setNote(t('export.done', { kind, count: n })),
      (e: unknown) =>
        setNote(t('export.failed', { kind, error: e instanceof Error ? e.message : String(e) })),
    );
  };
  return (
    <div>
      <div className="row" style={{ justifyContent: 'flex-start' }}>
        <button type="button" data-testid="export-csv" onClick={() => run('CSV', onCsv)}>
          {t('export.csv')}
        </button>
        <button type="button" data-testid="export-json" onClick={() => run('JSON', onJson)}>
          {t('export.json')}
        </button>
      </div>
      {note && (
        <div className="small" role="status" data-testid="export-result">
          {note}
        </div>
      )}
    </div>
  );
}
