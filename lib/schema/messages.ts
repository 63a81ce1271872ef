/**
 * The request of every message the background handles, as a schema. The background parses each
 * request with it before a handler runs (lib/messaging/server.ts `checkRequests`), so a handler
 * gets plain, bounded values whatever a sender put on the wire.
 */
import * as v from 'valibot';
import { credits, messageId, objectId, promptCost, promptText, text, workspaceId } from './basics';
import { TURN_STARTS } from './observation';

/** No data: any extra keys are dropped. */
const none = v.optional(v.object({}), {});
/** A workspace key of the extension's own (a Base44 id, or 'default' while not known yet). */
const workspaceKey = text(64);
const forWorkspace = v.optional(v.object({ workspaceId: v.optional(workspaceKey) }), {});

/** A BCP 47 language tag such as "he" or "pt-BR"; anything else is ignored. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export const promptSent = v.object({
  sendId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** The sender's clock; the background trusts it only within a minute of its own. */
  at: v.pipe(v.number(), v.finite()),
  appId: v.nullable(objectId),
  mode: v.picklist(['build', 'discuss', 'answer']),
  /** Which request started the turn (default: a chat message). */
  start: v.optional(v.picklist(TURN_STARTS)),
  /** The prompt text; the background keeps an excerpt only if the user allows it. */
  text: promptText,
});
export type PromptSent = v.InferOutput<typeof promptSent>;

/** What the content script read from the builder's visible text (never a JSON body). */
export const pageText = v.variant('kind', [
  /** The logo menu or Settings → Credit usage: "N credits left", "X of Y used". */
  v.pipe(
    v.object({
      kind: v.literal('textBalance'),
      remaining: credits,
      limit: v.nullable(credits),
      daily: v.nullable(
        v.pipe(
          v.object({ remaining: credits, limit: credits }),
          v.check((d) => d.limit >= d.remaining),
        ),
      ),
    }),
    v.check((t) => t.limit === null || t.limit >= t.remaining),
  ),
  /** "Credits Used: N" under a reply, with the id of the user message it answers. */
  v.object({ kind: v.literal('creditsUsed'), messageId, cost: promptCost }),
]);
export type PageText = v.InferOutput<typeof pageText>;

export const REQUESTS = {
  getSummary: forWorkspace,
  getComposerContext: forWorkspace,
  chipWords: v.object({ locale: v.pipe(v.string(), v.maxLength(35), v.regex(LANGUAGE_TAG)) }),
  estimate: v.object({
    text: promptText,
    mode: v.fallback(v.picklist(['build', 'discuss']), 'build'),
    locale: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(35), v.regex(LANGUAGE_TAG))), undefined),
  }),
  refreshNow: none,
  /** Parsed by the handler with lib/schema/observation.ts, which stamps it with the time received. */
  pageObservation: v.unknown(),
  pageHealth: v.object({
    composerFound: v.fallback(v.optional(v.boolean()), undefined),
    url: v.fallback(v.optional(text(2048)), undefined),
    /** The user is looking at this tab (shown, focused, or a route change while shown). */
    focused: v.fallback(v.optional(v.boolean()), undefined),
  }),
  promptSent,
  pageText,
  getWorkspaces: none,
  setActiveWorkspace: v.object({ workspaceId: workspaceKey }),
  getDiagnostics: none,
  /** An empty key removes the stored one; an empty workspace id means none. */
  setCredentials: v.object({
    apiKey: v.pipe(v.string(), v.trim(), v.maxLength(500)),
    workspaceId: v.pipe(v.string(), v.trim(), v.union([v.literal(''), workspaceId])),
  }),
  /** Omitted fields mean the stored ones. */
  testConnection: v.optional(
    v.object({
      apiKey: v.optional(v.pipe(v.string(), v.maxLength(500))),
      workspaceId: v.optional(v.pipe(v.string(), v.trim(), v.union([v.literal(''), workspaceId]))),
    }),
    {},
  ),
  getCredentialsInfo: none,
  getAppCosts: forWorkspace,
  getAppNames: none,
  deleteAllData: none,
} satisfies Record<string, v.GenericSchema>;

export type RequestName = keyof typeof REQUESTS;
/** What a sender passes. */
export type RequestIn<K extends RequestName> = v.InferInput<(typeof REQUESTS)[K]>;
/** What a handler receives, after parsing. */
export type RequestOut<K extends RequestName> = v.InferOutput<(typeof REQUESTS)[K]>;
