/** The background's calls for the content script, as typed messages (./env.ts says what each is). */
import { sendMessage } from '../messaging/client';
import type { BackgroundCalls } from './env';
import { pageLocale } from './page-locale';
import { subscribeContext } from './summary-feed';

export function backgroundCalls(doc: Document, nav: Navigator): BackgroundCalls {
  return {
    // Reasons come back in the builder page's language.
    estimate: (text, mode) => sendMessage('estimate', { text, mode, locale: pageLocale(doc, nav) }),
    getContext: () => sendMessage('getComposerContext', {}),
    chipWords: (locale) => sendMessage('chipWords', { locale }),
    subscribeContext,
    promptSent: (p) => sendMessage('promptSent', p),
    pageObservation: (o) => sendMessage('pageObservation', o),
    pageHealth: (composerFound, url) =>
      sendMessage('pageHealth', composerFound === null ? { url } : { composerFound, url }),
    pageText: (t) => sendMessage('pageText', t),
    pageFocus: (url) => sendMessage('pageHealth', { url, focused: true }),
  };
}
