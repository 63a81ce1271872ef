/**
 * The chip: one estimate chip on the composer, kept there across re-renders and navigation, showing
 * the estimate of what is typed (asked of the background after typing settles) against the balance.
 * The chip itself is plain DOM in a shadow root (chip-view.ts). WXT's createIntegratedUi would mount
 * it the same way, but it bundles its auto-mount machinery (+2.2 KB gzip, measured), which would take
 * the content scripts past their 25 KB budget; the composer watch does that job here.
 */
import { composerText, type ComposerParts } from '../../base44/selectors';
import { addChipWords, hasChipWords } from '../../i18n/chip-words';
import type { Locale } from '../../i18n/locales';
import type { ChatMode } from '../../estimate/types';
import type { DraftEstimate } from '../../messaging/protocol';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import { chipModel, type ChipModel } from '../chip-model';
import { CHIP_TESTID, createChipView, pageIsDark, type ChipView } from '../chip-view';
import { composerMode, type ComposerWatch } from '../composer-watch';
import type { ContentEnv } from '../env';
import { pageLocale } from '../page-locale';
import { createTextWatcher } from '../text-watcher';
import { warningView } from '../warning-lines';
import type { ContextFeed } from './context-refresh';

/** Typing settles for this long before the estimate is recomputed. */
const DEBOUNCE_MS = 120;
/** …but someone typing without pauses still sees the figure move this often. */
const MAX_WAIT_MS = 1000;

interface Key {
  text: string;
  mode: ChatMode;
}

export interface Chip {
  /** What the chip would show for the text as last read (null with no chip mounted). */
  model(): ChipModel | null;
  /** The mounted chip's view, for the send guard's question. */
  view(): ChipView | null;
  /** The builder clears its input without an input event after a send: read it again shortly. */
  recheckSoon(): void;
}

/** Beside the Discuss toggle; else after the box's last other button; else before send; else last. */
function place(parts: ComposerParts, host: HTMLElement): void {
  if (parts.discussToggle?.isConnected) return parts.discussToggle.after(host);
  const others = [...parts.box.querySelectorAll('button')].filter((b) => b !== parts.sendButton);
  const last = others.at(-1);
  if (last) last.after(host);
  else if (parts.sendButton?.isConnected) parts.sendButton.before(host);
  else parts.box.append(host);
}

export function initChip(
  env: ContentEnv,
  signal: AbortSignal,
  { composer, context }: { composer: ComposerWatch; context: ContextFeed },
): Chip {
  const { doc, win, timers } = env;
  const darkQuery = win.matchMedia?.('(prefers-color-scheme: dark)');
  let mounted: { parts: ComposerParts; view: ChipView } | null = null;

  // The estimate for the text last asked about; answers for older text are dropped.
  let estimateError: string | null = null;
  let current: { key: Key; estimate: DraftEstimate | null } | null = null;
  // Set when the calibration or balances moved: ask again, but keep showing (and guarding with)
  // the estimate we have until the new one arrives.
  let stale = false;
  let asked = 0;

  // The page's language's words are asked for once each (English is built in); the chip redraws when
  // they arrive. A failed ask leaves English and is not repeated.
  const asking = new Set<string>();
  const wordsFor = (locale: Locale) => {
    if (hasChipWords(locale) || asking.has(locale)) return;
    asking.add(locale);
    env.chipWords(locale).then(
      (words) => {
        if (signal.aborted || !addChipWords(locale, words)) return;
        show();
      },
      () => undefined,
    );
  };

  const modelNow = (): ChipModel => {
    const locale = pageLocale(doc, win.navigator);
    wordsFor(locale);
    const ctx = context.current();
    return chipModel(
      {
        estimate: current?.estimate ?? null,
        warning: warningView(current?.estimate ?? null, locale),
        estimateError,
        summary: ctx?.summary ?? null,
        calibration: ctx?.calibration ?? null,
        settings: ctx?.settings ?? DEFAULT_SETTINGS,
        balanceUnknown: context.balanceUnknown(),
        builderModel: ctx?.builderModel ?? null,
        price: ctx?.price ?? null,
        display: ctx?.display ?? 'full',
      },
      locale,
    );
  };

  const setTheme = () => mounted?.view.setTheme(pageIsDark(doc, darkQuery?.matches ?? false));
  const show = () => {
    if (!mounted) return;
    setTheme();
    mounted.view.render(modelNow());
  };

  const readKey = (): Key =>
    mounted
      ? { text: composerText(mounted.parts.input), mode: composerMode(mounted.parts) }
      : { text: '', mode: 'build' };

  const ask = (key: Key) => {
    stale = false;
    const mine = ++asked;
    const settle = (estimate: DraftEstimate | null, error: string | null) => {
      if (mine !== asked || signal.aborted) return;
      estimateError = error;
      current = { key, estimate };
      show();
    };
    env.estimate(key.text, key.mode).then(
      (estimate) => settle(estimate, null),
      // The chip must survive an estimator failure; it says so instead of going stale.
      (error: unknown) => settle(null, error instanceof Error ? error.message : String(error)),
    );
  };

  const watcher = createTextWatcher<Key>({
    delayMs: DEBOUNCE_MS,
    maxWaitMs: MAX_WAIT_MS,
    timers,
    now: env.now,
    read: readKey,
    same: (a, b) => a.text === b.text && a.mode === b.mode,
    onChange: (key) => {
      if (!mounted) return;
      // The text changed under an open confirmation: the question no longer applies.
      if (mounted.view.confirmShown() && current && current.key.text !== key.text) mounted.view.hideConfirm();
      const empty = !key.text.trim();
      const same = current !== null && current.key.text === key.text && current.key.mode === key.mode;
      if (empty || same) {
        if (empty) current = { key, estimate: null };
        estimateError = null;
        show();
        if (!stale || empty) return;
      }
      ask(key);
    },
  });
  const rerender = () => {
    watcher.invalidate();
    watcher.flush();
  };

  const unmount = () => {
    mounted?.view.host.remove();
    mounted = null;
  };

  const mount = (parts: ComposerParts) => {
    unmount();
    // Never two chips on one composer: drop any chip of ours left in this box.
    for (const stray of parts.box.querySelectorAll(`[data-testid="${CHIP_TESTID}"]`)) stray.remove();
    const view = createChipView(doc);
    place(parts, view.host);
    mounted = { parts, view };
    rerender();
  };

  composer.onScan((parts, reason) => {
    if (!parts) unmount();
    else if (!mounted || mounted.parts !== parts || !mounted.view.host.isConnected) mount(parts);
    if (reason !== 'poll') return;
    // The builder's theme can flip at any time (its `dark` class or the system setting).
    setTheme();
    watcher.poke();
  });

  context.onChange((answered) => {
    // The calibration or the budget may have moved: estimate the text again.
    if (answered) stale = true;
    rerender();
  });

  env.listen(
    doc,
    'input',
    (e) => {
      // Cheap per keystroke: a containment check and a timestamp.
      if (mounted && e.target instanceof Node && mounted.parts.input.contains(e.target)) watcher.poke();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    watcher.cancel();
    unmount();
  });

  return {
    model: () => (mounted ? modelNow() : null),
    view: () => mounted?.view ?? null,
    recheckSoon: () => void timers.setTimeout(() => watcher.poke(), 300),
  };
}
