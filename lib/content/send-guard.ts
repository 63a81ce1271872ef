/**
 * Watches the builder's own send gestures (Enter in the composer, a click on its send button) in
 * the capture phase, before the builder's handlers. It blocks a gesture only when `shouldConfirm`
 * says so, and then re-triggers the builder's own send once the person confirms. Every gesture
 * that goes through is reported with `onSend` so it can be recorded.
 */
import { findSendButton } from '../base44/selectors';

export interface SendGuardOptions {
  doc: Document;
  /** ctx.addEventListener, so listeners die with the content-script context. */
  listen: (target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions) => void;
  /** The current composer's input and box, or null when none is mounted. */
  current: () => { input: HTMLElement; box: HTMLElement } | null;
  /** Decide at send time (estimate recomputed now, not from the debounced chip). */
  shouldConfirm: () => { confirm: boolean; message: string };
  showConfirm: (message: string, onSend: () => void, onCancel: () => void) => void;
  hideConfirm: () => void;
  confirmShown: () => boolean;
  onSend: () => void;
}

/** Cheap per keystroke: no composedPath array. Base44 renders no shadow DOM around its composer. */
function within(e: Event, el: Element): boolean {
  return e.target instanceof Node && el.contains(e.target);
}

export function installSendGuard(o: SendGuardOptions): { confirm(): void; cancel(): void } {
  // Set while we re-trigger the builder's own send, so our listener lets exactly that event pass.
  let bypass = false;

  const sendButtonOf = (box: HTMLElement) => findSendButton(box);

  const confirm = () => {
    const cur = o.current();
    o.hideConfirm();
    if (!cur) return;
    const button = sendButtonOf(cur.box);
    bypass = true;
    try {
      if (button && !button.disabled) {
        button.click();
      } else {
        cur.input.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }),
        );
      }
    } finally {
      bypass = false;
    }
  };

  const cancel = () => {
    o.hideConfirm();
    // The person was typing here before the prompt; give the caret back, text untouched.
    o.current()?.input.focus();
  };

  const gate = (e: Event): void => {
    if (bypass) {
      bypass = false;
      o.onSend();
      return;
    }
    const decision = o.shouldConfirm();
    if (!decision.confirm) {
      o.onSend();
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    o.showConfirm(decision.message, confirm, cancel);
  };

  o.listen(
    o.doc,
    'keydown',
    (event) => {
      const e = event as KeyboardEvent;
      const cur = o.current();
      if (!cur || !within(e, cur.input)) return;
      if (o.confirmShown()) {
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
    { capture: true },
  );

  o.listen(
    o.doc,
    'click',
    (e) => {
      const cur = o.current();
      if (!cur) return;
      const button = sendButtonOf(cur.box);
      if (!button || !within(e, button) || button.disabled) return;
      gate(e);
    },
    { capture: true },
  );

  return { confirm, cancel };
}
