/**
 * Why an estimate came out as it did, as data: an id plus the words recognised in the prompt, so the
 * interface can show it in its own language. `renderReason` writes it for people.
 */
export type ReasonId =
  // app-wide
  | 'every-page'
  | 'whole-app'
  | 'every-part'
  | 'everywhere'
  | 'spans-app'
  | 'translate'
  | 'rtl'
  | 'rebrand'
  | 'theme-mode'
  | 'redesign'
  | 'restructure'
  | 'responsive'
  | 'accessibility'
  | 'consistency'
  | 'theme'
  | 'phones'
  | 'language'
  | 'cleanup'
  // new module
  | 'new-module'
  | 'parts'
  | 'new-pages'
  | 'entities'
  | 'roles-flow'
  // one place
  | 'one-element'
  | 'wording'
  | 'style'
  | 'element'
  | 'behaviour'
  | 'bug-fix'
  | 'adds-element'
  | 'no-cues'
  // the prompt as a whole
  | 'nothing'
  | 'discuss'
  | 'code'
  | 'truncated'
  | 'model'
  | 'symbols'
  | 'question'
  | 'changes'
  | 'language-unknown'
  | 'language-not-loaded';

export interface Reason {
  id: ReasonId;
  /** Words from the prompt, as the person wrote them (a module's name, the style word…). */
  words?: string[];
  /** For 'new-module': what comes with it ("a form", "data entities"). */
  parts?: string[];
  /** A count or factor ('changes', 'parts', 'new-pages', 'model'). */
  n?: number;
  /** Language of `words` when it is not English, so a renderer can quote them. */
  lang?: string;
}

export type Render = (r: Reason) => string;

export const w0 = (r: Reason): string => r.words?.[0] ?? '';

/** Whether the reason's words are in another language than `here` (words without `lang` are English). */
export const foreign = (r: Reason, here: string): boolean => (r.lang ?? 'en') !== here;

/** "a, b and c" with the language's own separator and "and" (`and` includes its spaces). */
export function joinList(items: readonly string[], and: string, sep = ', '): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)}${and}${items[items.length - 1]!}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A count or factor in the locale's digits ("0,3" in French). */
export function num(locale: string, n: number): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return f.format(n);
}

/** The form for `n` by the language's plural rules; `other` when a category has no form of its own. */
export function plural(
  locale: string,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(locale)));
  return forms[r.select(n)] ?? forms.other;
}

function article(phrase: string): string {
  if (/s$/i.test(phrase)) return phrase; // plural: "data entities"
  // Acronyms go by the letter's sound: "an HR module", "an FAQ", "a CRM".
  const an = /^[A-Z]{2}/.test(phrase) ? /^[AEFHILMNORSX]/.test(phrase) : /^[aeiou]/i.test(phrase);
  return `${an ? 'an' : 'a'} ${phrase}`;
}

const listEn = (items: readonly string[]): string => joinList(items, ' and ');

function newModuleEn(r: Reason): string {
  const english = r.lang === undefined || r.lang === 'en';
  const name = w0(r);
  const head = name ? (english ? `adds ${article(name)}` : `adds “${name}”`) : 'adds a new part of the app';
  const parts = r.parts ?? [];
  if (parts.length === 0) return head;
  return `${head} with ${listEn(english ? parts.map(article) : parts)}`;
}

const EN: Record<ReasonId, Render> = {
  'every-page': () => 'touches every page',
  'whole-app': () => 'applies to the whole app',
  'every-part': (r) => `changes ${r.words?.[1] ?? 'every'} ${w0(r)} in the app`,
  everywhere: () => 'applies everywhere',
  'spans-app': () => 'spans the app',
  translate: () => 'translates every page',
  rtl: () => 'layout direction changes everywhere',
  rebrand: () => 'rebrand touches everything',
  'theme-mode': () => 'theme change touches every page',
  redesign: () => 'redesigns a whole page or more',
  restructure: () => 'restructures code across files',
  responsive: () => 'new layout for every screen size',
  accessibility: () => 'accessibility pass over the app',
  consistency: () => 'consistency pass over many places',
  theme: () => 'theme or brand change',
  phones: () => 'reworks the layout for phones',
  language: () => 'adds a language',
  cleanup: () => 'code cleanup across files',
  'new-module': newModuleEn,
  parts: (r) => `${r.n ?? 3} parts in one request`,
  'new-pages': (r) => ((r.n ?? 1) > 1 ? 'new pages' : 'new page'),
  entities: () => 'new data entities',
  'roles-flow': () => 'a flow between several roles',
  'one-element': () => 'edits one element',
  wording: () => 'wording change',
  style: (r) => `style tweak (${w0(r)})`,
  element: () => 'one element',
  behaviour: (r) => `behaviour change (${w0(r)})`,
  'bug-fix': () => 'bug fix in one place',
  'adds-element': () => 'adds one element',
  'no-cues': () => 'no clear size cues: assumed a small feature',
  nothing: () => 'nothing to send',
  discuss: () => 'Discuss mode: 0.3 per message',
  code: () => 'pasted code read as context',
  truncated: () => 'very long prompt: read its start and end',
  model: (r) => `manual model ×${r.n ?? 1} (assumed)`,
  symbols: () => 'only code or symbols',
  question: () => 'a question, nothing to change: in Discuss mode it would cost 0.3',
  changes: (r) => `${r.n ?? 2} changes in one prompt`,
  'language-unknown': () => 'language not recognised: your usual cost, with a wide range',
  'language-not-loaded': () =>
    'this language’s word list is not loaded yet: your usual cost, with a wide range',
};

/** Renderings by language; English is built in, others register themselves (reasons-he.ts). */
const RENDERERS = new Map<string, Record<ReasonId, Render>>([['en', EN]]);

export function addRenderer(language: string, table: Record<ReasonId, Render>): void {
  RENDERERS.set(language, table);
}

/**
 * One reason in words for people, in `locale` ("en", "he-IL"…; unknown ones fall back to English).
 * `promptLanguage` (the estimate's `language`) says what language the words are in when the reason
 * itself does not, so a renderer can quote words written in another language than its own.
 */
export function renderReason(reason: Reason, locale = 'en', promptLanguage?: string | null): string {
  const table = RENDERERS.get(locale.slice(0, 2).toLowerCase()) ?? EN;
  const lang = reason.lang ?? promptLanguage ?? undefined;
  return table[reason.id](lang === reason.lang ? reason : { ...reason, lang });
}

export function renderReasons(
  reasons: readonly Reason[],
  locale = 'en',
  promptLanguage?: string | null,
): string[] {
  return reasons.map((r) => renderReason(r, locale, promptLanguage));
}
