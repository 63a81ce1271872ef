import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { ExportButtons } from '../../components/ExportButtons';
import { LedgerAppGroups } from '../../components/LedgerAppGroups';
import { LedgerFilters } from '../../components/LedgerFilters';
import { LedgerTable } from '../../components/LedgerTable';
import { Toggle } from '../../components/Toggle';
import { db } from '../../lib/db/instance';
import { ledgerPage } from '../../lib/db/repo';
import { sendMessage } from '../../lib/messaging/client';
import {
  exportEverythingJson,
  exportLedgerCsv,
  exportViewCsv,
  exportViewJson,
} from '../../lib/ui/export-data';
import { allFilteredRows, appChoices, groupByApp, type AppNames } from '../../lib/ui/ledger-apps';
import {
  EMPTY_FILTER_FORM,
  filterFromForm,
  filteredPage,
  type LedgerFilterForm,
} from '../../lib/ui/ledger-filter';
import { useLocale } from '../../lib/ui/locale';
import { usePrice } from '../../lib/ui/use-price';

const PAGE_SIZE = 50;

/** The full ledger: filters (by app too), per-app groups, newest-first pages, exports. Reads the DB live; never writes. */
export function App() {
  const { t } = useLocale();
  const price = usePrice();
  const [form, setForm] = useState<LedgerFilterForm>(EMPTY_FILTER_FORM);
  const [grouped, setGrouped] = useState(false);
  const [names, setNames] = useState<AppNames>({});
  useEffect(() => {
    void sendMessage('getAppNames', {}).then(setNames, () => undefined);
  }, []);
  // Cursors of the pages walked so far; the last one is the page shown.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];
  const filter = filterFromForm(form);
  const fetchPage = (b: number | undefined, limit: number) => ledgerPage(db, { before: b, limit });
  const page = useLiveQuery(
    () => filteredPage(fetchPage, filterFromForm(form), PAGE_SIZE, before),
    [form, before],
  );
  // Grouping counts every row the filter keeps, not just this page.
  const view = useLiveQuery(
    () => (grouped ? allFilteredRows(fetchPage, filterFromForm(form)) : Promise.resolve(null)),
    [form, grouped],
  );

  const changeFilter = (next: LedgerFilterForm) => {
    setForm(next);
    setCursors([undefined]);
  };
  const viewArgs = { filter, grouped, names };

  return (
    <main className="page wide" aria-busy={page === undefined}>
      <div className="row">
        <h1>{t('ledger.title')}</h1>
        <ExportButtons
          onCsv={() => exportLedgerCsv(db, Date.now())}
          onJson={() => exportEverythingJson(db, Date.now())}
        />
      </div>
      <LedgerFilters value={form} onChange={changeFilter} apps={appChoices(names, page?.rows ?? [])} />
      <div className="row" style={{ justifyContent: 'flex-start' }}>
        <Toggle
          label={t('ledger.groupByApp')}
          checked={grouped}
          onChange={setGrouped}
          testId="group-by-app"
        />
        <ExportButtons
          what="view"
          onCsv={() => exportViewCsv(db, Date.now(), viewArgs)}
          onJson={() => exportViewJson(db, Date.now(), viewArgs)}
        />
      </div>
      {grouped && view && <LedgerAppGroups groups={groupByApp(view.rows, names)} capped={view.capped} />}
      {page && page.rows.length === 0 ? (
        <p className="muted" data-testid="ledger-empty">
          {JSON.stringify(form) === JSON.stringify(EMPTY_FILTER_FORM)
            ? t('ledger.emptyAll')
            : t('ledger.emptyFiltered')}
        </p>
      ) : (
        <LedgerTable rows={page?.rows ?? []} price={price} names={names} />
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
