/**
 * The estimator's vocabulary: each word belongs to a few lexical classes (bit flags) and may carry a
 * weight toward "behaviour change" (feature) or "look / wording change" (simple). The classifier reads
 * the prompt as a sequence of these classes, so it generalises over words of the same kind instead of
 * matching whole phrases.
 */

export const F = {
  /** all, every, entire, whole: with a surface noun, the change spans the app. */
  QUANT: 1 << 0,
  /** across, throughout, through: "across the app". */
  SPAN: 1 << 1,
  /** everywhere, app-wide, globally. */
  EVERYWHERE: 1 << 2,
  /** The app as a whole: app, site, codebase, ui. */
  SURF_APP: 1 << 3,
  /** Parts the app has many of: pages, screens, buttons, lists. */
  SURF_PART: 1 << 4,
  /** Work that by nature touches every page: translate, rebrand, right-to-left. */
  BROAD_STRONG: 1 << 5,
  /** Often app-wide unless aimed at one element: redesign, refactor, responsive, theme. */
  BROAD_MED: 1 << 6,
  /** Languages: translating or adding one is app-wide. */
  LANG: 1 << 7,
  /** mobile, phones, tablets. */
  MOBILE: 1 << 8,
  /** Verbs that bring something new into being: add, build, create, implement. */
  CREATE: 1 << 9,
  /** Head nouns that name a whole new subsystem: system, module, portal, CRM. */
  HEAD_STRONG: 1 << 10,
  /** Head nouns that may or may not be big: feature, section, area, flow. */
  HEAD_WEAK: 1 << 11,
  /** Business domains that imply data + screens: booking, inventory, billing, newsletter. */
  DOMAIN: 1 << 12,
  /** Data-model words: entity, schema, database. */
  ENTITY: 1 << 13,
  /** roles, permissions. */
  ROLE: 1 << 14,
  /** People who play a part in a flow: admins, reviewers, students. */
  ACTOR: 1 << 15,
  /** Steps of a multi-party flow: approve, review, submit, enroll. */
  FLOW: 1 << 16,
  /** New screens a module brings: page, dashboard, queue, report. */
  PAGEISH: 1 << 17,
  /** One UI element: button, icon, field, card. */
  ELEMENT: 1 << 18,
  /** Something is broken: fix, bug, error, doesn't. */
  FIX: 1 << 19,
  /** a, an, the, this, my, new… */
  DET: 1 << 20,
  /** Words that end a noun phrase: with, for, to, that, where. */
  BOUNDARY: 1 << 21,
  /** why, how, what… */
  WH: 1 << 22,
  /** Imperative verbs that start a change request. */
  IMPERATIVE: 1 << 23,
  /** Politeness / request openers: please, can, could. */
  REQUEST: 1 << 24,
  /** Words that separate list items inside a sentence: and, plus. */
  AND: 1 << 25,
  /** Punctuation token. */
  PUNCT: 1 << 26,
  /** Text-replacement verbs: change, rename, replace, reword. */
  REWORD: 1 << 27,
  /** Code-cleanup words: code, codebase, unused. */
  CODE: 1 << 28,
  /** A quoted string or inline code, replaced by one placeholder token. */
  QUOTE: 1 << 29,
  /** when, if, until, before: a condition makes a change logic. */
  COND: 1 << 30,
} as const;

/**
 * Words the classifier checks one by one ("set" + "up", "every", "for mobile"). Kept as bits too, so
 * the hot loop compares integers, never strings.
 */
