/**
 * The chip's side of publishing (lib/background/publish.ts): after each change the background pushes
 * the context of this tab's workspace. Content scripts cannot read extension storage, so this
 * message is how the published summary reaches the chip. Only our own background's messages are
 * taken, and only in the shape the protocol says.
 */
import { browser } from 'wxt/browser';
import type { ComposerContext } from '../messaging/protocol';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const numOrNull = (v: unknown) => v === null || isNum(v);
const isPool = (p: unknown) => isObj(p) && isNum(p.limit) && isNum(p.used) && isNum(p.remaining);

/** The pushed context, or null when the message is not a well-formed push. */
export function contextFromPush(message: unknown): ComposerContext | null {
  if (!isObj(message) || message.cm !== 1 || message.push !== 'composerContext') return null;
  const d = message.data;
  if (!isObj(d) || !isObj(d.summary) || !isObj(d.calibration) || !isObj(d.settings)) return null;
  const s = d.summary;
  const daily = s.daily;
  const summaryOk =
    typeof s.workspaceId === 'string' &&
    isPool(s.message) &&
    isPool(s.integration) &&
    (daily === null || (isObj(daily) && isNum(daily.used) && isNum(daily.limit))) &&
    numOrNull(s.nextReset) &&
    numOrNull(s.readAt) &&
    isNum(s.periodStart) &&
    isObj(s.status) &&
    typeof s.status.kind === 'string';
  const t = d.settings.thresholds;
  const settingsOk =
    isObj(t) && isNum(t.warn) && isNum(t.critical) && typeof d.settings.confirmBeforeSend === 'boolean';
  const modelOk = d.builderModel === null || typeof d.builderModel === 'string';
  return summaryOk && settingsOk && modelOk && isObj(d.calibration.perScope)
    ? (d as unknown as ComposerContext)
    : null;
}

interface PushSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Our background: this extension, its own origin, and not a tab (a page or content script). */
function fromBackground(sender: PushSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    !sender.tab &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

/** Call `apply` with each context the background pushes, until `signal` aborts. */
export function subscribeContext(signal: AbortSignal, apply: (ctx: ComposerContext) => void): void {
  if (signal.aborted) return;
  const listener = (message: unknown, sender: PushSender): undefined => {
    if (!fromBackground(sender)) return;
    const ctx = contextFromPush(message);
    if (ctx) apply(ctx);
    // No reply: returning nothing leaves the message to other listeners.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
