import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseCreditsUsed, parseTextBalance } from '../../../lib/base44/page-text';
import { createPageTextReader } from '../../../lib/content/features/page-text';
import type { PageText } from '../../../lib/messaging/protocol';

describe('parseTextBalance', () => {
  it.each([
    ['Sam · 3.5 credits left', { remaining: 3.5, limit: null, daily: null }],
    ['1,200 message credits remaining', { remaining: 1200, limit: null, daily: null }],
    ['12 of 500 credits left', { remaining: 12, limit: 500, daily: null }],
    [
      '4 credits left 2 of 5 daily credits left',
      { remaining: 4, limit: null, daily: { remaining: 2, limit: 5 } },
    ],
    ['Message credits: 20.5 of 25 used · 4.5 remaining', { remaining: 4.5, limit: 25, daily: null }],
    [
      'Message credits: 3 of 25 used 22 remaining Integration credits: 40 of 100 used Today: 1 of 5 daily credits used',
      { remaining: 22, limit: 25, daily: { remaining: 4, limit: 5 } },
    ],
  ])('%s', (text, expected) => {
    expect(parseTextBalance(text)).toEqual(expected);
  });

  it.each([
    'Credits unavailable',
    'Credits Used: 1.5',
    '30 of 20 credits left',
    'Build 3 pages with credits',
    '',
  ])('no balance in %j', (text) => {
    expect(parseTextBalance(text)).toBeNull();
  });
});

describe('parseCreditsUsed', () => {
  it('reads the figure, and nothing from other text', () => {
    expect(parseCreditsUsed('Credits Used: 1.5')).toBe(1.5);
    expect(parseCreditsUsed('credits used 2')).toBe(2);
    expect(parseCreditsUsed('Credits Used: unavailable')).toBeNull();
    expect(parseCreditsUsed('3 credits left')).toBeNull();
  });
});

describe('createPageTextReader', () => {
  const page = `<html><body>
    <div role="menu" data-state="open"><div>Sam</div><div>3.5 credits left</div></div>
    <div role="menu" hidden><div>9 credits left</div></div>
    <div data-chat-list>
      <div id="message-u1"><div class="flex justify-end"><div>Make it blue</div></div></div>
      <div id="message-a1"><p>Done</p><div role="menu" data-state="open">Credits Used: 0.5</div></div>
      <div id="message-u2"><div class="flex justify-end"><div>Add a page</div></div></div>
      <div id="message-a2"><p>Done</p><div role="menu" hidden>Credits Used: 1</div></div>
    </div>
  </body></html>`;

  it('reports the open menus once each: the balance, and a reply’s cost tied to the user message', () => {
    const { document } = parseHTML(page) as unknown as { document: Document };
    const sent: PageText[] = [];
    const reader = createPageTextReader(
      document,
      () => 'https://app.base44.com/apps/x/editor',
      (t) => sent.push(t),
    );
    reader.scan();
    reader.scan();
    expect(sent).toEqual([
      { kind: 'textBalance', remaining: 3.5, limit: null, daily: null },
      { kind: 'creditsUsed', messageId: 'u1', cost: 0.5 },
    ]);
    (document.querySelector('#message-a2 [role="menu"]') as HTMLElement).removeAttribute('hidden');
    reader.scan();
    expect(sent.at(-1)).toEqual({ kind: 'creditsUsed', messageId: 'u2', cost: 1 });
  });
});
