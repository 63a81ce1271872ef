import { F, type Lex } from './lexicon';
import type { Prepared } from './prepare';
import type { BuildScope } from './rubric';

export interface Classification {
  scope: BuildScope;
  /** The next most likely scope, used to widen the range when unsure. */
  runnerUp: BuildScope;
  confidence: number;
  reasons: string[];
}

/** Evidence needed before a prompt counts as app-wide or as a new module. */
const BROAD_AT = 3;
const MODULE_AT = 3;

/** Tokens that open a new listed part: a determiner, a comma or colon, "and". */
const OPENS = F.DET | F.PUNCT | F.AND;
const has = (l: Lex | undefined, flags: number): boolean => l !== undefined && (l.flags & flags) !== 0;

const CREATE_NEEDS_ARTICLE = new Set(['make', 'need', 'want', 'design']);
const CLAUSE_OPENERS = new Set([
  'i',
  'we',
  'you',
  'to',
  'also',
  'then',
  'now',
  'lets',
  "let's",
  "i'd",
  'like',
  'and',
  'just',
  'pls',
  'plz',
]);
const FILLER_ADJECTIVES = new Set([
  'simple',
  'complete',
  'full',
  'basic',
  'small',
  'proper',
  'whole',
  'entire',
  'dedicated',
  'separate',
  'new',
  'brand',
  'fully',
  'functional',
  'working',
  'little',
]);
const LOCAL_PREPS = new Set(['on', 'in', 'inside', 'within', 'of', 'for']);
const PAGE_WORDS = new Set(['page', 'pages', 'screen', 'screens', 'view', 'views']);
const APP_OBJECTS = new Set([
  'app',
  'application',
  'site',
  'website',
  'codebase',
  'project',
  'ui',
  'interface',
]);
const MOBILE_BEFORE = new Set(['for', 'on', 'to', 'across', 'in']);
const MOBILE_AFTER = new Set([
  'friendly',
  'layout',
  'layouts',
  'version',
  'view',
  'devices',
  'screens',
  'first',
  'users',
  'responsive',
]);
const THEME_MODES = new Set(['mode', 'theme']);
const THEME_ADJ = new Set(['dark', 'light', 'night']);

function medReason(word: string): string {
  if (/^re(design|vamp|build|do|write)|^overhaul|^modern/.test(word)) return 'redesigns a whole page or more';
  if (/^re(factor|structure|organi)|^migrate/.test(word)) return 'restructures code across files';
  if (/responsive|mobile/.test(word)) return 'new layout for every screen size';
  if (/access|a11y/.test(word)) return 'accessibility pass over the app';
  if (/consisten/.test(word)) return 'consistency pass over many places';
  return 'theme or brand change';
}

function strongReason(word: string): string {
  if (/^(translat|locali|internationali|i18n)/.test(word)) return 'translates every page';
  if (word === 'rtl' || word === 'right-to-left') return 'layout direction changes everywhere';
  return 'rebrand touches everything';
}

