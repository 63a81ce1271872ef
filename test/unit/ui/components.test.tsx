import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConnectionResult } from '../../../components/ConnectionResult';
import { DailyCap } from '../../../components/DailyCap';
import { PaceSparkline } from '../../../components/PaceSparkline';
import { PoolGauge } from '../../../components/PoolGauge';
import { ReadingInfo } from '../../../components/ReadingInfo';
import { RecentPrompts } from '../../../components/RecentPrompts';
import { ResetCountdown } from '../../../components/ResetCountdown';
import { StatusBanner } from '../../../components/StatusBanner';
import { statusView } from '../../../lib/ui/status-action';
import type { LedgerRow } from '../../../lib/db/rows';

const NOW = Date.UTC(2026, 10, 21, 15, 30);
const noop = () => undefined;

/** Attributes of the element carrying `data-testid=id`, from static markup. */
function attrs(html: string, id: string): Record<string, string> {
  const tag = new RegExp(`<[a-z]+[^>]*data-testid="${id}"[^>]*>`).exec(html)?.[0];
  if (!tag) throw new Error(`no ${id} in ${html}`);
  return Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

describe('contract attributes', () => {
  it('ConnectionResult carries ok, status and the machine-readable outcome', () => {
    const html = renderToStaticMarkup(
      <ConnectionResult
        result={{ ok: false, status: 'apiRefused', outcome: 'notEnterprise', message: 'Not Enterprise.' }}
        error={null}
      />,
    );
    expect(attrs(html, 'connection-result')).toMatchObject({
      'data-ok': 'false',
      'data-status': 'apiRefused',
      'data-outcome': 'notEnterprise',
    });
    expect(html).toContain('>Not Enterprise.<');
    // A note is worded by the page (here in English), not taken from the background's sentence.
    const worded = renderToStaticMarkup(
      <ConnectionResult
        result={{
          ok: false,
          status: 'rateLimited',
          outcome: 'rateLimited',
          note: { code: 'rateLimited' },
          message: 'not shown',
        }}
        error={null}
      />,
    );
    expect(worded).toContain('>Rate limited by Base44 — try again in a minute.<');
    const failed = renderToStaticMarkup(<ConnectionResult result={null} error="Test failed: boom" />);
    expect(attrs(failed, 'connection-result')).toMatchObject({
      'data-status': 'error',
      'data-outcome': 'error',
    });
  });

  it('PoolGauge carries plain numbers and a labelled meter', () => {
    const html = renderToStaticMarkup(
      <PoolGauge
        testId="pool-message"
        title="Message credits"
        pool={{ limit: 250, used: 12.5, remaining: 237.5, bonus: 20 }}
        level="ok"
        locale="en-US"
      />,
    );
    expect(attrs(html, 'pool-message')).toMatchObject({
      'data-used': '12.5',
      'data-limit': '250',
      'data-remaining': '237.5',
    });
    expect(html).toContain('role="meter"');
    expect(html).toContain('aria-label="Message credits: 12.5 of 250 used"');
    expect(html).toContain('+20 bonus credits');
  });

  it('PoolGauge omits bonus when the source reports none', () => {
    const html = renderToStaticMarkup(
      <PoolGauge
        testId="pool-integration"
        title="Integration credits"
        pool={{ limit: 100, used: 0, remaining: 100, bonus: null }}
        level="ok"
      />,
    );
    expect(html).not.toContain('bonus');
  });

  it('DailyCap carries used and limit and names the reset time in the zone', () => {
    const resetAt = Date.UTC(2026, 10, 22, 0, 0);
    const html = renderToStaticMarkup(
      <DailyCap
        daily={{ used: 3, limit: 5, resetAt }}
        level="warn"
        now={NOW}
        zone={{ timeZone: 'Asia/Tokyo', locale: 'en-US' }}
      />,
    );
    expect(attrs(html, 'daily-cap')).toMatchObject({ 'data-used': '3', 'data-limit': '5' });
    expect(html.replace(/\s/g, ' ')).toContain('9:00 AM');
    expect(html).toContain('in 8 h 30 min');
  });

  it.each([
    ['America/Los_Angeles', 'Tue, Dec 1, 1:00 AM'],
    ['Asia/Tokyo', 'Tue, Dec 1, 6:00 PM'],
  ])('ResetCountdown carries data-at and shows local time in %s', (timeZone, local) => {
    const at = Date.UTC(2026, 11, 1, 9, 0);
    const html = renderToStaticMarkup(
      <ResetCountdown at={at} now={NOW} zone={{ timeZone, locale: 'en-US' }} />,
    );
    expect(attrs(html, 'next-reset')['data-at']).toBe(String(at));
    expect(html.replace(/\s/g, ' ')).toContain(local);
    expect(html).toContain('in 9 days 17 h');
  });

  it('ResetCountdown without a known reset says so and has no data-at', () => {
    const html = renderToStaticMarkup(<ResetCountdown at={null} now={NOW} />);
    expect(attrs(html, 'next-reset')['data-at']).toBeUndefined();
    expect(html).toContain('unknown');
  });

  it('StatusBanner always carries the status; ok is only for screen readers', () => {
    const ok = renderToStaticMarkup(<StatusBanner kind="ok" view={null} onAction={noop} />);
    expect(attrs(ok, 'status')['data-status']).toBe('ok');
    expect(ok).toContain('sr-only');
    const status = { kind: 'signedOut' as const, message: 'Sign in please', at: NOW };
    const out = renderToStaticMarkup(
      <StatusBanner kind="signedOut" view={statusView(status)} onAction={noop} />,
    );
    expect(attrs(out, 'status')['data-status']).toBe('signedOut');
    expect(out).toContain('Sign in to Base44');
    const full = { kind: 'storageFull' as const, message: 'Storage full', at: NOW };
    const fullOut = renderToStaticMarkup(
      <StatusBanner kind="storageFull" view={statusView(full)} onAction={noop} />,
    );
    expect(attrs(fullOut, 'status')['data-status']).toBe('storageFull');
  });
});

describe('what a person reads', () => {
  it('labels estimated numbers clearly and gives the age', () => {
    const est = renderToStaticMarkup(
      <ReadingInfo tier={null} workspaceName={null} source="estimated" readAt={null} now={NOW} />,
    );
    expect(est).toContain('estimated');
    expect(est).toContain('not read from Base44');
    const api = renderToStaticMarkup(
      <ReadingInfo tier="pro_yearly" workspaceName="Acme" source="api" readAt={NOW - 120_000} now={NOW} />,
    );
    expect(api).toContain('Pro');
    expect(api).toContain('Acme');
    expect(api).toContain('account API');
    expect(api).toContain('updated 2 min ago');
    // The API can be asked again; an old page reading can only wait for the page.
    expect(api).not.toContain('reading-page-waits');
  });

  it('an old reading from the builder page says it updates when the page loads its balance', () => {
    const view = (source: 'page' | 'pageText', age: number) =>
      renderToStaticMarkup(
        <ReadingInfo tier="free" workspaceName={null} source={source} readAt={NOW - age} now={NOW} />,
      );
    expect(view('page', 30_000)).not.toContain('reading-page-waits');
    for (const source of ['page', 'pageText'] as const) {
      const old = view(source, 5 * 60_000);
      expect(old).toContain('data-testid="reading-page-waits"');
      expect(old).toContain('updates when the builder page loads its balance');
    }
  });

  it('shows unknown actual costs as unknown', () => {
    const base: LedgerRow = {
      id: 1,
      sendId: 'a',
      at: NOW - 60_000,
      workspaceId: 'w',
      appId: null,
      mode: 'build',
      scope: 'feature',
      estimate: 1,
      low: 0.5,
      high: 2,
      actual: null,
      actualSource: null,
      repliedAt: null,
      excerpt: 'add a login page',
    };
    const html = renderToStaticMarkup(
      <RecentPrompts
        rows={[base, { ...base, id: 2, sendId: 'b', actual: 1.5, actualSource: 'builder' }]}
        now={NOW}
        zone={{ locale: 'en-US', timeZone: 'UTC' }}
        onOpenLedger={noop}
      />,
    );
    expect(html).toContain('actual unknown');
    expect(html).toContain('actual 1.5');
    expect(html).toContain('est 0.5–2');
    expect(html).toContain('add a login page');
  });

  it('draws the sparkline with one point per reading and a limit line', () => {
    const series = [
      { at: NOW - 3 * 86_400_000, used: 10 },
      { at: NOW - 86_400_000, used: 40 },
    ];
    const html = renderToStaticMarkup(
      <PaceSparkline
        series={series}
        limit={100}
        start={NOW - 5 * 86_400_000}
        end={NOW + 5 * 86_400_000}
        locale="en-US"
      />,
    );
    expect(attrs(html, 'sparkline')['data-points']).toBe('2');
    expect(html).toContain('points="20.00,36.20 40.00,24.80"');
    expect(html).toContain('from 10 to 40 of 100');
  });
});
