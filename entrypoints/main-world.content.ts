import { installObserver } from '../lib/page-observer/install';

// Chrome runs this in the page's main world before the builder's own scripts, so even the first
// requests (the workspaces list) are seen. Firefox builds have the content script inject
// '/page-observer.js' instead (no page can load it there either); installing twice is a no-op.
export default defineContentScript({
  matches: ['https://app.base44.com/*'],
  runAt: 'document_start',
  world: 'MAIN',
  include: ['chrome', 'edge'],
  main() {
    installObserver(window);
  },
});
