/**
 * The sandbox clock: real time plus an offset, or frozen at an instant, so tests can jump across
 * resets. Every workspace's account and the Monitoring API's rate limiter read it.
 */
export class SandboxClock {
  offset = 0;
  /** When set, the clock stands still at this instant (setClock({ freeze: true })). */
  frozenAt: number | null = null;

  now(): number {
    return this.frozenAt ?? Date.now() + this.offset;
  }

  reset(): void {
    this.offset = 0;
    this.frozenAt = null;
  }

  /** Jump to `now` and/or by `advanceMs`; `freeze` stops the clock there (true) or lets it run again (false). */
  set(c: { now?: number; advanceMs?: number; freeze?: boolean }): void {
    let t = c.now ?? this.now();
    if (c.advanceMs !== undefined) t += c.advanceMs;
    const freeze = c.freeze ?? this.frozenAt !== null;
    this.frozenAt = freeze ? t : null;
    this.offset = t - Date.now();
  }
}
