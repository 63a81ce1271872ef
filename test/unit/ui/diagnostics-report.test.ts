import { describe, expect, it } from 'vitest';
import type { DiagnosticsReport } from '../../../lib/messaging/protocol';
import { reportText, sourceLines } from '../../../lib/ui/diagnostics-report';

const NOW = Date.UTC(2026, 10, 27, 12, 0);

const report: DiagnosticsReport = {
  composer: { found: true, at: NOW - 30_000, route: '/apps/:id/editor/preview' },
  balanceShapes: [{ urlShape: '/api/workspace/:id/credit-balance', count: 3, lastAt: NOW - 60_000 }],
  unattributed: 1,
  turns: { ended: 4, by: { chatResponse: 3, conversation: 1 }, lastAt: NOW - 5_000 },
  unrecognised: [{ urlShape: '/api/apps/:id/chat/full-conversation', keys: ['items', 'cursor'], at: NOW }],
  version: '0.2.0',
  monitoring: { configured: false, status: null, at: null },
  signedIn: { failures: 0 },
  builderModelPicked: true,
  workspaceCount: 2,
  appCount: 5,
};

describe('diagnostics report', () => {
  it('says which sources are live', () => {
    expect(sourceLines(report, NOW).map((s) => [s.name, s.live])).toEqual([
      ['Prompt box', true],
      ['Balances from the builder', true],
      ['Turns followed', true],
      ['Monitoring API', false],
      ['Builder session', true],
    ]);
  });

  it('names URL shapes and key names, and nothing a response or prompt held', () => {
    const text = reportText(report, NOW, 'TestBrowser/1');
    expect(text).toContain('/api/workspace/:id/credit-balance (3×, last 60 s ago)');
    expect(text).toContain('/api/apps/:id/chat/full-conversation: items, cursor');
    expect(text).toContain('1 not used: their workspace could not be told');
    expect(text).toContain('Version 0.2.0; TestBrowser/1');
    expect(text).not.toMatch(/[0-9a-f]{24}/);
    expect(text).not.toContain('dropped');
  });

  it('counts page messages dropped by the rate limit', () => {
    expect(reportText({ ...report, dropped: 480 }, NOW, 'T')).toContain(
      'Page messages dropped (over the per-tab rate limit): 480',
    );
  });
});
