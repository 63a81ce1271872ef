import { useEffect, useRef, useState } from 'react';
import { AppCosts } from '../../components/AppCosts';
import { AppPrefs } from '../../components/AppPrefs';
import { DailyCap } from '../../components/DailyCap';
import { EmptyState } from '../../components/EmptyState';
import { IntegrationPace } from '../../components/IntegrationPace';
import { PaceForecast } from '../../components/PaceForecast';
import { PaceSparkline } from '../../components/PaceSparkline';
import { PoolGauge } from '../../components/PoolGauge';
import { ReadingInfo } from '../../components/ReadingInfo';
import { RecentPrompts } from '../../components/RecentPrompts';
import { ResetCountdown } from '../../components/ResetCountdown';
import { StatusBanner } from '../../components/StatusBanner';
import { WhatsNew } from '../../components/WhatsNew';
import { WorkspacePicker } from '../../components/WorkspacePicker';
import { forecastPace } from '../../lib/credits/forecast';
import { integrationPace } from '../../lib/credits/integration-pace';
import { sendMessage } from '../../lib/messaging/client';
import { settingsItem } from '../../lib/settings/items';
import { budgetsOf, DEFAULT_SETTINGS, displayOf, moneyOf, type Settings } from '../../lib/settings/settings';
import { creditPrice } from '../../lib/credits/money';
import { saveAppPrefs } from '../../lib/ui/app-prefs';
import { levelFor } from '../../lib/ui/format';
import type { AppCosts as AppCostsData } from '../../lib/credits/app-costs';
import type { WorkspaceChoice } from '../../lib/messaging/protocol';
import { needsRefresh } from '../../lib/ui/freshness';
import {
  openBase44,
  openCreditUsage,
  openDiagnosticsPage,
  openLedgerPage,
  openOptionsPage,
} from '../../lib/ui/open';
import { statusView, type StatusAction } from '../../lib/ui/status-action';
import { usePopupLiveData } from '../../lib/ui/use-popup-data';
import { useNow } from '../../lib/ui/use-now';
import { useSummary } from '../../lib/ui/use-summary';
import type { Published } from '../../lib/background/published';
import { useLocale } from '../../lib/ui/locale';
import { useWhatsNew } from '../../lib/ui/use-whats-new';
import { useBenchMarks } from '../../lib/ui/bench-marks';

/**
 * The popup: wiring only — the summary the background published, the history from live queries,
 * shown by components.
 */
