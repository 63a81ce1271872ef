/**
 * Every response-field spelling the balance parsers accept, in one place.
 *
 * Base44 documents only `credit_pool.tier` by name (Monitoring API docs, "analytics" endpoint);
 * public code reads `credit_pool.messages.{limit,used,remaining}` and
 * `credit_pool.integration.{limit,used,remaining}`. Everything else here is a plausible spelling
 * (see shared/base44-facts.md, "Not known"). Keys are compared after `normalizeKey`, so one entry
 * covers snake_case, camelCase and kebab-case alike.
 */

/** `message_credits`, `messageCredits` and `Message-Credits` all become `messagecredits`. */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[_\-\s]/g, '');
}

/** Objects that wrap the pool block: Monitoring API analytics puts it under `credit_pool`. */
export const CONTAINER_KEYS = ['creditpool', 'creditpools', 'creditbalance', 'creditbalances'] as const;

/** Envelopes some APIs add around their payload. */
export const ENVELOPE_KEYS = ['data', 'result', 'payload'] as const;

/** Names of the message-credit pool (public code: `messages`). */
export const MESSAGE_POOL_KEYS = [
  'messages',
  'message',
  'messagecredits',
  'messagecredit',
  'messagescredits',
] as const;

/** Names of the integration-credit pool (public code: `integration`). */
export const INTEGRATION_POOL_KEYS = [
  'integration',
  'integrations',
  'integrationcredits',
  'integrationcredit',
  'integrationscredits',
] as const;

/** The three numbers of a pool; any two give the third. */
export const LIMIT_KEYS = ['limit', 'total', 'quota'] as const;
export const USED_KEYS = ['used', 'usage', 'consumed', 'spent'] as const;
export const REMAINING_KEYS = ['remaining', 'available', 'left'] as const;

/**
 * Flat spellings (`message_limit`, `messagesUsed`, `remaining_message_credits`) are built from the
 * pool names and number names above. Only these number names may come first: `total_message_credits`
 * is what the Monitoring users endpoint uses for credits *spent*, so it must not read as a limit.
 */
export const PREFIX_NUMBER_KEYS = ['limit', 'used', 'remaining', 'available'] as const;

/** Bonus / top-up / gift credits, inside a pool or beside the pools. */
export const BONUS_KEYS = [
  'bonus',
  'bonuscredits',
  'topup',
  'topups',
  'topupcredits',
  'topupbalance',
  'giftcard',
  'giftcardbalance',
  'giftcardcredits',
  'giftcredits',
  'extracredits',
] as const;

/** Bonus spellings that belong to the message pool when they sit beside the pools. */
export const MESSAGE_BONUS_PREFIXED = ['bonusmessagecredits', 'messagebonus', 'messagebonuscredits'] as const;
export const INTEGRATION_BONUS_PREFIXED = [
  'bonusintegrationcredits',
  'integrationbonus',
  'integrationbonuscredits',
] as const;

/** Workspace tier (`credit_pool.tier` is documented; workspaces list uses `subscription_tier`). */
export const TIER_KEYS = [
  'tier',
  'subscriptiontier',
  'plan',
  'planname',
  'credittier',
  'creditlevel',
] as const;

/** Free plan daily cap, flat beside the pools. */
export const DAILY_LIMIT_KEYS = [
  'dailymessagelimit',
  'dailymessageslimit',
  'dailymessagecreditslimit',
  'dailylimit',
  'dailycreditlimit',
  'dailycreditslimit',
  'messagedailylimit',
  'messagesdailylimit',
] as const;
export const DAILY_USED_KEYS = [
  'dailymessagesused',
  'dailymessageused',
  'dailymessagecreditsused',
  'dailyused',
  'dailycreditsused',
  'dailyusage',
  'dailymessageusage',
  'messagedailyused',
  'messagesdailyused',
  'messagesusedtoday',
] as const;
export const DAILY_REMAINING_KEYS = [
  'dailymessagesremaining',
  'dailymessageremaining',
  'dailyremaining',
  'dailycreditsremaining',
  'messagesdailyremaining',
] as const;

/** Free plan daily cap as its own object (`daily: {limit, used}`). */
export const DAILY_OBJECT_KEYS = [
  'daily',
  'dailymessages',
  'dailymessage',
  'dailycredits',
  'dailymessagecredits',
  'dailylimits',
] as const;

/** When the daily window resets, beside the pools or inside the daily object. */
export const DAILY_RESET_KEYS = [
  'dailyresetat',
  'dailyreset',
  'dailyresetsat',
  'nextdailyreset',
  'dailyperiodend',
] as const;
export const DAILY_OBJECT_RESET_KEYS = ['resetat', 'resetsat', 'nextreset', 'periodend', 'end'] as const;

/** The current credit period. */
export const PERIOD_START_KEYS = [
  'periodstart',
  'currentperiodstart',
  'cyclestart',
  'billingperiodstart',
  'resetperiodstart',
] as const;
export const PERIOD_END_KEYS = [
  'periodend',
  'resetat',
  'nextreset',
  'nextresetat',
  'resetsat',
  'currentperiodend',
  'cycleend',
  'billingperiodend',
  'resetperiodend',
] as const;

/** Workspaces list (`GET /api/workspace/workspaces` → `{workspaces: [...]}`). */
export const WORKSPACES_LIST_KEYS = ['workspaces', 'items', 'results'] as const;
export const WORKSPACE_ID_KEYS = ['id', 'workspaceid', '_id'] as const;
export const WORKSPACE_NAME_KEYS = ['name', 'workspacename', 'displayname', 'title'] as const;

/**
 * A prompt's cost in a chat response. The builder shows "Credits Used" under each prompt
 * (More Actions), so some response carries it; its name is not known. Matched exactly.
 */
export const CHAT_COST_KEYS = [
  'credits_used',
  'creditsUsed',
  'credit_cost',
  'creditCost',
  'credits_charged',
  'creditsCharged',
  'credits_consumed',
  'creditsConsumed',
  'message_credits_used',
  'messageCreditsUsed',
] as const;

/**
 * The workspace a balance response names (`workspace_id`, `workspaceId`, `organization_id`): Base44
 * calls a workspace an organization in its app records (`GET /api/apps/{id}` → `organization_id`).
 */
export const WORKSPACE_REF_KEYS = ['workspaceid', 'organizationid'] as const;
