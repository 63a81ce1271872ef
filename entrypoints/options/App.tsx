import { useEffect, useState } from 'react';
import { ConnectionResult } from '../../components/ConnectionResult';
import { DeleteAllData } from '../../components/DeleteAllData';
import { DisplayFields } from '../../components/DisplayFields';
import { ExportButtons } from '../../components/ExportButtons';
import { FixLoopFields } from '../../components/FixLoopFields';
import { MoneyFields } from '../../components/MoneyFields';
import { Field, fieldAria, TextField } from '../../components/Field';
import { OutcomeNote } from '../../components/OutcomeNote';
import { ShortcutHint } from '../../components/ShortcutHint';
import { Toggle } from '../../components/Toggle';
import { keyKind, WORKSPACE_KEY_PREFIX } from '../../lib/base44/api-keys';
import { PLANS } from '../../lib/base44/plans';
import type { ConnectionNote, ConnectionResult as Result } from '../../lib/messaging/protocol';
import { connectionText } from '../../lib/i18n/connection-text';
import { sendMessage } from '../../lib/messaging/client';
import { settingsItem } from '../../lib/settings/items';
import { DEFAULT_SETTINGS, type DailyWindowRule } from '../../lib/settings/settings';
import { db } from '../../lib/db/instance';
import { exportEverythingJson, exportLedgerCsv } from '../../lib/ui/export-data';
import { openDiagnosticsPage } from '../../lib/ui/open';
import {
  apiKeyHint,
  draftFromSettings,
  validateDraft,
  withStoredPerApp,
  type DraftErrors,
  type SettingsDraft,
} from '../../lib/ui/settings-form';
import { useLocale } from '../../lib/ui/locale';
import type { UiKey } from '../../lib/i18n/ui-messages';
import type { Params } from '../../lib/i18n/translate';
import { isUiLanguage, LANGUAGE_NAMES, LOCALES } from '../../lib/i18n/locales';

type CredInfo = { hasKey: boolean; last4: string; workspaceId: string };

