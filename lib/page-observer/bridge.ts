/**
 * Content-script side of the page observer.
 *
 * Usage (in the content script's `main(ctx)`; run at `document_start` so early responses are seen):
 *
 *   listenToPage(ctx, content.onObservation);   // lib/content/start.ts routes each kind
 *
 * Only messages from this very window, from https://app.base44.com, on our channel and passing
 * validation reach `onObservation`; the listener is removed when the context is invalidated.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BASE44_ORIGIN } from '../base44/urls';
import { validateEnvelope, type PageObservation } from '../schema/observation';

export function listenToPage(ctx: ContentScriptContext, onObservation: (o: PageObservation) => void): void {
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    const obs = acceptPageMessage(event, window);
    if (obs) onObservation(obs);
  });
}

/** The checks, apart from the listener so tests can feed crafted events. */
export function acceptPageMessage(
  event: Pick<MessageEvent, 'source' | 'origin' | 'data'>,
  self: unknown,
  now: number = Date.now(),
): PageObservation | null {
  try {
    if (event.source !== self) return null;
    if (event.origin !== BASE44_ORIGIN) return null;
    return validateEnvelope(event.data, now);
  } catch {
    // postMessage data is a structured clone, but a page can dispatch its own MessageEvent; data
    // with throwing getters (or a proxy) is refused here, not thrown into the content script.
    return null;
  }
}
