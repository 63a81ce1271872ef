import { useState } from 'react';
import { useLocale } from '../lib/ui/locale';

interface Props {
  onCsv: () => Promise<number>;
  onJson: () => Promise<number>;
  /** What exports: the whole ledger and everything (default), or the ledger page's current view. */
  what?: 'all' | 'view';
}

/** CSV and JSON exports; reports how many rows went out. */
export function ExportButtons({ onCsv, onJson, what = 'all' }: Props) {
  const { t } = useLocale();
  const [note, setNote] = useState<string | null>(null);
  const id = what === 'view' ? 'export-view' : 'export';
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
        <button type="button" data-testid={`${id}-csv`} onClick={() => run('CSV', onCsv)}>
          {t(what === 'view' ? 'export.viewCsv' : 'export.csv')}
        </button>
        <button type="button" data-testid={`${id}-json`} onClick={() => run('JSON', onJson)}>
          {t(what === 'view' ? 'export.viewJson' : 'export.json')}
        </button>
      </div>
      {note && (
        <div className="small" role="status" data-testid={`${id}-result`}>
          {note}
        </div>
      )}
    </div>
  );
}
