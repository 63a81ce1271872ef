/**
 * Context refresh: the balance, calibration, builder model and chip settings from the background
 * (never IndexedDB here). Asked for when the page opens, when the person comes back to the tab or
 * moves to another app; after that the background pushes each change (lib/content/summary-feed.ts),
 * so nothing here polls.
 */
import type { ComposerContext } from '../../messaging/protocol';
import type { ContentEnv } from '../env';

export interface ContextFeed {
  /** The last context the background gave, or null while none has arrived. */
  current(): ComposerContext | null;
  /** True until the background answers, and again whenever its last answer failed. */
  balanceUnknown(): boolean;
  /** Called after every refresh or push: `answered` false when the background did not answer. */
  onChange(fn: (answered: boolean) => void): void;
}

export function initContextRefresh(env: ContentEnv, signal: AbortSignal): ContextFeed {
  const { doc } = env;
  const subscribers: ((answered: boolean) => void)[] = [];
  let context: ComposerContext | null = null;
  let unknown = true;

  const settle = (next: ComposerContext | null) => {
    if (signal.aborted) return;
    // Background asleep or not ready: keep the last context, say the balance is unknown.
    if (next) context = next;
    unknown = next === null;
    for (const fn of subscribers) fn(next !== null);
  };

  // A push that lands while a request is out is newer than the request's answer.
  let pushes = 0;
  const refresh = () => {
    const asked = pushes;
    env.getContext().then(
      (next) => asked === pushes && settle(next),
      () => asked === pushes && settle(null),
    );
  };

  env.listen(
    doc,
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'visible') refresh();
    },
    { signal },
  );
  // Another app may have its own chip display and budget.
  env.listen(env.win, 'wxt:locationchange', refresh, { signal });
  refresh();
  env.subscribeContext(signal, (next) => {
    pushes++;
    settle(next);
  });

  return {
    current: () => context,
    balanceUnknown: () => unknown,
    onChange: (fn) => void subscribers.push(fn),
  };
}
