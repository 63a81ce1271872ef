import { describe, expect, it } from 'vitest';
import { estimate } from '../../../lib/estimate/estimate';
import { WORDS } from '../../../lib/estimate/lexicon';
import { nearWord } from '../../../lib/estimate/typos';

const read = (w: string): string => WORDS[nearWord(w)] ?? '';

describe('misspelt English words', () => {
  it('reads a missing, doubled or swapped letter as the word meant', () => {
    expect(read('buton')).toBe('button');
    expect(read('buttton')).toBe('button');
    expect(read('notifciation')).toBe('notification');
  });

  it('leaves short words, replaced letters and non-words alone', () => {
    expect(nearWord('buttn')).not.toBe(0);
    expect(nearWord('tabl')).toBe(0);
    expect(nearWord('notion')).toBe(0);
    expect(nearWord('xqzvwk')).toBe(0);
    expect(nearWord('Stripe')).toBe(0);
  });

  it('a misspelt element still makes a visual tweak simple', () => {
    expect(estimate('teh submit buton is to close to the input make some room').scope).toBe('simple');
  });
});
