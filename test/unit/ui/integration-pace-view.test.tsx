import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IntegrationPace } from '../../../components/IntegrationPace';
import { WhatsNew } from '../../../components/WhatsNew';
import { integrationPace } from '../../../lib/credits/integration-pace';

const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 1);
const RESET = Date.UTC(2026, 11, 1);
const pool = (used: number) => ({ limit: 1000, used, remaining: 1000 - used, bonus: null });

/** `perDay` integration credits a day for `days` days, as a downsampled chart series. */
const series = (perDay: number, days: number) =>
  Array.from({ length: days + 1 }, (_, d) => ({ at: START + d * DAY, used: perDay * d }));

describe('IntegrationPace', () => {
  it('running out before the reset: the date, the rate and what it stops', () => {
    const now = START + 10 * DAY;
    const pace = integrationPace({
      snapshots: [],
      series: series(60, 10),
      pool: pool(600),
      nextReset: RESET,
      now,
    });
    const html = renderToStaticMarkup(<IntegrationPace pace={pace} />);
    expect(html).toContain('data-kind="runsOut"');
    expect(html).toContain('the integration pool runs out on');
    expect(html).toContain('About 60 a day: 1,000 of 1,000 used by the reset.');
    expect(html).toContain('data-testid="integration-stops"');
  });

  it('on track: the projection, no warning', () => {
    const now = START + 10 * DAY;
    const pace = integrationPace({
      snapshots: [],
      series: series(10, 10),
      pool: pool(100),
      nextReset: RESET,
      now,
    });
    const html = renderToStaticMarkup(<IntegrationPace pace={pace} />);
    expect(html).toContain('data-kind="onTrack"');
    expect(html).toContain('About 10 a day: 300 of 1,000 used by the reset.');
    expect(html).not.toContain('integration-stops');
  });

  it('too little history: says so for this pool by name', () => {
    const pace = integrationPace({ snapshots: [], series: [], pool: pool(0), nextReset: RESET, now: START });
    const html = renderToStaticMarkup(<IntegrationPace pace={pace} />);
    expect(html).toContain('data-kind="noData"');
    expect(html).toContain('Integration credits: not enough history yet');
  });
});

describe('WhatsNew', () => {
  it('lists the lines for the version and offers a dismiss button', () => {
    const html = renderToStaticMarkup(
      <WhatsNew
        note={{ version: '0.2.0', lines: ['whatsNew.0_2_0.shortcut'] }}
        onDismiss={() => undefined}
      />,
    );
    expect(html).toContain('data-version="0.2.0"');
    expect(html).toContain('New in version 0.2.0');
    expect(html).toContain('A keyboard shortcut opens this popup.');
    expect(html).toContain('data-testid="whats-new-dismiss"');
  });
});
