/** Bounds on what crosses from the page, shared by the recognisers and the validation. */

/** Longest prompt text passed on; the estimator needs no more and it bounds what crosses contexts. */
export const MAX_TEXT = 20_000;
/** Key names passed on for an unrecognised body: short identifiers only, at most 20. */
export const KEY_NAME = /^[A-Za-z0-9_$-]{1,40}$/;
export const MAX_KEYS = 20;
/** Workspaces in one list. */
export const MAX_WORKSPACES = 200;
