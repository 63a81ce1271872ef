import type { BalanceReading } from '../credits/types';

/**
 * What the main-world observer learns from the builder's own network traffic, after validation.
 * Only plain numbers and ids cross from the page; nothing else it sends is trusted.
 */
export type PageObservation =
  | { kind: 'balance'; reading: BalanceReading }
  | { kind: 'workspaces'; workspaces: { id: string; name: string | null; tier: string | null }[] }
  /** The builder POSTed a chat message (a prompt was sent). `text` stays on this machine. */
  | { kind: 'chatSend'; appId: string; text: string; at: number }
  /** A builder response stated what a prompt cost. */
  | { kind: 'chatCost'; appId: string; cost: number; at: number }
  /** A builder reply to a chat message arrived (the prompt finished). */
  | { kind: 'chatReply'; appId: string; at: number }
  /** The builder's own API answered 401: the user is signed out of Base44. */
  | { kind: 'signedOut' };