export const G = {
  SET: 1 << 0,
  UP: 1 << 1,
  /** a, an, new: "make a …" creates, "make the …" edits. */
  ARTICLE: 1 << 2,
  /** every, whole, entire: also reach singular elements ("every list"). */
  EVERY: 1 << 3,
  ALL: 1 << 4,
  /** on, in, inside, within, of, for: pins a change to one place. */
  LOCAL_PREP: 1 << 5,
  OF: 1 << 6,
  PAGE_WORD: 1 << 7,
  THEME_ADJ: 1 << 8,
  THEME_MODE: 1 << 9,
  MOBILE_BEFORE: 1 << 10,
  MOBILE_AFTER: 1 << 11,
  /** app, site, codebase as the object of a change. */
  APP_OBJECT: 1 << 12,
  CLEAN: 1 << 13,
  /** Adjectives skipped before a created thing's name ("a simple CRM"). */
  FILLER: 1 << 14,
  TO: 1 << 15,
  /** Words after which a create verb starts a clause ("I need", "also add"). */
  OPENER: 1 << 16,
  /** make, need, want, design: create only when followed by an article. */
  NEEDS_ARTICLE: 1 << 17,
  /** also, then, please: skipped at the start of a sentence. */
  LEAD_IN: 1 << 18,
  /** can, could, would, will. */
  ASKER: 1 << 19,
  YOU: 1 << 20,
  /** do, does, is, should: a sentence opening with one asks. */
  AUX: 1 << 21,
  /** The list-item mark. */
  ITEM: 1 << 22,
  /** . ? ! ; and the item mark end a sentence. */
  SENTENCE_END: 1 << 23,
  QUESTION_MARK: 1 << 24,
  /** , ; and the item mark separate listed parts. */
  LIST_SEP: 1 << 25,
  /** A number ("2026"), a CSS length ("12px"), a hex colour ("#6b46c1"). */
  NUMBER: 1 << 26,
  LENGTH: 1 << 27,
  HEX: 1 << 28,
  FULL_STOP: 1 << 29,
  /** small, narrow: "small screens" means phones. */
  SMALL: 1 << 30,
} as const;

// Entry 0 is the unknown word. Entries are built into plain arrays, then frozen into typed arrays.
const ids = new Map<string, number>();
const wordList: string[] = [''];
const flagList: number[] = [0];
const gList: number[] = [0];
const featList: number[] = [0];
const simpList: number[] = [0];
const baseList: number[] = [0];

function entry(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = wordList.length;
    ids.set(word, id);
    wordList.push(word);
    flagList.push(0);
    gList.push(0);
    featList.push(0);
    simpList.push(0);
    baseList.push(id);
  }
  return id;
}

function flag(flags: number, words: string): void {
  for (const w of words.split(/\s+/)) if (w) flagList[entry(w)]! |= flags;
}

function special(bits: number, words: string): void {
  for (const w of words.split(/\s+/)) if (w) gList[entry(w)]! |= bits;
}

function weigh(kind: 'feat' | 'simp', weight: number, words: string): void {
  const list = kind === 'feat' ? featList : simpList;
  for (const w of words.split(/\s+/)) if (w) list[entry(w)] = weight;
}

// --- app-wide reach ---
flag(F.QUANT, 'all every entire whole');
flag(F.SPAN, 'across throughout through');
flag(F.EVERYWHERE, 'everywhere app-wide appwide site-wide sitewide globally');
flag(
  F.SURF_APP,
  'app apps application site website project codebase ui interface platform product frontend thing look',
);
flag(
  F.SURF_PART,
  'page pages screen screens view views buttons lists forms tables components cards links text texts ' +
    'headings titles modals dialogs fonts icons images labels sections menus tabs colors ' +
    'colours styles places parts areas routes copy strings layouts elements',
);
flag(
  F.BROAD_STRONG,
  'translate translated translating translation translations localize localise localization ' +
    'localisation internationalize internationalise internationalization i18n rebrand rebranding rtl ' +
    'right-to-left',
);
flag(
  F.BROAD_MED,
  'redesign redesigned overhaul revamp refactor restructure reorganize reorganise migrate modernize ' +
    'modernise responsive mobile-friendly accessibility accessible a11y consistent consistency theme ' +
    'rebuild rewrite redo brand branding professional polished sleek premium outdated old-fashioned',
);
flag(
  F.LANG,
  'language languages multilingual multi-language spanish french german japanese arabic chinese hebrew ' +
    'italian portuguese korean hindi russian dutch polish turkish swedish',
);
flag(F.MOBILE, 'mobile phones phone tablets tablet smartphones');

