/**
 * The content script's features wired to a fixture page (linkedom) with fake background calls: one
 * chip per composer, the send guard, recording from the page observer's chatSend, and teardown. Real-browser behaviour is in
 * test/e2e/chip.test.ts; this covers the wiring fast and deterministically.
 */
import { CHIP_MESSAGES } from '../../../lib/i18n/chip-messages';
import type { Locale } from '../../../lib/i18n/locales';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentEnv } from '../../../lib/content/env';
import { startContent } from '../../../lib/content/start';
import type { Summary } from '../../../lib/credits/types';
import type { Estimate } from '../../../lib/estimate/types';
import type { ComposerContext, PromptSent } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '../base44/selectors.fixtures/editor-textarea.html'),
  'utf8',
);
const APP = '64b7f1a2c3d4e5f60718293a';

function summary(dailyUsed: number): Summary {
  return {
    workspaceId: 'w',
    workspaceName: null,
    tier: 'free',
    planKnown: true,
    source: 'api',
    readAt: 0,
    message: { limit: 25, used: 3, remaining: 22, bonus: null },
    integration: { limit: 100, used: 0, remaining: 100, bonus: null },
    daily: { used: dailyUsed, limit: 5, resetAt: null },
    nextReset: null,
    periodStart: 0,
    status: { kind: 'ok', message: '', at: 0 },
  };
}

// A stand-in estimator: the number of words decides the cost, Discuss is 0.3.
async function fakeEstimate(text: string, mode: string): Promise<Estimate> {
  const credits = mode === 'discuss' ? 0.3 : text.split(/\s+/).length > 3 ? 1 : 0.5;
  const scope = mode === 'discuss' ? 'discuss' : credits === 1 ? 'feature' : 'simple';
  return { scope, credits, low: credits, high: credits, confidence: 1, reasons: [] };
}

function keydown(win: Window, key: string): Event {
  const e = new (win as unknown as { Event: typeof Event }).Event('keydown', {
    bubbles: true,
    cancelable: true,
  });
  Object.assign(e, {
    key,
    shiftKey: false,
    isComposing: false,
    altKey: false,
    metaKey: false,
    ctrlKey: false,
  });
  return e;
}

