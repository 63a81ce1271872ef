/**
 * An app's conversation as `GET /api/apps/{id}/chat/full-conversation` serves it. Field names follow
 * base44/cli `core/resources/apps/api.ts` (ConversationMessageSchema); the outcome values follow
 * `apps/stream.ts` (turnSettled / newestUserTurn).
 */
import type { ChatMode } from './cost';

/** `outcome.backend_status` of a turn's user message: "pending" from the turn's start, then terminal. */
export const BACKEND_STATUSES = [
  'pending',
  'success_build',
  'error_build',
  'error_backend',
  'error_paywall',
  'stopped',
  'success_no_generation',
] as const;
export type BackendStatus = (typeof BACKEND_STATUSES)[number];
export type TerminalStatus = Exclude<BackendStatus, 'pending'>;

export function isTerminalStatus(v: unknown): v is TerminalStatus {
  return typeof v === 'string' && v !== 'pending' && (BACKEND_STATUSES as readonly string[]).includes(v);
}

export interface ToolCall {
  id: string;
  name: string;
  arguments_string: string;
  /** api.ts: running | success | error | stopped | waiting_for_user_input. */
  status: string;
  results?: unknown;
  /** api.ts: "Why the call is parked: approval, choice, or input." */
  waiting_on?: { kind: string };
}

export interface StoredMessage {
  id: string;
  appId: string;
  turnId: string;
  role: 'user' | 'assistant';
  content: string;
  hidden?: boolean;
  reasoning?: string;
  toolCalls?: ToolCall[];
  backendStatus?: BackendStatus;
  mode: ChatMode;
  at: number;
  /** invented: how long the AI "thought" (the page shows "Thought for Ns"; facts file, "Messages"). */
  thoughtSeconds?: number;
  /**
   * The settled turn's cost, which the page shows under More Actions (docs: "Credits Used").
   * invented: the docs show the text, not where its number comes from. Served by the invented
   * usage endpoint (routes-chat.ts), and in the conversation only with control report-cost.
   */
  creditsUsed?: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One message as `full-conversation` serves it. `reportCost` (control report-cost, off by default)
 * adds the reply's `credits_used`: no per-prompt cost field has been seen in a chat response.
 */
export function messageJson(m: StoredMessage, opts: { reportCost: boolean }): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: m.id,
    role: m.role,
    content: m.content,
    // invented: not in api.ts's ConversationMessageSchema (which names only what the CLI reads);
    // a time on each message is plausible, and nothing reads it.
    created_date: iso(m.at),
  };
  if (m.hidden) out.hidden = true;
  if (m.role === 'user') {
    if (m.backendStatus) out.outcome = { backend_status: m.backendStatus };
    // Seen in public userscripts: the page sends the mode here; the sandbox echoes it back (invented).
    out.additional_message_params = { mode: m.mode };
  } else {
    if (m.reasoning) out.reasoning = { content: m.reasoning };
    if (m.toolCalls) out.tool_calls = m.toolCalls.map((t) => ({ ...t }));
    // invented field: the page shows "Thought for Ns" (facts file), where its number comes from is not known.
    if (m.thoughtSeconds !== undefined) out.thought_seconds = m.thoughtSeconds;
    if (opts.reportCost && m.creditsUsed !== undefined) out.credits_used = m.creditsUsed;
  }
  return out;
}
