/**
 * Runs async read-modify-write sections one after another within this worker, so two messages
 * arriving together cannot interleave their storage updates. (The worker is a single instance;
 * across restarts the storage itself carries the state.)
 */
const queues = new Map<string, Promise<unknown>>();

export function serial<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const prev = queues.get(name) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  const settled = run.catch(() => undefined);
  queues.set(name, settled);
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return run;
}
