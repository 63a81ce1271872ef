/**
 * Misspelt English words ("buton", "notifcation", "recieve"): an unknown word one slip away from
 * exactly one lexicon word that carries a class is read as that word. Only unknown words of five
 * letters or more are tried, so names and short words are left alone; the index is built on first use.
 */
import { ENGLISH_END, HASH_SEED, WORDS, hashStep, isContent, probe } from './lexicon';

const AMBIGUOUS = -1;
/** Lexicon words with one letter left out → the word (AMBIGUOUS when two words share it). */
let dropped: Map<string, number> | undefined;

function index(): Map<string, number> {
  const map = new Map<string, number>();
  const add = (key: string, id: number) => {
    const had = map.get(key);
    map.set(key, had === undefined || had === id ? id : AMBIGUOUS);
  };
  for (let id = 1; id < ENGLISH_END; id++) {
    const w = WORDS[id]!;
    if (w.length < 5 || !/^[a-z]+$/.test(w) || !isContent(id)) continue;
    for (let k = 0; k < w.length; k++) add(w.slice(0, k) + w.slice(k + 1), id);
  }
  return map;
}

function exact(w: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  const id = probe(w, 0, w.length, h);
  return id !== 0 && isContent(id) ? id : 0;
}

/** The lexicon word `w` (lowercase letters) most likely stands for, or 0. */
export function nearWord(w: string): number {
  if (w.length < 5 || w.length > 14 || !/^[a-z]+$/.test(w)) return 0;
  dropped ??= index();
  let found = 0;
  const take = (id: number | undefined): boolean => {
    if (id === undefined || id === 0) return true;
    if (id === AMBIGUOUS || (found !== 0 && found !== id)) return false;
    found = id;
    return true;
  };
  // A letter missing ("buton"), one too many ("buttton"), two swapped ("notifciation"). Not a
  // letter replaced: that turns real words into others ("reading" → "heading").
  if (!take(dropped.get(w))) return 0;
  for (let k = 0; k < w.length; k++) {
    if (w.length > 5 && !take(exact(w.slice(0, k) + w.slice(k + 1)))) return 0;
    if (k + 1 < w.length && w[k] !== w[k + 1]) {
      if (!take(exact(w.slice(0, k) + w[k + 1]! + w[k]! + w.slice(k + 2)))) return 0;
    }
  }
  return found;
}
