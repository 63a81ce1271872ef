/**
 * Send recording: every prompt that starts a builder turn is told to the background once — a send
 * from the composer, the builder's own chat request (the page observer's `chatSend`, which wins), a
 * new app's first message, or an answer to a parked question. The background estimates the text
 * itself: an estimate from the page is not trusted.
 */
import { composerText } from '../../base44/selectors';
import { editorAppId } from '../../base44/urls';
import type { ChatMode } from '../../estimate/types';
import type { PromptSent } from '../../messaging/protocol';
import type { PageObservation } from '../../schema/observation';
import { composerMode, type ComposerWatch } from '../composer-watch';
import type { ContentEnv } from '../env';
import { SendRecorder } from '../send-recorder';

export interface SendRecording {
  /** The person sent from the composer (a click or Enter the builder acts on). */
  uiSend(): void;
  /** Takes the observations that start a turn; false for any other. */
  observe(obs: PageObservation): boolean;
}

export function initSendRecording(
  env: ContentEnv,
  signal: AbortSignal,
  { composer }: { composer: ComposerWatch },
): SendRecording {
  let lastMode: ChatMode = 'build';

  const tell = (p: Omit<PromptSent, 'sendId'>) => {
    if (signal.aborted) return;
    // The background pushes the context this changes (context-refresh.ts).
    env.promptSent({ sendId: env.newId(), ...p }).catch(() => undefined);
  };

  const recorder = new SendRecorder({
    timers: env.timers,
    now: env.now,
    record: ({ at, appId, start, text }) => tell({ at, appId, mode: lastMode, start, text }),
  });
  signal.addEventListener('abort', () => recorder.cancel());

  return {
    uiSend() {
      const parts = composer.current();
      if (!parts) return;
      lastMode = composerMode(parts);
      recorder.uiSend(composerText(parts.input), editorAppId(env.win.location.href));
    },
    observe(obs) {
      if (signal.aborted) return false;
      if (obs.kind === 'chatSend' || obs.kind === 'appCreated') {
        const parts = composer.current();
        if (parts) lastMode = composerMode(parts);
        if (obs.kind === 'appCreated') lastMode = 'build';
        const start = obs.kind === 'chatSend' ? 'message' : 'initialMessage';
        recorder.requestSend(obs.text, obs.appId, obs.at, start);
        // A new app's owner may be named in the request: tell the background.
        if (obs.kind === 'appCreated') env.pageObservation(obs).catch(() => undefined);
        return true;
      }
      if (obs.kind === 'toolAnswer') {
        tell({ at: obs.at, appId: obs.appId, mode: 'answer', start: 'toolAnswer', text: '' });
        return true;
      }
      return false;
    },
  };
}
