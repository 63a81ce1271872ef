import { installObserver } from '../lib/page-observer/install';

// Injected by the content script into the page's main world (see lib/page-observer/bridge.ts).
export default defineUnlistedScript(() => {
  installObserver(window);
});
