import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTextWatcher } from '../../../lib/content/text-watcher';

const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id: number) => clearTimeout(id),
};

describe('createTextWatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(maxWaitMs?: number) {
    let text = '';
    const onChange = vi.fn();
    const w = createTextWatcher<string>({
      delayMs: 120,
      maxWaitMs,
      timers,
      now: () => Date.now(),
      read: () => text,
      same: (a, b) => a === b,
      onChange,
    });
    return { w, onChange, type: (t: string) => (text = t) };
  }

  it('waits for typing to pause, then computes once', () => {
    const { w, onChange, type } = setup();
    for (const t of ['A', 'Ad', 'Add', 'Add a']) {
      type(t);
      w.poke();
      vi.advanceTimersByTime(50);
    }
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(120);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('Add a');
  });

  it('keeps one timer per burst however many keys arrive', () => {
    const { w, type } = setup();
    const spy = vi.spyOn(timers, 'setTimeout');
    for (let i = 0; i < 100; i++) {
      type('x'.repeat(i + 1));
      w.poke();
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(500);
    // The first arm, plus one re-arm each time it fired mid-burst (every 120 ms of 500 ms typing).
    expect(spy.mock.calls.length).toBeLessThanOrEqual(6);
    spy.mockRestore();
  });

  it('with a max wait, a fast typist still gets an update every second', () => {
    const { w, onChange, type } = setup(1000);
    for (let i = 0; i < 500; i++) {
      type('y'.repeat(i + 1));
      w.poke();
      vi.advanceTimersByTime(5); // 2.5 s of keys 5 ms apart: never a 120 ms pause
    }
    expect(onChange.mock.calls.length).toBe(2);
    vi.advanceTimersByTime(200);
    expect(onChange.mock.calls.at(-1)?.[0]).toBe('y'.repeat(500));
  });

  it('without a max wait, nothing runs until typing pauses', () => {
    const { w, onChange, type } = setup();
    for (let i = 0; i < 500; i++) {
      type('z'.repeat(i + 1));
      w.poke();
      vi.advanceTimersByTime(5);
    }
    expect(onChange).not.toHaveBeenCalled();
  });

  it('skips the work when the text has not changed', () => {
    const { w, onChange, type } = setup();
    type('hello');
    w.poke();
    vi.advanceTimersByTime(200);
    w.poke();
    vi.advanceTimersByTime(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    type('hello!');
    w.poke();
    vi.advanceTimersByTime(200);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('recomputes unchanged text after invalidate (new balance)', () => {
    const { w, onChange, type } = setup();
    type('x');
    w.flush();
    w.flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    w.invalidate();
    w.flush();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('flush computes at once and cancels the pending run', () => {
    const { w, onChange, type } = setup();
    type('now');
    w.poke();
    w.flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('cancel drops a pending run', () => {
    const { w, onChange, type } = setup();
    type('gone');
    w.poke();
    w.cancel();
    vi.advanceTimersByTime(500);
    expect(onChange).not.toHaveBeenCalled();
  });
});
