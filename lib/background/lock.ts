/**
 * Exclusive sections over the Web Locks API: a read-modify-write of extension storage runs alone,
 * and a lock dies with the worker that held it (nothing stored can outlive a stopped worker).
 */
const PREFIX = 'credit-meter:';

/** Run `fn` once no other section of the same name runs (first come, first served). */
export function exclusive<T>(name: string, fn: () => Promise<T>): Promise<T> {
  // The callback's promise is awaited by the lock manager; the result is its value.
  return navigator.locks.request(PREFIX + name, fn) as Promise<unknown> as Promise<T>;
}

/** Run `fn` only if no section of that name runs now; else resolve to `busy` without waiting. */
export function ifFree<T, B>(name: string, busy: B, fn: () => Promise<T>): Promise<T | B> {
  return navigator.locks.request(PREFIX + name, { ifAvailable: true }, (lock) =>
    lock ? fn() : busy,
  ) as Promise<unknown> as Promise<T | B>;
}
