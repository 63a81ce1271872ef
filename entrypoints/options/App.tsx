import { useEffect, useState } from 'react';
import { ConnectionResult } from '../../components/ConnectionResult';
import { DeleteAllData } from '../../components/DeleteAllData';
import { ExportButtons } from '../../components/ExportButtons';
import { Field, fieldAria, TextField } from '../../components/Field';
import { OutcomeNote } from '../../components/OutcomeNote';
import { Toggle } from '../../components/Toggle';
import { keyKind, WORKSPACE_KEY_PREFIX } from '../../lib/base44/api-keys';
import { PLANS } from '../../lib/base44/plans';
import type { ConnectionResult as Result } from '../../lib/messaging/protocol';
import { sendMessage } from '../../lib/messaging/client';
import { settingsItem } from '../../lib/settings/items';
import { DEFAULT_SETTINGS, type DailyWindowRule } from '../../lib/settings/settings';
import { exportEverythingJson, exportLedgerCsv } from '../../lib/ui/export-data';
import { openDiagnosticsPage } from '../../lib/ui/open';
import {
  apiKeyHint,
  draftFromSettings,
  validateDraft,
  type DraftErrors,
  type SettingsDraft,
} from '../../lib/ui/settings-form';

type CredInfo = { hasKey: boolean; last4: string; workspaceId: string };

