/**
 * Send guard: watches the builder's own send gestures (Enter in the composer, a click on its send
 * button) in the capture phase, before the builder's handlers. It holds a gesture only when the
 * chip says the send goes past what remains (and the setting asks to confirm), and re-triggers the
 * builder's own send once the person confirms. Every gesture that goes through is recorded.
 */
import { findSendButton } from '../../base44/selectors';
import { confirmMessage } from '../chip-model';
import type { ComposerWatch } from '../composer-watch';
import type { ContentEnv } from '../env';
import type { Chip } from './chip';
import type { SendRecording } from './send-recording';

/** Cheap per keystroke: no composedPath array. Base44 renders no shadow DOM around its composer. */
function within(e: Event, el: Element): boolean {
  return e.target instanceof Node && el.contains(e.target);
}

/** The question to ask before this send, or null to let it through. */
function question(chip: Chip): string | null {
  // The estimate for the text as last seen: a send within the debounce uses the one before.
  const model = chip.model();
  if (!model?.confirm) return null;
  // Past the pool is the harder limit: it is asked about first; else past the daily budget.
  const poolOver = model.remaining !== null && model.credits > model.remaining.remaining + 1e-9;
  return (poolOver ? confirmMessage(model, model.locale) : model.budgetConfirm) || null;
}

export function initSendGuard(
  env: ContentEnv,
  signal: AbortSignal,
  { composer, chip, recording }: { composer: ComposerWatch; chip: Chip; recording: SendRecording },
): void {
  const { doc } = env;
  // Set while we re-trigger the builder's own send, so our listener lets exactly that event pass.
  let bypass = false;

  const sent = () => {
    recording.uiSend();
    chip.recheckSoon();
  };

  const confirm = () => {
    const parts = composer.current();
    chip.view()?.hideConfirm();
    if (!parts) return;
    const button = findSendButton(parts.box);
    bypass = true;
    try {
      if (button && !button.disabled) button.click();
      else
        parts.input.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }),
        );
    } finally {
      bypass = false;
    }
  };

  const cancel = () => {
    chip.view()?.hideConfirm();
    // The person was typing here before the question; give the caret back, text untouched.
    composer.current()?.input.focus();
  };

  const gate = (e: Event): void => {
    if (bypass) {
      bypass = false;
      sent();
      return;
    }
    const message = question(chip);
    const view = chip.view();
    if (message === null || !view) {
      sent();
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    view.showConfirm(message, confirm, cancel);
  };

  env.listen(
    doc,
    'keydown',
    (event) => {
      const e = event as KeyboardEvent;
      const parts = composer.current();
      if (!parts || !within(e, parts.input)) return;
      if (chip.view()?.confirmShown()) {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopImmediatePropagation();
          cancel();
        } else if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
          // Enter again means "send anyway".
          e.preventDefault();
          e.stopImmediatePropagation();
          confirm();
        }
        return;
      }
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.altKey || e.metaKey || e.ctrlKey) return;
      gate(e);
    },
    { capture: true, signal },
  );

  env.listen(
    doc,
    'click',
    (e) => {
      const parts = composer.current();
      if (!parts) return;
      const button = findSendButton(parts.box);
      if (!button || !within(e, button) || button.disabled) return;
      gate(e);
    },
    { capture: true, signal },
  );
}