describe('startContent (fixture page)', () => {
  let setup: ReturnType<typeof makePage>;
  beforeEach(() => {
    vi.useFakeTimers();
    setup = makePage(4.5);
  });
  afterEach(() => {
    setup.controller.abort();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function makePage(dailyUsed: number, over: Partial<ContentEnv> = {}) {
    const { window, document } = parseHTML(FIXTURE) as unknown as { window: Window; document: Document };
    vi.stubGlobal('Node', (window as unknown as { Node: typeof Node }).Node);
    vi.stubGlobal(
      'MutationObserver',
      (window as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver,
    );
    Object.defineProperty(window, 'location', {
      value: new URL(`https://app.base44.com/apps/${APP}/editor/preview`),
      configurable: true,
    });
    const controller = new AbortController();
    const sent: PromptSent[] = [];
    const estimated: string[] = [];
    const forwarded: string[] = [];
    const background = { contextCalls: 0, answers: true };
    const sendClicks: number[] = [];
    const sendButton = document.querySelector('button[aria-label="Send message"]')!;
    // The builder enables its send button once there is text.
    sendButton.removeAttribute('disabled');
    sendButton.addEventListener('click', () => sendClicks.push(1));
    const env: ContentEnv = {
      doc: document,
      win: window,
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
        clearTimeout: (id) => clearTimeout(id),
      },
      // As ctx.addEventListener does: the listener goes when the signal aborts.
      listen: (target, type, fn, opts) => {
        target.addEventListener(type, fn, opts);
        opts?.signal?.addEventListener('abort', () => target.removeEventListener(type, fn, opts));
      },
      now: () => Date.now(),
      newId: () => `id-${sent.length + 1}`,
      estimate: (text, mode) => {
        estimated.push(text);
        return fakeEstimate(text, mode);
      },
      getContext: async () => {
        background.contextCalls++;
        if (!background.answers) throw new Error('Could not establish connection');
        return {
          summary: summary(dailyUsed),
          calibration: { perScope: {} },
          builderModel: null,
          settings: DEFAULT_SETTINGS,
        };
      },
      promptSent: async (p) => void sent.push(p),
      pageObservation: async (o) => void forwarded.push(o.kind),
      pageHealth: async () => undefined,
      pageText: async () => undefined,
      pageFocus: async () => undefined,
      subscribeContext: () => undefined,
      // As the background answers: the page language's words, none for English.
      chipWords: async (locale) => (locale === 'en' ? null : CHIP_MESSAGES[locale as Locale]),
      ...over,
    };
    const content = startContent(env, controller.signal);
    const input = document.querySelector('textarea')!;
    const chips = () => document.querySelectorAll('[data-testid="credit-estimate"]');
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(
        new (window as unknown as { Event: typeof Event }).Event('input', { bubbles: true }),
      );
      await vi.advanceTimersByTimeAsync(200);
    };
    return {
      window,
      document,
      content,
      input,
      estimated,
      forwarded,
      background,
      chips,
      type,
      sent,
      sendClicks,
      controller,
    };
  }

  it('mounts one chip beside the Discuss toggle and updates it as the text changes', async () => {
    await vi.advanceTimersByTimeAsync(0);
    expect(setup.chips()).toHaveLength(1);
    const chip = setup.chips()[0]!;
    expect(chip.previousElementSibling?.textContent).toBe('Discuss');
    await setup.type('fix typo');
    expect(chip.getAttribute('data-credits')).toBe('0.5');
    // Exactly what is left today (0.5 of 5): allowed, but at the cap.
    expect(chip.getAttribute('data-state')).toBe('near');
    await setup.type('add a search bar with filters');
    expect(chip.getAttribute('data-credits')).toBe('1');
    expect(chip.getAttribute('data-state')).toBe('over');
    expect(chip.textContent).toContain('≈ 1 credit');
  });

  it('applies pushed contexts; an answer asked for before a push does not undo it', async () => {
    setup.controller.abort();
    const context = (used: number): ComposerContext => ({
      summary: summary(used),
      calibration: { perScope: {} },
      builderModel: null,
      settings: DEFAULT_SETTINGS,
    });
    let answer!: (c: ComposerContext) => void;
    let push!: (c: ComposerContext) => void;
    let feed!: AbortSignal;
    setup = makePage(0, {
      getContext: () => new Promise((resolve) => (answer = resolve)),
      subscribeContext: (signal, apply) => {
        feed = signal;
        push = apply;
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    push(context(4.5));
    // Computed before the page's balance arrived: older than the push.
    answer(context(0));
    await setup.type('add a search bar with filters');
    const chip = setup.chips()[0]!;
    expect(chip.getAttribute('data-state')).toBe('over');
    push(context(1));
    await vi.advanceTimersByTimeAsync(200);
    expect(chip.getAttribute('data-state')).not.toBe('over');
    expect(feed.aborted).toBe(false);
    setup.controller.abort();
    expect(feed.aborted).toBe(true);
  });

  it('a re-rendered composer gets exactly one new chip', async () => {
    await vi.advanceTimersByTimeAsync(0);
    const box = setup.document.querySelector('[data-fixture="box"]')!;
    const clone = box.cloneNode(true) as Element;
    clone.querySelectorAll('[data-testid="credit-estimate"]').forEach((c) => c.remove());
    box.replaceWith(clone);
    await vi.advanceTimersByTimeAsync(1500);
    expect(setup.chips()).toHaveLength(1);
    expect(clone.contains(setup.chips()[0]!)).toBe(true);
  });

  it('holds Enter when over the cap; Cancel keeps the text; Send anyway clicks the real send button once', async () => {
    await setup.type('add a search bar with filters');
    const enter = keydown(setup.window, 'Enter');
    setup.input.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    const shadow = setup.chips()[0]!.shadowRoot!;
    const confirm = shadow.querySelector<HTMLElement>('[data-testid="send-confirm"]')!;
    expect(confirm.hidden).toBe(false);
    const [sendAnyway, cancel] = [...confirm.querySelectorAll('button')];
    cancel!.dispatchEvent(new (setup.window as unknown as { Event: typeof Event }).Event('click'));
    expect(confirm.hidden).toBe(true);
    expect(setup.input.value).toBe('add a search bar with filters');
    expect(setup.sendClicks).toHaveLength(0);

    setup.input.dispatchEvent(keydown(setup.window, 'Enter'));
    sendAnyway!.dispatchEvent(new (setup.window as unknown as { Event: typeof Event }).Event('click'));
    expect(setup.sendClicks).toHaveLength(1);
    // No chatSend arrives: the UI send is recorded after the grace period, once.
    await vi.advanceTimersByTimeAsync(2500);
    expect(setup.sent).toHaveLength(1);
    expect(setup.sent[0]).toMatchObject({ appId: APP, mode: 'build', text: 'add a search bar with filters' });
  });

  it('a send under the cap is not held, and the chatSend observation is what gets recorded', async () => {
    await setup.type('fix typo');
    const enter = keydown(setup.window, 'Enter');
    setup.input.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    setup.content.onObservation({ kind: 'chatSend', appId: APP, text: 'fix typo', at: 42 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(setup.sent).toEqual([
      {
        sendId: 'id-1',
        at: 42,
        appId: APP,
        mode: 'build',
        start: 'message',
        text: 'fix typo',
      },
    ]);
  });

  it('a new app started from the home page is a turn of that app, started by its initial message', async () => {
    setup.content.onObservation({
      kind: 'appCreated',
      appId: APP,
      workspaceId: null,
      text: 'Build me a CRM with contacts and deals',
      at: 50,
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(setup.sent).toEqual([
      expect.objectContaining({ appId: APP, start: 'initialMessage', mode: 'build', at: 50 }),
    ]);
  });

  it('answering a parked question is a turn with its own mode and no text to estimate', async () => {
    setup.content.onObservation({ kind: 'toolAnswer', appId: APP, at: 60 });
    await vi.advanceTimersByTimeAsync(100);
    expect(setup.sent).toEqual([
      expect.objectContaining({ appId: APP, start: 'toolAnswer', mode: 'answer', text: '' }),
    ]);
  });

  it('stops when its signal aborts: the chip goes, typing asks nothing, sends are not held', async () => {
    await setup.type('add a search bar with filters');
    expect(setup.chips()).toHaveLength(1);
    setup.controller.abort();
    expect(setup.chips()).toHaveLength(0);
    const asked = setup.estimated.length;
    await setup.type('fix typo and more words here');
    // A re-render after teardown mounts nothing either.
    setup.document.body.append(setup.document.createElement('div'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(setup.chips()).toHaveLength(0);
    expect(setup.estimated).toHaveLength(asked);
    const enter = keydown(setup.window, 'Enter');
    setup.input.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    setup.content.onObservation({ kind: 'chatSend', appId: APP, text: 'late', at: 1 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(setup.sent).toEqual([]);
  });

  it('page observations go to the background, which pushes what they change: nothing polls', async () => {
    await setup.type('fix typo');
    const before = setup.background.contextCalls;
    setup.content.onObservation({ kind: 'authOk', at: 5 });
    setup.content.onObservation({ kind: 'turnStop', appId: APP, at: 6 });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(setup.forwarded).toEqual(['authOk', 'turnStop']);
    expect(setup.background.contextCalls).toBe(before);
  });
});
