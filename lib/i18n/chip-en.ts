/**
 * The chip's English words: built into the content script. Other languages live in
 * ./chip-messages.ts, in the background, which sends the builder page's one (./chip-words.ts).
 */
import type { Message } from './translate';

export const en = {
  credits: { one: '{count} credit', other: '{count} credits' },
  'scope.discuss': 'discuss',
  'scope.simple': 'simple change',
  'scope.feature': 'small feature',
  'scope.module': 'complex module',
  'scope.broad': 'broad change',
  blocked: 'Out of credits · Base44 refused the last prompt',
  unavailable: 'Estimate unavailable',
  'idle.today': 'Credits: {left} left today',
  'idle.month': 'Credits: {left} left this month',
  idleUnknown: 'Credits: ≈ 0',
  line: '≈ {credits} · {scope}',
  'over.today': 'more than the {left} left today',
  'over.month': 'more than the {left} left this month',
  'after.today': '{left} left today → ≈ {after} after',
  'after.month': '{left} left this month → ≈ {after} after',
  estimatorError: 'Estimator error: {error}',
  estimate: 'Estimate: {credits}',
  range: { one: 'Range: {low}–{count} credit', other: 'Range: {low}–{count} credits' },
  average: {
    one: 'Your average for {scope}: {credits} ({count} prompt)',
    other: 'Your average for {scope}: {credits} ({count} prompts)',
  },
  balanceUnknown: 'Balance unknown',
  model: 'Model: {model}, picked by hand — may cost more than “Automatic”',
  'confirm.today':
    'This prompt is estimated at ≈ {credits}, more than the {left} left today. Send anyway? (Enter sends, Esc cancels)',
  'confirm.month':
    'This prompt is estimated at ≈ {credits}, more than the {left} left this month. Send anyway? (Enter sends, Esc cancels)',
  'warn.budget.daily': 'Daily budget: {spent} of {budget} used, {left} left',
  'warn.budget.app': 'This app’s budget this cycle: {spent} of {budget} used, {left} left',
  'warn.budget.advice':
    'To stay within it: smaller steps, or plan in Discuss mode first (0.3 credits a message).',
  'warn.fix.streak': 'This reads as another fix (“{cue}”), after {streak} fix prompts in a row on this app.',
  'warn.fix.credits':
    'This reads as another fix (“{cue}”); fixes on this app cost ≈ {credits} in the last hour.',
  'warn.fix.advice1':
    'Describe the problem in Discuss mode first (0.3 credits a message): ask what causes it and agree on a fix before building.',
  'warn.fix.advice2':
    'Or go back to the last version that worked and ask for the change again, in smaller steps.',
  'warn.expensive': 'A {scope} costs more than most prompts.',
  'warn.expensive.advice':
    'Cheaper: split it into steps and check each before the next; plan it in Discuss mode first (0.3 credits a message).',
  'confirm.budget':
    'This prompt is estimated at ≈ {credits}, more than the {left} left of your daily budget. Send anyway? (Enter sends, Esc cancels)',
  'confirm.budget.app':
    'This prompt is estimated at ≈ {credits}, more than the {left} left of this app’s budget this cycle. Send anyway? (Enter sends, Esc cancels)',
  money: 'At your price per credit: {money}',
  sendAnyway: 'Send anyway',
  cancel: 'Cancel',
} satisfies Record<string, Message>;

export type ChipKey = keyof typeof en;
export type ChipCatalogue = Record<ChipKey, Message>;
