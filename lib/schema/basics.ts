/**
 * The building blocks of every schema that guards a trust boundary (page → content script →
 * background, stored settings). Outputs are fresh objects holding only the known keys.
 */
import * as v from 'valibot';
import { MESSAGE_ID, SHORT_TOKEN } from '../base44/chat-turn';
import { MAX_PROMPT_COST } from '../base44/plans';
import { OBJECT_ID } from '../base44/urls';
import { MAX_CREDITS, MAX_TIME, MIN_TIME } from '../credits/pool-rules';
import { MAX_TEXT } from '../page-observer/limits';

/** A credit amount: a plain, finite, non-negative number no plan comes near exceeding. */
export const credits = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_CREDITS));

/** What one prompt can plausibly cost, as the builder states it. */
export const promptCost = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_PROMPT_COST));

/** An instant (epoch ms) a credit period can start or end at. */
export const instant = v.pipe(v.number(), v.finite(), v.minValue(MIN_TIME), v.maxValue(MAX_TIME));

/** A Base44 object id (apps), lowercased. */
export const objectId = v.pipe(v.string(), v.regex(OBJECT_ID), v.toLowerCase());

/** The one workspace-id rule (lib/base44/urls.ts `workspaceIdOf`): an object id, lowercased. */
export const workspaceId = objectId;

/** A chat message id. */
export const messageId = v.pipe(v.string(), v.regex(MESSAGE_ID));

/** A string of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Prompt text, bounded so it can cross contexts. */
export const promptText = text(MAX_TEXT);

/** A status or model name: a short token; anything else (markup, a number) becomes null. */
export const token = v.fallback(v.nullable(v.pipe(v.string(), v.regex(SHORT_TOKEN))), null);

/** The parsed value, or null when the input does not fit. */
export function parseOrNull<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> | null {
  const r = v.safeParse(schema, input);
  return r.success ? r.output : null;
}
