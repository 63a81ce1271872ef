/**
 * Chat turns. A turn starts from a message, a new app's `initial_message`, or an answer to a parked
 * question (base44-facts.md, "Turns that start without a chat message"); one runs per app at a
 * time and later ones queue behind it. Its user message carries `outcome.backend_status`
 * "pending" from the start and a terminal value when it settles (base44/cli apps/stream.ts).
 */
import { randomUUID } from 'node:crypto';
import { costOf, round1, type ChatMode } from './cost';
import { replyFor } from './replies';
import type { Account, Paywall } from './account';
import type { SandboxClock } from './clock';
import type { StoredMessage, TerminalStatus, ToolCall } from './conversation';

export type TurnKind = 'message' | 'initialMessage' | 'toolAnswer';
export type TurnState = 'queued' | 'running' | 'settled';

export interface Turn {
  id: string;
  appId: string;
  workspaceId: string;
  kind: TurnKind;
  state: TurnState;
  content: string;
  mode: ChatMode;
  /** null while queued or running. */
  backendStatus: TerminalStatus | 'pending' | null;
  /** What was charged when the turn settled (0 before, and for a paywalled turn). */
  cost: number;
  startedAt: number | null;
  settledAt: number | null;
  userMessageId: string | null;
  /** Fixed at the start: the price (cost rule or setNextCost), the outcome and whether it parks. */
  plannedCost: number;
  outcome: TerminalStatus;
  park: boolean;
  paywall: Paywall;
  timer: NodeJS.Timeout | null;
  /** Called once when the turn settles (held requests wait on these). */
  onSettle: ((t: Turn) => void)[];
}

/** What the engine needs from the rest of the world. */
export interface ChatHost {
  clock: SandboxClock;
  /** The cost rule's seeded noise. */
  random: () => number;
  accountOf(workspaceId: string): Account;
  appName(appId: string): string;
  conversation(appId: string): StoredMessage[];
  /** The next turn's settings, consumed when it starts. */
  takeTurnSettings(): { durationMs: number; outcome: TerminalStatus; park: boolean; nextCost: number | null };
  changed(appId: string): void;
}

export class ChatEngine {
  turns: Turn[] = [];

  constructor(private readonly host: ChatHost) {}

  running(appId: string): Turn | undefined {
    return this.turns.find((t) => t.appId === appId && t.state === 'running');
  }

  /** Every parked tool call (waiting_for_user_input) in the app's conversation. */
  parked(appId: string): ToolCall[] {
    return this.host
      .conversation(appId)
      .flatMap((m) => m.toolCalls ?? [])
      .filter((c) => c.status === 'waiting_for_user_input');
  }

  /**
   * A new turn for the app: it runs at once, or queues behind the running one (facts file,
   * "Queued"). A turn that would start while the workspace is paywalled settles at once as
   * error_paywall with nothing charged (send.ts).
   */
  submit(appId: string, workspaceId: string, kind: TurnKind, content: string, mode: ChatMode): Turn {
    const turn: Turn = {
      id: randomUUID(),
      appId,
      workspaceId,
      kind,
      state: 'queued',
      content,
      mode,
      backendStatus: null,
      cost: 0,
      startedAt: null,
      settledAt: null,
      userMessageId: null,
      plannedCost: 0,
      outcome: 'success_build',
      park: false,
      paywall: null,
      timer: null,
      onSettle: [],
    };
    this.turns.push(turn);
    if (!this.running(appId)) this.start(turn);
    return turn;
  }

  private start(turn: Turn): void {
    const host = this.host;
    const account = host.accountOf(turn.workspaceId);
    const now = host.clock.now();
    turn.state = 'running';
    turn.startedAt = now;
    // invented: a queued message appears in the conversation only when its turn starts.
    const user: StoredMessage = {
      id: randomUUID(),
      appId: turn.appId,
      turnId: turn.id,
      role: 'user',
      content: turn.content,
      mode: turn.mode,
      at: now,
      backendStatus: 'pending',
      // invented: an answer to a parked question is kept as a hidden user message.
      hidden: turn.kind === 'toolAnswer' ? true : undefined,
    };
    turn.userMessageId = user.id;
    host.conversation(turn.appId).push(user);
    turn.paywall = account.paywall();
    if (turn.paywall) {
      this.settle(turn, 'error_paywall');
      return;
    }
    const settings = host.takeTurnSettings();
    turn.plannedCost = settings.nextCost ?? costOf(turn.content, turn.mode, host.random);
    turn.outcome = settings.outcome;
    turn.park = settings.park;
    turn.backendStatus = 'pending';
    turn.timer = setTimeout(() => this.settle(turn), settings.durationMs);
    host.changed(turn.appId);
  }

