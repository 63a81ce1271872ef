import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ExportButtons } from '../../components/ExportButtons';
import { LedgerFilters } from '../../components/LedgerFilters';
import { LedgerTable } from '../../components/LedgerTable';
import { db } from '../../lib/db/instance';
import { ledgerPage } from '../../lib/db/repo';
import { exportEverythingJson, exportLedgerCsv } from '../../lib/ui/export-data';
import {
  EMPTY_FILTER_FORM,
  filterFromForm,
  filteredPage,
  type LedgerFilterForm,
} from '../../lib/ui/ledger-filter';
import { useLocale } from '../../lib/ui/locale';
import { usePrice } from '../../lib/ui/use-price';

const PAGE_SIZE = 50;

/** The full ledger: filters, newest-first pages, exports. Reads the DB live; never writes. */
export function App() {
  const { t } = useLocale();
  const price = usePrice();
  const [form, setForm] = useState<LedgerFilterForm>(EMPTY_FILTER_FORM);
  // Cursors of the pages walked so far; the last one is the page shown.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];
  const page = useLiveQuery(
    () =>
      filteredPage(
        (b, limit) => ledgerPage(db, { before: b, limit }),
        filterFromForm(form),
        PAGE_SIZE,
        before,
      ),
    [form, before],
  );

  const changeFilter = (next: LedgerFilterForm) => {
    setForm(next);
    setCursors([undefined]);
  };

  return (
    <main className="page wide" aria-busy={page === undefined}>
      <div className="row">
        <h1>{t('ledger.title')}</h1>
        <ExportButtons
          onCsv={() => exportLedgerCsv(Date.now())}
          onJson={() => exportEverythingJson(Date.now())}
        />
      </div>
      <LedgerFilters value={form} onChange={changeFilter} />
      {page && page.rows.length === 0 ? (
        <p className="muted" data-testid="ledger-empty">
          {JSON.stringify(form) === JSON.stringify(EMPTY_FILTER_FORM)
            ? t('ledger.emptyAll')
            : t('ledger.emptyFiltered')}
        </p>
      ) : (
        <LedgerTable rows={page?.rows ?? []} price={price} />
      )}
      <nav className="row" aria-label={t('ledger.pagesAria')} style={{ justifyContent: 'flex-start' }}>
        <button
          type="button"
          data-testid="page-newer"
          disabled={cursors.length <= 1}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          {t('ledger.newer')}
        </button>
        <span className="small muted">{t('ledger.page', { n: cursors.length })}</span>
        <button
          type="button"
          data-testid="page-older"
          disabled={!page || page.next === null}
          onClick={() => page && page.next !== null && setCursors((c) => [...c, page.next!])}
        >
          {t('ledger.older')}
        </button>
      </nav>
    </main>
  );
}