// --- new modules ---
flag(
  F.CREATE,
  'add build create implement introduce develop setup set make need want design like love start',
);
flag(
  F.HEAD_STRONG,
  'system module portal platform crm lms erp cms forum marketplace tracker workflow program programme hub ' +
    'suite subsystem',
);
flag(
  F.HEAD_WEAK,
  'feature section area part flow collection panel dashboard tool page directory catalog catalogue shop ' +
    'store blog wiki inbox calendar board manager builder library chat messaging scheduler registry app ' +
    'center centre process pipeline planner organizer organiser journal diary log logbook generator',
);
flag(
  F.DOMAIN,
  'management tracking booking bookings reservation reservations inventory billing subscription ' +
    'subscriptions payments invoicing ticket tickets ticketing newsletter messaging chat blog hr payroll ' +
    'loyalty rewards course courses lessons quiz quizzes events registration recruitment onboarding ' +
    'appointment appointments scheduling membership memberships e-commerce ecommerce marketplace forum ' +
    'expense expenses leave asset assets fleet maintenance intake referral referrals survey surveys ' +
    'auction donation donations volunteer volunteers timesheet timesheets crm admin helpdesk support ' +
    'review reviews order orders shipping catalog learning',
);
flag(F.ENTITY, 'entity entities schema database databases model models records');
flag(F.ROLE, 'roles permissions role-based rbac');
flag(
  F.ACTOR,
  'admin admins administrators manager managers reviewer reviewers student students instructor ' +
    'instructors teacher teachers employee employees staff seller sellers buyer buyers customers members ' +
    'applicant applicants agent agents author authors host hosts guests patient patients clinician ' +
    'clinicians doctors drivers hr moderator moderators vendors suppliers users owners parents tutors ' +
    'coaches clients companies subscribers attendees borrowers candidates recruiters',
);
flag(
  F.FLOW,
  'approve approves approval approvals review reviews submit submits request requests enroll enrolls ' +
    'enrollments moderate moderation assign assigns assignment score scores rank ranking check-in ' +
    'check-ins track tracks book books message list sees see manage manages',
);
flag(
  F.PAGEISH,
  'page pages view dashboard queue board report reports stats analytics calendar history panel screen ' +
    'inbox editor form forms',
);
flag(
  F.ELEMENT,
  'arrow arrows toast toasts snackbar button link icon badge card header footer navbar sidebar banner hero title heading subtitle label ' +
    'field input table chart image logo avatar modal dialog popup tooltip dropdown checkbox toggle tab ' +
    'menu form column row filter bar list message placeholder graph counter thumbnail picture photo ' +
    'divider breadcrumb breadcrumbs action option link spinner loader switch slider tag chip pill emoji ' +
    'shadow border date text paragraph',
);

// --- grammar ---
flag(F.DET, 'a an the this that these those my our your its their new some');
flag(
  F.BOUNDARY,
  'with for to so that where which who on in of from into using by including when while if at under ' +
    'above below inside plus',
);
flag(F.WH, "why how what where which who whats how's what's");
flag(
  F.IMPERATIVE,
  'change make add remove delete fix update move set use put rename replace show hide increase reduce ' +
    'decrease align center centre let allow create build implement translate redesign give swap turn ' +
    'enable disable send limit require prevent sort filter display include insert drop round bold ' +
    'italicize underline shorten lengthen resize adjust tweak apply ensure refactor migrate rebuild',
);
flag(F.REQUEST, 'please can could would will');
flag(F.AND, 'and plus');
flag(F.REWORD, 'change rename replace reword update edit say says saying read reads');
flag(F.CODE, 'code codebase unused dead components');
/** Placeholder the text preparation puts where a quoted string was. */
export const QUOTE_WORD = 'qquote';
flag(F.QUOTE, QUOTE_WORD);

