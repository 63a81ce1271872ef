import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SendRecorder, type SendRecord } from '../../../lib/content/send-recorder';

const APP = '64b7f1a2c3d4e5f60718293a';

describe('SendRecorder', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  function setup() {
    const records: SendRecord[] = [];
    const r = new SendRecorder({
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
        clearTimeout: (id) => clearTimeout(id),
      },
      now: () => Date.now(),
      record: (s) => records.push(s),
    });
    return { r, records };
  }

  it('records the chat request and drops the matching UI send', () => {
    const { r, records } = setup();
    r.uiSend('Add a login page', null);
    vi.advanceTimersByTime(300);
    r.requestSend('Add a login page', APP, 1_000_300);
    vi.advanceTimersByTime(5000);
    expect(records).toEqual([
      { text: 'Add a login page', appId: APP, at: 1_000_300, source: 'request', start: 'message' },
    ]);
  });

  it('falls back to the UI send when no chat request arrives within 2 s', () => {
    const { r, records } = setup();
    r.uiSend('Make it blue', APP);
    vi.advanceTimersByTime(1999);
    expect(records).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(records).toEqual([
      { text: 'Make it blue', appId: APP, at: 1_000_000, source: 'ui', start: 'message' },
    ]);
  });

  it('does not record twice when the chat request comes after the fallback', () => {
    const { r, records } = setup();
    r.uiSend('Slow network', APP);
    vi.advanceTimersByTime(2500);
    r.requestSend('Slow network', APP, Date.now());
    expect(records.map((x) => x.source)).toEqual(['ui']);
  });

  it('treats Enter followed by a click for the same text as one send', () => {
    const { r, records } = setup();
    r.uiSend('Same', APP);
    r.uiSend('Same', APP);
    vi.advanceTimersByTime(3000);
    expect(records).toHaveLength(1);
  });

  it('records a chat request without any UI event (e.g. sent by another control)', () => {
    const { r, records } = setup();
    r.requestSend('From elsewhere', APP, 5);
    expect(records).toEqual([
      { text: 'From elsewhere', appId: APP, at: 5, source: 'request', start: 'message' },
    ]);
  });

  it('records two different prompts sent in a row', () => {
    const { r, records } = setup();
    r.uiSend('first', APP);
    r.uiSend('second', APP);
    vi.advanceTimersByTime(3000);
    expect(records.map((x) => x.text)).toEqual(['first', 'second']);
  });

  it('the same prompt sent again later is a new send', () => {
    const { r, records } = setup();
    r.requestSend('retry', APP, 1);
    r.requestSend('retry', APP, 2);
    expect(records).toHaveLength(2);
  });

  it('ignores empty sends', () => {
    const { r, records } = setup();
    r.uiSend('   ', APP);
    vi.advanceTimersByTime(3000);
    expect(records).toHaveLength(0);
  });
});
