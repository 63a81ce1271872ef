/**
 * Wires the composer annotation together: finds the composer (and finds it again after SPA
 * navigation or a re-render), keeps one chip on it, recomputes the estimate as the person types,
 * guards sends that would exceed what remains, records sends, and reports page health.
 * Everything that touches the extension (messages, settings, the estimator) comes in as deps.
 */
import { editorAppId, isSignInRoute } from '../base44/urls';
import {
  composerText,
  findComposer,
  findSendButton,
  isDiscussMode,
  type ComposerParts,
} from '../base44/selectors';
import type { Summary } from '../credits/types';
import type { Calibration, ChatMode } from '../estimate/types';
import type { DraftEstimate, PageText, PromptSent } from '../messaging/protocol';
import type { PageObservation } from '../schema/observation';
import type { CreditPrice } from '../credits/money';
import { DEFAULT_SETTINGS, type ChipDisplay, type Settings } from '../settings/settings';
import type { ComposerContext } from '../messaging/protocol';
import { chipModel, confirmMessage, type ChipModel } from './chip-model';
import { warningView } from './warning-lines';
import { pageLocale } from './page-locale';
import { CHIP_TESTID, createChipView, pageIsDark, type ChipView } from './chip-view';
import { HealthReporter } from './health-reporter';
import { createPageTextReader } from './page-text-reader';
import { installSendGuard } from './send-guard';
import { SendRecorder, type SendRecord } from './send-recorder';
import { createTextWatcher, type Timers } from './text-watcher';

export interface AnnotatorDeps {
  doc: Document;
  win: Window;
  timers: Timers;
  listen: (target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions) => void;
  onInvalidated: (fn: () => void) => void;
  now: () => number;
  newId: () => string;
  /** The estimate, computed by the background (the estimator and its language data stay out of the page). */
  estimate: (text: string, mode: ChatMode) => Promise<DraftEstimate>;
  /** Balance, calibration, model and the settings the chip needs, from the background. */
  getContext: () => Promise<ComposerContext>;
  /** The same context, pushed by the background after each change (lib/content/summary-feed.ts). */
  subscribeContext?: (signal: AbortSignal, apply: (ctx: ComposerContext) => void) => void;
  promptSent: (p: PromptSent) => Promise<unknown>;
  pageObservation: (o: PageObservation) => Promise<unknown>;
  /** `composerFound` null: only the route is news (e.g. the builder's sign-in page). */
  pageHealth: (composerFound: boolean | null, url: string) => Promise<unknown>;
  /** The user is looking at this tab: the popup should follow its workspace. */
  pageFocus: (url: string) => Promise<unknown>;
  pageText: (t: PageText) => Promise<unknown>;
}

/** Typing settles for this long before the estimate is recomputed. */
const DEBOUNCE_MS = 120;
/** …but someone typing without pauses still sees the figure move this often. */
const MAX_WAIT_MS = 1000;
/** Mutation bursts are coalesced into one composer scan. */
const SCAN_DELAY_MS = 150;
/** Slow safety net: picks up programmatic text changes and missing composers. */
const POLL_MS = 1000;

interface Mounted {
  parts: ComposerParts;
  view: ChipView;
}

interface Key {
  text: string;
  mode: ChatMode;
}