// --- single words the classifier checks by name ---
special(G.SET, 'set');
special(G.UP, 'up');
special(G.ARTICLE, 'a an new');
special(G.EVERY, 'every whole entire');
special(G.ALL, 'all');
special(G.LOCAL_PREP, 'on in inside within of for');
special(G.OF, 'of');
special(G.PAGE_WORD, 'page pages screen screens view views');
special(G.THEME_ADJ, 'dark light night');
special(G.THEME_MODE, 'mode theme themed');
special(G.MOBILE_BEFORE, 'for on to across in');
special(G.MOBILE_AFTER, 'friendly layout layouts version view devices screens first users responsive');
special(G.APP_OBJECT, 'app application site website codebase project ui interface');
special(G.CLEAN, 'clean tidy');
special(G.SMALL, 'small smaller narrow');
special(
  G.FILLER,
  'simple complete full basic small proper whole entire dedicated separate new brand fully functional ' +
    'working little me us',
);
special(G.TO, 'to');
special(G.OPENER, "i we you to also then now lets let's i'd like and just pls plz");
special(G.NEEDS_ARTICLE, 'make need want design like love start');
special(G.LEAD_IN, 'also then and now next finally please pls ok okay so');
special(G.ASKER, 'can could would will');
special(G.YOU, 'you we u ya');
special(G.AUX, 'do does did is are was were should shall am has have');
// Words only the question reading needs (X bits, set below once the arrays exist).
for (const w of 'explain tell describe clarify recommend suggest advise understand walk compare anything nothing possible'.split(
  ' ',
))
  entry(w);
flag(F.PUNCT, ', : ; ? ! ( ) & . ¶');
special(G.ITEM, '¶');
special(G.SENTENCE_END, '. ? ! ; ¶');
special(G.QUESTION_MARK, '?');
special(G.LIST_SEP, ', ; ¶');
special(G.FULL_STOP, '.');
/** Stand-ins for tokens that are not words of the lexicon. */
export const NUMBER_ID = entry('\u0000number');
export const LENGTH_ID = entry('\u0000length');
export const HEX_ID = entry('\u0000hex');
gList[NUMBER_ID] = G.NUMBER;
gList[LENGTH_ID] = G.LENGTH;
gList[HEX_ID] = G.HEX;

// --- behaviour (feature) evidence ---
weigh(
  'feat',
  1.5,
  'validation validate validates validated logic filter filters filtering sort sorting sorted search ' +
    'searching searchable notification notifications notify notified email emails sms export exports ' +
    'import imports upload uploads uploading download downloads paginate pagination paginated infinite ' +
    'autosave automatically auto calculate calculates calculation calculated compute permission ' +
    'permissions redirect redirects session sessions persist persists debounce cache sync syncs webhook ' +
    'api reminder reminders schedule scheduled recurring duplicate undo drag reorder integrate ' +
    'integration password authentication',
);
weigh(
  'feat',
  1,
  'reload reloads refresh total totals count counts counter only owner field fields dropdown checkbox action actions archive ' +
    'archived delete deleting deletion chart graph limit limits require required prevent allow allows ' +
    'let lets default remember save saves saved saving store stored click clicks clicking ' +
    'submitted sends status statuses timer fetch load loads loading empty invalid unread reset expire ' +
    'expires weekly monthly daily quantity cart checkout payment discount tax price progress percentage ' +
    'select selected pick option options tab confirmation confirm error per each ' +
    'number updates updated updating',
);
flag(
  F.FIX,
  "fix fixed fixes bug bugs broken crash crashes crashing error errors doesn't don't isn't won't can't " +
    'cannot fails failing failed wrong issue issues problem nan undefined glitch',
);
weigh(
  'feat',
  1.5,
  "fix fixed fixes bug bugs broken crash crashes crashing doesn't isn't won't fails failing failed nan undefined glitch",
);
weigh('feat', 0.5, 'update submit message messages show shows list table date dates time user users');

// A condition ("… when the item is on sale") turns a tweak into logic.
weigh('feat', 2, 'when whenever if unless until');
weigh('feat', 1.5, 'before after');
flag(F.COND, 'when whenever if unless until before after');
// Making something work or match is behaviour.
weigh('feat', 1, 'work works match matches matching partial');
// Interactive adjectives: making something collapsible or editable is behaviour.
weigh(
  'feat',
  1.5,
  'collapsible expandable draggable sortable editable clickable resizable dismissible dismissable ' +
    'filterable selectable toggleable interactive switcher picker selector',
);

