/**
 * The Monitoring API's limit: 50 requests a minute, as a token bucket (docs). invented: counted per
 * key (the docs say per authenticated user; a key stands for its user here), the doubled Enterprise
 * limit left out, and the seconds to wait. It runs on the SANDBOX clock (not wall time), so a test
 * can refill it with setClock({advanceMs}).
 */
const CAPACITY = 50;
const REFILL_PER_MS = CAPACITY / 60_000;

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private buckets = new Map<string, Bucket>();

  clear(): void {
    this.buckets.clear();
  }

  /** Takes a token for `key`; when none is left, returns the seconds until one will be. */
  take(key: string, now: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const b = this.buckets.get(key) ?? { tokens: CAPACITY, at: now };
    // A clock set backwards refills nothing.
    const elapsed = Math.max(0, now - b.at);
    b.tokens = Math.min(CAPACITY, b.tokens + elapsed * REFILL_PER_MS);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / REFILL_PER_MS / 1000)) };
  }
}
