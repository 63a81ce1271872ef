import type { F, G, KIND, X } from '../lexicon';

type Lists<T> = Partial<Record<keyof T, string>>;

/**
 * One language's data: its words filed under the same classes the English rules read (lexicon.ts),
 * so the classifier needs no per-language rules. Plain data, so each language can be its own module
 * and loaded only when a prompt is in it.
 */
export interface LanguagePack {
  code: string;
  flags: Lists<typeof F>;
  bits?: Lists<typeof G>;
  extra?: Lists<typeof X>;
  /** Broad words by the reason they give (translate → BROAD_STRONG, redesign → BROAD_MED…). */
  kinds?: Partial<Record<Exclude<keyof typeof KIND, 'NONE'>, string>>;
  /** Words with no class, listed so an inflected neighbour does not take their stem ("digito"). */
  plain?: string;
  /** [weight, words]: behaviour (feature) evidence. */
  feat?: [number, string][];
  /** [weight, words]: looks and wording (simple) evidence. */
  simp?: [number, string][];
  /** Endings stripped (one, the longest that leaves ≥ 3 letters) to match inflected forms. */
  suffixes?: string;
  /** Word endings tried in place of another when a word is unknown, "from:to" pairs ("ת:ה"). */
  swaps?: string;
  /** Pronouns attached to the end of a verb ("renuévala"), peeled off before the endings. */
  clitics?: string;
  /** Letters that attach to the next word (Hebrew ו ה ב ל מ ש כ); up to three are peeled off. */
  prefixes?: string;
  /** Nouns come before their modifiers ("sistema de reservas"): a created thing is named by its first noun. */
  headFirst?: boolean;
  /** The verb closes the clause (Japanese): what is created stands before the verb. */
  verbFinal?: boolean;
  /** Unknown long words are split into known parts (German compounds, Japanese runs). */
  compounds?: boolean;
  /** Words are not separated by spaces: segment with Intl.Segmenter. */
  segment?: boolean;
}
