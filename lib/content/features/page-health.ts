/**
 * Page health: tells the background what it cannot see from the page — the composer missing on an
 * editor route for a while (Base44 probably changed its page) and back again, the builder's sign-in
 * page, and that the person is looking at this tab (the popup follows its workspace).
 */
import { editorAppId, isSignInRoute } from '../../base44/urls';
import type { ComposerWatch } from '../composer-watch';
import type { ContentEnv } from '../env';
import { HealthReporter } from '../health-reporter';

export function initPageHealth(
  env: ContentEnv,
  signal: AbortSignal,
  { composer }: { composer: ComposerWatch },
): void {
  const { doc, win } = env;
  const url = () => win.location.href;

  const health = new HealthReporter({
    timers: env.timers,
    report: (found) => void env.pageHealth(found, url()).catch(() => undefined),
  });
  signal.addEventListener('abort', () => health.cancel());

  let signInReported = '';
  composer.onScan((parts) => {
    const here = url();
    if (isSignInRoute(here) && signInReported !== here) {
      signInReported = here;
      void env.pageHealth(null, here).catch(() => undefined);
    }
    // Only editor routes are expected to have a composer (not the home page, settings…).
    health.update(editorAppId(here) !== null, parts !== null);
  });

  const focused = () => {
    if (doc.visibilityState === 'visible') void env.pageFocus(url()).catch(() => undefined);
  };
  env.listen(doc, 'visibilitychange', focused, { signal });
  env.listen(win, 'focus', focused, { signal });
  env.listen(win, 'wxt:locationchange', focused, { signal });
  focused();
}
