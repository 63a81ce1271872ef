/**
 * What every content-script feature is given: the page, timers and listeners that die with the
 * content script, a clock, and the background's calls (content scripts get everything by message).
 */
import type { ChatMode } from '../estimate/types';
import type { ComposerContext, DraftEstimate, PageText, PromptSent } from '../messaging/protocol';
import type { PageObservation } from '../schema/observation';
import type { Timers } from './text-watcher';

export type Listen = (
  target: EventTarget,
  type: string,
  fn: (e: Event) => void,
  opts?: AddEventListenerOptions,
) => void;

/** The background's calls a feature may make; each resolves with the background's reply. */
export interface BackgroundCalls {
  /** The estimate, computed by the background (the estimator and its language data stay out of the page). */
  estimate: (text: string, mode: ChatMode) => Promise<DraftEstimate>;
  /** Balance, calibration, model and the settings the chip needs. */
  getContext: () => Promise<ComposerContext>;
  /** The chip's words in one language, sent once (English is built in). */
  chipWords: (locale: string) => Promise<unknown>;
  /** The same context, pushed by the background after each change, until `signal` aborts. */
  subscribeContext: (signal: AbortSignal, apply: (ctx: ComposerContext) => void) => void;
  promptSent: (p: PromptSent) => Promise<unknown>;
  pageObservation: (o: PageObservation) => Promise<unknown>;
  /** `composerFound` null: only the route is news (e.g. the builder's sign-in page). */
  pageHealth: (composerFound: boolean | null, url: string) => Promise<unknown>;
  /** The user is looking at this tab: the popup should follow its workspace. */
  pageFocus: (url: string) => Promise<unknown>;
  pageText: (t: PageText) => Promise<unknown>;
}

export interface ContentEnv extends BackgroundCalls {
  doc: Document;
  win: Window;
  /** Timers that do nothing once the content script's context is gone. */
  timers: Timers;
  /** addEventListener whose listener dies with the context (and with `opts.signal`, when given). */
  listen: Listen;
  now: () => number;
  newId: () => string;
}