const WINDOW_RULES: readonly DailyWindowRule[] = ['utcMidnight', 'localMidnight', 'rolling24h'];

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The options page: wiring of settings, credentials, export and delete. */
export function App() {
  const { locale, t } = useLocale();
  const [draft, setDraft] = useState<SettingsDraft>(draftFromSettings(DEFAULT_SETTINGS));
  const [loaded, setLoaded] = useState(false);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [cred, setCred] = useState<CredInfo | null>(null);
  // Kept as a message key, so the note follows a language change made by this very save.
  // `conn`: a refused key, worded at render time like the rest of the note.
  const [saveNote, setSaveNote] = useState<{
    ok: boolean;
    key: UiKey;
    params?: Params;
    conn?: ConnectionNote;
  } | null>(null);
  const [conn, setConn] = useState<{ result: Result | null; error: string | null }>({
    result: null,
    error: null,
  });
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);

  const loadCred = () =>
    sendMessage('getCredentialsInfo', {}).then(setCred, () =>
      setCred({ hasKey: false, last4: '', workspaceId: '' }),
    );

  useEffect(() => {
    void settingsItem.getValue().then((s) => {
      setDraft(draftFromSettings(s));
      setLoaded(true);
    });
    void loadCred();
  }, []);

  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    setSaveNote(null);
    const { settings, errors } = validateDraft(draft, locale);
    setErrors(errors);
    if (!settings) {
      setSaveNote({ ok: false, key: 'options.fixFields' });
      return;
    }
    setBusy('save');
    try {
      await settingsItem.setValue(withStoredPerApp(settings, await settingsItem.getValue()));
      const apiKey = draft.apiKey.trim();
      if (apiKey) {
        const result = await sendMessage('setCredentials', { apiKey, workspaceId: settings.workspaceId });
        setConn({ result, error: null });
        setDraft((d) => ({ ...d, apiKey: '' }));
        await loadCred();
        setSaveNote({
          ok: result.ok,
          ...(result.ok
            ? { key: 'options.savedWithKey' as const }
            : { key: 'options.savedKeyBut' as const, conn: result.note }),
        });
      } else {
        setSaveNote({ ok: true, key: 'options.saved' });
      }
    } catch (e) {
      setSaveNote({ ok: false, key: 'options.notSaved', params: { error: errorText(e) } });
    } finally {
      setBusy(null);
    }
  };

  const test = async () => {
    setBusy('test');
    setConn({ result: null, error: null });
    try {
      const apiKey = draft.apiKey.trim() || undefined;
      const workspaceId = draft.workspaceId.trim() || undefined;
      setConn({ result: await sendMessage('testConnection', { apiKey, workspaceId }), error: null });
    } catch (e) {
      setConn({ result: null, error: t('options.testFailed', { error: errorText(e) }) });
    } finally {
      setBusy(null);
    }
  };

  const deleteAll = async () => {
    await sendMessage('deleteAllData', {});
    setDraft(draftFromSettings(await settingsItem.getValue()));
    setConn({ result: null, error: null });
    await loadCred();
  };

  return (
    <main className="page" aria-busy={!loaded}>
      <h1>{t('options.title')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        style={{ display: 'flex', flexDirection: 'column', gap: 16 }}
        noValidate
      >
        <fieldset>
          <legend>{t('options.language')}</legend>
          <Field id="ui-language" label={t('options.languageLabel')} hint={t('options.languageHint')}>
            <select
              {...fieldAria('ui-language', undefined, true)}
              data-testid="ui-language"
              value={draft.uiLanguage}
              onChange={(e) => set('uiLanguage', isUiLanguage(e.target.value) ? e.target.value : 'auto')}
            >
              <option value="auto">{t('options.languageAuto')}</option>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('options.monitoring')}</legend>
          <p className="small muted" style={{ margin: 0 }} data-testid="monitoring-note">
            {t('options.monitoringNote')}
          </p>
          <TextField
            id="api-key"
            testId="api-key"
            label={t('options.apiKey')}
            type="password"
            error={errors.apiKey}
            hint={
              <span data-testid="api-key-kind" data-kind={keyKind(draft.apiKey)}>
                {apiKeyHint(draft.apiKey, cred, locale)}
              </span>
            }
            placeholder={
              cred?.hasKey
                ? `••••${cred.last4}`
                : t('options.apiKeyPlaceholder', { prefix: WORKSPACE_KEY_PREFIX })
            }
            value={draft.apiKey}
            onChange={(v) => set('apiKey', v)}
          />
          <TextField
            id="workspace-id"
            testId="workspace-id"
            label={t('options.workspaceId')}
            error={errors.workspaceId}
            hint={t('options.workspaceIdHint')}
            value={draft.workspaceId}
            onChange={(v) => set('workspaceId', v)}
          />
          <div>
            <button
              type="button"
              data-testid="test-connection"
              disabled={busy !== null}
              onClick={() => void test()}
            >
              {busy === 'test' ? t('options.testing') : t('options.test')}
            </button>
          </div>
          <ConnectionResult result={conn.result} error={conn.error} />
        </fieldset>

        <fieldset>
          <legend>{t('options.planBilling')}</legend>
          <Field id="plan" label={t('options.plan')} error={errors.planOverride} hint={t('options.planHint')}>
            <select
              {...fieldAria('plan', errors.planOverride, true)}
              data-testid="plan-override"
              value={draft.planOverride}
              onChange={(e) => set('planOverride', e.target.value)}
            >
              <option value="">{t('options.automatic')}</option>
              {PLANS.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </Field>
          <Toggle
            label={t('options.anchor')}
            checked={draft.anchorEnabled}
            onChange={(v) => set('anchorEnabled', v)}
            hint={t('options.anchorHint')}
            testId="anchor-enabled"
          />
          {draft.anchorEnabled && (
            <div className="inline-fields">
              <TextField
                id="anchor-day"
                testId="anchor-day"
                label={t('options.anchorDay')}
                error={errors.anchorDay}
                numeric
                size={4}
                value={draft.anchorDay}
                onChange={(v) => set('anchorDay', v)}
              />
              <TextField
                id="anchor-time"
                testId="anchor-time"
                label={t('options.anchorTime')}
                error={errors.anchorTime}
                size={6}
                value={draft.anchorTime}
                onChange={(v) => set('anchorTime', v)}
              />
            </div>
          )}
          <Field id="daily-window" label={t('options.dailyWindow')} hint={t('options.dailyWindowHint')}>
            <select
              {...fieldAria('daily-window', undefined, true)}
              data-testid="daily-window"
              value={draft.dailyWindow}
              onChange={(e) => set('dailyWindow', e.target.value as DailyWindowRule)}
            >
              {WINDOW_RULES.map((r) => (
                <option key={r} value={r}>
                  {t(`window.${r}`)}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('options.warnings')}</legend>
          <div className="inline-fields">
            <TextField
              id="warn"
              testId="threshold-warn"
              label={t('options.warnAt')}
              error={errors.warn}
              numeric
              size={4}
              value={draft.warn}
              onChange={(v) => set('warn', v)}
            />
            <TextField
              id="critical"
              testId="threshold-critical"
              label={t('options.criticalAt')}
              error={errors.critical}
              numeric
              size={4}
              value={draft.critical}
              onChange={(v) => set('critical', v)}
            />
          </div>
          <TextField
            id="daily-budget"
            testId="daily-budget"
            label={t('options.dailyBudget')}
            hint={t('options.dailyBudgetHint')}
            error={errors.dailyBudget}
            type="number"
            step="any"
            size={6}
            value={draft.dailyBudget}
            onChange={(v) => set('dailyBudget', v)}
          />
          <Toggle
            label={t('options.notifyThresholds')}
            checked={draft.notifyThresholds}
            onChange={(v) => set('notifyThresholds', v)}
          />
          <Toggle
            label={t('options.notifyCap')}
            checked={draft.notifyCapReached}
            onChange={(v) => set('notifyCapReached', v)}
          />
          <Toggle
            label={t('options.notifyReset')}
            checked={draft.notifyReset}
            onChange={(v) => set('notifyReset', v)}
          />
        </fieldset>

        <FixLoopFields draft={draft} errors={errors} set={set} />
        <MoneyFields draft={draft} errors={errors} set={set} />
        <DisplayFields draft={draft} errors={errors} set={set} />

        <fieldset>
          <legend>{t('options.promptBox')}</legend>
          <Toggle
            label={t('options.confirm')}
            checked={draft.confirmBeforeSend}
            onChange={(v) => set('confirmBeforeSend', v)}
            testId="confirm-before-send"
          />
          <Toggle
            label={t('options.excerpts')}
            checked={draft.storeExcerpts}
            onChange={(v) => set('storeExcerpts', v)}
            hint={t('options.excerptsHint')}
            testId="store-excerpts"
          />
        </fieldset>

        <div className="row" style={{ justifyContent: 'flex-start' }}>
          <button
            type="submit"
            className="primary"
            data-testid="save-settings"
            disabled={busy !== null || !loaded}
          >
            {busy === 'save' ? t('options.saving') : t('options.save')}
          </button>
          <OutcomeNote
            note={
              saveNote && {
                ok: saveNote.ok,
                text: t(
                  saveNote.key,
                  saveNote.conn ? { message: connectionText(saveNote.conn, locale) } : saveNote.params,
                ),
              }
            }
            testId="save-result"
            inline
          />
        </div>
      </form>

      <fieldset>
        <legend>{t('welcome.shortcutTitle')}</legend>
        <ShortcutHint />
      </fieldset>

      <fieldset>
        <legend>{t('options.yourData')}</legend>
        <p className="small muted" style={{ margin: 0 }}>
          {t('options.dataLocal')}
        </p>
        <ExportButtons
          onCsv={() => exportLedgerCsv(db, Date.now())}
          onJson={() => exportEverythingJson(db, Date.now())}
        />
        <DeleteAllData onDelete={deleteAll} />
      </fieldset>
      <p className="small">
        <button type="button" className="linklike" onClick={openDiagnosticsPage}>
          {t('whatItSees')}
        </button>{' '}
        {t('options.diagnosticsNote')}
      </p>
    </main>
  );
}
