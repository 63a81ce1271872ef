/**
 * Debounced "the composer text changed": many input events in a burst become one call, and a call
 * whose text and mode equal the last one is skipped, so typing costs almost nothing per key.
 * Timers are injected so tests can drive them with fake timers and the content script can pass
 * ctx-bound ones that die with the context.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface TextWatcher {
  /** Something may have changed; `read` is called after the quiet period. */
  poke(): void;
  /** Compute now (e.g. at send time), skipping the delay. */
  flush(): void;
  /** Forget the last key so the next poke recomputes even if unchanged (e.g. new balance). */
  invalidate(): void;
  cancel(): void;
}

export function createTextWatcher<K>(opts: {
  delayMs: number;
  timers: Timers;
  /** Clock for the quiet period; a keystroke only records the time, it never re-arms a timer. */
  now: () => number;
  /** A fast typist still sees an update at least this often. */
  maxWaitMs?: number;
  /** Reads the current key (text + mode); cheap. */
  read: () => K;
  same: (a: K, b: K) => boolean;
  onChange: (key: K) => void;
}): TextWatcher {
  let timer: number | null = null;
  let lastPoke = 0;
  let burstStart = 0;
  const maxWait = opts.maxWaitMs ?? Infinity;
  let last: { key: K } | null = null;

  const run = () => {
    timer = null;
    const key = opts.read();
    if (last && opts.same(last.key, key)) return;
    last = { key };
    opts.onChange(key);
  };

  // One timer per burst: when it fires early (more keys came), it sleeps for the rest of the delay.
  const tick = () => {
    const now = opts.now();
    const wait = Math.min(lastPoke + opts.delayMs, burstStart + maxWait) - now;
    if (wait > 0) timer = opts.timers.setTimeout(tick, wait);
    else run();
  };

  return {
    poke() {
      lastPoke = opts.now();
      if (timer === null) {
        burstStart = lastPoke;
        timer = opts.timers.setTimeout(tick, opts.delayMs);
      }
    },
    flush() {
      if (timer !== null) opts.timers.clearTimeout(timer);
      run();
    },
    invalidate() {
      last = null;
    },
    cancel() {
      if (timer !== null) opts.timers.clearTimeout(timer);
      timer = null;
    },
  };
}
