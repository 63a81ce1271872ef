/**
 * Records each prompt send exactly once. The builder's own chat request (the page observer's
 * `chatSend`) is the primary source, because it carries the app id and the exact text; a UI send
 * (send click or Enter) is kept pending and recorded only if no chatSend arrives within the grace
 * period. A chatSend that matches a send already recorded from the UI is dropped.
 */
import type { TurnStart } from '../schema/observation';
import type { Timers } from './text-watcher';

export interface SendRecord {
  text: string;
  appId: string | null;
  at: number;
  source: 'request' | 'ui';
  /** The request that started the turn: a chat message, or a new app's `initial_message`. */
  start: TurnStart;
}

interface Recent {
  text: string;
  at: number;
}

export interface SendRecorderOptions {
  timers: Timers;
  now: () => number;
  record: (send: SendRecord) => void;
  /** How long a UI send waits for the matching chat request. */
  graceMs?: number;
  /** How long a recorded text is remembered for de-duplication. */
  memoryMs?: number;
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

export class SendRecorder {
  private pending: { send: SendRecord; timer: number } | null = null;
  private recentUi: Recent[] = [];
  private readonly graceMs: number;
  private readonly memoryMs: number;

  constructor(private readonly opts: SendRecorderOptions) {
    this.graceMs = opts.graceMs ?? 2000;
    this.memoryMs = opts.memoryMs ?? 60_000;
  }

  /** The user sent from the UI (click or Enter that the builder will act on). */
  uiSend(text: string, appId: string | null): void {
    if (!norm(text)) return;
    // A second UI event for the same send (Enter then the button's click) is the same send.
    if (this.pending && norm(this.pending.send.text) === norm(text)) return;
    this.flushPending();
    const send: SendRecord = { text, appId, at: this.opts.now(), source: 'ui', start: 'message' };
    const timer = this.opts.timers.setTimeout(() => this.flushPending(), this.graceMs);
    this.pending = { send, timer };
  }

  /** The builder's chat request (or a new app's first message) was seen. */
  requestSend(text: string, appId: string, at: number, start: TurnStart = 'message'): void {
    const key = norm(text);
    if (this.pending && norm(this.pending.send.text) === key) {
      this.opts.timers.clearTimeout(this.pending.timer);
      this.pending = null;
    } else {
      this.prune();
      const i = this.recentUi.findIndex((r) => r.text === key);
      if (i >= 0) {
        // Already recorded from the UI after the grace period ran out.
        this.recentUi.splice(i, 1);
        return;
      }
    }
    this.opts.record({ text, appId, at, source: 'request', start });
  }

  private flushPending(): void {
    if (!this.pending) return;
    const { send, timer } = this.pending;
    this.opts.timers.clearTimeout(timer);
    this.pending = null;
    this.prune();
    this.recentUi.push({ text: norm(send.text), at: send.at });
    this.opts.record(send);
  }

  private prune(): void {
    const cutoff = this.opts.now() - this.memoryMs;
    this.recentUi = this.recentUi.filter((r) => r.at >= cutoff);
  }

  cancel(): void {
    if (this.pending) this.opts.timers.clearTimeout(this.pending.timer);
    this.pending = null;
  }
}
