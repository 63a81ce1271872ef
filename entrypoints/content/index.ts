import { injectScript } from 'wxt/utils/inject-script';
import { startAnnotator } from '@/lib/content/annotator';
import { pageLocale } from '@/lib/content/page-locale';
import { subscribeContext } from '@/lib/content/summary-feed';
import { sendMessage } from '@/lib/messaging/client';
import { listenToPage } from '@/lib/page-observer/bridge';

// The builder annotation: wiring only; the logic lives in lib/content/.
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
    const annotator = startAnnotator({
      doc: document,
      win: window,
      // Plain timers that do nothing once the context is invalidated (ctx.setTimeout adds an abort
      // listener per call, too many for a per-keystroke timer).
      timers: {
        setTimeout: (fn, ms) => window.setTimeout(() => ctx.isValid && fn(), ms),
        clearTimeout: (id) => window.clearTimeout(id),
      },
      listen: (target, type, fn, opts) => ctx.addEventListener(target, type, fn, opts),
      onInvalidated: (fn) => void ctx.onInvalidated(fn),
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
      // Reasons come back in the builder page's language.
      estimate: (text, mode) =>
        sendMessage('estimate', { text, mode, locale: pageLocale(document, navigator) }),
      getContext: () => sendMessage('getComposerContext', {}),
      subscribeContext,
      promptSent: (p) => sendMessage('promptSent', p),
      pageObservation: (o) => sendMessage('pageObservation', o),
      pageHealth: (composerFound, url) =>
        sendMessage('pageHealth', composerFound === null ? { url } : { composerFound, url }),
      pageText: (t) => sendMessage('pageText', t),
      pageFocus: (url) => sendMessage('pageHealth', { url, focused: true }),
    });
    listenToPage(ctx, annotator.onObservation);
    await injected;
  },
});