// --- looks and wording (simple) evidence ---
weigh('simp', 3, 'typo typos spelling misspelled misspelt');
// How long something stays on screen is a setting, like a size.
weigh('simp', 1, 'seconds tiny huge bump room cramped');
weigh(
  'simp',
  1.5,
  'color colour colors colours background font fonts typeface serif sans-serif bold italic italicize ' +
    'italics underline underlined uppercase lowercase capitalize capitalise capitalized padding margin ' +
    'margins spacing gap border borders shadow shadows rounded radius corners emoji sticky opacity ' +
    'gradient hover darker lighter transparent wording copy placeholder tooltip ' +
    'caption subtitle headline tagline heading title titles label labels rename px rem hex',
);
weigh(
  'simp',
  1,
  'icon icons image images logo avatar picture photo thumbnail thumbnails align aligned alignment center ' +
    'centre centered centred left right bigger smaller larger wider narrower taller shorter thinner ' +
    'thicker size width height style styling look looks red blue green white black navy grey gray ' +
    'purple teal pink orange yellow brown gold beige cyan violet indigo text texts quote say says saying ' +
    'read reads word words move swap hide hidden visible divider animation fade line bigger full-width ' +
    'uppercase small big',
);
// Emphasis and alignment are about looks.
weigh('simp', 1, 'highlight highlighted prominent emphasis emphasize emphasise');
weigh('simp', 1.5, 'align aligned alignment');
// Placement words: where an element sits is a layout tweak.
weigh('simp', 0.75, 'put place placed under above below beside next beneath');

// Plurals ("buttons", "dashboards") share their singular's entry and base (so "admin" and "admins"
// are one actor). Function words are left alone ("a" + "s" is "as").
const GRAMMAR = F.DET | F.BOUNDARY | F.AND | F.REQUEST | F.WH | F.PUNCT;
for (const [word, id] of [...ids]) {
  const plural = word + 's';
  if (word.length >= 3 && !word.endsWith('s') && !(flagList[id]! & GRAMMAR) && !ids.has(plural)) {
    const p = entry(plural);
    flagList[p] = flagList[id]!;
    gList[p] = gList[id]!;
    featList[p] = featList[id]!;
    simpList[p] = simpList[id]!;
    baseList[p] = id;
  }
}

/**
 * Extra bits for what other languages need said in one word: a fused "can you" (puedes, תוכל), a
 * one-word "dark mode" (Dunkelmodus, ダークモード), the reason a broad word gives.
 */
export const X = {
  /** "Can you…" in one word: the sentence is a request, not a question. */
  ASK_YOU: 1 << 0,
  /** A whole "dark mode" in one word. */
  THEME_WORD: 1 << 1,
  /** Particles that close a noun phrase before a verb (Japanese を/が/は). */
  PARTICLE: 1 << 2,
  /** The object marker (Japanese を): what a clause-final verb acts on. */
  OBJECT: 1 << 3,
  /** "Within" fused after a noun (Japanese アプリ内, アプリ中): the whole of it. */
  WITHIN: 1 << 4,
  /** Right or left: two of them close together name a writing direction. */
  SIDE: 1 << 5,
  /** Asking to be told, not to change: explain, tell, describe, recommend. */
  EXPLAIN: 1 << 6,
  /** "Anything", "nothing": with a change verb, "don't change anything". */
  NOTHING: 1 << 7,
  /** Whether something can be done: possible, "can I". A change verb after it makes it a request. */
  MAY: 1 << 8,
  /** I, we: "can I…" asks about the app, "can you…" asks for a change. */
  FIRST: 1 << 9,
} as const;

/** Why a broad word is broad, for the reason a person reads (see reasons.ts). */
export const KIND = {
  NONE: 0,
  REDESIGN: 1,
  RESTRUCTURE: 2,
  RESPONSIVE: 3,
  ACCESSIBILITY: 4,
  CONSISTENCY: 5,
  THEME: 6,
  TRANSLATE: 7,
  RTL: 8,
  REBRAND: 9,
} as const;

