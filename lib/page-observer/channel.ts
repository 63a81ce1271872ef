/** The window.postMessage channel between the main-world observer and the content script. */
export const PAGE_CHANNEL = 'credit-meter:page-observation';

export interface PageEnvelope {
  channel: typeof PAGE_CHANNEL;
  v: 1;
  observation: unknown;
}