/** Reads the tokens in [start, end) and decides which rubric scope the request falls in. */
export function classify(p: Prepared, start = 0, end = p.words.length): Classification {
  const { words, lex } = p;
  // Broad evidence is of two kinds: what the work is (translate, redesign) and how far it reaches.
  let broad = 0;
  let reach = 0;
  let themeSeen = false;
  let module = 0;
  let feat = 0;
  let simp = 0;
  const broadWhy: string[] = [];
  const moduleWhy: string[] = [];
  let topFeat = '';
  let topFeatW = 0;
  let topSimp = '';
  let topSimpW = 0;
  let element = false;
  let fix = false;
  let quotes = 0;
  let reword = false;
  let medSeen = false;
  let mobileSeen = false;
  let langSeen = false;
  let appObjectSeen = false;
  let entity = false;
  let flow = false;
  let actors = 0;
  let lastActor = '';
  let code = false;
  let create = -1;

  // First pass: bag-of-classes evidence and app-wide phrases.
  for (let i = start; i < end; i++) {
    const l = lex[i]!;
    const w = words[i]!;
    const f = l.flags;
    if (f & F.QUOTE) quotes++;
    if (f & F.ELEMENT) element = true;
    if (f & F.FIX) fix = true;
    if (f & F.REWORD) reword = true;
    if (f & F.CODE) code = true;
    if (f & F.ENTITY) entity = true;
    if (f & F.FLOW) flow = true;
    if (f & F.ACTOR && w !== lastActor) {
      actors++;
      lastActor = w;
    }
    if (l.feat > 0) {
      feat += l.feat;
      if (l.feat > topFeatW) {
        topFeatW = l.feat;
        topFeat = w;
      }
    }
    if (l.simp > 0) {
      simp += l.simp;
      if (l.simp > topSimpW) {
        topSimpW = l.simp;
        topSimp = w;
      }
    }
    const c0 = w.charCodeAt(0);
    if (c0 === 35 || (c0 >= 48 && c0 <= 57 && /^\d+(px|rem|em|pt)$/.test(w))) simp += 1.5;

    if (create < 0 && f & F.CREATE) {
      const prev = i > start ? lex[i - 1]! : undefined;
      const opens =
        i === start || has(prev, F.PUNCT | F.REQUEST | F.AND) || CLAUSE_OPENERS.has(words[i - 1]!);
      const next = words[i + 1];
      const ok =
        w === 'set'
          ? next === 'up'
          : CREATE_NEEDS_ARTICLE.has(w)
            ? next === 'a' || next === 'an' || next === 'new'
            : true;
      if (opens && ok) create = w === 'set' ? i + 1 : i;
    }

    if (f & F.QUANT) {
      // "all pages", "every list in the app", "the entire app": the change spans the app…
      for (let j = i + 1; j < Math.min(i + 5, end); j++) {
        const lj = lex[j]!;
        if (lj.flags & F.PUNCT) break;
        const every = w === 'every' || w === 'whole' || w === 'entire';
        if (lj.flags & (F.SURF_APP | F.SURF_PART) || (every && lj.flags & F.ELEMENT)) {
          // …unless it is pinned to one place: "all buttons on this card".
          let local = false;
          for (let k = j + 1; k < Math.min(j + 3, end); k++) {
            if (LOCAL_PREPS.has(words[k]!) && has(lex[k + 1], F.DET) && words[k + 1] !== 'all') {
              local = !has(lex[k + 2], F.SURF_APP) && !has(lex[k + 3], F.SURF_APP);
              break;
            }
          }
          const target = words[j]!;
          if (local) broad += 1;
          else {
            reach += 3;
            broadWhy.push(
              PAGE_WORDS.has(target)
                ? 'touches every page'
                : lj.flags & F.SURF_APP
                  ? 'applies to the whole app'
                  : `changes ${w === 'all' ? 'all' : 'every'} ${target}`,
            );
          }
          break;
        }
        if (lj.flags & F.BOUNDARY && words[j] !== 'of') {
          // "all the dates in the app", "every link across the site".
          if (reachesApp(p, j, end)) {
            reach += 3;
            broadWhy.push('applies to the whole app');
          }
          break;
        }
      }
    } else if (f & F.EVERYWHERE) {
      reach += 3;
      broadWhy.push('applies everywhere');
    } else if (f & F.SPAN) {
      for (let j = i + 1; j < Math.min(i + 4, end); j++) {
        const lj = lex[j]!;
        if (lj.flags & F.SURF_APP || (lj.flags & F.SURF_PART && words[j]!.endsWith('s'))) {
          reach += 3;
          broadWhy.push('spans the app');
          break;
        }
        if (!(lj.flags & (F.DET | F.QUANT))) break;
      }
    }

    if (f & F.BROAD_STRONG) {
      broad += 3;
      broadWhy.push(strongReason(w));
    } else if (THEME_ADJ.has(w) && THEME_MODES.has(words[i + 1] ?? '')) {
      themeSeen = true;
      broad += 3;
      broadWhy.push('theme change touches every page');
    } else if (f & F.BROAD_MED && !medSeen) {
      medSeen = true;
      broad += 2;
      broadWhy.push(medReason(w));
    }
    if (f & F.MOBILE && !mobileSeen) {
      if (MOBILE_BEFORE.has(words[i - 1] ?? '') || MOBILE_AFTER.has(words[i + 1] ?? '')) {
        mobileSeen = true;
        broad += 2;
        broadWhy.push('reworks the layout for phones');
      }
    }
    if (f & F.LANG && !langSeen) {
      langSeen = true;
      broad += 2;
      broadWhy.push('adds a language');
    }
    if (APP_OBJECTS.has(w) && has(lex[i - 1], F.DET) && !appObjectSeen) {
      appObjectSeen = true;
      reach += 1;
    }
    if (w === 'clean' && words[i + 1] === 'up' && !medSeen) {
      medSeen = true;
      broad += 2;
      broadWhy.push('code cleanup across files');
    }
  }
  // App-level work aimed at one element ("translate the button label") stays local, except a theme
  // (dark mode has to restyle every page whatever the prompt points at).
  if (!element) {
    if (medSeen) broad += 1;
    if (mobileSeen) broad += 1;
    if (code && medSeen) broad += 1;
  } else if (reach === 0 && !themeSeen) {
    broad = Math.min(broad, 2);
  }
  broad += reach;

  // Second pass: is this a new subsystem? Look at what is being created and what comes with it.
  let elementAdd = false;
  if (create >= 0) {
    let i = create + 1;
    while (i < end && (has(lex[i], F.DET) || FILLER_ADJECTIVES.has(words[i]!))) i++;
    const spanStart = i;
    while (i < end && i - spanStart < 5 && !has(lex[i], F.BOUNDARY | F.PUNCT | F.AND)) i++;
    const spanEnd = i;
    if (spanEnd > spanStart) {
      const head = lex[spanEnd - 1]!;
      const name = words.slice(spanStart, spanEnd).join(' ');
      let strong = false;
      let domain = false;
      for (let k = spanStart; k < spanEnd; k++) {
        if (lex[k]!.flags & F.HEAD_STRONG) strong = true;
        if (lex[k]!.flags & F.DOMAIN) domain = true;
      }
      if (head.flags & F.ELEMENT && !(head.flags & (F.HEAD_STRONG | F.HEAD_WEAK))) {
        elementAdd = true;
      } else {
        if (strong) module += 3;
        else if (head.flags & F.ROLE) module += 2;
        else if (head.flags & F.HEAD_WEAK && head.flags & F.DOMAIN) module += 3;
        else if (head.flags & F.HEAD_WEAK) module += domain ? 2 : 0.5;
        else if (head.flags & F.DOMAIN) module += 2;
        else if (domain) module += 1;
        if (module > 0) moduleWhy.push(`new ${name}`);

        // What comes with it: "with categories, threads, replies and a moderation page".
        let items = 1;
        let pages = 0;
        for (let k = spanEnd; k < end; k++) {
          const lk = lex[k]!;
          const wk = words[k]!;
          if (wk === ',' || wk === ';' || wk === '¶' || lk.flags & F.AND) items++;
          // A page the request brings: "a moderation page", ", results page", "and a host view".
          if (lk.flags & F.PAGEISH && (has(lex[k - 1], OPENS) || has(lex[k - 2], OPENS))) pages++;
        }
        if (items >= 5) module += 3;
        else if (items >= 3) module += 2;
        if (items >= 3) moduleWhy.push(`${items} parts in one request`);
        if (pages > 0 && module > 0) {
          module += 1;
          moduleWhy.push(pages > 1 ? 'new pages' : 'new page');
        }
        if (entity) {
          module += 2;
          moduleWhy.push('new data entities');
        }
        if (actors >= 2) {
          module += flow ? 2 : 1;
          moduleWhy.push('a flow between several roles');
        }
      }
    }
  } else {
    if (entity) module += 1;
    if (actors >= 2 && flow) module += 1;
  }

  // Small changes: looks and wording against behaviour.
  if (reword && setsLiteral(p, start, end)) simp += 1.5;
  if (quotes > 0 && reword) {
    simp += 2;
    if (topSimpW < 2) topSimp = 'wording';
  }
  if (fix) feat += 0.5;
  if (elementAdd) feat += 0.25;

  return decide({ broad, module, feat, simp, broadWhy, moduleWhy, topFeat, topSimp, fix, quotes, reword });
}