export function startAnnotator(deps: AnnotatorDeps): { onObservation: (o: PageObservation) => void } {
  const { doc, win, timers } = deps;
  let mounted: Mounted | null = null;
  let settings: Pick<Settings, 'thresholds' | 'confirmBeforeSend'> = DEFAULT_SETTINGS;
  let summary: Summary | null = null;
  let calibration: Calibration | null = null;
  let builderModel: string | null = null;
  let price: CreditPrice | null = null;
  let display: ChipDisplay = 'full';
  let balanceUnknown = true;
  let lastModel: ChipModel | null = null;
  const darkQuery = win.matchMedia?.('(prefers-color-scheme: dark)');

  const modeOf = (parts: ComposerParts): ChatMode => (isDiscussMode(parts) ? 'discuss' : 'build');

  // The estimate for the text last asked about; answers for older text are dropped.
  let estimateError: string | null = null;
  let current: { key: Key; estimate: DraftEstimate | null } | null = null;
  // Set when the calibration or balances moved: ask again, but keep showing (and guarding with)
  // the estimate we have until the new one arrives.
  let stale = false;
  let asked = 0;

  const modelNow = (): ChipModel => {
    const locale = pageLocale(doc, win.navigator);
    return chipModel(
      {
        estimate: current?.estimate ?? null,
        warning: warningView(current?.estimate ?? null, locale),
        estimateError,
        summary,
        calibration,
        settings,
        balanceUnknown,
        builderModel,
        price,
        display,
      },
      locale,
    );
  };

  const show = () => {
    if (!mounted) return;
    lastModel = modelNow();
    mounted.view.setTheme(pageIsDark(doc, darkQuery?.matches ?? false));
    mounted.view.render(lastModel);
  };

  const readKey = (): Key =>
    mounted
      ? { text: composerText(mounted.parts.input), mode: modeOf(mounted.parts) }
      : { text: '', mode: 'build' };

  const watcher = createTextWatcher<Key>({
    delayMs: DEBOUNCE_MS,
    maxWaitMs: MAX_WAIT_MS,
    timers,
    now: deps.now,
    read: readKey,
    same: (a, b) => a.text === b.text && a.mode === b.mode,
    onChange: (key) => {
      if (!mounted) return;
      // The text changed under an open confirmation: the question no longer applies.
      if (mounted.view.confirmShown() && current && current.key.text !== key.text) mounted.view.hideConfirm();
      const same = current !== null && current.key.text === key.text && current.key.mode === key.mode;
      if (!key.text.trim() || same) {
        if (!key.text.trim()) current = { key, estimate: null };
        estimateError = null;
        show();
        if (!stale || !key.text.trim()) return;
      }
      stale = false;
      const mine = ++asked;
      deps.estimate(key.text, key.mode).then(
        (estimate) => {
          if (mine !== asked) return;
          estimateError = null;
          current = { key, estimate };
          show();
        },
        (error: unknown) => {
          if (mine !== asked) return;
          // The chip must survive an estimator failure; it says so instead of going stale.
          estimateError = error instanceof Error ? error.message : String(error);
          current = { key, estimate: null };
          show();
        },
      );
    },
  });

  const rerender = () => {
    watcher.invalidate();
    watcher.flush();
  };

  // --- balance and calibration from the background (never IndexedDB here) ---
  const applyContext = (ctx: ComposerContext) => {
    summary = ctx.summary;
    calibration = ctx.calibration;
    builderModel = ctx.builderModel;
    settings = ctx.settings;
    price = ctx.price ?? null;
    display = ctx.display ?? 'full';
    // The calibration or the budget may have moved: estimate the text again.
    stale = true;
    balanceUnknown = false;
    rerender();
  };
  // A push that lands while a request is out is newer than the request's answer.
  let pushes = 0;
  const refreshContext = () => {
    const asked = pushes;
    deps.getContext().then(
      (ctx) => asked === pushes && applyContext(ctx),
      () => {
        if (asked !== pushes) return;
        // Background asleep or not ready: keep estimating, say the balance is unknown.
        balanceUnknown = true;
        rerender();
      },
    );
  };

  // --- recording sends ---
  let lastMode: ChatMode = 'build';
  const recorder = new SendRecorder({
    timers,
    now: deps.now,
    record: (send: SendRecord) => {
      // The background estimates the text itself: an estimate from the page is not trusted.
      deps
        .promptSent({
          sendId: deps.newId(),
          at: send.at,
          appId: send.appId,
          mode: lastMode,
          start: send.start,
          text: send.text,
        })
        .catch(() => undefined);
    },
  });

  // --- page health ---
  const health = new HealthReporter({
    timers,
    report: (found) => void deps.pageHealth(found, win.location.href).catch(() => undefined),
  });

  // --- credits the builder shows as text, and its sign-in page ---
  const textReader = createPageTextReader(
    doc,
    () => win.location.href,
    (t) => void deps.pageText(t).catch(() => undefined),
  );
  let signInReported = '';
  const checkRoute = () => {
    const url = win.location.href;
    if (isSignInRoute(url) && signInReported !== url) {
      signInReported = url;
      void deps.pageHealth(null, url).catch(() => undefined);
    }
  };

  // --- mounting ---
  const place = (parts: ComposerParts, host: HTMLElement) => {
    // Beside the Discuss toggle in the bottom row; else after the box's last other button (the
    // home page's row of controls); else just before the send button; else at the end.
    if (parts.discussToggle?.isConnected) return parts.discussToggle.after(host);
    const others = [...parts.box.querySelectorAll('button')].filter((b) => b !== parts.sendButton);
    const last = others.at(-1);
    if (last) last.after(host);
    else if (parts.sendButton?.isConnected) parts.sendButton.before(host);
    else parts.box.append(host);
  };

  const unmount = () => {
    mounted?.view.host.remove();
    mounted = null;
  };

  const scan = () => {
    textReader.scan();
    checkRoute();
    if (mounted && mounted.parts.input.isConnected && mounted.view.host.isConnected) {
      // The toggle and button may be re-rendered on their own; find them again inside the box.
      const p = mounted.parts;
      if (p.discussToggle && !p.discussToggle.isConnected)
        p.discussToggle = findComposer(p.box)?.discussToggle ?? null;
      if (p.sendButton && !p.sendButton.isConnected) p.sendButton = findSendButton(p.box);
      health.update(editorAppId(win.location.href) !== null, true);
      return;
    }
    const parts = findComposer(doc);
    if (parts) {
      // Never two chips on one composer: drop any chip of ours left in this box.
      unmount();
      for (const stray of parts.box.querySelectorAll(`[data-testid="${CHIP_TESTID}"]`)) stray.remove();
      const view = createChipView(doc);
      place(parts, view.host);
      mounted = { parts, view };
      rerender();
    } else {
      unmount();
    }
    health.update(editorAppId(win.location.href) !== null, parts !== null);
  };

  let scanTimer: number | null = null;
  const scheduleScan = () => {
    if (scanTimer !== null) return;
    scanTimer = timers.setTimeout(() => {
      scanTimer = null;
      scan();
    }, SCAN_DELAY_MS);
  };

  // --- send guard ---
  installSendGuard({
    doc,
    listen: deps.listen,
    current: () => (mounted ? { input: mounted.parts.input, box: mounted.parts.box } : null),
    shouldConfirm: () => {
      if (!mounted) return { confirm: false, message: '' };
      // The estimate for the text as last seen: a send within the debounce uses the one before.
      const model = modelNow();
      if (!model.confirm) return { confirm: false, message: '' };
      // Past the pool is the harder limit: it is asked about first; else past the daily budget.
      const poolOver = model.remaining !== null && model.credits > model.remaining.remaining + 1e-9;
      const message = poolOver ? confirmMessage(model, model.locale) : model.budgetConfirm;
      return message ? { confirm: true, message } : { confirm: false, message: '' };
    },
    showConfirm: (m, onSend, onCancel) => mounted?.view.showConfirm(m, onSend, onCancel),
    hideConfirm: () => mounted?.view.hideConfirm(),
    confirmShown: () => mounted?.view.confirmShown() ?? false,
    onSend: () => {
      if (!mounted) return;
      const key = readKey();
      lastMode = key.mode;
      recorder.uiSend(key.text, editorAppId(win.location.href));
      // React clears the input without an input event; look again shortly.
      timers.setTimeout(() => watcher.poke(), 300);
    },
  });

  // --- listeners ---
  deps.listen(
    doc,
    'input',
    (e) => {
      // Cheap per keystroke: a containment check and a timestamp.
      if (mounted && e.target instanceof Node && mounted.parts.input.contains(e.target)) watcher.poke();
    },
    { capture: true },
  );
  deps.listen(win, 'wxt:locationchange', () => scheduleScan());
  // Another app may have its own chip display and budget.
  deps.listen(win, 'wxt:locationchange', () => refreshContext());
  const focused = () => {
    if (doc.visibilityState === 'visible') void deps.pageFocus(win.location.href).catch(() => undefined);
  };
  deps.listen(doc, 'visibilitychange', () => {
    if (doc.visibilityState !== 'visible') return;
    refreshContext();
    focused();
  });
  deps.listen(win, 'focus', focused);
  deps.listen(win, 'wxt:locationchange', focused);
  focused();

  const observer = new MutationObserver(() => scheduleScan());
  const observe = () =>
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [
        'data-state',
        'aria-pressed',
        'aria-checked',
        'placeholder',
        'aria-placeholder',
        'hidden',
      ],
    });
  observe();
  const feed = new AbortController();
  deps.onInvalidated(() => {
    feed.abort();
    observer.disconnect();
    watcher.cancel();
    recorder.cancel();
    health.cancel();
    unmount();
  });

  const poll = () => {
    scan();
    // The builder's theme can flip at any time (its `dark` class or the system setting).
    mounted?.view.setTheme(pageIsDark(doc, darkQuery?.matches ?? false));
    watcher.poke();
    timers.setTimeout(poll, POLL_MS);
  };
  timers.setTimeout(poll, POLL_MS);
  // Asked for once; after that the background pushes each change (no polling).
  refreshContext();
  deps.subscribeContext?.(feed.signal, (ctx) => {
    pushes++;
    applyContext(ctx);
  });

  scan();

  return {
    onObservation(obs) {
      if (obs.kind === 'chatSend' || obs.kind === 'appCreated') {
        if (mounted) lastMode = modeOf(mounted.parts);
        if (obs.kind === 'appCreated') lastMode = 'build';
        recorder.requestSend(
          obs.text,
          obs.appId,
          obs.at,
          obs.kind === 'chatSend' ? 'message' : 'initialMessage',
        );
        // A new app's owner may be named in the request: tell the background.
        if (obs.kind === 'appCreated') deps.pageObservation(obs).catch(() => undefined);
        return;
      }
      if (obs.kind === 'toolAnswer') {
        deps
          .promptSent({
            sendId: deps.newId(),
            at: obs.at,
            appId: obs.appId,
            mode: 'answer',
            start: 'toolAnswer',
            text: '',
          })
          .catch(() => undefined);
        return;
      }
      deps.pageObservation(obs).catch(() => undefined);
    },
  };
}
