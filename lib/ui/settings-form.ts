import { keyKind, keyKindLabel } from '../base44/api-keys';
import { OBJECT_ID } from '../base44/urls';
import { PLANS } from '../base44/plans';
import type { DailyWindowRule, Settings } from '../settings/settings';

/** The options form as typed: strings for inputs, so bad input can be shown before it is saved. */
export interface SettingsDraft {
  /** A new key to store; empty = keep the stored one. */
  apiKey: string;
  workspaceId: string;
  /** '' = automatic. */
  planOverride: string;
  anchorEnabled: boolean;
  anchorDay: string;
  /** "HH:MM", UTC. */
  anchorTime: string;
  dailyWindow: DailyWindowRule;
  warn: string;
  critical: string;
  confirmBeforeSend: boolean;
  storeExcerpts: boolean;
  notifyThresholds: boolean;
  notifyCapReached: boolean;
  notifyReset: boolean;
}

export type DraftField = keyof SettingsDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

const pad = (n: number) => String(n).padStart(2, '0');

export function draftFromSettings(s: Settings): SettingsDraft {
  return {
    apiKey: '',
    workspaceId: s.workspaceId,
    planOverride: s.planOverride ?? '',
    anchorEnabled: s.billingAnchor !== null,
    anchorDay: String(s.billingAnchor?.day ?? 1),
    anchorTime: s.billingAnchor ? `${pad(s.billingAnchor.hour)}:${pad(s.billingAnchor.minute)}` : '00:00',
    dailyWindow: s.dailyWindow,
    warn: String(s.thresholds.warn),
    critical: String(s.thresholds.critical),
    confirmBeforeSend: s.confirmBeforeSend,
    storeExcerpts: s.storeExcerpts,
    notifyThresholds: s.notify.thresholds,
    notifyCapReached: s.notify.capReached,
    notifyReset: s.notify.reset,
  };
}

/**
 * The hint under the API key field: while typing, which kind of key it looks like (never the key);
 * otherwise what is stored, by its last four characters only.
 */
export function apiKeyHint(typed: string, saved: { hasKey: boolean; last4: string } | null): string {
  const label = keyKindLabel(keyKind(typed));
  if (label) {
    const scope =
      keyKind(typed) === 'workspace'
        ? 'works only for the workspace it was made in'
        : 'works for every workspace you can see';
    return saved?.hasKey
      ? `${label} — ${scope}. Saving replaces the key ending ${saved.last4 || '…'}.`
      : `${label} — ${scope}.`;
  }
  return saved?.hasKey ? `Key saved ••••${saved.last4}. Type a new key to replace it.` : 'No key saved.';
}

function wholeNumber(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/** Check the draft; on success, the Settings to store. Messages say what to type instead. */
export function validateDraft(d: SettingsDraft): { settings: Settings | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const workspaceId = d.workspaceId.trim();
  if (workspaceId && !OBJECT_ID.test(workspaceId)) {
    errors.workspaceId =
      'A workspace id is 24 characters, 0–9 and a–f (copy it from the Base44 address bar).';
  }
  const apiKey = d.apiKey.trim();
  if (apiKey && !workspaceId) errors.workspaceId = 'Enter the workspace id the API key belongs to.';
  if (apiKey && /\s/.test(apiKey)) errors.apiKey = 'The API key cannot contain spaces.';

  if (d.planOverride && !PLANS.some((p) => p.key === d.planOverride)) errors.planOverride = 'Unknown plan.';

  let billingAnchor: Settings['billingAnchor'] = null;
  if (d.anchorEnabled) {
    const day = wholeNumber(d.anchorDay);
    const time = /^(\d{1,2}):(\d{2})$/.exec(d.anchorTime.trim());
    const hour = time ? Number(time[1]) : NaN;
    const minute = time ? Number(time[2]) : NaN;
    if (day === null || day < 1 || day > 31)
      errors.anchorDay = 'Billing day must be a whole number from 1 to 31.';
    if (!time || hour > 23 || minute > 59) errors.anchorTime = 'Time must be HH:MM in UTC, e.g. 14:30.';
    if (day !== null && time && !errors.anchorDay && !errors.anchorTime)
      billingAnchor = { day, hour, minute };
  }

  const warn = wholeNumber(d.warn);
  const critical = wholeNumber(d.critical);
  if (warn === null || warn < 1 || warn > 100)
    errors.warn = 'Warning threshold must be a whole percent from 1 to 100.';
  if (critical === null || critical < 1 || critical > 100) {
    errors.critical = 'Critical threshold must be a whole percent from 1 to 100.';
  } else if (warn !== null && !errors.warn && critical <= warn) {
    errors.critical = 'Critical threshold must be higher than the warning threshold.';
  }

  if (Object.keys(errors).length > 0) return { settings: null, errors };
  return {
    errors,
    settings: {
      workspaceId,
      planOverride: d.planOverride || null,
      billingAnchor,
      dailyWindow: d.dailyWindow,
      thresholds: { warn: warn!, critical: critical! },
      confirmBeforeSend: d.confirmBeforeSend,
      storeExcerpts: d.storeExcerpts,
      notify: { thresholds: d.notifyThresholds, capReached: d.notifyCapReached, reset: d.notifyReset },
    },
  };
}