export function App({ published }: { published: Published | null }) {
  const now = useNow(1000);
  const { locale, intl, t } = useLocale();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const { summary, error, reload } = useSummary(published);
  const whatsNew = useWhatsNew();
  const start = summary?.periodStart ?? null;
  const live = usePopupLiveData(summary?.workspaceId || null, start);
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);

  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch((v) => setSettings(v ?? DEFAULT_SETTINGS));
  }, []);

  const [choice, setChoice] = useState<WorkspaceChoice | null>(null);
  useEffect(() => {
    void sendMessage('getWorkspaces', {}).then(setChoice, () => undefined);
  }, [summary?.workspaceId]);
  // Asked again whenever the summary changes (a send, a settled turn, a workspace switch).
  const [appCosts, setAppCosts] = useState<AppCostsData | null>(null);
  useEffect(() => {
    if (!summary) return;
    void sendMessage('getAppCosts', { workspaceId: summary.workspaceId }).then(setAppCosts, () => undefined);
  }, [summary]);
  // The switch is published: the watched summary follows.
  const switchWorkspace = (workspaceId: string) => {
    void sendMessage('setActiveWorkspace', { workspaceId }).catch((e: unknown) =>
      setRefreshError(e instanceof Error ? e.message : String(e)),
    );
  };

  const ready =
    summary !== null && (!summary.workspaceId || (live.series !== undefined && live.recent !== undefined));

  useBenchMarks({
    summary: summary !== null,
    live: live.series !== undefined && live.recent !== undefined,
    ready,
  });

  const refresh = () => {
    setRefreshing(true);
    setRefreshError(null);
    sendMessage('refreshNow', {})
      .catch((e: unknown) => setRefreshError(e instanceof Error ? e.message : String(e)))
      // What the refresh read is published: the watched summary follows.
      .finally(() => setRefreshing(false));
  };

  // Opening the popup asks once for a fresh reading when the one shown is over a minute old.
  const askedFresh = useRef(false);
  const staleOnOpen = summary !== null && needsRefresh(summary.readAt, now);
  useEffect(() => {
    if (summary === null || askedFresh.current) return;
    askedFresh.current = true;
    // After this render, not inside it.
    if (staleOnOpen) void Promise.resolve().then(refresh);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on the first summary
  }, [summary === null, staleOnOpen]);

  const onStatusAction = (action: Exclude<StatusAction, null>) => {
    if (action === 'openOptions') openOptionsPage();
    else if (action === 'openBase44') openBase44();
    else refresh();
  };

  const header = (
    <header className="popup-header">
      <h1>{t('appName')}</h1>
      <button
        type="button"
        onClick={refresh}
        disabled={refreshing}
        data-testid="refresh"
        aria-label={t('popup.refreshAria')}
      >
        {refreshing ? t('popup.refreshing') : t('refresh')}
      </button>
      <button type="button" onClick={openOptionsPage} aria-label={t('popup.settings')}>
        {t('popup.settings')}
      </button>
    </header>
  );

  if (!summary) {
    return (
      <main className="popup" aria-busy={!error}>
        {header}
        {error ? (
          <div className="banner error" role="alert">
            <strong>{t('popup.loadFailed')}</strong>
            <span className="small">{error}</span>
            <div className="actions">
              <button type="button" onClick={reload}>
                {t('tryAgain')}
              </button>
            </div>
          </div>
        ) : (
          <p className="muted">{t('loading')}</p>
        )}
      </main>
    );
  }

  const zone = { locale: intl };
  const price = creditPrice(moneyOf(settings));
  const firstRun = summary.readAt === null && summary.source === 'estimated';
  const forecast = forecastPace({
    series: live.series ?? [],
    limit: summary.message.limit,
    used: summary.message.used,
    nextReset: summary.nextReset,
    now,
  });
  const integration = integrationPace({
    snapshots: [],
    series: live.integrationSeries ?? [],
    pool: summary.source === 'estimated' ? null : summary.integration,
    nextReset: summary.nextReset,
    now,
  });

  return (
    <main className="popup" aria-busy={!ready}>
      {header}
      <StatusBanner
        kind={summary.status.kind}
        view={statusView(summary.status, zone, locale)}
        onAction={onStatusAction}
      />
      {refreshError && (
        <div className="banner error small" role="alert">
          {t('popup.refreshFailed', { error: refreshError })}
        </div>
      )}
      <WorkspacePicker
        active={summary.workspaceId}
        activeName={summary.workspaceName}
        workspaces={choice?.workspaces ?? []}
        onChange={switchWorkspace}
      />
      {whatsNew.note && <WhatsNew note={whatsNew.note} onDismiss={whatsNew.dismiss} />}
      {firstRun && <EmptyState onOpenBase44={openBase44} onOpenOptions={openOptionsPage} />}
      <ReadingInfo
        tier={summary.tier}
        planKnown={summary.planKnown}
        workspaceName={summary.workspaceName}
        source={summary.source}
        readAt={summary.readAt}
        now={now}
      />
      <div className="pools">
        <PoolGauge
          testId="pool-message"
          title={t('pool.message')}
          pool={summary.message}
          level={levelFor(summary.message.used, summary.message.limit, settings.thresholds)}
          price={price}
        />
        <PoolGauge
          testId="pool-integration"
          title={t('pool.integration')}
          pool={summary.integration}
          level={levelFor(summary.integration.used, summary.integration.limit, settings.thresholds)}
        />
      </div>
      {summary.daily && (
        <DailyCap
          daily={summary.daily}
          level={levelFor(summary.daily.used, summary.daily.limit, settings.thresholds)}
          now={now}
        />
      )}
      <section className="card" aria-label={t('popup.paceAria')}>
        <ResetCountdown at={summary.nextReset} now={now} />
        {/* A line needs two readings; until then the forecast line explains. */}
        {live.series && live.series.length > 1 && (
          <PaceSparkline
            series={live.series}
            limit={summary.message.limit}
            start={summary.periodStart}
            end={summary.nextReset ?? now}
          />
        )}
        <PaceForecast forecast={forecast} />
        <IntegrationPace pace={integration} />
      </section>
      {appCosts && (
        <AppCosts costs={appCosts} price={price} budgets={budgetsOf(settings).perApp}>
          {appCosts.focusedAppId !== null && (
            <AppPrefs
              key={appCosts.focusedAppId}
              appId={appCosts.focusedAppId}
              budget={budgetsOf(settings).perApp[appCosts.focusedAppId] ?? null}
              display={displayOf(settings).chip.perApp[appCosts.focusedAppId] ?? null}
              general={displayOf(settings).chip.display}
              onSave={(budget, display) => saveAppPrefs(appCosts.focusedAppId!, budget, display)}
            />
          )}
        </AppCosts>
      )}
      <RecentPrompts rows={live.recent ?? []} now={now} onOpenLedger={openLedgerPage} />
      <nav className="footer" aria-label={t('popup.moreAria')}>
        <button type="button" className="linklike" onClick={openCreditUsage}>
          {t('popup.creditUsage')}
        </button>
        <button type="button" className="linklike" onClick={openDiagnosticsPage}>
          {t('whatItSees')}
        </button>
      </nav>
    </main>
  );
}
