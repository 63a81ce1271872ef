import { injectScript } from 'wxt/utils/inject-script';
import { backgroundCalls } from '@/lib/content/background-calls';
import { startContent } from '@/lib/content/start';
import { listenToPage } from '@/lib/page-observer/bridge';

// The builder annotation: wiring only; the features live in lib/content/features/.
export default defineContentScript({
  matches: ['https://app.base44.com/*'],
  // Early, so the page observer is in place before the builder's first requests.
  runAt: 'document_start',
  async main(ctx) {
    // Firefox: inject the page observer before anything else, so it sees as many of the builder's
    // first requests as it can. It runs in a later task, after the listener below is in place.
    // Chrome runs it as a `world: MAIN` content script and exposes no file to pages.
    const injected = import.meta.env.FIREFOX
      ? injectScript('/page-observer.js', { keepInDom: false })
      : undefined;
    const content = startContent(
      {
        doc: document,
        win: window,
        // Plain timers that do nothing once the context is invalidated (ctx.setTimeout adds an abort
        // listener per call, too many for a per-keystroke timer).
        timers: {
          setTimeout: (fn, ms) => window.setTimeout(() => ctx.isValid && fn(), ms),
          clearTimeout: (id) => window.clearTimeout(id),
        },
        // ctx's listeners die with the context (and it raises `wxt:locationchange` for SPA routes).
        listen: (target, type, fn, opts) => ctx.addEventListener(target, type, fn, opts),
        now: () => Date.now(),
        newId: () => crypto.randomUUID(),
        ...backgroundCalls(document, navigator),
      },
      ctx.signal,
    );
    listenToPage(ctx, content.onObservation);
    await injected;
  },
});
