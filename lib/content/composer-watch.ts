/**
 * Keeps track of the builder's composer: scans the page when it changes (mutation bursts coalesced,
 * single-page navigation) and on a slow poll, finds the composer again after a re-render, and tells
 * each subscriber what the scan found. Features subscribe; nothing here touches the page.
 */
import { findComposer, findSendButton, isDiscussMode, type ComposerParts } from '../base44/selectors';
import type { ChatMode } from '../estimate/types';
import type { ContentEnv } from './env';

/** Mutation bursts are coalesced into one scan. */
const SCAN_DELAY_MS = 150;
/** Slow safety net: picks up programmatic text changes and missing composers. */
const POLL_MS = 1000;

/** Attributes whose changes can show, hide or switch the composer (placeholders, Radix toggles). */
const WATCHED_ATTRIBUTES = [
  'data-state',
  'aria-pressed',
  'aria-checked',
  'placeholder',
  'aria-placeholder',
  'hidden',
];

/** The mode a send from this composer is in. */
export const composerMode = (parts: Pick<ComposerParts, 'input' | 'discussToggle'>): ChatMode =>
  isDiscussMode(parts) ? 'discuss' : 'build';

/** Why a scan ran: a page change, or the once-a-second poll (for work too costly per mutation). */
export type ScanReason = 'change' | 'poll';

export interface ComposerWatch {
  /** The composer the last scan found, or null. */
  current(): ComposerParts | null;
  /** Called after every scan, in subscription order, with what it found. */
  onScan(fn: (parts: ComposerParts | null, reason: ScanReason) => void): void;
  /** Scan now and start watching (after every feature has subscribed). */
  start(): void;
}

export function watchComposer(env: ContentEnv, signal: AbortSignal): ComposerWatch {
  const { doc, win, timers } = env;
  const subscribers: ((parts: ComposerParts | null, reason: ScanReason) => void)[] = [];
  let parts: ComposerParts | null = null;

  const find = (): ComposerParts | null => {
    if (parts?.input.isConnected) {
      // The toggle and button may be re-rendered on their own; find them again inside the box.
      if (parts.discussToggle && !parts.discussToggle.isConnected)
        parts.discussToggle = findComposer(parts.box)?.discussToggle ?? null;
      if (parts.sendButton && !parts.sendButton.isConnected) parts.sendButton = findSendButton(parts.box);
      return parts;
    }
    return findComposer(doc);
  };

  const scan = (reason: ScanReason) => {
    if (signal.aborted) return;
    parts = find();
    for (const fn of subscribers) fn(parts, reason);
  };

  let scanTimer: number | null = null;
  const scheduleScan = () => {
    if (scanTimer !== null) return;
    scanTimer = timers.setTimeout(() => {
      scanTimer = null;
      scan('change');
    }, SCAN_DELAY_MS);
  };

  const poll = () => {
    if (signal.aborted) return;
    scan('poll');
    timers.setTimeout(poll, POLL_MS);
  };

  return {
    current: () => parts,
    onScan: (fn) => void subscribers.push(fn),
    start() {
      const observer = new MutationObserver(scheduleScan);
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: WATCHED_ATTRIBUTES,
      });
      signal.addEventListener('abort', () => {
        observer.disconnect();
        if (scanTimer !== null) timers.clearTimeout(scanTimer);
      });
      env.listen(win, 'wxt:locationchange', scheduleScan, { signal });
      timers.setTimeout(poll, POLL_MS);
      scan('change');
    },
  };
}
