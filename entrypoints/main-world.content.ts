import { installObserver } from '../lib/page-observer/install';

// Chrome runs this in the page's main world before the builder's own scripts, so even the first
// requests (the workspaces list) are seen. The content script's injectScript('/page-observer.js')
// arrives later and is the fallback where `world: 'MAIN'` is not available; installing twice is a
// no-op.
export default defineContentScript({
  matches: ['https://app.base44.com/*'],
  runAt: 'document_start',
  world: 'MAIN',
  include: ['chrome', 'edge'],
  main() {
    installObserver(window);
  },
});
