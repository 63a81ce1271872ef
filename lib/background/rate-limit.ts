/**
 * Page messages per tab, as a token bucket: a builder tab may send a burst of `burst` messages, then
 * `perSecond` a second. Anything beyond is dropped and counted, so a page (or a script on it) cannot
 * flood the background with writes. Kept in memory: a stopped worker starts with full buckets.
 */
export const PAGE_MESSAGES_PER_SECOND = 20;
export const PAGE_MESSAGE_BURST = 40;
/** Buckets kept at most (tabs come and go); the least recently used goes first. */
const MAX_TABS = 200;

interface Bucket {
  tokens: number;
  at: number;
}

export interface Take {
  ok: boolean;
  /** Messages dropped since the last one let through (reported with the next accepted one). */
  dropped: number;
}

export class TabRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private pendingDrops = 0;

  constructor(
    private readonly perSecond = PAGE_MESSAGES_PER_SECOND,
    private readonly burst = PAGE_MESSAGE_BURST,
  ) {}

  /** One message from `tab` at `now`: let through or drop. */
  take(tab: string, now: number): Take {
    const prev = this.buckets.get(tab);
    // A clock set back gives no extra tokens (elapsed is never negative).
    const elapsed = prev ? Math.max(0, now - prev.at) / 1000 : 0;
    const tokens = prev ? Math.min(this.burst, prev.tokens + elapsed * this.perSecond) : this.burst;
    this.buckets.delete(tab);
    if (tokens < 1) {
      this.buckets.set(tab, { tokens, at: now });
      this.pendingDrops++;
      return { ok: false, dropped: 0 };
    }
    this.buckets.set(tab, { tokens: tokens - 1, at: now });
    if (this.buckets.size > MAX_TABS) this.buckets.delete(this.buckets.keys().next().value as string);
    const dropped = this.pendingDrops;
    this.pendingDrops = 0;
    return { ok: true, dropped };
  }
}