/** A preposition at j followed by "the app" / "the site" (optionally via a determiner). */
function reachesApp(p: Prepared, j: number, end: number): boolean {
  const w = p.words[j]!;
  if (!LOCAL_PREPS.has(w) && !(p.lex[j]!.flags & F.SPAN)) return false;
  for (let k = j + 1; k < Math.min(j + 4, end); k++) {
    if (p.lex[k]!.flags & F.SURF_APP) return true;
    if (!(p.lex[k]!.flags & (F.DET | F.QUANT))) return false;
  }
  return false;
}

/** "Change … to 2026", "… to 'Start free trial'": a value or wording swap, not new behaviour. */
function setsLiteral(p: Prepared, start: number, end: number): boolean {
  for (let i = start; i < end - 1; i++) {
    if (p.words[i] !== 'to') continue;
    const next = p.words[i + 1]!;
    const c = next.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 35 || p.lex[i + 1]!.flags & F.QUOTE) return true;
  }
  return false;
}

interface Evidence {
  broad: number;
  module: number;
  feat: number;
  simp: number;
  broadWhy: string[];
  moduleWhy: string[];
  topFeat: string;
  topSimp: string;
  fix: boolean;
  quotes: number;
  reword: boolean;
}

const sure = (margin: number, base: number): number =>
  Math.round(Math.min(0.95, base + (0.95 - base) * (1 - Math.exp(-margin / 2))) * 100) / 100;

