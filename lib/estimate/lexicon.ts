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
} as const;

export interface Lex {
  flags: number;
  /** Evidence that the prompt changes behaviour (feature). */
  feat: number;
  /** Evidence that the prompt changes only looks or wording (simple). */
  simp: number;
}

const lexicon = new Map<string, Lex>();

function entry(word: string): Lex {
  let e = lexicon.get(word);
  if (!e) {
    e = { flags: 0, feat: 0, simp: 0 };
    lexicon.set(word, e);
  }
  return e;
}

function flag(flags: number, words: string): void {
  for (const w of words.split(/\s+/)) if (w) entry(w).flags |= flags;
}

function weigh(kind: 'feat' | 'simp', weight: number, words: string): void {
  for (const w of words.split(/\s+/)) if (w) entry(w)[kind] = weight;
}

// --- app-wide reach ---
flag(F.QUANT, 'all every entire whole');
flag(F.SPAN, 'across throughout through');
flag(F.EVERYWHERE, 'everywhere app-wide appwide site-wide sitewide globally');
flag(F.SURF_APP, 'app apps application site website project codebase ui interface platform product frontend');
flag(
  F.SURF_PART,
  'page pages screen screens view views buttons lists forms tables components cards links text texts ' +
    'headings titles modals dialogs inputs fonts icons images labels sections menus tabs fields colors ' +
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
    'rebuild rewrite redo brand branding',
);
flag(
  F.LANG,
  'language languages multilingual multi-language spanish french german japanese arabic chinese hebrew ' +
    'italian portuguese korean hindi russian dutch polish turkish swedish',
);
flag(F.MOBILE, 'mobile phones phone tablets tablet smartphones');

// --- new modules ---
flag(F.CREATE, 'add build create implement introduce develop setup set make need want design');
flag(
  F.HEAD_STRONG,
  'system module portal platform crm lms erp cms forum marketplace tracker workflow program programme hub ' +
    'suite subsystem',
);
flag(
  F.HEAD_WEAK,
  'feature section area part flow collection panel dashboard tool page directory catalog catalogue shop ' +
    'store blog wiki inbox calendar board manager builder library chat messaging scheduler registry app ' +
    'center centre process pipeline',
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
    'coaches clients subscribers attendees borrowers candidates recruiters',
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
  'button link icon badge card header footer navbar sidebar banner hero title heading subtitle label ' +
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
  'total totals count counts counter only owner field fields dropdown checkbox action actions archive ' +
    'archived delete deleting deletion chart graph limit limits require required prevent allow allows ' +
    'let lets default remember save saves saved saving store stored click clicks clicking ' +
    'submitted sends status statuses timer fetch load loads loading empty invalid unread reset expire ' +
    'expires weekly monthly daily quantity cart checkout payment discount tax price progress percentage ' +
    'select selected pick option options tab confirmation confirm error per each ' +
    'number updates updated updating when whenever if after before unless until',
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

// --- looks and wording (simple) evidence ---
weigh('simp', 3, 'typo typos spelling misspelled misspelt');
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
// Placement words: where an element sits is a layout tweak.
weigh('simp', 0.75, 'put place placed under above below beside next beneath');

// Plurals ("buttons", "dashboards") resolve to their singular's entry, added once here rather than
// tried on every lookup. Function words are left alone ("a" + "s" is "as").
const GRAMMAR = F.DET | F.BOUNDARY | F.AND | F.REQUEST | F.WH | F.PUNCT;
for (const [word, e] of [...lexicon]) {
  const plural = word + 's';
  if (word.length >= 3 && !word.endsWith('s') && !(e.flags & GRAMMAR) && !lexicon.has(plural)) {
    lexicon.set(plural, e);
  }
}

/** Looks a word up, also as a possessive ("button's"). */
export function lookup(word: string): Lex | undefined {
  const hit = lexicon.get(word);
  if (hit || word.length < 4) return hit;
  const c = word.charCodeAt(word.length - 2);
  if ((c === 39 || c === 0x2019) && word.endsWith('s')) return lexicon.get(word.slice(0, -2));
  return undefined;
}

/**
 * Hyphenated compounds ("time-tracking", "mobile-friendly") not in the lexicon borrow the content classes
 * of their parts, but not the grammatical ones ("sign-in" is not a preposition).
 */
const CONTENT_MASK = ~(F.BOUNDARY | F.DET | F.CREATE | F.IMPERATIVE | F.REQUEST | F.AND | F.REWORD);

export function lookupCompound(word: string): Lex | undefined {
  const direct = lookup(word);
  if (direct || word.indexOf('-') < 0) return direct;
  let flags = 0;
  let feat = 0;
  let simp = 0;
  for (const part of word.split('-')) {
    const e = lookup(part);
    if (!e) continue;
    flags |= e.flags & CONTENT_MASK;
    feat = Math.max(feat, e.feat);
    simp = Math.max(simp, e.simp);
  }
  return flags || feat || simp ? { flags, feat, simp } : undefined;
}