  /** `POST chat/stop`: the running turn ends as "stopped". */
  stop(appId: string): Turn | null {
    const turn = this.running(appId);
    if (!turn) return null;
    this.settle(turn, 'stopped');
    return turn;
  }

  private settle(turn: Turn, forced?: TerminalStatus): void {
    if (turn.state === 'settled') return;
    const host = this.host;
    if (turn.timer) clearTimeout(turn.timer);
    turn.timer = null;
    const status = forced ?? turn.outcome;
    turn.cost = chargeFor(status, turn.plannedCost);
    // invented: Base44 does not say when it deducts; the sandbox charges when the turn settles.
    if (turn.cost > 0) host.accountOf(turn.workspaceId).charge(turn.cost);
    const now = host.clock.now();
    const conversation = host.conversation(turn.appId);
    const user = conversation.find((m) => m.id === turn.userMessageId);
    if (user) user.backendStatus = status;
    if (status !== 'error_paywall') conversation.push(this.reply(turn, status, now));
    turn.state = 'settled';
    turn.backendStatus = status;
    turn.settledAt = now;
    for (const cb of turn.onSettle.splice(0)) cb(turn);
    const next = this.turns.find((t) => t.appId === turn.appId && t.state === 'queued');
    if (next) this.start(next);
    else host.changed(turn.appId);
  }

  private reply(turn: Turn, status: TerminalStatus, now: number): StoredMessage {
    const r = replyFor(turn.content, turn.mode, this.host.appName(turn.appId), Math.random);
    const msg: StoredMessage = {
      id: randomUUID(),
      appId: turn.appId,
      turnId: turn.id,
      role: 'assistant',
      content: r.content,
      reasoning: r.reasoning,
      mode: turn.mode,
      at: now,
      thoughtSeconds: r.thoughtSeconds,
      creditsUsed: turn.cost,
      // Steps as tool calls with a `summary` argument, the way stream.ts reads them (toolMeta).
      toolCalls: r.steps.map((s, i) => ({
        id: `call_${turn.id.slice(0, 8)}_${i}`,
        name: 'edit_file',
        arguments_string: JSON.stringify({ summary: s.summary, file_path: s.file }),
        status: status === 'stopped' && i === r.steps.length - 1 ? 'stopped' : 'success',
      })),
    };
    // invented: every reply text, the tool call ids and name (`edit_file`), and that a stopped turn
    // still gets a reply whose last step is `stopped`.
    if (status === 'stopped') msg.content = 'Stopped.';
    else if (status === 'error_build') msg.content = 'The build failed. I can try to fix the error.';
    else if (status === 'error_backend') msg.content = 'Something went wrong on our side. Please try again.';
    if (turn.park && status !== 'stopped') {
      // api.ts: a parked call has status waiting_for_user_input and waiting_on.kind; pending.ts
      // reads a choice's questions and options from its arguments.
      msg.content = 'Before I continue, I have a question.';
      msg.toolCalls = [
        ...(msg.toolCalls ?? []),
        {
          id: `call_${turn.id.slice(0, 8)}_ask`,
          name: 'ask_clarifying_questions',
          arguments_string: JSON.stringify({
            summary: 'A quick question before I build this',
            questions: [
              {
                question: 'Which layout should the list use?',
                options: [{ label: 'Cards' }, { label: 'Table' }],
                multi_select: false,
              },
            ],
          }),
          status: 'waiting_for_user_input',
          waiting_on: { kind: 'choice' },
        },
      ];
    }
    return msg;
  }

  /** `submit-tool-call-input`: marks the parked call answered; false when no such call is parked. */
  answer(appId: string, toolCallId: string, action: string, input: unknown): boolean {
    const call = this.parked(appId).find((c) => c.id === toolCallId);
    if (!call) return false;
    call.status = action === 'rejected' ? 'error' : 'success';
    call.results = { action, extra_user_input: input };
    return true;
  }

  /** Stops every timer (world reset, server stop). */
  dispose(): void {
    for (const t of this.turns) if (t.timer) clearTimeout(t.timer);
    this.turns = [];
  }
}

/**
 * What a settled turn costs. invented: nothing is known about partial charges; the sandbox charges
 * nothing for a paywalled or backend-failed turn, half (rounded to 0.1) for a stopped one, and the
 * full price otherwise (a failed build still ran the AI).
 */
export function chargeFor(status: TerminalStatus, planned: number): number {
  if (status === 'error_paywall' || status === 'error_backend') return 0;
  if (status === 'stopped') return round1(planned / 2);
  return planned;
}
