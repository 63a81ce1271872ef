/** A cost the page states (a cost field, the "Credits Used" text) never overwrites a measured one. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import type { Sender } from '../../../lib/messaging/server';
import { APP, makeDeps, scriptedFetch, T0, text } from './helpers';

const PAGE: Sender = { kind: 'builder', url: `https://app.base44.com/apps/${APP}/editor/preview`, tabId: 9 };

beforeEach(() => fakeBrowser.reset());

describe('page-stated costs', () => {
  it('a chatCost observation and "Credits Used" text leave a balance-delta cost as it is', async () => {
    const { deps, db, clock } = makeDeps(scriptedFetch([text('', 500)]).fetch);
    const h = createHandlers(deps);
    const { id } = await h.promptSent(
      {
        sendId: 's1',
        at: T0,
        appId: APP,
        mode: 'build',
        text: 'x',
      },
      PAGE,
    );
    // Measured from the balance (as settleTurnCosts would).
    await db.ledger.update(id, { actual: 0.8, actualSource: 'balanceDelta', messageId: 'msg-1' });
    clock.now = T0 + 30_000;
    await h.pageObservation({ kind: 'chatCost', appId: APP, cost: 9, at: clock.now }, PAGE);
    await h.pageText({ kind: 'creditsUsed', messageId: 'msg-1', cost: 42 }, PAGE);
    expect(await db.ledger.get(id)).toMatchObject({ actual: 0.8, actualSource: 'balanceDelta' });
  });

  it('with nothing measured, the page-stated cost fills the gap', async () => {
    const { deps, db, clock } = makeDeps(scriptedFetch([text('', 500)]).fetch);
    const h = createHandlers(deps);
    const { id } = await h.promptSent(
      {
        sendId: 's2',
        at: T0,
        appId: APP,
        mode: 'build',
        text: 'x',
      },
      PAGE,
    );
    clock.now = T0 + 30_000;
    await h.pageObservation({ kind: 'chatCost', appId: APP, cost: 1.5, at: clock.now }, PAGE);
    expect(await db.ledger.get(id)).toMatchObject({ actual: 1.5, actualSource: 'builder' });
  });
});
