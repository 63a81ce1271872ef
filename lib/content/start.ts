/**
 * The content script's features, started in order on one signal (the content script's context):
 * each is a file under ./features with an `init…(env, signal, needs)` that it tears down itself
 * when the signal aborts. What one feature needs from another is passed in by name here.
 */
import type { PageObservation } from '../schema/observation';
import { watchComposer } from './composer-watch';
import type { ContentEnv } from './env';
import { initChip } from './features/chip';
import { initContextRefresh } from './features/context-refresh';
import { initPageHealth } from './features/page-health';
import { initPageObservations } from './features/page-observations';
import { initPageText } from './features/page-text';
import { initSendGuard } from './features/send-guard';
import { initSendRecording } from './features/send-recording';

export function startContent(
  env: ContentEnv,
  signal: AbortSignal,
): { onObservation(o: PageObservation): void } {
  const context = initContextRefresh(env, signal);
  const composer = watchComposer(env, signal);
  const chip = initChip(env, signal, { composer, context });
  const recording = initSendRecording(env, signal, { composer });
  initSendGuard(env, signal, { composer, chip, recording });
  initPageHealth(env, signal, { composer });
  initPageText(env, signal, { composer });
  const observations = initPageObservations(env, signal);
  composer.start();
  return {
    onObservation: (obs) => {
      if (!recording.observe(obs)) observations.observe(obs);
    },
  };
}
