/**
 * Property test of the content script's door to the page: whatever a page (or another frame, or an
 * extension) posts, `acceptPageMessage` never throws, lets through only this window's messages from
 * app.base44.com on our channel, and only observations that meet the contract.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE44_ORIGIN } from '../../../lib/base44/urls';
import { acceptPageMessage } from '../../../lib/page-observer/bridge';
import { PAGE_CHANNEL } from '../../../lib/page-observer/channel';
import { validateObservation } from '../../../lib/schema/observation';
import { NOW, rawObservation, satisfiesContract } from './contract';

const RUNS = 10_000;
const SELF = { window: 'self' };
const OTHER = { window: 'other' };

const source = fc.constantFrom<unknown>(SELF, SELF, SELF, OTHER, null, undefined, {}, 'self');
const origin = fc.oneof(
  { weight: 6, arbitrary: fc.constant(BASE44_ORIGIN) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'https://app.base44.com.evil.example',
      'http://app.base44.com',
      'https://base44.com',
      'https://APP.BASE44.COM',
      'https://app.base44.com:443',
      'https://app.base44.com/',
      'null',
      '',
      'chrome-extension://abc',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
const data = fc.oneof(
  // Well-formed envelopes carrying raw observations near and far from valid.
  {
    weight: 6,
    arbitrary: rawObservation.map((observation) => ({ channel: PAGE_CHANNEL, v: 1, observation })),
  },
  // Envelopes a little off.
  {
    weight: 2,
    arbitrary: fc.record({
      channel: fc.constantFrom(PAGE_CHANNEL, PAGE_CHANNEL + ' ', 'other', undefined),
      v: fc.constantFrom<unknown>(1, '1', 2, 0, undefined, 1.0000001),
      observation: rawObservation,
    }),
  },
  // Anything at all, including prototypes and getters-free odd values.
  {
    weight: 2,
    arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withMap: true }),
  },
);

describe('acceptPageMessage (property)', () => {
  it(`never throws; accepts only this window, Base44's origin, our channel and valid observations (${RUNS} cases)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(source, origin, data, (src, org, d) => {
        const out = acceptPageMessage({ source: src as MessageEventSource, origin: org, data: d }, SELF, NOW);
        if (out === null) return true;
        accepted++;
        expect(src).toBe(SELF);
        expect(org).toBe(BASE44_ORIGIN);
        const env = d as { channel: unknown; v: unknown };
        expect(env.channel).toBe(PAGE_CHANNEL);
        expect(env.v).toBe(1);
        expect(satisfiesContract(out)).toBe(true);
        expect(validateObservation(out, NOW)).toEqual(out);
        return true;
      }),
      { numRuns: RUNS },
    );
    // The generator reaches the accepting path, not only the rejections.
    expect(accepted).toBeGreaterThan(RUNS / 100);
  });

  it('a hostile envelope (throwing getters, a proxy) is refused, not thrown', () => {
    const getterBomb = Object.defineProperty({ v: 1, observation: {} }, 'channel', {
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
      },
    );
    for (const d of [getterBomb, proxy, { channel: PAGE_CHANNEL, v: 1, observation: proxy }]) {
      expect(() =>
        acceptPageMessage({ source: SELF as never, origin: BASE44_ORIGIN, data: d }, SELF, NOW),
      ).not.toThrow();
      expect(
        acceptPageMessage({ source: SELF as never, origin: BASE44_ORIGIN, data: d }, SELF, NOW),
      ).toBeNull();
    }
  });
});
