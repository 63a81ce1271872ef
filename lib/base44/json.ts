/** A JSON object (not null, not an array): what every reader of Base44's bodies walks into. */
export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