function englishKind(word: string, f: number): number {
  if (f & F.BROAD_STRONG) {
    if (/^(translat|locali|internationali|i18n)/.test(word)) return KIND.TRANSLATE;
    if (word === 'rtl' || word === 'right-to-left') return KIND.RTL;
    return KIND.REBRAND;
  }
  if (!(f & F.BROAD_MED)) return KIND.NONE;
  if (
    /^re(design|vamp|build|do|write)|^overhaul|^modern|^professional|^polished|^sleek|^premium|^outdated|^old-fashioned/.test(
      word,
    )
  )
    return KIND.REDESIGN;
  if (/^re(factor|structure|organi)|^migrate/.test(word)) return KIND.RESTRUCTURE;
  if (/responsive|mobile/.test(word)) return KIND.RESPONSIVE;
  if (/access|a11y/.test(word)) return KIND.ACCESSIBILITY;
  if (/consisten/.test(word)) return KIND.CONSISTENCY;
  return KIND.THEME;
}

/** Room for the English words and every language pack; packs are added on first use. */
const CAPACITY = 16384;
const words: string[] = wordList;
export const WORDS: readonly string[] = words;
export const FLAGS = new Int32Array(CAPACITY);
export const GBITS = new Int32Array(CAPACITY);
export const XBITS = new Int32Array(CAPACITY);
export const KINDS = new Uint8Array(CAPACITY);
export const FEAT = new Float64Array(CAPACITY);
export const SIMP = new Float64Array(CAPACITY);
/** The singular's id for a plural, the id itself otherwise. */
export const BASE = new Int32Array(CAPACITY);
FLAGS.set(flagList);
GBITS.set(gList);
FEAT.set(featList);
SIMP.set(simpList);
BASE.set(baseList);
for (let id = 1; id < words.length; id++) KINDS[id] = englishKind(words[id]!, flagList[id]!);
function extra(bit: number, list: string): void {
  for (const w of list.split(' ')) {
    const id = words.indexOf(w);
    if (id > 0) XBITS[id]! |= bit;
  }
}
extra(X.SIDE, 'right left');
extra(X.EXPLAIN, 'explain tell describe clarify recommend suggest advise understand walk compare');
extra(X.NOTHING, 'anything nothing');
extra(X.MAY, 'possible');
extra(X.FIRST, 'i we');
/** Ids below this are English words (and the shared punctuation and literal stand-ins). */
export const ENGLISH_END = words.length;

/** A new lexicon entry for a language pack; `label` is what the entry is called in debugging. */
export function addEntry(label: string): number {
  const id = words.length;
  if (id >= CAPACITY) throw new Error('estimator lexicon is full');
  words.push(label);
  BASE[id] = id;
  return id;
}

/**
 * Compounds ("time-tracking") take the classes of their last content part; grammatical parts ("sign-in")
 * do not count.
 */
const CONTENT_MASK = ~(F.BOUNDARY | F.DET | F.CREATE | F.IMPERATIVE | F.REQUEST | F.AND | F.REWORD | F.PUNCT);
export function isContent(id: number): boolean {
  return (FLAGS[id]! & CONTENT_MASK) !== 0 || FEAT[id]! > 0 || SIMP[id]! > 0;
}

// --- lookup without building strings: an open-addressing table keyed by an FNV-1a hash ---
export const HASH_SEED = 0x811c9dc5 | 0;
/** One hashing step; the typographic apostrophe hashes as the ASCII one. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ (c === 0x2019 ? 39 : c), 0x01000193);
}

const TABLE_BITS = 13;
const MASK = (1 << TABLE_BITS) - 1;
const table = new Int32Array(1 << TABLE_BITS);
const hashes = new Int32Array(ENGLISH_END);
for (let id = 1; id < ENGLISH_END; id++) {
  const word = wordList[id]!;
  if (word.charCodeAt(0) === 0) continue;
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  hashes[id] = h;
  let slot = h & MASK;
  while (table[slot] !== 0) slot = (slot + 1) & MASK;
  table[slot] = id;
}

/** The lexicon id of s[start, end) whose hash is h, or 0. */
export function probe(s: string, start: number, end: number, h: number): number {
  let slot = h & MASK;
  for (let id = table[slot]!; id !== 0; id = table[(slot = (slot + 1) & MASK)]!) {
    if (hashes[id] !== h) continue;
    const word = wordList[id]!;
    if (word.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < word.length && same; i++) {
      const c = s.charCodeAt(start + i);
      same = (c === 0x2019 ? 39 : c) === word.charCodeAt(i);
    }
    if (same) return id;
  }
  return 0;
}
