/**
 * Stop-loss for fix loops: prompt after prompt spent on "it's still broken" burns credits without
 * progress. Pure: the draft, the ledger rows and `now` are passed in.
 *
 * The ledger keeps no prompt text (at most a 120-character excerpt, and none when the user turned
 * excerpts off), so whether a sent prompt was a fix is decided at send time from its full text and
 * stored on the row (`fix`); older rows fall back to their excerpt.
 */
import type { LedgerMode } from '../db/rows';
import { FIX_CUES, TRACE_PATTERNS } from './fix-words';
import { activityEnd, isPaywalled, oldestFirst, rowCredits, type CreditRow } from './row-credits';
import { SESSION_GAP_MS } from './sessions';
import { HOUR } from './schedule';

interface Cue {
  words: string[];
  /** Per word: true when it matches any word starting with it. */
  prefix: boolean[];
}

/** Lower case, no accents, typographic apostrophes made plain. Japanese kana keep their marks. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019\u02bc`´]/g, "'");
}

/** Words of normalized text; French elisions split off ("d'erreur" → "d'", "erreur"). */
function words(normalized: string): string[] {
  const split = normalized.replace(/(^|[^\p{L}])((?:[ldjmnst]|qu)')(?=\p{L})/gu, '$1$2 ');
  return split.match(/[\p{L}\p{N}']+/gu) ?? [];
}

function compile(pattern: string): Cue {
  const cue: Cue = { words: [], prefix: [] };
  for (const part of pattern.split(' ')) {
    const star = part.endsWith('*');
    const ws = words(normalize(star ? part.slice(0, -1) : part));
    ws.forEach((w, i) => {
      cue.words.push(w);
      cue.prefix.push(star && i === ws.length - 1);
    });
  }
  return cue;
}

const CUES: Cue[] = [];
const NOT_FIX: Cue[] = [];
const SUBSTRINGS: string[] = [];
for (const lang of Object.values(FIX_CUES)) {
  for (const w of lang.words) CUES.push(compile(w));
  for (const w of lang.notFix ?? []) NOT_FIX.push(compile(w));
  for (const s of lang.substrings ?? []) SUBSTRINGS.push(normalize(s));
}

function matchAt(ws: readonly string[], i: number, cue: Cue): boolean {
  if (i + cue.words.length > ws.length) return false;
  for (let k = 0; k < cue.words.length; k++) {
    const w = ws[i + k]!;
    const c = cue.words[k]!;
    if (cue.prefix[k] ? !w.startsWith(c) : w !== c) return false;
  }
  return true;
}

/** The fix cue found in a text ("broken", "TypeError"), or null when it reads as new work. */
export function fixCue(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const re of TRACE_PATTERNS) {
    const m = re.exec(text);
    if (m) return m[0].trim();
  }
  const n = normalize(text);
  for (const s of SUBSTRINGS) if (n.includes(s)) return s;
  const ws = words(n);
  const masked = new Array<boolean>(ws.length).fill(false);
  for (let i = 0; i < ws.length; i++) {
    for (const cue of NOT_FIX) {
      if (matchAt(ws, i, cue)) masked.fill(true, i, i + cue.words.length);
    }
  }
  for (let i = 0; i < ws.length; i++) {
    if (masked[i]) continue;
    for (const cue of CUES) {
      if (matchAt(ws, i, cue)) return ws.slice(i, i + cue.words.length).join(' ');
    }
  }
  return null;
}

/** Is this prompt a fix? Compute at send time and store it on the ledger row as `fix`. */
export function isFixPrompt(text: string | null | undefined): boolean {
  return fixCue(text) !== null;
}

/** A ledger row as the detector reads it: `fix` is set at send time; old rows have an excerpt. */
export type FixRow = CreditRow & { fix?: boolean; excerpt?: string | null };

/** A row's fix flag; rows from before the flag use their excerpt, and no excerpt means "not known". */
export function rowIsFix(row: FixRow): boolean | null {
  if (row.fix !== undefined) return row.fix;
  if (row.excerpt) return isFixPrompt(row.excerpt);
  return null;
}

export interface FixLoopOptions {
  /** Fixes in a row on the app (before this draft) that trigger the warning; default 3. */
  streak?: number;
  /** Credits on fixes within `windowMs` above which to warn; default 3. */
  credits?: number;
  windowMs?: number;
  /** Only prompts in the app's current session count towards the streak; default 30 minutes. */
  sessionGapMs?: number;
}

export const FIX_LOOP_DEFAULTS: Required<FixLoopOptions> = {
  streak: 3,
  credits: 3,
  windowMs: HOUR,
  sessionGapMs: SESSION_GAP_MS,
};

export interface FixDraft {
  text: string;
  mode: LedgerMode;
  appId: string | null;
}

export interface FixLoopVerdict {
  warn: boolean;
  /** Which rule fired: the streak is checked first. */
  rule: 'streak' | 'credits' | null;
  /** The draft reads as a fix; the cue that says so. */
  draftCue: string | null;
  /** Fix prompts in a row on this app, newest backwards, in its current session. */
  streak: number;
  /** Credits spent on fix prompts on this app within the window. */
  fixCredits: number;
}

/**
 * Warn before sending a fix when the app is in a fix loop: its last N build prompts were all fixes,
 * or fixes cost more than X credits in the last hour. Discuss-mode drafts never warn (that is the
 * advice itself), and a Discuss prompt breaks the streak. Answers to the builder's questions and
 * paywalled turns (nothing ran) neither count nor break it. A row whose fix flag is unknown ends
 * the streak: a warning must rest on evidence.
 */
export function fixLoopVerdict(
  draft: FixDraft,
  rows: readonly FixRow[],
  now: number,
  opts: FixLoopOptions = {},
): FixLoopVerdict {
  const o = { ...FIX_LOOP_DEFAULTS, ...opts };
  const draftCue = draft.mode === 'build' ? fixCue(draft.text) : null;

  const mine: FixRow[] = [];
  for (const row of rows) if (row.appId === draft.appId && row.at <= now) mine.push(row);
  const ordered = oldestFirst(mine);

  let streak = 0;
  let fixCredits = 0;
  let streakOpen = true;
  // The next send after the row being looked at, or now: a pause counts from the row's turn end.
  let later = now;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const row = ordered[i]!;
    const inWindow = now - row.at <= o.windowMs;
    if (!streakOpen && !inWindow) break;
    const neutral = row.mode === 'answer' || isPaywalled(row);
    const fix = row.mode === 'build' && rowIsFix(row) === true;
    if (inWindow && fix) fixCredits += rowCredits(row);
    if (streakOpen && !neutral) {
      if (later - activityEnd(row, now) > o.sessionGapMs) streakOpen = false;
      else if (fix) streak++;
      else streakOpen = false;
    }
    if (!neutral) later = row.at;
  }

  let rule: FixLoopVerdict['rule'] = null;
  if (draftCue !== null) {
    if (streak >= o.streak) rule = 'streak';
    else if (fixCredits > o.credits + 1e-9) rule = 'credits';
  }
  return {
    warn: rule !== null,
    rule,
    draftCue,
    streak,
    fixCredits,
  };
}