function decide(e: Evidence): Classification {
  if (e.broad >= BROAD_AT && e.broad >= e.module) {
    return {
      scope: 'broad',
      runnerUp: e.module >= MODULE_AT ? 'module' : e.feat > e.simp ? 'feature' : 'module',
      confidence: sure(e.broad - Math.max(e.module, BROAD_AT - 1), 0.55),
      reasons: unique(e.broadWhy),
    };
  }
  if (e.module >= MODULE_AT) {
    return {
      scope: 'module',
      runnerUp: e.broad >= 2 ? 'broad' : 'feature',
      confidence: sure(e.module - Math.max(e.broad, MODULE_AT - 1), 0.55),
      reasons: unique(e.moduleWhy),
    };
  }
  const lean = e.broad >= 2 ? 'broad' : e.module >= 2 ? 'module' : undefined;
  if (e.simp > e.feat) {
    const why = e.quotes > 0 && e.reword ? 'wording change' : `style tweak (${e.topSimp})`;
    return {
      scope: 'simple',
      runnerUp: lean ?? 'feature',
      confidence: sure(e.simp - e.feat, 0.5),
      reasons: [why, 'one element'],
    };
  }
  const reasons =
    e.feat === 0
      ? ['no clear size cues: assumed a small feature']
      : [e.fix ? 'bug fix in one place' : e.topFeat ? `behaviour change (${e.topFeat})` : 'adds one element'];
  return {
    scope: 'feature',
    runnerUp: lean ?? (e.simp > 0 ? 'simple' : 'module'),
    confidence: e.feat === 0 ? 0.35 : sure(e.feat - e.simp, 0.5),
    reasons,
  };
}

function unique(list: string[]): string[] {
  return [...new Set(list)].slice(0, 3);
}
