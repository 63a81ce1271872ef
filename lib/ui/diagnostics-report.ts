/**
 * "What Credit Meter sees" as plain lines, for the page and for "Copy report". Built only from
 * shapes, states and counts: no balance, prompt text, key or id from a response ever goes in.
 */
import type { DiagnosticsReport } from '../messaging/protocol';

export interface SourceLine {
  name: string;
  live: boolean;
  detail: string;
}

const ago = (at: number | null, now: number): string => {
  if (at === null) return 'never';
  const s = Math.max(0, Math.round((now - at) / 1000));
  return s < 90 ? `${s} s ago` : s < 5400 ? `${Math.round(s / 60)} min ago` : `${Math.round(s / 3600)} h ago`;
};

/** Each source and whether it is live, in words. */
export function sourceLines(r: DiagnosticsReport, now: number): SourceLine[] {
  const balance = r.balanceShapes[0];
  const ended = Object.entries(r.turns.by)
    .map(([by, n]) => `${n} by ${by}`)
    .join(', ');
  return [
    {
      name: 'Prompt box',
      live: r.composer?.found ?? false,
      detail: r.composer
        ? `${r.composer.found ? 'found' : 'not found'} on ${r.composer.route || 'a builder page'}, ${ago(r.composer.at, now)}`
        : 'no builder page seen yet',
    },
    {
      name: 'Balances from the builder',
      live: balance !== undefined,
      detail: balance
        ? r.balanceShapes.map((b) => `${b.urlShape} (${b.count}×, last ${ago(b.lastAt, now)})`).join('; ') +
          (r.unattributed > 0 ? `; ${r.unattributed} not used: their workspace could not be told` : '')
        : r.unattributed > 0
          ? `${r.unattributed} seen, none used: their workspace could not be told`
          : 'none seen yet',
    },
    {
      name: 'Turns followed',
      live: r.turns.ended > 0,
      detail:
        r.turns.ended > 0
          ? `${r.turns.ended} ended (${ended}), last ${ago(r.turns.lastAt, now)}`
          : 'none yet',
    },
    {
      name: 'Monitoring API',
      live: r.monitoring.configured && r.monitoring.status === 'ok',
      detail: r.monitoring.configured
        ? `state ${r.monitoring.status ?? 'not checked yet'}, ${ago(r.monitoring.at, now)}`
        : 'not set up (Enterprise workspaces only)',
    },
    {
      name: 'Builder session',
      live: r.signedIn.failures === 0,
      detail: r.signedIn.failures === 0 ? 'signed in' : `${r.signedIn.failures} refused requests in a row`,
    },
  ];
}

/** The text "Copy report" puts on the clipboard. */
export function reportText(r: DiagnosticsReport, now: number, userAgent: string): string {
  const lines = [
    'Credit Meter for Base44 — what it sees',
    `Version ${r.version}; ${userAgent}`,
    `Workspaces known: ${r.workspaceCount}; apps known: ${r.appCount}; model picked by hand: ${r.builderModelPicked ? 'yes' : 'no'}`,
    ...((r.dropped ?? 0) > 0 ? [`Page messages dropped (over the per-tab rate limit): ${r.dropped}`] : []),
    '',
    ...sourceLines(r, now).map((s) => `[${s.live ? 'live' : '—'}] ${s.name}: ${s.detail}`),
    '',
    'Responses not understood (URL shape: key names):',
    ...(r.unrecognised.length > 0
      ? r.unrecognised.map((u) => `- ${u.urlShape}: ${u.keys.join(', ') || '(no keys)'}`)
      : ['- none']),
  ];
  return lines.join('\n');
}
