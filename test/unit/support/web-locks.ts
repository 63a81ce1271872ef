/**
 * Node 20 has no `navigator.locks`; the background's exclusive sections need it. A minimal
 * in-process LockManager (exclusive mode, `ifAvailable`), the part of the Web Locks API the code uses.
 */
type Grant = (lock: { name: string } | null) => unknown;

/** Per name: the tail of the queue, and how many hold or wait. */
const queues = new Map<string, { tail: Promise<unknown>; count: number }>();

function request(name: string, optionsOrFn: LockOptions | Grant, maybeFn?: Grant): Promise<unknown> {
  const fn = (typeof optionsOrFn === 'function' ? optionsOrFn : maybeFn)!;
  const options = typeof optionsOrFn === 'function' ? {} : optionsOrFn;
  const queue = queues.get(name);
  // Available = nothing holds or waits for it, as in the real API.
  if (options.ifAvailable && queue) return Promise.resolve().then(() => fn(null));
  const entry = queue ?? { tail: Promise.resolve(), count: 0 };
  queues.set(name, entry);
  entry.count++;
  // Released when the callback's promise settles, before the caller sees the result.
  const run = entry.tail
    .then(() => fn({ name }))
    .finally(() => {
      if (--entry.count === 0 && queues.get(name) === entry) queues.delete(name);
    });
  entry.tail = run.catch(() => undefined);
  return run;
}

if (!globalThis.navigator?.locks) {
  const locks = { request } as unknown as LockManager;
  if (globalThis.navigator) Object.defineProperty(globalThis.navigator, 'locks', { value: locks });
  else Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true });
}
