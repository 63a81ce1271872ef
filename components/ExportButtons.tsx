import { useState } from 'react';

interface Props {
  onCsv: () => Promise<number>;
  onJson: () => Promise<number>;
}

/** CSV of the ledger and JSON of everything; reports how many rows went out. */
export function ExportButtons({ onCsv, onJson }: Props) {
  const [note, setNote] = useState<string | null>(null);
  const run = (kind: string, fn: () => Promise<number>) => {
    fn().then(
      (n) => setNote(`${kind}: ${n} rows exported.`),
      (e: unknown) => setNote(`${kind} export failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
  return (
    <div>
      <div className="row" style={{ justifyContent: 'flex-start' }}>
        <button type="button" data-testid="export-csv" onClick={() => run('CSV', onCsv)}>
          Export ledger (CSV)
        </button>
        <button type="button" data-testid="export-json" onClick={() => run('JSON', onJson)}>
          Export everything (JSON)
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