const WINDOW_RULES: { value: DailyWindowRule; label: string }[] = [
  { value: 'utcMidnight', label: 'Resets at midnight UTC' },
  { value: 'localMidnight', label: 'Resets at my local midnight' },
  { value: 'rolling24h', label: '24 hours after the first prompt of the day' },
];

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The options page: wiring of settings, credentials, export and delete. */
export function App() {
  const [draft, setDraft] = useState<SettingsDraft>(draftFromSettings(DEFAULT_SETTINGS));
  const [loaded, setLoaded] = useState(false);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [cred, setCred] = useState<CredInfo | null>(null);
  const [saveNote, setSaveNote] = useState<{ ok: boolean; text: string } | null>(null);
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
    const { settings, errors } = validateDraft(draft);
    setErrors(errors);
    if (!settings) {
      setSaveNote({ ok: false, text: 'Not saved: fix the fields marked below.' });
      return;
    }
    setBusy('save');
    try {
      await settingsItem.setValue(settings);
      const apiKey = draft.apiKey.trim();
      if (apiKey) {
        const result = await sendMessage('setCredentials', { apiKey, workspaceId: settings.workspaceId });
        setConn({ result, error: null });
        setDraft((d) => ({ ...d, apiKey: '' }));
        await loadCred();
        setSaveNote({
          ok: result.ok,
          text: result.ok
            ? 'Settings and API key saved.'
            : `Settings and API key saved, but: ${result.message}`,
        });
      } else {
        setSaveNote({ ok: true, text: 'Settings saved.' });
      }
    } catch (e) {
      setSaveNote({ ok: false, text: `Not saved: ${errorText(e)}` });
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
      setConn({ result: null, error: `Test failed: ${errorText(e)}` });
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
      <h1>Credit Meter settings</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        style={{ display: 'flex', flexDirection: 'column', gap: 16 }}
        noValidate
      >
        <fieldset>
          <legend>Base44 Monitoring API</legend>
          <p className="small muted" style={{ margin: 0 }} data-testid="monitoring-note">
            Optional, for Enterprise workspaces: Base44&apos;s Monitoring API answers only the owners and
            admins of a workspace on an Enterprise plan. With a key the meter reads account-wide balances even
            when the builder is closed; without it, the meter reads balances from the builder page. The key
            stays on this computer and is sent only to app.base44.com.
          </p>
          <TextField
            id="api-key"
            testId="api-key"
            label="API key"
            type="password"
            error={errors.apiKey}
            hint={
              <span data-testid="api-key-kind" data-kind={keyKind(draft.apiKey)}>
                {apiKeyHint(draft.apiKey, cred)}
              </span>
            }
            placeholder={
              cred?.hasKey
                ? `••••${cred.last4}`
                : `Paste a personal or workspace (${WORKSPACE_KEY_PREFIX}…) API key`
            }
            value={draft.apiKey}
            onChange={(v) => set('apiKey', v)}
          />
          <TextField
            id="workspace-id"
            testId="workspace-id"
            label="Workspace id"
            error={errors.workspaceId}
            hint="24 characters, from Base44's workspace settings."
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
              {busy === 'test' ? 'Testing…' : 'Test connection'}
            </button>
          </div>
          <ConnectionResult result={conn.result} error={conn.error} />
        </fieldset>

        <fieldset>
          <legend>Plan and billing</legend>
          <Field
            id="plan"
            label="Plan"
            error={errors.planOverride}
            hint="Automatic uses what Base44 reports."
          >
            <select
              {...fieldAria('plan', errors.planOverride, true)}
              data-testid="plan-override"
              value={draft.planOverride}
              onChange={(e) => set('planOverride', e.target.value)}
            >
              <option value="">Automatic</option>
              {PLANS.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </Field>
          <Toggle
            label="Set the billing day myself"
            checked={draft.anchorEnabled}
            onChange={(v) => set('anchorEnabled', v)}
            hint="Paid plans reset monthly at the time of purchase (UTC). Use this when Base44 does not report the reset."
            testId="anchor-enabled"
          />
          {draft.anchorEnabled && (
            <div className="inline-fields">
              <TextField
                id="anchor-day"
                testId="anchor-day"
                label="Day of month"
                error={errors.anchorDay}
                numeric
                size={4}
                value={draft.anchorDay}
                onChange={(v) => set('anchorDay', v)}
              />
              <TextField
                id="anchor-time"
                testId="anchor-time"
                label="Time (UTC, HH:MM)"
                error={errors.anchorTime}
                size={6}
                value={draft.anchorTime}
                onChange={(v) => set('anchorTime', v)}
              />
            </div>
          )}
          <Field
            id="daily-window"
            label="Free plan: when the daily cap resets"
            hint="Base44 doesn't document the exact instant; pick what matches what you see."
          >
            <select
              {...fieldAria('daily-window', undefined, true)}
              data-testid="daily-window"
              value={draft.dailyWindow}
              onChange={(e) => set('dailyWindow', e.target.value as DailyWindowRule)}
            >
              {WINDOW_RULES.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>

        <fieldset>
          <legend>Warnings</legend>
          <div className="inline-fields">
            <TextField
              id="warn"
              testId="threshold-warn"
              label="Warn at (% used)"
              error={errors.warn}
              numeric
              size={4}
              value={draft.warn}
              onChange={(v) => set('warn', v)}
            />
            <TextField
              id="critical"
              testId="threshold-critical"
              label="Critical at (% used)"
              error={errors.critical}
              numeric
              size={4}
              value={draft.critical}
              onChange={(v) => set('critical', v)}
            />
          </div>
          <Toggle
            label="Notify when a pool or the daily cap crosses a threshold"
            checked={draft.notifyThresholds}
            onChange={(v) => set('notifyThresholds', v)}
          />
          <Toggle
            label="Notify when a cap is reached"
            checked={draft.notifyCapReached}
            onChange={(v) => set('notifyCapReached', v)}
          />
          <Toggle
            label="Notify when credits reset"
            checked={draft.notifyReset}
            onChange={(v) => set('notifyReset', v)}
          />
        </fieldset>

        <fieldset>
          <legend>Prompt box</legend>
          <Toggle
            label="Ask before sending a prompt that would exceed what is left"
            checked={draft.confirmBeforeSend}
            onChange={(v) => set('confirmBeforeSend', v)}
            testId="confirm-before-send"
          />
          <Toggle
            label="Keep the start of each prompt in the ledger"
            checked={draft.storeExcerpts}
            onChange={(v) => set('storeExcerpts', v)}
            hint="Stored only on this computer, so you can tell prompts apart; never sent anywhere."
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
            {busy === 'save' ? 'Saving…' : 'Save settings'}
          </button>
          <OutcomeNote note={saveNote} testId="save-result" inline />
        </div>
      </form>

      <fieldset>
        <legend>Your data</legend>
        <p className="small muted" style={{ margin: 0 }}>
          Everything the meter records stays in this browser.
        </p>
        <ExportButtons
          onCsv={() => exportLedgerCsv(Date.now())}
          onJson={() => exportEverythingJson(Date.now())}
        />
        <DeleteAllData onDelete={deleteAll} />
      </fieldset>
      <p className="small">
        <button type="button" className="linklike" onClick={openDiagnosticsPage}>
          What Credit Meter sees
        </button>{' '}
        — which parts of the builder it can read, for bug reports when Base44 changes its page.
      </p>
    </main>
  );
}
